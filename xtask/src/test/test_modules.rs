//! Deliberately broken and hostile modules, written to `rootfs/tests/` (git-ignored)
//! so both the host runner and the booted image can be shown that each one gets
//! a clear error or trap and that the system keeps going.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::util::files;

/// A valid module's text with an `_start` body and extra declarations.
fn program(declarations: &str, body: &str) -> String {
    program_with_memory(1, declarations, body)
}

fn program_with_memory(pages: u32, declarations: &str, body: &str) -> String {
    // Every ABI import, named `$<function>`, generated from the kernel's table.
    let imports = wasmos_kernel::abi::wat_imports();
    format!(
        r#"(module {imports}
  (memory (export "memory") {pages})
  {declarations}
  (func (export "_start") {body}))"#
    )
}

/// Declarations for `$check (actual, expected)`: counts mismatches in `$failures`
/// and `$report`, which prints "<name>: <failures> failures" and exits with the count.
const CHECKS: &str = r#"
  (global $failures (mut i32) (i32.const 0))
  (func $check (param $actual i32) (param $expected i32)
    (if (i32.ne (local.get $actual) (local.get $expected))
      (then (global.set $failures (i32.add (global.get $failures) (i32.const 1))))))
  (data (i32.const 60000) "syscall error checks passed\0a")
  (func $report
    (if (i32.eqz (global.get $failures))
      (then (drop (call $write (i32.const 1) (i32.const 60000) (i32.const 28)))))
    (call $exit (global.get $failures)))
"#;

