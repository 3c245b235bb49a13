//! The measurements: boot times, the workloads on WasmOS and on the Linux
//! guest side by side, the workloads compiled natively, and the smallest memory.
//!
//! The workloads run on both systems at once: each is booted once with the
//! benchmark driver waiting for requests (`driver --serve`), and every run of
//! a workload on WasmOS is followed by the same run on the Linux guest, so
//! that whatever else the host does at that moment falls on both.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::Result;

use super::figure::Figure;
use super::output::{bench_lines, number_after, number_before};
use super::{linux_peer, native_workloads, DRIVER, LINUX_NATIVE};
use crate::build::image::{self, Flavor, Images};
use crate::qemu::expect::Session;
use crate::qemu::machine::{self, MEMORY};
use crate::qemu::shell;
use crate::util::{files, process, progress};

/// How long one request or a whole native series may take.
const LONG: Duration = Duration::from_secs(1200);
/// How long a boot may take.
const BOOT: Duration = Duration::from_secs(180);

/// What the Linux guest's init prints when it is ready.
pub const LINUX_READY: &str = "wasmos-run: ready";

/// How many runs make a figure, and at which sizes.
#[derive(Clone, Copy, Debug)]
pub struct Plan {
    /// Runs of each workload, boots of each system and native series.
    pub runs: usize,
    /// Runs of each launch test (they are short and vary more).
    pub launch_runs: usize,
    /// Whether the workloads run at their quick sizes (`driver --quick`).
    pub quick: bool,
}

impl Plan {
    /// The reference run, or the quick one.
    pub fn new(quick: bool) -> Plan {
        if quick {
            Plan {
                runs: 3,
                launch_runs: 10,
                quick,
            }
        } else {
            Plan {
                runs: 5,
                launch_runs: 20,
                quick,
            }
        }
    }

    /// The driver's command line waiting for requests, each answered with one run.
    pub fn serving_driver(&self) -> String {
        let size = if self.quick { " --quick" } else { "" };
        format!("{DRIVER} --serve --runs 1 --launch-runs 1{size}")
    }
}

/// The driver's workloads in the order they are measured, each with whether
/// it is a launch test. The two that write a lot to the serial line come last,
/// as every later wait for output scans the transcript they fill.
pub const WORKLOADS: &[(&str, bool)] = &[
    ("launch-hello", true),
    ("launch-big", true),
    ("fib", false),
    ("coremark", false),
    ("sha256", false),
    ("sort", false),
    ("nbody", false),
    ("malloc", false),
    ("syscall", false),
    ("pipe", false),
    ("pingpong", false),
    ("msgcall", false),
    ("spawn", false),
    ("console-null", false),
    ("console-serial", false),
    ("console-console", false),
];

/// Where each console workload writes.
const CONSOLE_TARGETS: &[(&str, &str)] = &[
    ("console-null", "/dev/null"),
    ("console-serial", "/dev/serial0"),
    ("console-console", "/dev/console"),
];

/// The process workloads, whose row is the figure on their own summary line
/// (`<workload>: ...`) rather than the driver's time for the whole program:
/// each with the words its figure stands before and the factor to the row's
/// unit (MiB/s, microseconds per round trip, milliseconds per spawn+wait).
pub const SUMMARIES: &[(&str, &str, f64)] = &[
    ("pipe", "MiB/s", 1.0),
    ("pingpong", "ns per round trip", 1e-3),
    ("msgcall", "ns per round trip", 1e-3),
    ("spawn", "ns each", 1e-6),
];

/// The figure on the last summary line of `workload` in `output` (see [`SUMMARIES`]).
fn summary_figure(workload: &str, output: &str) -> Option<f64> {
    let (_, label, scale) = SUMMARIES.iter().find(|(name, _, _)| *name == workload)?;
    let prefix = format!("{workload}:");
    let line = output
        .lines()
        .rev()
        .find(|line| line.starts_with(&prefix) && line.contains(label))?;
    number_before(line, label).map(|value| value * scale)
}

/// What one system measured: samples by row key, failures, and single figures.
#[derive(Default)]
pub struct Measured {
    /// Every sample of each measure, in its row's unit, in the order taken.
    pub samples: BTreeMap<String, Vec<f64>>,
    /// The measures whose program failed (reported, left out of the table).
    pub failed: BTreeSet<String>,
    /// `heap_at_prompt` and `heap_per_process`, in bytes, measured once.
    pub figures: BTreeMap<&'static str, f64>,
}

