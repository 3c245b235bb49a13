//! Robustness in QEMU: hostile modules and apps one after another with the
//! kernel heap checked after each, Ctrl-C on a runaway loop from serial and
//! keyboard, a soak of thousands of launches, and a flood of pasted input.

use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::build::image::{self, Flavor};
use crate::qemu::expect::Session;
use crate::qemu::machine;
use crate::qemu::monitor::Monitor;
use crate::qemu::shell::{self, BOOT_TIMEOUT, COMMAND_TIMEOUT, PROMPT};
use crate::test::report::Results;
use crate::test::Step;
use crate::util::progress;

/// A hostile program, what it must print and the status it must end with.
pub struct Hostile {
    /// The command typed at the shell.
    pub command: &'static str,
    /// Text the output must contain.
    pub expected: &'static str,
    /// The exit status (`$?`).
    pub status: i32,
}

const fn hostile(command: &'static str, expected: &'static str, status: i32) -> Hostile {
    Hostile {
        command,
        expected,
        status,
    }
}

/// The adversarial suite: malformed modules, traps, resource exhaustion and bad system-call arguments.
pub const HOSTILE: &[Hostile] = &[
    hostile("/tests/not-wasm.wasm", "not a WebAssembly module", 126),
    hostile("/tests/empty.wasm", "not a WebAssembly module", 126),
    hostile("/tests/truncated.wasm", "truncated WebAssembly module", 126),
    hostile("/tests/wrong-version.wasm", "unsupported WebAssembly version 2", 126),
    hostile("/tests/garbage.wasm", "WebAssembly module", 126),
    hostile("/tests/unknown-import.wasm", "unknown import env.system", 126),
    hostile(
        "/tests/bad-signature.wasm",
        "incompatible import type for wasmos.write",
        126,
    ),
    hostile("/tests/memory-import.wasm", "unknown import wasmos.memory", 126),
    hostile("/tests/no-entry.wasm", "no entry point", 126),
    hostile("/tests/start-with-params.wasm", "no entry point", 126),
    hostile("/tests/huge-memory.wasm", "exceeds the limit of 1024 pages", 126),
    hostile("/tests/huge-table.wasm", "table of 10000000 entries exceeds", 126),
    hostile("/tests/unreachable.wasm", "trapped: unreachable", 134),
    hostile("/tests/out-of-bounds.wasm", "trapped: out of bounds memory access", 134),
    hostile("/tests/divide-by-zero.wasm", "trapped: integer divide by zero", 134),
    hostile("/tests/recursion.wasm", "trapped: call stack exhausted", 134),
    hostile("/tests/wide-recursion.wasm", "trapped: call stack exhausted", 134),
    hostile(
        "/tests/indirect-mismatch.wasm",
        "trapped: indirect call type mismatch",
        134,
    ),
    hostile("/tests/null-function.wasm", "trapped: uninitialized element", 134),
    hostile("/tests/start-section-trap.wasm", "trapped: unreachable", 134),
    hostile(
        "/tests/data-out-of-bounds.wasm",
        "trapped: out of bounds memory access",
        134,
    ),
    hostile("/tests/uncaught-throw.wasm", "throw with no call_protected", 134),
    hostile("/tests/bad-pointers.wasm", "bad pointers survived", 0),
    hostile("/tests/syscall-errors.wasm", "syscall error checks passed", 0),
    hostile("/tests/grow-until-refused.wasm", "memory.grow refused at the cap", 0),
    hostile("/tests/table-grow.wasm", "table.grow refused at the cap", 0),
    hostile("/tests/giant-write.wasm", "16 MiB written", 0),
    hostile("/tests/open-until-emfile.wasm", "EMFILE reached", 0),
    hostile(
        "/tests/nested-protected.wasm",
        "deep protected calls refused cleanly",
        0,
    ),
    hostile("/tests/self-spawn.wasm", "", 0),
    hostile("/tests/odd-exit-status.wasm", "", 0x45),
    hostile("/tests/deep-blocks.wasm", "", 0),
    hostile("/tests/many-functions.wasm", "", 0),
    hostile("/tests/trap.wasm", "/tests/trap.wasm: trapped: unreachable", 134),
    hostile("/tests/trap.wasm oob", "trapped: out of bounds memory access", 134),
    hostile("/tests/trap.wasm div", "trapped: integer divide by zero", 134),
    hostile("/tests/trap.wasm stack", "trapped: call stack exhausted", 134),
];

