//! Host tests of the loader and the execution loop, with modules assembled from WAT.

use super::*;
use crate::process::Limits;
use alloc::vec::Vec;

fn module(text: &str) -> Vec<u8> {
    wat::parse_str(text).expect("valid WAT")
}

fn load_text(text: &str) -> Result<Program, LoadError> {
    load(&module(text), &Limits::default())
}

const EMPTY: &str = r#"(module (memory (export "memory") 1) (func (export "_start")))"#;

#[test]
fn a_minimal_module_loads() {
    assert!(load_text(EMPTY).is_ok());
}

/// `bytes` with a custom section `name` holding `payload` appended.
fn with_custom_section(mut bytes: Vec<u8>, name: &str, payload: &[u8]) -> Vec<u8> {
    let size = 1 + name.len() + payload.len();
    bytes.push(0);
    bytes.push(u8::try_from(size).expect("a short section"));
    bytes.push(u8::try_from(name.len()).expect("a short name"));
    bytes.extend_from_slice(name.as_bytes());
    bytes.extend_from_slice(payload);
    bytes
}

#[test]
fn a_module_asks_for_its_call_depth_in_a_custom_section() {
    let asking = with_custom_section(module(EMPTY), CALL_DEPTH_SECTION, b"4096");
    assert_eq!(
        load(&asking, &Limits::default()).map(|program| program.call_depth()),
        Ok(Some(4096))
    );
    let other = with_custom_section(module(EMPTY), "wasmos.description", b"4096");
    assert_eq!(
        load(&other, &Limits::default()).map(|program| program.call_depth()),
        Ok(None)
    );
    let garbled = with_custom_section(module(EMPTY), CALL_DEPTH_SECTION, b"40x");
    assert_eq!(
        load(&garbled, &Limits::default()).map(|program| program.call_depth()),
        Ok(None)
    );
}

#[test]
fn bytes_that_are_not_wasm_are_refused() {
    assert_eq!(load(b"#!/bin/sh\n", &Limits::default()).err(), Some(LoadError::NotWasm));
    assert_eq!(load(b"", &Limits::default()).err(), Some(LoadError::NotWasm));
}

#[test]
fn a_truncated_module_is_refused() {
    let bytes = module(EMPTY);
    assert_eq!(
        load(&bytes[..bytes.len() - 3], &Limits::default()).err(),
        Some(LoadError::Truncated)
    );
    assert_eq!(load(&bytes[..6], &Limits::default()).err(), Some(LoadError::Truncated));
}

#[test]
fn a_malformed_module_is_invalid_not_truncated() {
    let mut bytes = module(EMPTY);
    // The first section's id becomes one no Wasm version defines.
    bytes[8] = 0x7f;
    assert!(matches!(load(&bytes, &Limits::default()), Err(LoadError::Invalid(_))));
    // A section whose size is cut off inside its LEB128 encoding.
    let cut = [b"\0asm".as_slice(), &[1, 0, 0, 0], &[1, 0x80]].concat();
    assert_eq!(load(&cut, &Limits::default()).err(), Some(LoadError::Truncated));
}

#[test]
fn another_version_is_refused() {
    let mut bytes = module(EMPTY);
    bytes[4] = 13;
    assert_eq!(
        load(&bytes, &Limits::default()).err(),
        Some(LoadError::UnsupportedVersion(13))
    );
}