impl Measured {
    fn add(&mut self, key: &str, value: f64) {
        self.samples.entry(key.to_string()).or_default().push(value);
    }

    fn fail(&mut self, key: &str, system: &str, why: &str) {
        if self.failed.insert(key.to_string()) {
            progress::eprintln(&format!("xtask: {key} failed on {system} ({why}); not shown"));
        }
    }

    /// The figure of `key`, unless it failed or was not measured.
    pub fn figure(&self, key: &str) -> Option<Figure> {
        if self.failed.contains(key) {
            return None;
        }
        Figure::of(self.samples.get(key).cloned().unwrap_or_default())
    }
}

/// Milliseconds from starting `command` to each of `markers` in turn in its
/// output; `None` for a marker not reached (and every one after it).
pub fn boot_times(command: Result<Command>, markers: &[&str]) -> Vec<Option<f64>> {
    let mut times = vec![None; markers.len()];
    let Ok(mut session) = command.and_then(Session::start) else {
        return times;
    };
    for (time, marker) in times.iter_mut().zip(markers) {
        if session.expect(marker, BOOT).is_err() {
            break;
        }
        *time = Some(session.elapsed().as_secs_f64() * 1000.0);
    }
    times
}

/// WasmOS booted with `memory`, at its prompt.
fn wasmos_session(images: &Images, memory: &str, timeout: Duration) -> Result<Session> {
    let mut command = machine::machine_with_memory(&images.bios, false, memory)?;
    machine::drive_over_serial(&mut command, None);
    let mut session = Session::start(command)?;
    shell::wait_for_prompt(&mut session, timeout)?;
    Ok(session)
}

/// The kernel heap at the prompt and what one more small C process adds.
fn heap_figures(session: &mut Session, measured: &mut Measured) -> Result<()> {
    let meminfo = shell::run(session, "cat /proc/meminfo", LONG)?;
    if let Some(used) = number_after(&meminfo, "HeapUsed:") {
        measured.figures.insert("heap_at_prompt", used);
    }
    let probe = shell::run(session, "/bench/memprobe.wasm", LONG)?;
    if let (Some(with_one), Some(with_two)) = (
        number_after(&probe, "with this process:"),
        number_after(&probe, "with one more:"),
    ) {
        measured.figures.insert("heap_per_process", with_two - with_one);
    }
    Ok(())
}

/// Asks the serving driver in `session` for one run of `workload`; returns
/// its output up to and including `BENCH-END`.
fn request(session: &mut Session, workload: &str) -> Result<String> {
    session.send(&format!("{workload}\r"))?;
    session.expect("BENCH-END", LONG)
}

/// Files one run's output under its row keys: the driver's time for the
/// workload (ms), the console workload's own time for its writes (ms), a
/// process workload's own figure (see [`SUMMARIES`]), and for `syscall` also
/// its time per call (`syscall_ns`).
fn record(measured: &mut Measured, workload: &str, output: &str, system: &str) {
    let Some(outcome) = bench_lines(output).get(workload).copied() else {
        measured.fail(workload, system, "no result line");
        return;
    };
    if outcome.status != 0 {
        measured.fail(workload, system, &format!("exit status {}", outcome.status));
        return;
    }
    if let Some((_, target)) = CONSOLE_TARGETS.iter().find(|(name, _)| *name == workload) {
        // The workload's summary, on a line of its own after whatever it wrote.
        let needle = format!(" to {target} in ");
        let summary = output
            .lines()
            .rev()
            .find(|line| line.starts_with("console:") && line.contains(&needle));
        match summary.and_then(|line| number_after(line, " in ")) {
            Some(nanoseconds) => measured.add(workload, nanoseconds / 1e6),
            None => measured.fail(workload, system, "no summary line"),
        }
        return;
    }
    if SUMMARIES.iter().any(|(name, _, _)| *name == workload) {
        match summary_figure(workload, output) {
            Some(figure) => measured.add(workload, figure),
            None => measured.fail(workload, system, "no summary line"),
        }
        return;
    }
    measured.add(workload, outcome.median_ns / 1e6);
    if workload == "syscall" {
        match number_before(output, "ns per call") {
            Some(per_call) => measured.add("syscall_ns", per_call),
            None => measured.fail("syscall_ns", system, "no time per call"),
        }
    }
}