/// Concurrent work after the hostile cases, each run twice: the first run
/// may grow what is sized by how many processes, pipes or jobs are alive at
/// once (tables and queues keep their high-water capacity), and the second
/// must then leave the kernel heap where it found it. Shell lines run only
/// here (the host runs HOSTILE's lines as an app's arguments).
pub const CONCURRENT: &[Concurrent] = &[
    Concurrent {
        case: hostile("yes abc | head -c 1048576 | cat | wc -c", "1048576", 0),
        allowance: PID_DIGITS_ALLOWANCE,
    },
    Concurrent {
        case: hostile(
            "/tests/sleep-write.wasm 100 /tmp/h1 one & /tests/sleep-write.wasm 50 /tmp/h2 two & wait; cat /tmp/h1 /tmp/h2; rm /tmp/h1 /tmp/h2",
            "one\ntwo\n",
            0,
        ),
        allowance: PID_DIGITS_ALLOWANCE,
    },
    Concurrent {
        case: hostile("kvd & kv set k v; kv get k; kill %1; wait %1", "v\n", 143),
        allowance: PID_DIGITS_ALLOWANCE,
    },
    Concurrent {
        case: hostile("/tests/spawn-bomb.wasm", "then the process limit refused more (EAGAIN)", 0),
        allowance: PID_DIGITS_ALLOWANCE,
    },
    // Killed while the timer had preempted it inside a protected call, Lua
    // is abandoned where it stands; everything it held is freed but its
    // value stack, which tinywasm's nested executor holds on that stack
    // (3136 bytes for this Lua: see System::end_preempted).
    Concurrent {
        case: hostile("/tests/kill-protected.wasm", "killed inside a protected call by signal 9", 0),
        allowance: ABANDONED_VALUE_STACK + PID_DIGITS_ALLOWANCE,
    },
];

/// A concurrent case and how far the kernel heap may move over its second run.
pub struct Concurrent {
    /// The command line and what it must print and end with.
    pub case: Hostile,
    /// Bytes the heap may differ after the second run.
    pub allowance: i64,
}

/// What a process killed inside a protected call leaves in the kernel heap:
/// the interpreter's value stack as Lua grows it (see [`CONCURRENT`]).
const ABANDONED_VALUE_STACK: i64 = 4096;

/// Types `command` at the shell and returns its output up to the next prompt.
fn run_command(session: &mut Session, command: &str) -> Result<String> {
    shell::run(session, command, COMMAND_TIMEOUT)
}

/// The kernel heap in use outside apps' linear memories and the parsed
/// programs the kernel keeps for the next launch, from `/proc/meminfo`.
fn kernel_heap(session: &mut Session) -> Result<i64> {
    let text = run_command(session, "cat /proc/meminfo")?;
    let field = |name: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|number| number.parse::<i64>().ok())
            .with_context(|| format!("no {name} in /proc/meminfo: {text}"))
    };
    Ok(field("HeapUsed:")? - field("AppMemory:")? - field("ProgramCache:")?)
}

fn boot(results: &mut Results, what: &str) -> Option<Session> {
    let images = match image::build(Flavor::Normal) {
        Ok(images) => images,
        Err(error) => {
            results.record(&format!("{what}: image builds"), Err(error));
            return None;
        }
    };
    let booted = shell::boot_to_prompt(&images.bios);
    match booted {
        Ok(session) => Some(session),
        Err(error) => {
            results.record(&format!("{what}: boots to the prompt"), Err(error));
            None
        }
    }
}

/// Bytes the kernel heap may differ from its baseline because the reader's pid is longer.
const PID_DIGITS_ALLOWANCE: i64 = 16;

