//! Deliberately broken and hostile modules, written to `rootfs/tests/` (git-ignored)
//! so both the host runner and the booted image can be shown that each one gets
//! a clear error or trap and that the system keeps going.

use std::path::PathBuf;

/// A valid module's text with an `_start` body and extra declarations.
fn program(declarations: &str, body: &str) -> String {
    format!(
        r#"(module
  (import "wasmos" "write" (func $write (param i32 i32 i32) (result i32)))
  (import "wasmos" "runapp" (func $runapp (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  {declarations}
  (func (export "_start") {body}))"#
    )
}

fn assemble(text: &str) -> Result<Vec<u8>, String> {
    wat::parse_str(text).map_err(|error| format!("assembling a test module: {error}"))
}

/// Every test module: file name and contents.
pub fn modules() -> Result<Vec<(&'static str, Vec<u8>)>, String> {
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
    ])
}

/// The directory the modules go to.
pub fn directory() -> PathBuf {
    crate::root().join("rootfs/tests")
}

/// Writes every module whose contents changed.
pub fn write_all() -> Result<(), String> {
    let directory = directory();
    std::fs::create_dir_all(&directory).map_err(|error| format!("{}: {error}", directory.display()))?;
    for (name, bytes) in modules()? {
        let path = directory.join(name);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            std::fs::write(&path, bytes).map_err(|error| format!("{}: {error}", path.display()))?;
        }
    }
    Ok(())
}
