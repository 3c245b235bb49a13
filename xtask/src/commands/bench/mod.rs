//! `cargo xtask bench [--quick] [--json] [--native-in-kernel]`: measures
//! WasmOS against a Linux guest on the same QEMU settings, running the same
//! `.wasm` files, and prints the table that `docs/PERFORMANCE.md` records.
//! Each timing is the median of at least 5 runs (3 with `--quick`) with its
//! min-max spread, the two systems' runs interleaved one by one.

mod cpio;
mod figure;
mod linux_peer;
mod measure;
mod output;
mod table;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::build::image::{self, Flavor, Images};
use crate::qemu::machine;
use crate::qemu::shell::PROMPT;
use crate::util::{files, prerequisites, process, progress};
use figure::Figure;
use measure::{Measured, Plan, LINUX_READY, SUMMARIES, WORKLOADS};
use table::Row;

/// The benchmark driver (`bench/driver`) in the image.
const DRIVER: &str = "/bench/driver.wasm";

/// The file whose presence in a workload's folder marks it as also built
/// natively: into the kernel's bench build (`build.rs`), for the Linux guest
/// and by `bench/build-native.sh`. Its first line that is not a `#` comment
/// holds the arguments, small enough for a quick run, with which the test
/// compares the workload's Wasm result against its native build's.
pub const NATIVE_MARK: &str = "native-args";

/// The workloads built natively for the Linux guest alone, by
/// `bench/build-native.sh` as the others: not into the kernel's bench build
/// (they fork, wait and use pipes) and with no `native-args` (their output
/// is a time, nothing to compare with the Wasm build's). Their row,
/// `native-<name>` with a Linux figure only, is their own printed figure
/// (`measure::SUMMARIES`), next to the row of the Wasm build.
pub const LINUX_NATIVE: &[&str] = &["pingpong"];

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
    /// Print the results as JSON on standard output (everything else goes to standard error)
    #[arg(long)]
    json: bool,
    /// Fewer runs (3) at smaller workload sizes, for a look in a few minutes; the full run is the reference
    #[arg(long)]
    quick: bool,
    /// Only the workloads compiled natively into the kernel (its bench build)
    #[arg(long)]
    native_in_kernel: bool,
}

/// The steps of a whole benchmark run, for the progress line.
const STEPS: usize = 5;

/// What the kernel prints first on the serial line: its banner, `WasmOS <version>
/// (x86_64): kernel up in <n> ms, ...`.
const BANNER: &str = "kernel up in";
/// What the shell prints above its first prompt.
const MOTD: &str = "Welcome to WasmOS";
/// The minimal kernel's one line.
const MINIMAL_UP: &str = "minimal kernel up";

/// What the measurements run on.
struct Setup {
    images: Images,
    /// The bench build of the kernel, if it builds.
    native_images: Option<Images>,
    linux_kernel: PathBuf,
    /// The Linux guest's initramfs serving the benchmark driver.
    initramfs: PathBuf,
    /// The Linux guest's initramfs that only boots.
    boot_initramfs: PathBuf,
    /// The Linux guest's initramfs that times the native builds, if there are any.
    native_initramfs: Option<PathBuf>,
    /// The minimal kernel's BIOS image.
    minimal: PathBuf,
}

impl Setup {
    /// Builds WasmOS (also its bench build), the Linux guest and the minimal kernel.
    fn prepare(plan: Plan) -> Result<Setup> {
        let images = snapshot(image::build_all()?, "wasmos")?;
        let native_images = image::build(Flavor::NativeBench)
            .and_then(|images| snapshot(images, "native-bench"))
            .inspect_err(|error| {
                progress::eprintln(&format!("xtask: the native bench build failed: {error:#}"));
            })
            .ok();
        let linux_kernel = linux_peer::kernel()?;
        let runner = linux_peer::static_runner()?;
        let native = measure::build_native();
        let initramfs = linux_peer::initramfs(
            "bench.cpio",
            &runner,
            &[format!("--rootfs /rootfs {}", plan.serving_driver())],
            None,
        )?;
        let boot_initramfs = linux_peer::initramfs("boot.cpio", &runner, &[], None)?;
        let native_initramfs = match native {
            Some(native) => Some(linux_peer::initramfs("native.cpio", &runner, &[], Some(&native))?),
            None => None,
        };
        let minimal = measure::minimal_kernel()?;
        Ok(Setup {
            images,
            native_images,
            linux_kernel,
            initramfs,
            boot_initramfs,
            native_initramfs,
            minimal,
        })
    }
}

