//! Host tests of every system call, through real processes running WAT modules.
//! Each module exits with the value under test (negated errnos become `errno`).

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

use crate::platform::testing::TestPlatform;
use crate::system::System;

/// Every ABI function, as `$<name>`, and a memory: the start of each test module.
fn imports() -> String {
    format!("{}  (memory (export \"memory\") 1)\n", super::wat_imports())
}

/// A module whose `_start` evaluates `expression` (an i32) and exits with it, negated.
fn module_exiting_with_negated(data: &str, expression: &str) -> Vec<u8> {
    let text = format!(
        "(module {} {data} (func (export \"_start\") (call $exit (i32.sub (i32.const 0) {expression}))))",
        imports()
    );
    wat::parse_str(text).expect("valid WAT")
}

fn run(programs: &[(&str, Vec<u8>)], args: &[&str], input: &[u8]) -> (i32, String) {
    let platform = TestPlatform::leak(input);
    let files = programs.iter().map(|(name, bytes)| (*name, bytes.clone()));
    let system = System::new(platform, files).unwrap();
    let status = system
        .spawn(args.iter().map(|arg| arg.to_string()).collect(), None)
        .unwrap();
    (status, platform.output_text())
}

fn errno_of(data: &str, expression: &str) -> i32 {
    let program = module_exiting_with_negated(data, expression);
    run(&[("/bin/t.wasm", program)], &["t"], b"").0
}

#[test]
fn bad_pointers_are_efault() {
    assert_eq!(
        errno_of("", "(call $write (i32.const 1) (i32.const 65530) (i32.const 10))"),
        14
    );
    assert_eq!(
        errno_of("", "(call $write (i32.const 1) (i32.const -1) (i32.const 2))"),
        14
    );
    assert_eq!(
        errno_of("", "(call $read (i32.const 0) (i32.const 70000) (i32.const 1))"),
        14
    );
    assert_eq!(
        errno_of("", "(call $open (i32.const 65535) (i32.const 4) (i32.const 0))"),
        14
    );
    assert_eq!(errno_of("", "(call $runapp (i32.const -8) (i32.const 100))"), 14);
}

#[test]
fn unknown_descriptors_are_ebadf() {
    assert_eq!(
        errno_of("", "(call $write (i32.const 7) (i32.const 0) (i32.const 1))"),
        9
    );
    assert_eq!(errno_of("", "(call $close (i32.const -3))"), 9);
    assert_eq!(
        errno_of("", "(call $readdir (i32.const 1000) (i32.const 0) (i32.const 8))"),
        9
    );
}

#[test]
fn paths_are_checked() {
    assert_eq!(
        errno_of(
            "(data (i32.const 0) \"/nope\")",
            "(call $open (i32.const 0) (i32.const 5) (i32.const 0))"
        ),
        2
    );
    assert_eq!(
        errno_of("", "(call $open (i32.const 0) (i32.const 0) (i32.const 0))"),
        2
    );
    assert_eq!(
        errno_of(
            "(data (i32.const 0) \"\\ff\\fe\")",
            "(call $mkdir (i32.const 0) (i32.const 2))"
        ),
        22
    );
    assert_eq!(errno_of("", "(call $mkdir (i32.const 0) (i32.const 5000))"), 36);
    assert_eq!(
        errno_of(
            "(data (i32.const 0) \"/etc\")",
            "(call $open (i32.const 0) (i32.const 4) (i32.const 0x7000))"
        ),
        22
    );
}

#[test]
fn write_reaches_standard_output() {
    let program = module_exiting_with_negated(
        "(data (i32.const 0) \"hello\\n\")",
        "(i32.sub (i32.const 0) (call $write (i32.const 1) (i32.const 0) (i32.const 6)))",
    );
    let (status, output) = run(&[("/bin/t.wasm", program)], &["t"], b"");
    assert_eq!((status, output.as_str()), (6, "hello\n"));
}