/// Runs every hostile case in one boot, checking output, status, that the shell
/// answers, and that the kernel heap is back at its baseline after each.
fn adversarial(results: &mut Results) {
    let Some(mut session) = boot(results, "hostile") else {
        return;
    };
    // Warm up: the first run of cat and echo sizes the shell's own stacks.
    let baseline = run_command(&mut session, "echo warm up")
        .and_then(|_| kernel_heap(&mut session))
        .and_then(|_| kernel_heap(&mut session));
    let baseline = match baseline {
        Ok(baseline) => baseline,
        Err(error) => return results.record("hostile: kernel heap baseline", Err(error)),
    };
    progress::println(&format!(
        "     (kernel heap outside app memory and the program cache at the prompt: {baseline} bytes)"
    ));
    let mut worst = 0i64;
    for case in HOSTILE {
        let outcome = run_checked(&mut session, case).and_then(|heap| {
            worst = worst.max((heap - baseline).abs());
            // The process reading /proc/meminfo is counted too: its records
            // (its `/proc/<pid>` names) grow by a byte each time pids gain a digit.
            if (heap - baseline).abs() > PID_DIGITS_ALLOWANCE {
                bail!("kernel heap {heap} bytes after it, baseline {baseline}");
            }
            Ok(())
        });
        results.record(&format!("hostile: {}", case.command), outcome);
    }
    progress::println(&format!(
        "     ({} hostile cases; largest kernel heap deviation {worst} bytes)",
        HOSTILE.len()
    ));
    for concurrent in CONCURRENT {
        let case = &concurrent.case;
        let outcome = run_checked(&mut session, case).and_then(|first| {
            let second = run_checked(&mut session, case)?;
            progress::println(&format!(
                "     ({}: kernel heap {:+} bytes over a second run)",
                case.command.chars().take(40).collect::<String>(),
                second - first
            ));
            if (second - first).abs() > concurrent.allowance {
                bail!("kernel heap {second} bytes after a second run, {first} after the first");
            }
            Ok(())
        });
        results.record(&format!("concurrent: {}", case.command), outcome);
    }
}

/// Runs a case, checks its output and status, and returns the kernel heap after it.
fn run_checked(session: &mut Session, case: &Hostile) -> Result<i64> {
    let output = run_command(session, case.command)?;
    if !output.contains(case.expected) {
        bail!("missing {:?} in output:\n{output}", case.expected);
    }
    let status = run_command(session, "echo status=$?")?;
    if !status.contains(&format!("status={}\n", case.status)) {
        bail!("expected status {}, got: {status}", case.status);
    }
    kernel_heap(session)
}

/// Ctrl-C stops a loop that never makes a system call, from serial and from the keyboard.
fn interrupt(results: &mut Results) {
    let images = match image::build(Flavor::Normal) {
        Ok(images) => images,
        Err(error) => return results.record("ctrl-c: image builds", Err(error)),
    };
    let socket = std::env::temp_dir().join(format!("wasmos-ctrlc-{}.sock", std::process::id()));
    let _ = std::fs::remove_file(&socket);
    let session = machine::machine(&images.bios, false).and_then(|mut command| {
        machine::drive_over_serial(&mut command, Some(&socket));
        Session::start(command)
    });
    let Ok(mut session) = session else {
        return results.record("ctrl-c: QEMU starts", session.map(|_| ()));
    };
    if let Err(error) = shell::wait_for_prompt(&mut session, BOOT_TIMEOUT) {
        return results.record("ctrl-c: boots to the prompt", Err(error));
    }
    let serial = (|| {
        session.send("/tests/spin.wasm\r")?;
        session.expect("/tests/spin.wasm\n", COMMAND_TIMEOUT)?;
        std::thread::sleep(Duration::from_secs(2));
        let sent = Instant::now();
        session.send("\x03")?;
        session.expect("interrupted", COMMAND_TIMEOUT)?;
        progress::println(&format!(
            "     (serial Ctrl-C to 'interrupted' on the console: {} ms, host time)",
            sent.elapsed().as_millis()
        ));
        session.expect(PROMPT, COMMAND_TIMEOUT)?;
        let status = run_command(&mut session, "echo status=$?")?;
        if !status.contains("status=130") {
            bail!("expected status 130: {status}");
        }
        Ok(())
    })();
    results.record(
        "ctrl-c: serial Ctrl-C stops a loop without system calls (status 130)",
        serial,
    );
    let concurrent = (|| {
        // A loop inside a protected call (run without fuel, preempted by the timer).
        session.send("lua -e \"pcall(function() while true do end end)\"\r")?;
        session.expect("end end)\"\n", COMMAND_TIMEOUT)?;
        std::thread::sleep(Duration::from_secs(2));
        session.send("\x03")?;
        session.expect("lua: interrupted", COMMAND_TIMEOUT)?;
        session.expect(PROMPT, COMMAND_TIMEOUT)?;
        // Every stage of a pipeline.
        session.send("yes | cat | wc -l\r")?;
        session.expect("yes | cat | wc -l\n", COMMAND_TIMEOUT)?;
        std::thread::sleep(Duration::from_secs(2));
        session.send("\x03")?;
        session.expect(PROMPT, COMMAND_TIMEOUT)?;
        let status = run_command(&mut session, "echo status=$?")?;
        if !status.contains("status=130") {
            bail!("expected status 130: {status}");
        }
        let processes = run_command(&mut session, "ps")?;
        for stage in [" yes", " cat", " wc", " lua"] {
            if processes
                .lines()
                .any(|line| line.ends_with(stage) || line.contains(&format!("{stage} ")))
            {
                bail!("{stage} survived Ctrl-C:\n{processes}");
            }
        }
        Ok(())
    })();
    results.record(
        "ctrl-c: stops a runaway loop inside a Lua pcall and every stage of a pipeline",
        concurrent,
    );
    let keyboard = (|| {
        let mut monitor = Monitor::connect(&socket)?;
        session.send("/tests/spin.wasm\r")?;
        session.expect("/tests/spin.wasm\n", COMMAND_TIMEOUT)?;
        std::thread::sleep(Duration::from_secs(2));
        monitor.command("sendkey ctrl-c")?;
        session.expect("interrupted", COMMAND_TIMEOUT)?;
        session.expect(PROMPT, COMMAND_TIMEOUT)?;
        session.send("/tests/slow-sleep.wasm\r")?;
        session.expect("/tests/slow-sleep.wasm\n", COMMAND_TIMEOUT)?;
        std::thread::sleep(Duration::from_secs(1));
        monitor.command("sendkey ctrl-c")?;
        session.expect("interrupted", COMMAND_TIMEOUT)?;
        session.expect(PROMPT, COMMAND_TIMEOUT)?;
        run_command(&mut session, "echo still answering").map(|_| ())
    })();
    results.record(
        "ctrl-c: keyboard Ctrl-C stops a runaway loop and a long sleep",
        keyboard,
    );
    let _ = std::fs::remove_file(&socket);
}

