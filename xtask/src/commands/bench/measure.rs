//! The measurements: boot times, the workloads on WasmOS and on the Linux
//! guest, the workloads compiled into the kernel, and the smallest memory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::Result;

use super::output::{self, bench_lines, number_after, number_before, Outcome};
use super::{linux_peer, native_workloads, DRIVER, RUNS};
use crate::build::image::{self, Flavor, Images};
use crate::qemu::expect::Session;
use crate::qemu::machine::{self, MEMORY};
use crate::qemu::shell;
use crate::util::{files, process, progress};

/// How long a whole series of workloads may take.
const LONG: Duration = Duration::from_secs(1200);
/// How long a boot may take.
const BOOT: Duration = Duration::from_secs(180);

/// Where the console benchmark writes, and the label of its row.
pub const CONSOLE_TARGETS: &[(&str, &str)] = &[
    ("/dev/null", "null"),
    ("/dev/serial0", "serial"),
    ("/dev/console", "console"),
];

/// What one system measured: workload results by name, and single figures by key.
#[derive(Default)]
pub struct Measured {
    /// The workloads' results.
    pub results: BTreeMap<String, Outcome>,
    /// `syscall_ns`, `heap_at_prompt`, `heap_per_process`.
    pub figures: BTreeMap<&'static str, f64>,
}

/// Milliseconds from starting QEMU to `marker`: the median over [`RUNS`] boots.
pub fn boot_time(mut make: impl FnMut() -> Result<Command>, marker: &str) -> Option<f64> {
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let Ok(command) = make() else { return None };
        let Ok(mut session) = Session::start(command) else {
            return None;
        };
        if session.expect(marker, BOOT).is_ok() {
            times.push(session.elapsed().as_secs_f64() * 1000.0);
        }
    }
    output::median(times)
}

/// WasmOS booted with `memory`, at its prompt.
fn wasmos_session(images: &Images, memory: &str, timeout: Duration) -> Result<Session> {
    let mut command = machine::machine_with_memory(&images.bios, false, memory)?;
    machine::drive_over_serial(&mut command, None);
    let mut session = Session::start(command)?;
    shell::wait_for_prompt(&mut session, timeout)?;
    Ok(session)
}

/// Runs the workloads, system calls, console and memory measurements on WasmOS.
pub fn wasmos(images: &Images) -> Result<Measured> {
    let mut session = wasmos_session(images, MEMORY, BOOT)?;
    let mut measured = Measured::default();
    let meminfo = shell::run(&mut session, "cat /proc/meminfo", LONG)?;
    if let Some(used) = number_after(&meminfo, "HeapUsed:") {
        measured.figures.insert("heap_at_prompt", used);
    }
    let probe = shell::run(&mut session, "/bench/memprobe.wasm", LONG)?;
    if let (Some(with_one), Some(with_two)) = (
        number_after(&probe, "with this process:"),
        number_after(&probe, "with one more:"),
    ) {
        measured.figures.insert("heap_per_process", with_two - with_one);
    }
    let bench = shell::run(&mut session, &format!("{DRIVER} --runs {RUNS}"), LONG)?;
    measured.results = bench_lines(&bench);
    let syscall = shell::run(&mut session, "/bench/syscall.wasm", LONG)?;
    if let Some(per_call) = number_before(&syscall, "ns per call") {
        measured.figures.insert("syscall_ns", per_call);
    }
    for (target, label) in CONSOLE_TARGETS {
        shell::run(&mut session, &format!("/bench/console.wasm {target}"), LONG)?;
        let summary = shell::run(&mut session, "cat /tmp/bench-console.txt", LONG)?;
        if let Some(median_ns) = number_after(&summary, " in ") {
            measured
                .results
                .insert(format!("console-{label}"), Outcome { median_ns, status: 0 });
        }
    }
    Ok(measured)
}

/// What the bench build of the kernel prints from boot to `BENCH-END`: the
/// workloads' own result lines and a `BENCH native-*` line for each.
pub fn native_in_kernel_output() -> Result<String> {
    let images = image::build(Flavor::NativeBench)?;
    let mut session = machine::headless(&images.bios, false)?;
    session.expect("BENCH-END", LONG)
}

/// The workloads as native code in the WasmOS kernel (its bench build).
pub fn native_in_kernel() -> Result<BTreeMap<String, Outcome>> {
    Ok(bench_lines(&native_in_kernel_output()?))
}

/// The runner command lines the Linux guest's init runs: the same as on WasmOS.
pub fn linux_commands() -> Vec<String> {
    let mut commands = vec![
        format!("--rootfs /rootfs {DRIVER} --runs {RUNS}"),
        "--rootfs /rootfs /bench/syscall.wasm".to_string(),
    ];
    for (target, _) in CONSOLE_TARGETS {
        commands.push(format!("--rootfs /rootfs /bench/console.wasm {target}"));
    }
    commands
}

