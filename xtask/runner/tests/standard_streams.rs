//! The runner keeps an app's standard output and standard error apart, on the
//! host's stdout and stderr, so that it works in a Unix pipeline.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Writes `to stdout` on fd 1, `to stderr` on fd 2, then does `ending`.
fn module(ending: &str) -> Vec<u8> {
    let text = format!(
        r#"(module
  (import "wasmos" "write" (func $write (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "to stdout\0a")
  (data (i32.const 32) "to stderr\0a")
  (func (export "_start")
    (drop (call $write (i32.const 1) (i32.const 16) (i32.const 10)))
    (drop (call $write (i32.const 2) (i32.const 32) (i32.const 10)))
    {ending}))"#
    );
    wat::parse_str(text).expect("the test module is valid WAT")
}

/// Runs `bytes` as `<name>.wasm` on the runner, over an empty file system.
fn run(name: &str, bytes: &[u8]) -> Output {
    let directory = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("standard_streams")
        .join(name);
    let rootfs = directory.join("rootfs");
    std::fs::create_dir_all(&rootfs).expect("the scratch folder can be made");
    let program = directory.join(format!("{name}.wasm"));
    std::fs::write(&program, bytes).expect("the module can be written");
    Command::new(env!("CARGO_BIN_EXE_wasmos-run"))
        .arg("--rootfs")
        .arg(&rootfs)
        .arg(&program)
        .stdin(Stdio::null())
        .output()
        .expect("the runner starts")
}

#[test]
fn standard_error_reaches_the_hosts_stderr_alone() {
    let output = run("writes_both", &module(""));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "to stdout\n");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "to stderr\n");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn the_kernels_report_of_a_trap_goes_to_stderr() {
    let output = run("traps", &module("unreachable"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "to stdout\n");
    assert!(stderr.starts_with("to stderr\n"), "stderr: {stderr:?}");
    assert!(
        stderr.contains("traps.wasm: trapped: unreachable"),
        "stderr: {stderr:?}"
    );
    assert_eq!(output.status.code(), Some(134));
}
