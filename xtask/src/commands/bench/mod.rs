//! `cargo xtask bench [--json] [--native-in-kernel]`: measures WasmOS against
//! a Linux guest on the same QEMU settings, running the same `.wasm` files,
//! and prints the table that `docs/PERFORMANCE.md` records. Each figure is
//! the median of several runs.

mod cpio;
mod linux_peer;
mod measure;
mod output;
mod table;

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::build::image::{self, Images};
use crate::qemu::machine::{self, MEMORY};
use crate::qemu::shell::PROMPT;
use crate::util::{prerequisites, progress};
use table::Row;

/// Runs of each workload (and boots of each system) a figure is the median of.
const RUNS: usize = 3;

/// The benchmark driver (`bench/driver`) in the image.
const DRIVER: &str = "/bench/driver.wasm";

/// The file whose presence in a workload's folder marks it as also built
/// natively: into the kernel's bench build (`build.rs`), for the Linux guest
/// and by `bench/build-native.sh`. Its first line that is not a `#` comment
/// holds the arguments, small enough for a quick run, with which the test
/// compares the workload's Wasm result against its native build's.
pub const NATIVE_MARK: &str = "native-args";

/// The natively built workloads (`bench/workloads/<name>/native-args`),
/// sorted by name, each with the arguments of its comparison test.
pub fn native_workloads() -> Vec<(String, String)> {
    let workloads = crate::root().join("bench/workloads");
    let mut found: Vec<(String, String)> = std::fs::read_dir(&workloads)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let text = std::fs::read_to_string(entry.path().join(NATIVE_MARK)).ok()?;
            let arguments = text
                .lines()
                .map(str::trim)
                .find(|line| !line.is_empty() && !line.starts_with('#'))
                .unwrap_or_default();
            Some((entry.file_name().to_string_lossy().into_owned(), arguments.to_string()))
        })
        .collect();
    found.sort();
    found
}

/// Arguments of `cargo xtask bench`.
#[derive(clap::Args)]
pub struct Arguments {
    /// Print the results as JSON on standard output (progress stays on standard error)
    #[arg(long)]
    json: bool,
    /// Only the workloads compiled natively into the kernel (its bench build)
    #[arg(long)]
    native_in_kernel: bool,
}

/// The steps of a whole benchmark run, for the progress line.
const STEPS: usize = 6;

/// What the measurements run on.
struct Setup {
    images: Images,
    linux_kernel: PathBuf,
    /// The Linux guest's initramfs running the benchmark.
    initramfs: PathBuf,
    /// The Linux guest's initramfs that only boots.
    boot_initramfs: PathBuf,
    /// The minimal kernel's BIOS image.
    minimal: PathBuf,
}

impl Setup {
    /// Builds WasmOS, the Linux guest and the minimal kernel.
    fn prepare() -> Result<Setup> {
        let images = image::build_all()?;
        let linux_kernel = linux_peer::kernel()?;
        let runner = linux_peer::static_runner()?;
        let native = measure::build_native();
        let initramfs = linux_peer::initramfs("bench.cpio", &runner, &measure::linux_commands(), native.as_deref())?;
        let boot_initramfs = linux_peer::initramfs("boot.cpio", &runner, &[], None)?;
        let minimal = measure::minimal_kernel()?;
        Ok(Setup {
            images,
            linux_kernel,
            initramfs,
            boot_initramfs,
            minimal,
        })
    }
}

/// Boot times: WasmOS on BIOS and UEFI against the Linux guest, and the minimal kernel.
fn boot_rows(setup: &Setup) -> Vec<Row> {
    let bios = measure::boot_time(|| machine::headless_command(&setup.images.bios, false), PROMPT);
    let uefi = measure::boot_time(|| machine::headless_command(&setup.images.uefi, true), PROMPT);
    let linux = measure::boot_time(
        || {
            Ok(linux_peer::machine(
                &setup.linux_kernel,
                &setup.boot_initramfs,
                "",
                MEMORY,
            ))
        },
        "wasmos-run: ready",
    );
    let minimal = measure::boot_time(|| machine::headless_command(&setup.minimal, false), "minimal kernel up");
    let row = |name: &str, wasmos, linux| Row {
        group: "boot",
        name: name.into(),
        unit: "ms",
        wasmos,
        linux,
    };
    vec![
        row("to shell prompt / runner ready, BIOS", bios, linux),
        row("to shell prompt / runner ready, UEFI", uefi, linux),
        row("minimal kernel on our bootloader, BIOS", minimal, None),
    ]
}

/// The size of `path` in KiB, if it exists.
fn kibibytes(path: &Path) -> Option<f64> {
    std::fs::metadata(path)
        .ok()
        .map(|metadata| metadata.len() as f64 / 1024.0)
}

/// The system-call row and the memory rows (all but the smallest `-m`).
fn system_rows(setup: &Setup, wasmos: &measure::Measured, linux: &measure::Measured) -> Vec<Row> {
    let row = |group, name: &str, unit, wasmos, linux| Row {
        group,
        name: name.into(),
        unit,
        wasmos,
        linux,
    };
    let kib = |figure: Option<&f64>| figure.map(|bytes| bytes / 1024.0);
    vec![
        row(
            "syscall",
            "0-byte write to /dev/null",
            "ns/call",
            wasmos.figures.get("syscall_ns").copied(),
            linux.figures.get("syscall_ns").copied(),
        ),
        row(
            "memory",
            "kernel image (stripped)",
            "KiB",
            kibibytes(&setup.images.kernel),
            kibibytes(&setup.linux_kernel),
        ),
        row(
            "memory",
            "kernel heap in use at the prompt",
            "KiB",
            kib(wasmos.figures.get("heap_at_prompt")),
            None,
        ),
        row(
            "memory",
            "kernel heap per small C process",
            "KiB",
            kib(wasmos.figures.get("heap_per_process")),
            None,
        ),
    ]
}

/// Runs the whole benchmark and prints the table (or JSON with `--json`).
pub fn run(arguments: Arguments) -> Result<()> {
    prerequisites::ensure()?;
    if arguments.native_in_kernel {
        // Only the bench build of the kernel: quick to rerun while working on it.
        print!("{}", measure::native_in_kernel_output()?);
        return Ok(());
    }
    let progress = progress::start(STEPS);
    progress.step("building WasmOS, the Linux guest and the minimal kernel");
    let setup = Setup::prepare()?;
    progress.step(&format!("boot times ({RUNS} boots each)"));
    let mut rows = boot_rows(&setup);
    progress.step("the workloads on WasmOS");
    let wasmos = measure::wasmos(&setup.images)?;
    progress.step("the workloads on the Linux guest");
    let linux = measure::linux(&setup.linux_kernel, &setup.initramfs)?;
    rows.extend(table::workload_rows(&wasmos, &linux));
    progress.step("the workloads compiled natively into the WasmOS kernel");
    let in_kernel = measure::native_in_kernel().unwrap_or_else(|error| {
        progress::eprintln(&format!("xtask: the native bench build failed: {error:#}"));
        Default::default()
    });
    rows.extend(table::native_rows(&in_kernel, &linux));
    rows.extend(system_rows(&setup, &wasmos, &linux));
    progress.step("the smallest -m that runs every demo app");
    rows.push(Row {
        group: "memory",
        name: "smallest -m running every demo app".into(),
        unit: "MiB",
        wasmos: measure::smallest_memory(&setup.images).map(f64::from),
        linux: None,
    });
    drop(progress);
    table::print(&rows, arguments.json)
}