#[test]
fn unknown_imports_are_named() {
    let error =
        load_text(r#"(module (import "env" "abort" (func)) (memory (export "memory") 1) (func (export "_start")))"#)
            .err();
    assert_eq!(
        error,
        Some(LoadError::UnknownImport {
            module: "env".into(),
            name: "abort".into()
        })
    );
    let error = load_text(r#"(module (import "wasmos" "fork" (func)) (func (export "_start")))"#).err();
    assert_eq!(
        error,
        Some(LoadError::UnknownImport {
            module: "wasmos".into(),
            name: "fork".into()
        })
    );
}

#[test]
fn imports_with_the_wrong_type_are_named() {
    let error = load_text(r#"(module (import "wasmos" "getchar" (func (param i32))) (func (export "_start")))"#).err();
    assert_eq!(
        error,
        Some(LoadError::IncompatibleImport {
            module: "wasmos".into(),
            name: "getchar".into()
        })
    );
}

#[test]
fn a_module_without_start_is_refused() {
    assert_eq!(
        load_text(r#"(module (func (export "main")))"#).err(),
        Some(LoadError::NoEntryPoint)
    );
    assert_eq!(
        load_text(r#"(module (func (export "_start") (param i32)))"#).err(),
        Some(LoadError::NoEntryPoint)
    );
}

#[test]
fn memory_and_tables_beyond_the_caps_are_refused() {
    let error = load_text(r#"(module (memory 65536) (func (export "_start")))"#).err();
    assert_eq!(
        error,
        Some(LoadError::MemoryTooLarge {
            pages: 65536,
            limit: 1024
        })
    );
    let error = load_text(r#"(module (table 100000 funcref) (func (export "_start")))"#).err();
    assert_eq!(
        error,
        Some(LoadError::TableTooLarge {
            entries: 100000,
            limit: 65536
        })
    );
}

fn run_text(text: &str) -> Outcome {
    let limits = Limits::default();
    let program = load(&module(text), &limits).expect("loads");
    let mut store = new_store(&limits, Default::default());
    instantiate_and_run(&program, &mut store, Imports::new(), &mut || None).expect("instantiates")
}

#[test]
fn traps_become_outcomes() {
    assert_eq!(run_text(EMPTY), Outcome::Returned);
    assert_eq!(
        run_text(r#"(module (func (export "_start") unreachable))"#),
        Outcome::Trapped("unreachable".into())
    );
    let recursion = r#"(module (func $f (call $f)) (func (export "_start") (call $f)))"#;
    assert_eq!(run_text(recursion), Outcome::Trapped("call stack exhausted".into()));
}

#[test]
fn memory_grow_stops_at_the_cap() {
    // Grows one page at a time until memory.grow fails; traps if it never does.
    let text = r#"(module (memory 1)
        (func (export "_start")
          (block $done (loop $more
            (br_if $done (i32.eq (memory.grow (i32.const 16)) (i32.const -1)))
            (br_if $more (i32.lt_u (memory.size) (i32.const 2000)))))
          (if (i32.gt_u (memory.size) (i32.const 1024)) (then unreachable))))"#;
    assert_eq!(run_text(text), Outcome::Returned);
}

#[test]
fn table_grow_stops_at_the_cap() {
    // 70 000 entries is more than the default cap of 65 536: refused, -1.
    let text = r#"(module (table 1 funcref)
        (func (export "_start")
          (if (i32.ne (table.grow (ref.null func) (i32.const 70000)) (i32.const -1)) (then unreachable))
          (if (i32.ne (table.grow (ref.null func) (i32.const 100)) (i32.const 1)) (then unreachable))))"#;
    assert_eq!(run_text(text), Outcome::Returned);
}

#[test]
fn a_parsed_program_runs_again_under_other_limits() {
    let program = parse(&module(r#"(module (memory 4) (func (export "_start")))"#)).expect("parses");
    let small = Limits {
        memory_pages: 2,
        ..Limits::default()
    };
    assert_eq!(
        program.check_limits(&small),
        Err(LoadError::MemoryTooLarge { pages: 4, limit: 2 })
    );
    for _ in 0..2 {
        let limits = Limits::default();
        program.check_limits(&limits).expect("fits");
        let mut store = new_store(&limits, Default::default());
        assert_eq!(
            instantiate_and_run(&program, &mut store, Imports::new(), &mut || None),
            Ok(Outcome::Returned)
        );
    }
}

#[test]
fn an_endless_loop_can_be_stopped_between_slices() {
    let limits = Limits::default();
    let program = load(&module(r#"(module (func (export "_start") (loop (br 0))))"#), &limits).unwrap();
    let mut store = new_store(&limits, Default::default());
    let slices = core::cell::Cell::new(0);
    let mut stop = || {
        slices.set(slices.get() + 1);
        (slices.get() == 3).then_some(crate::process::Signal::INTERRUPT)
    };
    assert_eq!(
        instantiate_and_run(&program, &mut store, Imports::new(), &mut stop),
        Ok(Outcome::Killed(crate::process::Signal::INTERRUPT))
    );
}