#[test]
fn files_round_trip_through_open_write_seek_read() {
    // open("/tmp/x", O_RDWR|O_CREAT) -> fd; write "abc"; lseek 0; read 3 bytes to 100; return byte at 101 ('b' = 98).
    let data = "(data (i32.const 0) \"/tmp/x\") (data (i32.const 16) \"abc\")";
    let expression = "(i32.sub (i32.const 0) (block (result i32)
        (drop (call $write (call $open (i32.const 0) (i32.const 6) (i32.const 0x42)) (i32.const 16) (i32.const 3)))
        (drop (call $lseek (i32.const 3) (i64.const 0) (i32.const 0)))
        (drop (call $read (i32.const 3) (i32.const 100) (i32.const 3)))
        (i32.load8_u (i32.const 101))))";
    assert_eq!(errno_of(data, expression), 98);
}

#[test]
fn utimens_and_futimens_set_the_modification_time_stat_reports() {
    // utimens("/tmp/x", mtime 200 s) after creating it, then the stat record's
    // mtime in seconds (below 256: the exit status carries it). Then futimens.
    let data = "(data (i32.const 0) \"/tmp/x\")";
    let stat_seconds = "(i32.wrap_i64 (i64.div_s (i64.load (i32.const 216)) (i64.const 1000000000)))";
    let by_path = format!(
        "(i32.sub (i32.const 0) (block (result i32)
            (drop (call $open (i32.const 0) (i32.const 6) (i32.const 0x41)))
            (drop (call $utimens (i32.const 0) (i32.const 6) (i64.const 0) (i64.const 200000000000) (i32.const 4)))
            (drop (call $stat (i32.const 0) (i32.const 6) (i32.const 200)))
            {stat_seconds}))"
    );
    assert_eq!(errno_of(data, &by_path), 200);
    let by_fd = format!(
        "(i32.sub (i32.const 0) (block (result i32)
            (drop (call $futimens (call $open (i32.const 0) (i32.const 6) (i32.const 0x41)) (i64.const 0) (i64.const 77000000000) (i32.const 5)))
            (drop (call $fstat (i32.const 3) (i32.const 200)))
            {stat_seconds}))"
    );
    assert_eq!(errno_of(data, &by_fd), 77);
}

#[test]
fn utimens_reports_missing_files_bad_descriptors_and_bad_flags() {
    let data = "(data (i32.const 0) \"/tmp/none\") (data (i32.const 16) \"/etc\")";
    let missing = "(call $utimens (i32.const 0) (i32.const 9) (i64.const 0) (i64.const 0) (i32.const 10))";
    assert_eq!(errno_of(data, missing), 2);
    assert_eq!(
        errno_of(
            data,
            "(call $futimens (i32.const 9) (i64.const 0) (i64.const 0) (i32.const 10))"
        ),
        9
    );
    let both = "(call $utimens (i32.const 16) (i32.const 4) (i64.const 0) (i64.const 0) (i32.const 3))";
    assert_eq!(errno_of(data, both), 22);
    let unknown = "(call $utimens (i32.const 16) (i32.const 4) (i64.const 0) (i64.const 0) (i32.const 16))";
    assert_eq!(errno_of(data, unknown), 22);
}

#[test]
fn a_module_that_asks_for_a_deeper_call_stack_gets_it() {
    // limit_get(2) is the call depth; its last two digits make the exit status.
    let depth_digits =
        "(i32.sub (i32.const 0) (i32.wrap_i64 (i64.rem_u (call $limit_get (i32.const 2)) (i64.const 100))))";
    assert_eq!(errno_of("", depth_digits), 24);
    assert_eq!(errno_of("(@custom \"wasmos.call_depth\" \"2345\")", depth_digits), 45);
    assert_eq!(errno_of("(@custom \"wasmos.call_depth\" \"99999\")", depth_digits), 0);
}

#[test]
fn readdir_lists_names_and_reports_small_buffers() {
    let data = "(data (i32.const 0) \"/etc\")";
    let first_name_length = "(i32.sub (i32.const 0) (call $readdir (call $open (i32.const 0) (i32.const 4) (i32.const 0)) (i32.const 100) (i32.const 64)))";
    let platform = TestPlatform::leak(b"");
    let program = module_exiting_with_negated(data, first_name_length);
    let system = System::new(platform, [("/bin/t.wasm", program), ("/etc/motd", b"hi".to_vec())]).unwrap();
    assert_eq!(system.spawn(vec!["t".into()], None), Ok(4)); // "motd"
    let too_small =
        "(call $readdir (call $open (i32.const 0) (i32.const 4) (i32.const 0)) (i32.const 100) (i32.const 2))";
    let platform = TestPlatform::leak(b"");
    let program = module_exiting_with_negated(data, too_small);
    let system = System::new(platform, [("/bin/t.wasm", program), ("/etc/motd", b"hi".to_vec())]).unwrap();
    assert_eq!(system.spawn(vec!["t".into()], None), Ok(34));
}

