//! Host tests of processes running at once: killing a runaway loop and a
//! blocked reader, waiting and reaping, a server killed in the middle of a
//! call, and the kernel heap after it all.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::ToString;
use alloc::vec;
use alloc::vec::Vec;

use super::{SpawnRequest, Stdio, System};
use crate::platform::testing::TestPlatform;
use crate::process::Signal;
use crate::task::TaskState;
use crate::vfs::pipe::Pipe;

fn module(body: &str) -> Vec<u8> {
    let text = format!(
        "(module {}  (memory (export \"memory\") 1)\n  (data (i32.const 0) \"kv\")\n  (func (export \"_start\") {body}))",
        crate::abi::wat_imports()
    );
    wat::parse_str(text).expect("valid WAT")
}

/// A kernel with `programs` installed and a first process (pid 1, which
/// ignores signals) that waits for a message for ever.
fn system(programs: &[(&str, Vec<u8>)]) -> Rc<System> {
    let platform = TestPlatform::leak(b"");
    platform.open_ended.set(true);
    let init = module("(drop (call $msg_receive (i32.const 100) (i32.const 100) (i32.const 0) (i32.const 0)))");
    let files = programs
        .iter()
        .map(|(name, bytes)| (*name, bytes.clone()))
        .chain([("/bin/init.wasm", init)]);
    let system = System::new(platform, files).unwrap();
    assert_eq!(start(&system, "init", Stdio::Inherit), 1);
    system
}

fn start(system: &Rc<System>, name: &str, stdin: Stdio) -> u32 {
    let mut request = SpawnRequest::inheriting(vec![name.to_string()]);
    request.stdio[0] = stdin;
    system.start(request, None).expect("starts")
}

/// Runs the scheduler until `pid`'s task is blocked.
fn run_until_blocked(system: &System, pid: u32) {
    let blocked = || {
        system
            .scheduler
            .task(pid)
            .is_some_and(|task| task.state() == TaskState::Blocked)
    };
    let mut rounds = 0;
    while !blocked() {
        system.poll_events();
        system.scheduler.run_once(&|| system.platform.monotonic_ns());
        rounds += 1;
        assert!(rounds < 10_000, "never blocked");
    }
}

#[test]
fn a_runaway_loop_shares_the_cpu_and_is_killed_by_another_process() {
    let killer =
        module("(drop (call $sleep (i64.const 2000000))) (call $exit (call $kill (i32.const 2) (i32.const 9)))");
    let system = system(&[
        ("/bin/spin.wasm", module("(loop (br 0))")),
        ("/bin/killer.wasm", killer),
    ]);
    let spinner = start(&system, "spin", Stdio::Inherit);
    assert_eq!(spinner, 2);
    let killer = start(&system, "killer", Stdio::Inherit);
    assert_eq!(system.run_to_end(killer), 0);
    assert_eq!(system.run_to_end(spinner), Signal::KILL.ended_status());
    assert!(system.process(spinner).is_none(), "reaped");
    assert_eq!(system.scheduler.task_count(), 1, "only the first process is left");
}