/// Runs the same measurements on the Linux guest.
pub fn linux(kernel: &Path, initramfs: &Path) -> Result<Measured> {
    let mut session = Session::start(linux_peer::machine(kernel, initramfs, "", MEMORY))?;
    session.expect("wasmos-run: ready", BOOT)?;
    session.wait_exit(LONG)?;
    let transcript = session.transcript();
    let mut measured = Measured {
        results: bench_lines(&transcript),
        ..Measured::default()
    };
    if let Some(per_call) = number_before(&transcript, "ns per call") {
        measured.figures.insert("syscall_ns", per_call);
    }
    // The last summary naming each target is the one its own command printed.
    for (target, label) in CONSOLE_TARGETS {
        let needle = format!(" to {target} in ");
        let line = transcript
            .lines()
            .rev()
            .find(|line| line.starts_with("console:") && line.contains(&needle));
        if let Some(median_ns) = line.and_then(|line| number_after(line, " in ")) {
            measured
                .results
                .insert(format!("console-{label}"), Outcome { median_ns, status: 0 });
        }
    }
    Ok(measured)
}

/// The demo apps that must run for a memory size to count, with text their output must contain.
const DEMO_CHECKS: &[(&str, &str)] = &[
    ("helloworld-c", "Hello, world from C!"),
    ("helloworld-cpp", "Hello, world from C++!"),
    ("helloworld-rs", "Hello, world from Rust!"),
    ("helloworld-as", "Hello, world from AssemblyScript!"),
    ("fib 30", "514229"),
    ("/tests/vec-test-cpp.wasm", ""),
    ("collatz", ""),
    ("alloc-demo", ""),
    ("sysinfo", ""),
    ("/tests/lld-test.wasm", ""),
    ("lua /lua/fib.lua", ""),
];

/// Whether WasmOS with `memory` MiB boots and runs every demo app with status 0.
fn runs_every_demo(images: &Images, memory: u32) -> bool {
    let Ok(mut session) = wasmos_session(images, &format!("{memory}M"), Duration::from_secs(40)) else {
        return false;
    };
    DEMO_CHECKS.iter().all(|(command, expected)| {
        shell::run(&mut session, command, Duration::from_secs(120)).is_ok_and(|output| output.contains(expected))
            && shell::run(&mut session, "echo status=$?", Duration::from_secs(60))
                .is_ok_and(|output| output.contains("status=0"))
    })
}

/// The smallest `-m` (MiB) with which WasmOS boots and runs every demo app.
pub fn smallest_memory(images: &Images) -> Option<u32> {
    // From large to small: stop at the first size that fails (each failure costs a timeout).
    let mut smallest = None;
    for memory in [128, 96, 64, 48, 40, 32, 28, 24, 20, 16] {
        if !runs_every_demo(images, memory) {
            break;
        }
        smallest = Some(memory);
    }
    smallest
}

/// Builds the compute workloads natively with clang (`bench/build-native.sh`)
/// for the Linux guest; `None` when that cannot be done.
pub fn build_native() -> Option<PathBuf> {
    let root = crate::root();
    let script = root.join("bench/build-native.sh");
    let output = root.join("target/bench/native");
    // clang, the compiler the bench build of the kernel uses for the same sources.
    if !script.is_file() || !process::exists("clang") {
        progress::eprintln("xtask: no native builds (needs bench/build-native.sh and clang)");
        return None;
    }
    let _ = std::fs::remove_dir_all(&output);
    files::create_directory(&output).ok()?;
    match process::run(
        Command::new("sh")
            .arg(&script)
            .arg(&output)
            .args(native_workloads().iter().map(|(workload, _)| workload))
            .env("CC", "clang")
            .stdout(std::io::stderr())
            .current_dir(&root),
    ) {
        Ok(()) => Some(output),
        Err(error) => {
            progress::eprintln(&format!("xtask: native builds failed: {error:#}"));
            None
        }
    }
}

/// Builds the minimal kernel and its BIOS image; returns the image.
pub fn minimal_kernel() -> Result<PathBuf> {
    let root = crate::root();
    let target = root.join("target/bench/minimal");
    process::run(
        Command::new("cargo")
            .args([
                "build",
                "--release",
                "--quiet",
                "--target",
                "x86_64-unknown-none",
                "--manifest-path",
            ])
            .arg(root.join("xtask/minimal-kernel/Cargo.toml"))
            .arg("--target-dir")
            .arg(&target)
            .current_dir(&root),
    )?;
    let kernel = target.join("x86_64-unknown-none/release/wasmos-minimal-kernel");
    image::write_images(&kernel, &target.join("images"))?;
    Ok(target.join("images/wasmos-bios.img"))
}