#[test]
fn getcwd_needs_room_and_chdir_needs_a_directory() {
    let data = "(data (i32.const 0) \"/etc\")";
    assert_eq!(errno_of(data, "(block (result i32) (drop (call $chdir (i32.const 0) (i32.const 4))) (i32.sub (i32.const 0) (call $getcwd (i32.const 100) (i32.const 10))))"), 4);
    assert_eq!(errno_of(data, "(call $getcwd (i32.const 100) (i32.const 0))"), 34);
    let missing = "(data (i32.const 0) \"/zzz\")";
    assert_eq!(errno_of(missing, "(call $chdir (i32.const 0) (i32.const 4))"), 2);
}

#[test]
fn arguments_are_passed() {
    let program = module_exiting_with_negated("", "(i32.sub (i32.const 0) (i32.add (i32.mul (call $arg_count) (i32.const 10)) (call $arg_get (i32.const 2) (i32.const 0) (i32.const 100))))");
    let (status, _) = run(&[("/bin/t.wasm", program)], &["t", "a", "three"], b"");
    assert_eq!(status, 35);
    assert_eq!(
        errno_of("", "(call $arg_get (i32.const 9) (i32.const 0) (i32.const 1))"),
        22
    );
}

#[test]
fn runapp_returns_child_exit_status() {
    let child = module_exiting_with_negated("", "(i32.const -7)");
    let parent = module_exiting_with_negated(
        "(data (i32.const 0) \"child 'x y'\")",
        "(i32.sub (i32.const 0) (call $runapp (i32.const 0) (i32.const 11)))",
    );
    let (status, _) = run(
        &[("/bin/parent.wasm", parent), ("/bin/child.wasm", child)],
        &["parent"],
        b"",
    );
    assert_eq!(status, 7);
}

#[test]
fn runapp_of_a_missing_program_is_enoent() {
    assert_eq!(
        errno_of(
            "(data (i32.const 0) \"nothing\")",
            "(call $runapp (i32.const 0) (i32.const 7))"
        ),
        2
    );
    assert_eq!(
        errno_of(
            "(data (i32.const 0) \"'open\")",
            "(call $runapp (i32.const 0) (i32.const 5))"
        ),
        22
    );
}

#[test]
fn endless_self_launching_is_stopped_at_the_nesting_limit() {
    // Each level runs itself; the sixteenth gets -EAGAIN and exits 11, and each
    // parent exits with the negation of its child's status, modulo 256.
    let program = module_exiting_with_negated(
        "(data (i32.const 0) \"t\")",
        "(call $runapp (i32.const 0) (i32.const 1))",
    );
    // Sixteen nested interpreters need more than a test thread's default stack.
    let status = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || run(&[("/bin/t.wasm", program)], &["t"], b"").0)
        .unwrap()
        .join()
        .unwrap();
    let mut expected = 11;
    for _ in 1..16 {
        expected = (256 - expected) & 0xff;
    }
    assert_eq!(status, expected);
}

#[test]
fn getchar_returns_input_then_end_of_input() {
    let program = module_exiting_with_negated(
        "",
        "(i32.sub (i32.const 0) (i32.add (i32.mul (call $getchar) (i32.const 0)) (call $getchar)))",
    );
    let (status, _) = run(&[("/bin/t.wasm", program)], &["t"], b"xy\n");
    assert_eq!(status, i32::from(b'y'));
    let at_end = module_exiting_with_negated("", "(call $getchar)");
    let (status, _) = run(&[("/bin/t.wasm", at_end)], &["t"], b"");
    assert_eq!(status, 1); // -1, negated
}

#[test]
fn random_fills_the_buffer() {
    assert_eq!(
        errno_of(
            "",
            "(i32.sub (i32.const 0) (call $random (i32.const 0) (i32.const 100)))"
        ),
        100
    );
    assert_eq!(errno_of("", "(call $random (i32.const 65500) (i32.const 100))"), 14);
}

