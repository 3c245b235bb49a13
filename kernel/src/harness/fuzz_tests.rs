//! Randomised tests on the host: mutated modules through the loader, and
//! programs making random system calls with hostile arguments through real
//! processes. Nothing may panic, and the kernel must keep working afterwards.
//! `WASMOS_FUZZ_ITERATIONS` scales the runs (default: a quick bounded run).

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

use crate::abi::wasi::WASI;
use crate::abi::wasmos::WASMOS;
use crate::platform::testing::TestPlatform;
use crate::process::Limits;
use crate::random::Xorshift64Star as Random;
use crate::runtime;
use crate::system::System;

fn iterations(default: usize) -> usize {
    std::env::var("WASMOS_FUZZ_ITERATIONS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

/// An argument biased towards the values that break code: edges, pointers
/// near the end of memory, valid strings, small descriptors.
fn i32_argument(random: &mut Random) -> i64 {
    const INTERESTING: &[i64] = &[
        0,
        1,
        2,
        3,
        -1,
        -2,
        16,
        32,
        48,
        63,
        64,
        100,
        65535,
        65536,
        65520,
        0x7fff_ffff,
        -0x8000_0000,
        4096,
    ];
    match random.below(4) {
        0 => i64::from(random.next_u64() as i32),
        1 => random.below(16) as i64,
        _ => INTERESTING[random.below(INTERESTING.len() as u64) as usize],
    }
}

fn i64_argument(random: &mut Random) -> i64 {
    match random.below(4) {
        0 => random.next_u64() as i64,
        1 => -(random.below(3) as i64),
        _ => random.below(1000) as i64,
    }
}

/// Functions left out: those that end the process or the test (exit,
/// poweroff, proc_exit) and `sleep`, `poll` and `poll_oneoff`, whose long
/// waits are legitimate.
const EXCLUDED: &[&str] = &["exit", "poweroff", "sleep", "poll", "proc_exit", "poll_oneoff"];

/// A program of `calls` random calls to both import modules (`wasmos` and
/// WASI, which also gives the process its preopened directories).
fn random_program(random: &mut Random, calls: usize) -> String {
    let imports = format!("{}{}", crate::abi::wat_imports(), WASI.wat_imports());
    let candidates: Vec<_> = WASMOS
        .functions
        .iter()
        .chain(WASI.functions)
        .filter(|function| !EXCLUDED.contains(&function.name))
        .map(|function| (function.name, function.params, function.results))
        .collect();
    let mut body = String::new();
    for _ in 0..calls {
        let (name, params, results) = &candidates[random.below(candidates.len() as u64) as usize];
        // `throw` and `runapp` end or multiply the program: keep them rare.
        if (*name == "throw" || name.starts_with("run") || name.starts_with("spawn")) && random.below(8) != 0 {
            continue;
        }
        let mut call = format!("(call ${name}");
        for param in params.iter() {
            if *param == tinywasm::types::WasmType::I64 {
                call.push_str(&format!(" (i64.const {})", i64_argument(random)));
            } else {
                call.push_str(&format!(" (i32.const {})", i32_argument(random) as i32));
            }
        }
        call.push(')');
        if results.is_empty() {
            body.push_str(&call);
        } else {
            body.push_str(&format!("(drop {call})"));
        }
        body.push('\n');
    }
    format!(
        r#"(module {imports}
  (memory (export "memory") 1)
  (data (i32.const 0) "/etc/motd\00\00\00\00\00\00\00/tmp/fuzz\00\00\00\00\00\00\00/dev/null\00\00\00\00\00\00\00/tmp")
  (func (export "_start") {body}))"#
    )
}

#[test]
fn random_system_calls_never_panic_and_the_kernel_keeps_working() {
    let mut random = Random::new(0x5eed_1234_abcd_0001);
    let runs = iterations(1000);
    let mut calls = 0;
    for run in 0..runs {
        let text = random_program(&mut random, 40);
        calls += 40;
        let program = wat::parse_str(&text).expect("generated WAT is valid");
        let platform = TestPlatform::leak(b"some input\n");
        let system = System::new(platform, [("/bin/t.wasm", program), ("/etc/motd", b"hello".to_vec())]).unwrap();
        // Any status or launch error is fine; a panic fails the test with the run number.
        let outcome = system.spawn(vec!["t".to_string()], None);
        assert!(outcome.is_ok() || outcome.is_err(), "run {run}");
        // The same kernel still runs a well-behaved program.
        let good = wat::parse_str(r#"(module (import "wasmos" "exit" (func $exit (param i32))) (memory (export "memory") 1) (func (export "_start") (call $exit (i32.const 7))))"#).unwrap();
        system.vfs.install_file("/bin/good.wasm", good).unwrap();
        let after = system.spawn(vec!["good".to_string()], None);
        if after != Ok(7) {
            // Keep the program that broke the kernel, for the report.
            let path = std::env::temp_dir().join(format!("wasmos-fuzz-run-{run}.wat"));
            let _ = std::fs::write(&path, &text);
            panic!(
                "run {run}: a good program then gave {after:?}; the random program is in {}",
                path.display()
            );
        }
    }
    std::println!("fuzz: {runs} programs, about {calls} random system calls");
}

#[test]
fn mutated_modules_never_panic_the_loader() {
    let seeds: Vec<Vec<u8>> = [
        r#"(module (import "wasmos" "write" (func $write (param i32 i32 i32) (result i32))) (memory (export "memory") 1)
           (data (i32.const 0) "hi") (table 2 funcref) (elem (i32.const 0) $f) (global $g (mut i32) (i32.const 5))
           (func $f (param i32) (result i32) (local i64) (block (loop (br_if 1 (local.get 0)))) (i32.add (local.get 0) (global.get $g)))
           (func (export "_start") (drop (call $write (i32.const 1) (i32.const 0) (call $f (i32.const 2))))))"#,
        r#"(module (memory (export "memory") 1 2) (func (export "_start") (local f64) (local.set 0 (f64.const 1.5))
           (drop (memory.grow (i32.const 1))) (i32.store (i32.const 8) (i32.trunc_sat_f64_s (local.get 0)))))"#,
    ]
    .iter()
    .map(|text| wat::parse_str(text).unwrap())
    .collect();
    let mut random = Random::new(0xfeed_0000_1111_2222);
    let runs = iterations(1000) * 20;
    let mut loaded = 0;
    for run in 0..runs {
        let mut bytes = seeds[run % seeds.len()].clone();
        for _ in 0..=random.below(4) {
            match random.below(4) {
                0 if !bytes.is_empty() => {
                    let at = random.below(bytes.len() as u64) as usize;
                    bytes[at] = random.next_u64() as u8;
                }
                1 if !bytes.is_empty() => bytes.truncate(random.below(bytes.len() as u64) as usize),
                2 => {
                    let at = random.below(bytes.len() as u64 + 1) as usize;
                    bytes.insert(at, random.next_u64() as u8);
                }
                _ if bytes.len() > 8 => {
                    let at = 8 + random.below(bytes.len() as u64 - 8) as usize;
                    bytes[at] ^= 1 << random.below(8);
                }
                _ => {}
            }
        }
        if let Ok(program) = runtime::load(&bytes, &Limits::default()) {
            loaded += 1;
            let mut store = runtime::new_store(&Limits::default(), Default::default());
            let slices = core::cell::Cell::new(0);
            let mut stop = || {
                slices.set(slices.get() + 1);
                (slices.get() > 5).then_some(crate::process::Signal::KILL)
            };
            // Imports are left out on purpose: linking must fail cleanly too.
            let _ = runtime::instantiate_and_run(&program, &mut store, tinywasm::Imports::new(), &mut stop);
        }
    }
    std::println!("fuzz: {runs} mutated modules, {loaded} still loaded and ran");
}
