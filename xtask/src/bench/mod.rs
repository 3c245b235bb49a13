//! `cargo xtask bench [--json]`: measures WasmOS against a Linux guest on the
//! same QEMU settings, running the same `.wasm` files, and prints the table
//! that `docs/PERFORMANCE.md` records. Each figure is the median of several runs.

mod cpio;
mod linux_peer;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::expect::Session;
use crate::image::{self, Flavor, Images};
use crate::qemu;
use crate::qemu_tests::PROMPT;
use crate::tools;

const RUNS: usize = 3;
const LONG: Duration = Duration::from_secs(1200);
const BOOT: Duration = Duration::from_secs(180);

/// Measurements of one system: `BENCH` results by name, and single figures by key.
type Measured = (BTreeMap<String, (f64, i32)>, BTreeMap<&'static str, f64>);

/// One line of the results table.
struct Row {
    group: &'static str,
    name: String,
    unit: &'static str,
    wasmos: Option<f64>,
    linux: Option<f64>,
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(|left, right| left.total_cmp(right));
    Some(values[values.len() / 2])
}

/// `BENCH <name> runs=.. median_ns=.. ...` lines: name -> (median ns, status).
fn bench_lines(text: &str) -> BTreeMap<String, (f64, i32)> {
    let mut found = BTreeMap::new();
    for line in text.lines().filter(|line| line.starts_with("BENCH ")) {
        let mut words = line.split_whitespace().skip(1);
        let Some(name) = words.next() else { continue };
        let fields: BTreeMap<&str, &str> = words.filter_map(|word| word.split_once('=')).collect();
        if let Some(median) = fields.get("median_ns").and_then(|value| value.parse::<f64>().ok()) {
            let status = fields.get("status").and_then(|value| value.parse().ok()).unwrap_or(-1);
            found.insert(name.to_string(), (median, status));
        }
    }
    found
}

/// The number after `label` in `text`.
fn number_after(text: &str, label: &str) -> Option<f64> {
    let start = text.find(label)? + label.len();
    let digits: String = text[start..]
        .trim_start()
        .chars()
        .take_while(|character| character.is_ascii_digit() || *character == '.')
        .collect();
    digits.parse().ok()
}

/// Seconds from starting QEMU to `marker`, over `RUNS` boots.
fn boot_time(mut make: impl FnMut() -> Result<Command, String>, marker: &str) -> Option<f64> {
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
    median(times)
}

fn wasmos_session(images: &Images, memory: &str, timeout: Duration) -> Result<Session, String> {
    let mut command = qemu::machine_with_memory(&images.bios, false, memory)?;
    qemu::drive_over_serial(&mut command, None);
    let mut session = Session::start(command)?;
    session.expect("Welcome to WasmOS", timeout)?;
    session.expect(PROMPT, timeout)?;
    Ok(session)
}

fn shell(session: &mut Session, command: &str, timeout: Duration) -> Result<String, String> {
    session.send(&format!("{command}\r"))?;
    session.expect(&format!("{command}\n"), timeout)?;
    session.expect(PROMPT, timeout)
}

const CONSOLE_TARGETS: &[(&str, &str)] = &[
    ("/dev/null", "null"),
    ("/dev/serial0", "serial"),
    ("/dev/console", "console"),
];

/// Runs the workloads, system calls, console and memory measurements on WasmOS.
fn measure_wasmos(images: &Images) -> Result<Measured, String> {
    let mut session = wasmos_session(images, qemu::MEMORY, BOOT)?;
    let mut extra = BTreeMap::new();
    let meminfo = shell(&mut session, "cat /proc/meminfo", LONG)?;
    if let Some(used) = number_after(&meminfo, "HeapUsed:") {
        extra.insert("heap_at_prompt", used);
    }
    let probe = shell(&mut session, "memprobe", LONG)?;
    if let (Some(with_one), Some(with_two)) = (
        number_after(&probe, "with this process:"),
        number_after(&probe, "with one more:"),
    ) {
        extra.insert("heap_per_process", with_two - with_one);
    }
    let bench = shell(&mut session, &format!("bench --runs {RUNS}"), LONG)?;
    let mut results = bench_lines(&bench);
    let syscall = shell(&mut session, "bench-syscall", LONG)?;
    if let Some(per_call) = number_after_last(&syscall, "ns per call") {
        extra.insert("syscall_ns", per_call);
    }
    for (target, label) in CONSOLE_TARGETS {
        shell(&mut session, &format!("bench-console {target}"), LONG)?;
        let summary = shell(&mut session, "cat /tmp/bench-console.txt", LONG)?;
        if let Some(nanoseconds) = number_after(&summary, " in ") {
            results.insert(format!("console-{label}"), (nanoseconds, 0));
        }
    }
    Ok((results, extra))
}

/// Boots the bench build of the kernel and collects the `BENCH native-*`
/// lines it prints before starting the shell: the workloads as native code in
/// the WasmOS kernel.
fn measure_native_in_kernel() -> Result<BTreeMap<String, (f64, i32)>, String> {
    Ok(bench_lines(&native_in_kernel_output()?))
}

/// What the bench build of the kernel prints from boot to `BENCH-END`: the
/// workloads' own result lines and a `BENCH native-*` line for each.
fn native_in_kernel_output() -> Result<String, String> {
    let images = image::build(Flavor::NativeBench)?;
    let mut command = qemu::machine(&images.bios, false)?;
    qemu::drive_over_serial(&mut command, None);
    let mut session = Session::start(command)?;
    session.expect("BENCH-END", LONG)
}

/// The number just before `label` (as in `12 ns per call`).
fn number_after_last(text: &str, label: &str) -> Option<f64> {
    let end = text.find(label)?;
    let before = text[..end].trim_end();
    let digits: String = before
        .chars()
        .rev()
        .take_while(|character| character.is_ascii_digit() || *character == '.')
        .collect();
    digits.chars().rev().collect::<String>().parse().ok()
}

fn build_native() -> Option<PathBuf> {
    let root = crate::root();
    let script = root.join("bench/build-native.sh");
    let output = root.join("target/bench/native");
    // clang, the compiler the bench build of the kernel uses for the same sources.
    if !script.is_file() || !tools::exists("clang") {
        eprintln!("xtask: no native builds (needs bench/build-native.sh and clang)");
        return None;
    }
    let _ = std::fs::remove_dir_all(&output);
    std::fs::create_dir_all(&output).ok()?;
    match tools::run(
        Command::new("sh")
            .arg(&script)
            .arg(&output)
            .args(NATIVE_WORKLOADS.iter().map(|(workload, _)| workload))
            .env("CC", "clang")
            .stdout(std::io::stderr())
            .current_dir(&root),
    ) {
        Ok(()) => Some(output),
        Err(error) => {
            eprintln!("xtask: native builds failed: {error}");
            None
        }
    }
}

/// The workloads that are also built natively (the compute ones; the kernel's
/// bench build links the same list, see `build.rs`), each with a size small
/// enough for the test that checks its Wasm result against its native build.
pub const NATIVE_WORKLOADS: &[(&str, &str)] = &[
    ("bench-fib", "24"),
    ("bench-coremark", "20"),
    ("bench-sha256", "64"),
    ("bench-sort", "20000"),
    ("bench-nbody", "2000"),
    ("bench-malloc", "20000"),
];

/// The runner command lines the Linux guest's init runs: the same as on WasmOS.
fn linux_commands() -> Vec<String> {
    let mut commands = vec![
        format!("--rootfs /rootfs bench --runs {RUNS}"),
        "--rootfs /rootfs bench-syscall".to_string(),
    ];
    for (target, _) in CONSOLE_TARGETS {
        commands.push(format!("--rootfs /rootfs bench-console {target}"));
    }
    commands
}

/// Runs the same measurements on the Linux guest.
fn measure_linux(kernel: &Path, initramfs: &Path) -> Result<Measured, String> {
    let mut session = Session::start(linux_peer::machine(kernel, initramfs, "", qemu::MEMORY))?;
    session.expect("wasmos-run: ready", BOOT)?;
    session.wait_exit(LONG)?;
    let transcript = session.transcript();
    let mut results = bench_lines(&transcript);
    let mut extra = BTreeMap::new();
    if let Some(per_call) = number_after_last(&transcript, "ns per call") {
        extra.insert("syscall_ns", per_call);
    }
    // The last summary naming each target is the one its own command printed.
    for (target, label) in CONSOLE_TARGETS {
        let needle = format!(" to {target} in ");
        let line = transcript
            .lines()
            .rev()
            .find(|line| line.starts_with("console:") && line.contains(&needle));
        if let Some(nanoseconds) = line.and_then(|line| number_after(line, " in ")) {
            results.insert(format!("console-{label}"), (nanoseconds, 0));
        }
    }
    Ok((results, extra))
}

/// The smallest `-m` (MiB) with which WasmOS boots and runs every demo app.
fn smallest_memory(images: &Images) -> Option<u32> {
    let checks = [
        ("helloworld-c", "Hello, world from C!"),
        ("helloworld-cpp", "Hello, world from C++!"),
        ("helloworld-rs", "Hello, world from Rust!"),
        ("helloworld-as", "Hello, world from AssemblyScript!"),
        ("fib 30", "514229"),
        ("vec-test-cpp", ""),
        ("collatz", ""),
        ("alloc-demo", ""),
        ("sysinfo", ""),
        ("lld-test", ""),
        ("lua /lua/fib.lua", ""),
    ];
    let works = |memory: u32| {
        let Ok(mut session) = wasmos_session(images, &format!("{memory}M"), Duration::from_secs(40)) else {
            return false;
        };
        checks.iter().all(|(command, expected)| {
            shell(&mut session, command, Duration::from_secs(120)).is_ok_and(|output| output.contains(expected))
                && shell(&mut session, "echo status=$?", Duration::from_secs(60))
                    .is_ok_and(|output| output.contains("status=0"))
        })
    };
    // From large to small: stop at the first size that fails (each failure costs a timeout).
    let mut smallest = None;
    for memory in [128, 96, 64, 48, 40, 32, 28, 24, 20, 16] {
        if !works(memory) {
            break;
        }
        smallest = Some(memory);
    }
    smallest
}

/// The median of `name` in milliseconds, if it was measured and its program
/// exited with status 0; a failed workload is reported and left out of the
/// table rather than shown with the time it took to fail.
fn succeeded(results: &BTreeMap<String, (f64, i32)>, name: &str, system: &str) -> Option<f64> {
    let (nanoseconds, status) = results.get(name)?;
    if *status != 0 {
        eprintln!("xtask: {name} failed on {system} (exit status {status}); not shown");
        return None;
    }
    Some(ms(*nanoseconds))
}

fn ms(nanoseconds: f64) -> f64 {
    nanoseconds / 1e6
}

/// Runs the whole benchmark and prints the table (or JSON with `--json`).
pub fn run(arguments: &[String]) -> Result<(), String> {
    let json = arguments.iter().any(|argument| argument == "--json");
    if arguments.iter().any(|argument| argument == "--native-in-kernel") {
        // Only the bench build of the kernel: quick to rerun while working on it.
        print!("{}", native_in_kernel_output()?);
        return Ok(());
    }
    let images = image::build_all()?;
    let _ = image::build(Flavor::Normal)?;
    let linux_kernel = linux_peer::kernel()?;
    let runner = linux_peer::static_runner()?;
    let native = build_native();
    let initramfs = linux_peer::initramfs("bench.cpio", &runner, &linux_commands(), native.as_deref())?;
    let boot_initramfs = linux_peer::initramfs("boot.cpio", &runner, &[], None)?;
    let minimal = minimal_kernel()?;

    eprintln!("xtask: measuring boot times ({RUNS} boots each)");
    let mut rows = Vec::new();
    let bios = boot_time(|| headless_command(&images.bios, false), PROMPT);
    let uefi = boot_time(|| headless_command(&images.uefi, true), PROMPT);
    let linux_boot = boot_time(
        || Ok(linux_peer::machine(&linux_kernel, &boot_initramfs, "", qemu::MEMORY)),
        "wasmos-run: ready",
    );
    let minimal_boot = boot_time(|| headless_command(&minimal, false), "minimal kernel up");
    rows.push(Row {
        group: "boot",
        name: "to shell prompt / runner ready, BIOS".into(),
        unit: "ms",
        wasmos: bios,
        linux: linux_boot,
    });
    rows.push(Row {
        group: "boot",
        name: "to shell prompt / runner ready, UEFI".into(),
        unit: "ms",
        wasmos: uefi,
        linux: linux_boot,
    });
    rows.push(Row {
        group: "boot",
        name: "minimal kernel on our bootloader, BIOS".into(),
        unit: "ms",
        wasmos: minimal_boot,
        linux: None,
    });

    eprintln!("xtask: running the workloads on WasmOS");
    let (wasmos, wasmos_extra) = measure_wasmos(&images)?;
    eprintln!("xtask: running the workloads on the Linux guest");
    let (linux, linux_extra) = measure_linux(&linux_kernel, &initramfs)?;
    for name in wasmos.keys() {
        let group = if name.starts_with("console-") {
            "console"
        } else if name.contains("hello") || name.contains("big") {
            "launch"
        } else {
            "wasm"
        };
        rows.push(Row {
            group,
            name: name.clone(),
            unit: "ms",
            wasmos: succeeded(&wasmos, name, "WasmOS"),
            linux: succeeded(&linux, name, "the Linux guest"),
        });
    }
    eprintln!("xtask: running the workloads compiled natively into the WasmOS kernel");
    let native_in_kernel = measure_native_in_kernel().unwrap_or_else(|error| {
        eprintln!("xtask: the native bench build failed: {error}");
        BTreeMap::new()
    });
    let native_names: std::collections::BTreeSet<&String> = linux
        .keys()
        .chain(native_in_kernel.keys())
        .filter(|name| name.starts_with("native-"))
        .collect();
    for name in native_names {
        rows.push(Row {
            group: "native",
            name: name.clone(),
            unit: "ms",
            wasmos: succeeded(&native_in_kernel, name, "WasmOS"),
            linux: succeeded(&linux, name, "the Linux guest"),
        });
    }
    rows.push(Row {
        group: "syscall",
        name: "0-byte write to /dev/null".into(),
        unit: "ns/call",
        wasmos: wasmos_extra.get("syscall_ns").copied(),
        linux: linux_extra.get("syscall_ns").copied(),
    });
    let kernel_size = std::fs::metadata(&images.kernel)
        .map(|metadata| metadata.len() as f64 / 1024.0)
        .ok();
    rows.push(Row {
        group: "memory",
        name: "kernel image (stripped)".into(),
        unit: "KiB",
        wasmos: kernel_size,
        linux: std::fs::metadata(&linux_kernel)
            .ok()
            .map(|metadata| metadata.len() as f64 / 1024.0),
    });
    rows.push(Row {
        group: "memory",
        name: "kernel heap in use at the prompt".into(),
        unit: "KiB",
        wasmos: wasmos_extra.get("heap_at_prompt").map(|bytes| bytes / 1024.0),
        linux: None,
    });
    rows.push(Row {
        group: "memory",
        name: "kernel heap per small C process".into(),
        unit: "KiB",
        wasmos: wasmos_extra.get("heap_per_process").map(|bytes| bytes / 1024.0),
        linux: None,
    });
    eprintln!("xtask: searching for the smallest -m that runs every demo app");
    rows.push(Row {
        group: "memory",
        name: "smallest -m running every demo app".into(),
        unit: "MiB",
        wasmos: smallest_memory(&images).map(f64::from),
        linux: None,
    });

    if json {
        let entries: Vec<String> = rows
            .iter()
            .map(|row| {
                let number = |value: Option<f64>| value.map_or("null".to_string(), |value| format!("{value:.3}"));
                format!(
                    "  {{\"group\": \"{}\", \"name\": \"{}\", \"unit\": \"{}\", \"wasmos\": {}, \"linux\": {}}}",
                    row.group,
                    row.name.replace('"', "'"),
                    row.unit,
                    number(row.wasmos),
                    number(row.linux)
                )
            })
            .collect();
        println!("[\n{}\n]", entries.join(",\n"));
    } else {
        println!("| group | measure | unit | WasmOS | Linux guest | WasmOS / Linux |");
        println!("|---|---|---|---:|---:|---:|");
        for row in &rows {
            let show = |value: Option<f64>| {
                value.map_or("-".to_string(), |value| {
                    if value >= 100.0 {
                        format!("{value:.0}")
                    } else {
                        format!("{value:.2}")
                    }
                })
            };
            let ratio = match (row.wasmos, row.linux) {
                (Some(wasmos), Some(linux)) if linux > 0.0 => format!("{:.2}", wasmos / linux),
                _ => "-".to_string(),
            };
            println!(
                "| {} | {} | {} | {} | {} | {} |",
                row.group,
                row.name,
                row.unit,
                show(row.wasmos),
                show(row.linux),
                ratio
            );
        }
    }
    Ok(())
}

fn headless_command(image: &Path, uefi: bool) -> Result<Command, String> {
    let mut command = qemu::machine(image, uefi)?;
    qemu::drive_over_serial(&mut command, None);
    Ok(command)
}

/// Builds the minimal kernel and its BIOS image.
fn minimal_kernel() -> Result<PathBuf, String> {
    let root = crate::root();
    let target = root.join("target/bench/minimal");
    tools::run(
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