#[test]
fn a_trap_is_reported_with_the_program_name() {
    let program =
        wat::parse_str(r#"(module (memory (export "memory") 1) (func (export "_start") unreachable))"#).unwrap();
    let (status, output) = run(&[("/bin/boom.wasm", program)], &["boom"], b"");
    assert_eq!(status, 134);
    assert!(output.contains("boom: trapped: unreachable"), "{output}");
}

#[test]
fn every_table_function_can_be_imported() {
    let text = format!("(module {} (func (export \"_start\")))", imports());
    let program = wat::parse_str(text).unwrap();
    let (status, _) = run(&[("/bin/t.wasm", program)], &["t"], b"");
    assert_eq!(status, 0);
}

#[test]
fn the_generated_imports_match_the_table() {
    let text = super::wat_imports();
    assert_eq!(text.lines().count(), super::wasmos::WASMOS.functions.len());
    assert!(text.contains(r#"(import "wasmos" "lseek" (func $lseek (param i32 i64 i32) (result i64)))"#));
    assert!(text.contains(r#"(import "wasmos" "arg_count" (func $arg_count (result i32)))"#));
    assert!(text.contains(r#"(import "wasmos" "exit" (func $exit (param i32)))"#));
}

/// Declarations after the imports: two callbacks, one throwing, one returning.
const PROTECTED: &str = r#"
  (type $callback (func (param i32)))
  (table 3 funcref)
  (elem (i32.const 1) $thrower $returner)
  (global $after (mut i32) (i32.const 0))
  (func $thrower (param i32) (call $throw (local.get 0)) unreachable)
  (func $returner (param i32) (global.set $after (local.get 0)))
  (func (export "__wasmos_invoke") (param i32 i32) (call_indirect (type $callback) (local.get 1) (local.get 0)))
  (func (export "_start")
    (call $exit (i32.add
      (call $call_protected (i32.const 1) (i32.const 40))
      (i32.add (call $call_protected (i32.const 2) (i32.const 2)) (global.get $after)))))"#;

#[test]
fn throw_unwinds_to_the_innermost_protected_call() {
    // 40 from the throw, 0 from the normal return, 2 stored by the callback.
    let program = wat::parse_str(format!("(module {} {PROTECTED})", imports())).unwrap();
    let (status, _) = run(&[("/bin/t.wasm", program)], &["t"], b"");
    assert_eq!(status, 42);
}

/// Protected calls nested two deep: the inner callback throws or exits.
const NESTED: &str = r#"
  (type $callback (func (param i32)))
  (table 4 funcref)
  (elem (i32.const 1) $outer $thrower $exiter)
  (func $outer (param i32) (drop (call $call_protected (local.get 0) (i32.const 9))))
  (func $thrower (param i32) (call $throw (local.get 0)) unreachable)
  (func $exiter (param i32) (call $exit (local.get 0)) unreachable)
  (func (export "__wasmos_invoke") (param i32 i32) (call_indirect (type $callback) (local.get 1) (local.get 0)))"#;

#[test]
fn a_throw_stops_at_the_inner_protected_call_and_an_exit_at_none() {
    // The inner call catches the throw, so the outer one returns normally (0).
    let throwing = format!(
        "(module {} {NESTED} (func (export \"_start\") (call $exit (call $call_protected (i32.const 1) (i32.const 2)))))",
        imports()
    );
    let (status, _) = run(&[("/bin/t.wasm", wat::parse_str(throwing).unwrap())], &["t"], b"");
    assert_eq!(status, 0);
    // An exit two protected calls deep ends the process with its status.
    let exiting = format!(
        "(module {} {NESTED} (func (export \"_start\") (drop (call $call_protected (i32.const 1) (i32.const 3))) unreachable))",
        imports()
    );
    let (status, output) = run(&[("/bin/t.wasm", wat::parse_str(exiting).unwrap())], &["t"], b"");
    assert_eq!((status, output.as_str()), (9, ""));
}

#[test]
fn throw_without_a_protected_call_ends_the_process() {
    let program = wat::parse_str(format!(
        "(module {} (func (export \"_start\") (call $throw (i32.const 3))))",
        imports()
    ))
    .unwrap();
    let (status, output) = run(&[("/bin/t.wasm", program)], &["t"], b"");
    assert_eq!(status, 134);
    assert!(output.contains("throw with no call_protected"), "{output}");
}