/// Launches a small app thousands of times in one boot; the kernel heap must come back.
fn soak(results: &mut Results, launches: u32) {
    let Some(mut session) = boot(results, "soak") else {
        return;
    };
    let command = format!("/tests/soak.wasm {launches} true");
    let outcome = (|| {
        session.send(&format!("{command}\r"))?;
        session.expect(&format!("{command}\n"), COMMAND_TIMEOUT)?;
        let output = session.expect(PROMPT, Duration::from_secs(900))?;
        for line in output.lines().filter(|line| line.starts_with("soak:")) {
            progress::println(&format!("     ({line})"));
        }
        let status = run_command(&mut session, "echo status=$?")?;
        if !status.contains("status=0\n") {
            bail!("soak failed:\n{output}");
        }
        Ok(())
    })();
    results.record(
        &format!("soak: {launches} launches leave the kernel heap where it was"),
        outcome,
    );
}

/// Pastes 1 MB into the serial console while an app runs: nothing crashes, the
/// excess is dropped with a visible note, and the shell answers afterwards.
fn input_flood(results: &mut Results) {
    let Some(mut session) = boot(results, "flood") else {
        return;
    };
    let outcome = (|| {
        session.send("sleep 2\r")?;
        session.expect("sleep 2\n", COMMAND_TIMEOUT)?;
        let flood = "x".repeat(1 << 20);
        let started = Instant::now();
        session.send(&flood)?;
        session.expect("input buffer full", Duration::from_secs(300))?;
        session.expect(PROMPT, Duration::from_secs(300))?;
        progress::println(&format!(
            "     (1 MiB pasted over serial in {:.1} s)",
            started.elapsed().as_secs_f64()
        ));
        // The rest of the flood may still be on its way through the emulated
        // UART: clear the line (Ctrl-U) and ask again until the shell answers.
        let deadline = Instant::now() + Duration::from_secs(400);
        loop {
            // The quotes keep the echoed command line from matching the output.
            session.send("\x15echo \"alive\"' after the flood'\r")?;
            if session
                .expect("alive after the flood\n", Duration::from_secs(15))
                .is_ok()
            {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!(
                    "the shell did not answer after the flood; last output:\n{}",
                    session.tail(20)
                );
            }
        }
    })();
    results.record(
        "flood: 1 MiB of serial input is dropped visibly and the shell survives",
        outcome,
    );
}

/// The robustness steps, each in a boot of its own.
pub fn steps() -> Vec<Step> {
    vec![
        Step::new("robustness: hostile modules", adversarial),
        Step::new("robustness: Ctrl-C", interrupt),
        Step::new("robustness: soak of 2000 launches", |results| soak(results, 2000)),
        Step::new("robustness: input flood", input_flood),
    ]
}