/// Every system call fed bad pointers, bad descriptors, bad flags and bad paths;
/// each must return its documented errno.
fn syscall_errors() -> String {
    let efault = -14;
    let ebadf = -9;
    let einval = -22;
    let enoent = -2;
    let checks = [
        (
            "(call $write (i32.const 1) (i32.const 65535) (i32.const 2))".to_string(),
            efault,
        ),
        (
            "(call $write (i32.const 1) (i32.const -1) (i32.const -1))".into(),
            efault,
        ),
        (
            "(call $read (i32.const 0) (i32.const 65530) (i32.const 100))".into(),
            efault,
        ),
        ("(call $read (i32.const 77) (i32.const 0) (i32.const 1))".into(), ebadf),
        ("(call $write (i32.const -5) (i32.const 0) (i32.const 1))".into(), ebadf),
        ("(call $close (i32.const 63))".into(), ebadf),
        ("(call $close (i32.const 100000))".into(), ebadf),
        (
            "(call $open (i32.const 65530) (i32.const 100) (i32.const 0))".into(),
            efault,
        ),
        ("(call $open (i32.const 0) (i32.const 0) (i32.const 0))".into(), enoent),
        (
            "(call $open (i32.const 100) (i32.const 4) (i32.const -1))".into(),
            einval,
        ),
        (
            "(call $open (i32.const 100) (i32.const 4) (i32.const 3))".into(),
            einval,
        ),
        (
            "(i32.wrap_i64 (call $lseek (i32.const 1) (i64.const 0) (i32.const 0)))".into(),
            -29,
        ),
        (
            "(i32.wrap_i64 (call $lseek (i32.const 50) (i64.const 0) (i32.const 0)))".into(),
            ebadf,
        ),
        (
            "(call $stat (i32.const 100) (i32.const 4) (i32.const 65530))".into(),
            efault,
        ),
        (
            "(call $stat (i32.const 65535) (i32.const 2) (i32.const 0))".into(),
            efault,
        ),
        ("(call $fstat (i32.const 1) (i32.const -4))".into(), efault),
        ("(call $fstat (i32.const 9) (i32.const 0))".into(), ebadf),
        ("(call $readdir (i32.const 1) (i32.const 0) (i32.const 10))".into(), -20),
        ("(call $mkdir (i32.const 200) (i32.const 2))".into(), einval),
        ("(call $mkdir (i32.const 0) (i32.const 5000))".into(), -36),
        ("(call $mkdir (i32.const 300) (i32.const 1))".into(), -16),
        ("(call $rmdir (i32.const 300) (i32.const 1))".into(), -16),
        ("(call $unlink (i32.const 100) (i32.const 4))".into(), -21),
        (
            "(call $rename (i32.const 100) (i32.const 4) (i32.const 110) (i32.const 9))".into(),
            einval,
        ),
        (
            "(call $rename (i32.const 100) (i32.const 4) (i32.const 65535) (i32.const 9))".into(),
            efault,
        ),
        ("(call $getcwd (i32.const 0) (i32.const 0))".into(), -34),
        ("(call $getcwd (i32.const 65535) (i32.const 100))".into(), efault),
        ("(call $chdir (i32.const 120) (i32.const 9))".into(), -20),
        ("(call $dup (i32.const 40))".into(), ebadf),
        ("(call $dup2 (i32.const 1) (i32.const 64))".into(), ebadf),
        ("(call $dup2 (i32.const 1) (i32.const -1))".into(), ebadf),
        (
            "(call $arg_get (i32.const 5) (i32.const 0) (i32.const 10))".into(),
            einval,
        ),
        (
            "(call $arg_get (i32.const 0) (i32.const 65535) (i32.const 100))".into(),
            efault,
        ),
        (
            "(call $env_get (i32.const 65535) (i32.const 10) (i32.const 0) (i32.const 0))".into(),
            efault,
        ),
        (
            "(call $env_set (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0))".into(),
            einval,
        ),
        (
            "(call $env_set (i32.const 130) (i32.const 3) (i32.const 0) (i32.const 0))".into(),
            einval,
        ),
        ("(call $runapp (i32.const 0) (i32.const 0))".into(), einval),
        ("(call $runapp (i32.const 140) (i32.const 5))".into(), einval),
        ("(call $runargv (i32.const 0) (i32.const 100000))".into(), -7),
        ("(call $runargv (i32.const 65530) (i32.const 2))".into(), efault),
        ("(call $runargv (i32.const 0) (i32.const -1))".into(), einval),
        ("(call $console_mode (i32.const 7))".into(), einval),
        ("(call $sleep (i64.const -1))".into(), einval),
        ("(call $random (i32.const 65000) (i32.const 1000))".into(), efault),
        ("(call $limit_set (i32.const 0) (i64.const 0))".into(), einval),
        ("(call $limit_set (i32.const 3) (i64.const 1000))".into(), einval),
        ("(call $limit_set (i32.const 99) (i64.const 1))".into(), einval),
        ("(call $call_protected (i32.const 0) (i32.const 0))".into(), -38),
    ];
    let body: String = checks
        .iter()
        .map(|(call, expected)| format!("(call $check {call} (i32.const {expected}))\n"))
        .collect();
    program(
        &format!(
            r#"{CHECKS}
  (data (i32.const 100) "/etc/motd")
  (data (i32.const 110) "/etc/motd/x")
  (data (i32.const 120) "/etc/motd")
  (data (i32.const 130) "A=B")
  (data (i32.const 140) "'oops")
  (data (i32.const 200) "\ff\fe")
  (data (i32.const 300) "/")"#
        ),
        &format!("{body}(call $report)"),
    )
}

fn assemble(text: &str) -> Result<Vec<u8>> {
    wat::parse_str(text).context("assembling a test module")
}