/// A module whose `_start` runs `$invoke` (exported for `call_protected`)
/// in a protected call, then exits with `exit_status`.
fn protected_module(invoke_body: &str, exit_status: i32) -> Vec<u8> {
    let text = format!(
        "(module {}  (memory (export \"memory\") 1)
          (func (export \"__wasmos_invoke\") (param i32 i32) (local $n i32) {invoke_body})
          (func (export \"_start\")
            (drop (call $call_protected (i32.const 0) (i32.const 0)))
            (call $exit (i32.const {exit_status}))))",
        crate::abi::wat_imports()
    );
    wat::parse_str(text).expect("valid WAT")
}

/// Runs the scheduler until `pid`'s task has been preempted in guest code.
fn run_until_preempted(system: &System, pid: u32) {
    let mut rounds = 0;
    while !system.scheduler.is_preempted(pid) {
        system.scheduler.run_once(&|| system.platform.monotonic_ns());
        rounds += 1;
        assert!(rounds < 10_000, "never preempted");
    }
}

#[test]
fn a_task_preempted_in_a_protected_call_runs_on_when_resumed() {
    let counts = protected_module(
        "(loop (local.set $n (i32.add (local.get $n) (i32.const 1)))
               (br_if 0 (i32.lt_u (local.get $n) (i32.const 1000))))",
        7,
    );
    let system = system(&[("/bin/counts.wasm", counts)]);
    let pid = start(&system, "counts", Stdio::Inherit);
    crate::task::preempt::tests::PREEMPT_AT_ENTRY.set(true);
    run_until_preempted(&system, pid);
    assert!(!crate::task::preempt::is_preemptible(), "the scheduler runs unmarked");
    assert_eq!(system.run_to_end(pid), 7 << 8);
}

#[test]
fn a_runaway_loop_in_a_protected_call_is_killed_and_leaves_nothing_behind() {
    let spin = protected_module("(loop (br 0))", 0);
    let system = system(&[("/bin/spin.wasm", spin)]);
    let (reader, writer) = Pipe::open(system.scheduler.clone(), 0);
    let mut request = SpawnRequest::inheriting(vec!["spin".to_string()]);
    request.stdio[1] = Stdio::File(Rc::new(writer));
    let pid = system.start(request, None).unwrap();
    let process = Rc::downgrade(&system.process(pid).unwrap());
    crate::task::preempt::tests::PREEMPT_AT_ENTRY.set(true);
    run_until_preempted(&system, pid);
    let memory = system.process(pid).unwrap().memory_bytes.clone();
    assert!(memory.load(core::sync::atomic::Ordering::Relaxed) >= 65536);
    system
        .kill(i32::try_from(pid).unwrap(), Some(Signal::INTERRUPT))
        .unwrap();
    // Ended at once, its task abandoned rather than left to notice the
    // signal, and reaped (it has no parent).
    assert!(system.scheduler.task(pid).is_none());
    assert!(system.process(pid).is_none());
    // Nothing of it is left: the process record, its app's memory, its files.
    assert!(process.upgrade().is_none(), "the process record leaked");
    assert_eq!(memory.load(core::sync::atomic::Ordering::Relaxed), 0);
    let mut buffer = [0; 4];
    assert_eq!(reader.read(&mut buffer), Ok(0), "the pipe's writer was closed");
    assert_eq!(system.scheduler.task_count(), 1, "only the first process is left");
}

#[test]
fn a_blocked_reader_is_killed_and_its_pipe_closed() {
    let system = system(&[(
        "/bin/reader.wasm",
        module("(drop (call $read (i32.const 0) (i32.const 16) (i32.const 16)))"),
    )]);
    let (reader, writer) = Pipe::open(system.scheduler.clone(), 0);
    let writer = Rc::new(writer);
    let pid = start(&system, "reader", Stdio::File(Rc::new(reader)));
    run_until_blocked(&system, pid);
    system
        .kill(i32::try_from(pid).unwrap(), Some(Signal::TERMINATE))
        .unwrap();
    assert_eq!(system.run_to_end(pid), Signal::TERMINATE.ended_status());
    // The read end went with the process: writing now is a broken pipe.
    assert_eq!(writer.write(b"x", || 0), Err(crate::errno::Errno::EPIPE));
}

#[test]
fn a_reader_gets_what_a_writer_sends_then_end_of_file() {
    // Reads until end of file and exits with the byte count.
    let counter = module(
        "(local $total i32) (local $count i32)
         (block $done (loop $more
           (local.set $count (call $read (i32.const 0) (i32.const 64) (i32.const 1000)))
           (br_if $done (i32.le_s (local.get $count) (i32.const 0)))
           (local.set $total (i32.add (local.get $total) (local.get $count)))
           (br $more)))
         (call $exit (local.get $total))",
    );
    let system = system(&[("/bin/count.wasm", counter)]);
    let (reader, writer) = Pipe::open(system.scheduler.clone(), 0);
    let pid = start(&system, "count", Stdio::File(Rc::new(reader)));
    run_until_blocked(&system, pid);
    assert_eq!(writer.write(&[1; 100], || 0), Ok(100));
    run_until_blocked(&system, pid);
    assert_eq!(writer.write(&[2; 50], || 0), Ok(50));
    drop(writer);
    assert_eq!(system.run_to_end(pid), 150 << 8);
}

#[test]
fn a_server_killed_in_the_middle_of_a_call_fails_its_caller() {
    // The server takes one message and never answers it.
    let server = module(
        "(drop (call $service_register (i32.const 0) (i32.const 2)))
         (drop (call $msg_receive (i32.const 100) (i32.const 100) (i32.const 0) (i32.const 0)))
         (drop (call $msg_receive (i32.const 100) (i32.const 100) (i32.const 0) (i32.const 0)))",
    );
    // The client calls it and exits with the negated result (EPIPE: 32).
    let client = module(
        "(call $exit (i32.sub (i32.const 0)
            (call $msg_call (call $service_lookup (i32.const 0) (i32.const 2))
                            (i32.const 0) (i32.const 2) (i32.const 200) (i32.const 100))))",
    );
    let system = system(&[("/bin/server.wasm", server), ("/bin/client.wasm", client)]);
    let server_pid = start(&system, "server", Stdio::Inherit);
    run_until_blocked(&system, server_pid);
    let client_pid = start(&system, "client", Stdio::Inherit);
    run_until_blocked(&system, client_pid);
    // The server has taken the call and waits for another message.
    run_until_blocked(&system, server_pid);
    assert!(!system
        .process(server_pid)
        .unwrap()
        .mailbox
        .unanswered
        .borrow()
        .is_empty());
    system
        .kill(i32::try_from(server_pid).unwrap(), Some(Signal::KILL))
        .unwrap();
    assert_eq!(system.run_to_end(client_pid), 32 << 8);
    // With no parent to wait for it, the server was reaped as it ended.
    assert!(system.process(server_pid).is_none());
    assert_eq!(system.lookup_service("kv"), Err(crate::errno::Errno::ENOENT));
}

#[test]
fn pid_one_ignores_signals_but_can_be_asked_about() {
    let system = system(&[]);
    assert_eq!(system.kill(1, None), Ok(()));
    assert_eq!(system.kill(1, Some(Signal::KILL)), Err(crate::errno::Errno::EPERM));
    assert_eq!(system.kill(99, None), Err(crate::errno::Errno::ESRCH));
}