/// Copies the images and the kernel of `images` to `target/bench/<name>`, so
/// that a build in the same tree during the run (the tests, another build)
/// cannot change or truncate what is being measured.
fn snapshot(images: Images, name: &str) -> Result<Images> {
    let directory = crate::root().join("target/bench").join(name);
    files::create_directory(&directory)?;
    let copy = |path: &Path| -> Result<PathBuf> {
        let file_name = path.file_name().context("an image path without a file name")?;
        let copied = directory.join(file_name);
        std::fs::copy(path, &copied).with_context(|| format!("copying {} to {}", path.display(), copied.display()))?;
        Ok(copied)
    };
    Ok(Images {
        kernel: copy(&images.kernel)?,
        unstripped: images.unstripped,
        bios: copy(&images.bios)?,
        uefi: copy(&images.uefi)?,
    })
}

/// Samples by row key.
type Samples = BTreeMap<&'static str, Vec<f64>>;

/// Adds one boot's times to `samples` under `keys`, marker by marker; an
/// empty key drops its marker's time (a marker only waited for).
fn add_boot(samples: &mut Samples, keys: &[&'static str], times: Vec<Option<f64>>) {
    for (key, time) in keys.iter().zip(times) {
        if !key.is_empty() {
            samples.entry(key).or_default().extend(time);
        }
    }
}

/// Boot times, in rounds of one boot of each system: WasmOS on BIOS and UEFI
/// to its banner and to its prompt, the Linux guest to its runner, and the
/// minimal kernel.
fn boot_rows(setup: &Setup, plan: Plan) -> Vec<Row> {
    let wasmos_markers = [BANNER, MOTD, PROMPT];
    let mut samples = Samples::new();
    for _ in 0..plan.runs {
        let bios = measure::boot_times(machine::headless_command(&setup.images.bios, false), &wasmos_markers);
        add_boot(&mut samples, &["bios-banner", "", "bios-prompt"], bios);
        let linux = linux_peer::machine(&setup.linux_kernel, &setup.boot_initramfs, "", machine::MEMORY);
        add_boot(
            &mut samples,
            &["linux-ready"],
            measure::boot_times(Ok(linux), &[LINUX_READY]),
        );
        let uefi = measure::boot_times(machine::headless_command(&setup.images.uefi, true), &wasmos_markers);
        add_boot(&mut samples, &["uefi-banner", "", "uefi-prompt"], uefi);
        let minimal = measure::boot_times(machine::headless_command(&setup.minimal, false), &[MINIMAL_UP]);
        add_boot(&mut samples, &["minimal"], minimal);
    }
    let figure = |key: &str| Figure::of(samples.get(key).cloned().unwrap_or_default());
    vec![
        Row::new(
            "boot",
            "to the kernel's banner, BIOS",
            "ms",
            figure("bios-banner"),
            None,
        ),
        Row::new(
            "boot",
            "to shell prompt / runner ready, BIOS",
            "ms",
            figure("bios-prompt"),
            figure("linux-ready"),
        ),
        Row::new(
            "boot",
            "to the kernel's banner, UEFI",
            "ms",
            figure("uefi-banner"),
            None,
        ),
        Row::new(
            "boot",
            "to shell prompt / runner ready, UEFI",
            "ms",
            figure("uefi-prompt"),
            figure("linux-ready"),
        ),
        Row::new(
            "boot",
            "minimal kernel on our bootloader, BIOS",
            "ms",
            figure("minimal"),
            None,
        ),
    ]
}

/// The rows of the driver's workloads: launches, Wasm workloads and console
/// writes (the process workloads have rows of their own, [`process_rows`]).
fn workload_rows(wasmos: &Measured, linux: &Measured) -> Vec<Row> {
    WORKLOADS
        .iter()
        .filter(|(name, _)| !SUMMARIES.iter().any(|(process, _, _)| process == name))
        .map(|(name, _)| {
            let group = if name.starts_with("console-") {
                "console"
            } else if name.starts_with("launch-") {
                "launch"
            } else {
                "wasm"
            };
            Row::new(group, name, "ms", wasmos.figure(name), linux.figure(name))
        })
        .collect()
}

/// The rows of the process workloads: a pipeline's throughput, two round
/// trips between processes, spawn+wait, and the round trip of the native
/// pipe ping-pong on the Linux guest (`linux_native`).
fn process_rows(wasmos: &Measured, linux: &Measured, linux_native: &Measured) -> Vec<Row> {
    let row = |name: &str, unit| Row::new("process", name, unit, wasmos.figure(name), linux.figure(name));
    vec![
        row("pipe", "MiB/s"),
        row("pingpong", "us/round trip"),
        row("msgcall", "us/round trip"),
        Row::new(
            "process",
            "native-pingpong",
            "us/round trip",
            None,
            linux_native.figure("native-pingpong"),
        ),
        row("spawn", "ms"),
    ]
}

/// The rows of the native workloads: in the WasmOS kernel and as Linux
/// programs (those built for the Linux guest alone are process rows).
fn native_rows(in_kernel: &Measured, linux: &Measured) -> Vec<Row> {
    let names: BTreeSet<&String> = in_kernel.samples.keys().chain(linux.samples.keys()).collect();
    names
        .into_iter()
        .filter(|name| {
            !name
                .strip_prefix("native-")
                .is_some_and(|workload| LINUX_NATIVE.contains(&workload))
        })
        .map(|name| Row::new("native", name, "ms", in_kernel.figure(name), linux.figure(name)))
        .collect()
}

/// The size of `path` in KiB, if it exists.
fn kibibytes(path: &Path) -> Option<Figure> {
    std::fs::metadata(path)
        .ok()
        .map(|metadata| Figure::single(metadata.len() as f64 / 1024.0))
}

/// The system-call row and the memory rows (all but the smallest `-m`).
fn system_rows(setup: &Setup, wasmos: &Measured, linux: &Measured) -> Vec<Row> {
    let kib = |key| wasmos.figures.get(key).map(|bytes| Figure::single(bytes / 1024.0));
    vec![
        Row::new(
            "syscall",
            "0-byte write to /dev/null",
            "ns/call",
            wasmos.figure("syscall_ns"),
            linux.figure("syscall_ns"),
        ),
        Row::new(
            "memory",
            "kernel image (stripped)",
            "KiB",
            kibibytes(&setup.images.kernel),
            kibibytes(&setup.linux_kernel),
        ),
        Row::new(
            "memory",
            "kernel heap in use at the prompt",
            "KiB",
            kib("heap_at_prompt"),
            None,
        ),
        Row::new(
            "memory",
            "kernel heap per small C process",
            "KiB",
            kib("heap_per_process"),
            None,
        ),
    ]
}

/// Runs the whole benchmark and prints the table (or JSON with `--json`).
pub fn run(arguments: Arguments) -> Result<()> {
    // Standard output is for the table or the JSON alone: builds, downloads
    // and every other child write to standard error instead.
    process::keep_standard_output_for_results();
    prerequisites::ensure()?;
    if arguments.native_in_kernel {
        // Only the bench build of the kernel: quick to rerun while working on it.
        print!("{}", measure::native_in_kernel_output()?);
        return Ok(());
    }
    let plan = Plan::new(arguments.quick);
    let progress = progress::start(STEPS);
    progress.step("building WasmOS, the Linux guest and the minimal kernel");
    let setup = Setup::prepare(plan)?;
    progress.step(&format!("boot times ({} rounds of one boot each)", plan.runs));
    let mut rows = boot_rows(&setup, plan);
    progress.step("the workloads, WasmOS and the Linux guest in turn");
    let (wasmos, linux) =
        measure::side_by_side(&setup.images, &setup.linux_kernel, &setup.initramfs, plan, |workload| {
            progress::note(workload)
        })?;
    rows.extend(workload_rows(&wasmos, &linux));
    progress.step("the native workloads, in the WasmOS kernel and on Linux in turn");
    let (in_kernel, linux_native) = measure::natives(
        setup.native_images.as_ref(),
        &setup.linux_kernel,
        setup.native_initramfs.as_deref(),
        plan.runs,
    );
    rows.extend(process_rows(&wasmos, &linux, &linux_native));
    rows.extend(native_rows(&in_kernel, &linux_native));
    rows.extend(system_rows(&setup, &wasmos, &linux));
    progress.step("the smallest -m that runs every demo app");
    let smallest = if plan.quick {
        progress::eprintln("xtask: --quick leaves out the smallest -m (it boots WasmOS up to ten times)");
        None
    } else {
        measure::smallest_memory(&setup.images).map(|memory| Figure::single(f64::from(memory)))
    };
    rows.push(Row::new(
        "memory",
        "smallest -m running every demo app",
        "MiB",
        smallest,
        None,
    ));
    drop(progress);
    table::print(&rows, arguments.json)
}