/// Every test module: file name and contents.
pub fn modules() -> Result<Vec<(&'static str, Vec<u8>)>> {
    let valid = assemble(&program("", ""))?;
    Ok(vec![
        ("not-wasm.wasm", b"#!/bin/sh\necho this is not WebAssembly\n".to_vec()),
        ("empty.wasm", Vec::new()),
        ("truncated.wasm", valid[..valid.len() - 5].to_vec()),
        ("wrong-version.wasm", {
            let mut bytes = valid.clone();
            bytes[4] = 2;
            bytes
        }),
        ("garbage.wasm", {
            let mut bytes = b"\0asm\x01\0\0\0".to_vec();
            bytes.extend((0..200u32).map(|index| (index.wrapping_mul(2654435761) >> 13) as u8));
            bytes
        }),
        (
            "unknown-import.wasm",
            assemble(
                r#"(module (import "env" "system" (func)) (memory (export "memory") 1) (func (export "_start")))"#,
            )?,
        ),
        (
            "bad-signature.wasm",
            assemble(
                r#"(module (import "wasmos" "write" (func (param i64))) (memory (export "memory") 1) (func (export "_start")))"#,
            )?,
        ),
        (
            "no-entry.wasm",
            assemble(r#"(module (memory (export "memory") 1) (func (export "main")))"#)?,
        ),
        (
            "huge-memory.wasm",
            assemble(r#"(module (memory (export "memory") 65536) (func (export "_start")))"#)?,
        ),
        (
            "huge-table.wasm",
            assemble(r#"(module (table 10000000 funcref) (memory (export "memory") 1) (func (export "_start")))"#)?,
        ),
        ("unreachable.wasm", assemble(&program("", "unreachable"))?),
        (
            "out-of-bounds.wasm",
            assemble(&program("", "(drop (i32.load (i32.const 0x7ffffff0)))"))?,
        ),
        (
            "divide-by-zero.wasm",
            assemble(&program(
                "(global $zero (mut i32) (i32.const 0))",
                "(drop (i32.div_s (i32.const 1) (global.get $zero)))",
            ))?,
        ),
        (
            "recursion.wasm",
            assemble(&program("(func $deeper (call $deeper))", "(call $deeper)"))?,
        ),
        (
            "bad-pointers.wasm",
            assemble(&program(
                "(data (i32.const 0) \"bad pointers survived\\n\")",
                "(drop (call $write (i32.const 1) (i32.const 0x7fffffff) (i32.const 16)))
                 (drop (call $write (i32.const 1) (i32.const 65530) (i32.const 100)))
                 (drop (call $write (i32.const 99) (i32.const 0) (i32.const 4)))
                 (drop (call $runapp (i32.const -1) (i32.const -1)))
                 (drop (call $write (i32.const 1) (i32.const 0) (i32.const 22)))",
            ))?,
        ),
        (
            "self-spawn.wasm",
            assemble(&program(
                "(data (i32.const 0) \"/tests/self-spawn.wasm\")",
                "(drop (call $runapp (i32.const 0) (i32.const 22)))",
            ))?,
        ),
        ("syscall-errors.wasm", assemble(&syscall_errors())?),
        ("spin.wasm", assemble(&program("", "(loop $forever (br $forever))"))?),
        (
            "grow-until-refused.wasm",
            assemble(&program(
                "(data (i32.const 0) \"memory.grow refused at the cap\\0a\")",
                "(block $done (loop $more
                   (br_if $done (i32.eq (memory.grow (i32.const 64)) (i32.const -1)))
                   (br $more)))
                 (if (i32.gt_u (memory.size) (i32.const 1024)) (then unreachable))
                 (drop (call $write (i32.const 1) (i32.const 0) (i32.const 31)))",
            ))?,
        ),
        (
            "table-grow.wasm",
            assemble(&program(
                "(table $table 1 funcref) (data (i32.const 0) \"table.grow refused at the cap\\0a\")",
                "(if (i32.ne (table.grow $table (ref.null func) (i32.const 2000000)) (i32.const -1)) (then unreachable))
                 (drop (call $write (i32.const 1) (i32.const 0) (i32.const 30)))",
            ))?,
        ),
        (
            "indirect-mismatch.wasm",
            assemble(&program(
                "(type $two (func (param i32 i32))) (table 2 funcref) (elem (i32.const 0) $one) (func $one (param i32))",
                "(call_indirect (type $two) (i32.const 1) (i32.const 2) (i32.const 0))",
            ))?,
        ),
        (
            "null-function.wasm",
            assemble(&program("(type $none (func)) (table 4 funcref)", "(call_indirect (type $none) (i32.const 3))"))?,
        ),
        (
            "wide-recursion.wasm",
            assemble(&program(
                "(func $deeper (param i64 i64 i64 i64 i64 i64 i64 i64) (local i64 i64 i64 i64 i64 i64 i64 i64)
                   (call $deeper (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4) (local.get 5) (local.get 6) (local.get 7)))",
                "(call $deeper (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8))",
            ))?,
        ),
        (
            "giant-write.wasm",
            assemble(&program_with_memory(
                256,
                "(data (i32.const 0) \"/dev/null\") (data (i32.const 16) \"16 MiB written\\0a\")",
                "(if (i32.ne (call $write (call $open (i32.const 0) (i32.const 9) (i32.const 1)) (i32.const 0) (i32.const 16777216)) (i32.const 16777216)) (then unreachable))
                 (drop (call $write (i32.const 1) (i32.const 16) (i32.const 15)))",
            ))?,
        ),
        (
            "open-until-emfile.wasm",
            assemble(&program(
                "(data (i32.const 0) \"/dev/null\") (data (i32.const 16) \"EMFILE reached\\0a\")",
                "(block $done (loop $more
                   (br_if $done (i32.eq (call $open (i32.const 0) (i32.const 9) (i32.const 0)) (i32.const -24)))
                   (br $more)))
                 (drop (call $write (i32.const 1) (i32.const 16) (i32.const 15)))",
            ))?,
        ),
        (
            "nested-protected.wasm",
            assemble(&program(
                "(type $callback (func (param i32))) (table 2 funcref) (elem (i32.const 1) $nest)
                 (global $deepest (mut i32) (i32.const 0))
                 (global $refusal (mut i32) (i32.const 0))
                 (func $nest (param $level i32) (local $result i32)
                   (global.set $deepest (local.get $level))
                   (local.set $result (call $call_protected (i32.const 1) (i32.add (local.get $level) (i32.const 1))))
                   (if (i32.lt_s (local.get $result) (i32.const 0)) (then (global.set $refusal (local.get $result))))
                   (if (i32.ne (local.get $result) (i32.const 0)) (then (call $throw (i32.const 5)))))
                 (func (export \"__wasmos_invoke\") (param i32 i32) (call_indirect (type $callback) (local.get 1) (local.get 0)))
                 (data (i32.const 0) \"deep protected calls refused cleanly\\0a\")",
                ";; Nesting must end in -EAGAIN (11), at 200 levels or earlier if the native stack runs low.
                 (drop (call $call_protected (i32.const 1) (i32.const 1)))
                 (if (i32.ne (global.get $refusal) (i32.const -11)) (then unreachable))
                 (if (i32.gt_u (global.get $deepest) (i32.const 200)) (then unreachable))
                 (drop (call $write (i32.const 1) (i32.const 0) (i32.const 37)))",
            ))?,
        ),
        ("uncaught-throw.wasm", assemble(&program("", "(call $throw (i32.const 9))"))?),
        ("odd-exit-status.wasm", assemble(&program("", "(call $exit (i32.const 0x12345))"))?),
        (
            "start-section-trap.wasm",
            assemble(r#"(module (memory (export "memory") 1) (func $boom unreachable) (start $boom) (func (export "_start")))"#)?,
        ),
        (
            "data-out-of-bounds.wasm",
            assemble(r#"(module (memory (export "memory") 1) (data (i32.const 65530) "0123456789") (func (export "_start")))"#)?,
        ),
        ("memory-import.wasm", assemble(r#"(module (import "wasmos" "memory" (memory 1)) (func (export "_start")))"#)?),
        ("start-with-params.wasm", assemble(r#"(module (memory (export "memory") 1) (func (export "_start") (param i32)))"#)?),
        ("deep-blocks.wasm", assemble(&program("", &format!("{}{}", "(block ".repeat(5000), ")".repeat(5000))))?),
        ("many-functions.wasm", assemble(&program(&"(func (result i32) (i32.const 1))\n".repeat(20000), ""))?),
        ("slow-sleep.wasm", assemble(&program("", "(drop (call $sleep (i64.const 60000000000)))"))?),
    ])
}

/// The directory the modules go to.
pub fn directory() -> PathBuf {
    crate::root().join("rootfs/tests")
}

/// Writes every module whose contents changed.
pub fn write_all() -> Result<()> {
    let directory = directory();
    for (name, bytes) in modules()? {
        let path = directory.join(name);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            files::write(&path, bytes)?;
        }
    }
    Ok(())
}