/// Runs every workload on WasmOS and on the Linux guest (booted from
/// `initramfs`, which serves the driver), alternating run by run, and takes
/// WasmOS's heap figures at its prompt first. `note` hears which workload runs.
pub fn side_by_side(
    images: &Images,
    linux_kernel: &Path,
    initramfs: &Path,
    plan: Plan,
    note: impl Fn(&str),
) -> Result<(Measured, Measured)> {
    let mut wasmos = Measured::default();
    let mut linux = Measured::default();
    let mut wasmos_session = wasmos_session(images, MEMORY, BOOT)?;
    heap_figures(&mut wasmos_session, &mut wasmos)?;
    wasmos_session.send(&format!("{}\r", plan.serving_driver()))?;
    wasmos_session.expect("BENCH-SERVING", BOOT)?;
    let mut linux_session = Session::start(linux_peer::machine(linux_kernel, initramfs, "", MEMORY))?;
    linux_session.expect("BENCH-SERVING", BOOT)?;
    for (workload, is_launch_test) in WORKLOADS {
        let runs = if *is_launch_test { plan.launch_runs } else { plan.runs };
        note(workload);
        for _ in 0..runs {
            for (session, measured, system) in [
                (&mut wasmos_session, &mut wasmos, "WasmOS"),
                (&mut linux_session, &mut linux, "the Linux guest"),
            ] {
                if !measured.failed.contains(*workload) {
                    let output = request(session, workload)?;
                    record(measured, workload, &output, system);
                }
            }
        }
    }
    Ok((wasmos, linux))
}

/// Files the `BENCH native-*` lines of one series: each workload's median
/// (ms); for a workload built natively for the Linux guest only
/// ([`LINUX_NATIVE`]), the median of its runs' own figures instead (the
/// summary lines it printed, see [`SUMMARIES`]).
fn record_natives(measured: &mut Measured, output: &str, system: &str) {
    for (name, outcome) in bench_lines(output) {
        let Some(workload) = name.strip_prefix("native-") else {
            continue;
        };
        if outcome.status != 0 {
            measured.fail(&name, system, &format!("exit status {}", outcome.status));
        } else if !LINUX_NATIVE.contains(&workload) {
            measured.add(&name, outcome.median_ns / 1e6);
        } else {
            let prefix = format!("{workload}:");
            let figures: Vec<f64> = output
                .lines()
                .filter(|line| line.starts_with(&prefix))
                .filter_map(|line| summary_figure(workload, line))
                .collect();
            match Figure::of(figures) {
                Some(figure) => measured.add(&name, figure.median()),
                None => measured.fail(&name, system, "no summary line"),
            }
        }
    }
}

/// The native workloads: `runs` series in the bench build of the WasmOS
/// kernel (`native_images`) alternating with `runs` boots of the Linux guest
/// that runs their Linux builds (`initramfs`). Each series runs every workload
/// three times, and a sample is the median of those three.
pub fn natives(
    native_images: Option<&Images>,
    linux_kernel: &Path,
    initramfs: Option<&Path>,
    runs: usize,
) -> (Measured, Measured) {
    let mut in_kernel = Measured::default();
    let mut linux = Measured::default();
    for _ in 0..runs {
        if let Some(images) = native_images {
            match machine::headless(&images.bios, false).and_then(|mut session| session.expect("BENCH-END", LONG)) {
                Ok(output) => record_natives(&mut in_kernel, &output, "WasmOS"),
                Err(error) => progress::eprintln(&format!("xtask: the kernel's native series failed: {error:#}")),
            }
        }
        if let Some(initramfs) = initramfs {
            let series = Session::start(linux_peer::machine(linux_kernel, initramfs, "", MEMORY))
                .and_then(|mut session| session.expect("BENCH-NATIVE-END", LONG));
            match series {
                Ok(output) => record_natives(&mut linux, &output, "the Linux guest"),
                Err(error) => progress::eprintln(&format!("xtask: the Linux guest's native series failed: {error:#}")),
            }
        }
    }
    (in_kernel, linux)
}

/// What the bench build of the kernel prints from boot to `BENCH-END`: the
/// workloads' own result lines and a `BENCH native-*` line for each.
pub fn native_in_kernel_output() -> Result<String> {
    let images = image::build(Flavor::NativeBench)?;
    let mut session = machine::headless(&images.bios, false)?;
    session.expect("BENCH-END", LONG)
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
/// for the Linux guest, and the ones built for it alone ([`LINUX_NATIVE`]);
/// `None` when that cannot be done.
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
            .args(native_workloads().iter().map(|(workload, _)| workload.as_str()))
            .args(LINUX_NATIVE)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_is_filed_under_its_row_keys() {
        let mut measured = Measured::default();
        record(
            &mut measured,
            "syscall",
            "syscall\nsyscall: 200000 calls in 1 ns, empty loop 1 ns, 1540.5 ns per call\nBENCH syscall runs=1 median_ns=2000000 min_ns=2000000 max_ns=2000000 status=0\nBENCH-END",
            "test",
        );
        record(
            &mut measured,
            "console-serial",
            "!\"#$\nconsole: 262144 bytes to /dev/serial0 in 3000000 ns\nBENCH console-serial runs=1 median_ns=9000000 min_ns=9000000 max_ns=9000000 status=0\nBENCH-END",
            "test",
        );
        assert_eq!(measured.samples["syscall"], [2.0]);
        assert_eq!(measured.samples["syscall_ns"], [1540.5]);
        assert_eq!(measured.samples["console-serial"], [3.0]);
    }

    #[test]
    fn a_process_workload_is_filed_under_its_own_figure() {
        let mut measured = Measured::default();
        record(
            &mut measured,
            "pingpong",
            "pingpong: 2000 round trips in 90000000 ns, 45000.0 ns per round trip\nBENCH pingpong runs=1 median_ns=99000000 min_ns=99000000 max_ns=99000000 status=0\nBENCH-END",
            "test",
        );
        record(
            &mut measured,
            "pipe",
            "pipe: 1048576 bytes through cat | wc -c in 500000000 ns, 2.00 MiB/s\nBENCH pipe runs=1 median_ns=600000000 min_ns=600000000 max_ns=600000000 status=0\nBENCH-END",
            "test",
        );
        record(
            &mut measured,
            "spawn",
            "spawn: 20 spawn+wait of /bench/hello.wasm in 40000000 ns, 2000000.0 ns each\nBENCH spawn runs=1 median_ns=50000000 min_ns=50000000 max_ns=50000000 status=0\nBENCH-END",
            "test",
        );
        record(
            &mut measured,
            "msgcall",
            "BENCH msgcall runs=1 median_ns=50000000 min_ns=50000000 max_ns=50000000 status=0\nBENCH-END",
            "test",
        );
        assert_eq!(measured.samples["pingpong"], [45.0]);
        assert_eq!(measured.samples["pipe"], [2.0]);
        assert_eq!(measured.samples["spawn"], [2.0]);
        assert_eq!(measured.figure("msgcall"), None);
    }

    #[test]
    fn a_linux_only_native_workload_gives_the_median_of_its_own_figures() {
        let mut measured = Measured::default();
        record_natives(
            &mut measured,
            "pingpong: 100 round trips in 3000000 ns, 30000.0 ns per round trip\n\
             pingpong: 100 round trips in 1000000 ns, 10000.0 ns per round trip\n\
             pingpong: 100 round trips in 2000000 ns, 20000.0 ns per round trip\n\
             BENCH native-pingpong runs=3 median_ns=9000000 min_ns=8000000 max_ns=9500000 status=0\n\
             BENCH native-fib runs=3 median_ns=4000000 min_ns=4000000 max_ns=4000000 status=0\n\
             BENCH-NATIVE-END",
            "test",
        );
        assert_eq!(measured.samples["native-pingpong"], [20.0]);
        assert_eq!(measured.samples["native-fib"], [4.0]);
    }

    #[test]
    fn a_failed_run_leaves_its_measure_out() {
        let mut measured = Measured::default();
        record(
            &mut measured,
            "fib",
            "BENCH fib runs=1 median_ns=1000000 min_ns=1000000 max_ns=1000000 status=0\n",
            "test",
        );
        record(
            &mut measured,
            "fib",
            "BENCH fib runs=1 median_ns=7 min_ns=7 max_ns=7 status=1\n",
            "test",
        );
        assert_eq!(measured.figure("fib"), None);
        assert!(measured.failed.contains("fib"));
    }

    #[test]
    fn quick_runs_fewer_times_at_small_sizes() {
        let quick = Plan::new(true);
        let full = Plan::new(false);
        assert!(full.runs >= 5 && quick.runs >= 3 && quick.runs < full.runs);
        assert!(quick.serving_driver().ends_with("--quick"));
        assert!(!full.serving_driver().contains("--quick"));
    }
}
