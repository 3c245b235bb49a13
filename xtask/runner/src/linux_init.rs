//! `wasmos-run` as the init process of a minimal Linux guest, for
//! `cargo xtask bench`: it announces that it is ready, runs the app named on
//! the kernel command line (after `--`), times the native builds of the
//! workloads found in `/native`, and powers the machine off.

use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

/// Runs of each native workload.
const NATIVE_RUNS: usize = 3;

fn median(mut values: Vec<u128>) -> u128 {
    values.sort_unstable();
    values[values.len() / 2]
}

/// Times every executable in `directory`, printing `BENCH native-<name> ...`
/// lines, the names the kernel's bench build gives the same workloads.
fn native_benchmarks(directory: &Path) {
    let Ok(entries) = std::fs::read_dir(directory) else {
        return;
    };
    let mut programs: Vec<_> = entries.flatten().map(|entry| entry.path()).collect();
    programs.sort();
    for program in programs {
        let name = program
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut times = Vec::new();
        let mut status = 0;
        for _ in 0..NATIVE_RUNS {
            let started = Instant::now();
            match Command::new(&program).stdout(Stdio::null()).status() {
                Ok(exit) => status = exit.code().unwrap_or(-1),
                Err(error) => {
                    eprintln!("init: {}: {error}", program.display());
                    status = -1;
                }
            }
            times.push(started.elapsed().as_nanos());
        }
        let (min, max) = (*times.iter().min().unwrap_or(&0), *times.iter().max().unwrap_or(&0));
        println!(
            "BENCH native-{name} runs={NATIVE_RUNS} median_ns={} min_ns={min} max_ns={max} status={status}",
            median(times)
        );
    }
    println!("BENCH-NATIVE-END");
}

/// The file of runner command lines, one per line, that init runs in order
/// (the kernel command line holds too few arguments for a whole benchmark).
const COMMANDS_FILE: &str = "/init-commands";

/// Runs as PID 1 and never returns: the machine is powered off at the end.
/// It runs the command line it was given, then each line of `/init-commands`.
pub fn run_as_init(arguments: Vec<String>, run: fn(Vec<String>) -> ExitCode) -> ! {
    eprintln!("wasmos-run: ready");
    if !arguments.is_empty() {
        let _ = run(arguments);
    }
    let script = std::fs::read_to_string(COMMANDS_FILE).unwrap_or_default();
    for line in script.lines().filter(|line| !line.trim().is_empty()) {
        let _ = run(line.split_whitespace().map(str::to_string).collect());
    }
    native_benchmarks(Path::new("/native"));
    // SAFETY: sync and reboot are plain system calls; as PID 1 we may power off.
    unsafe {
        libc::sync();
        libc::reboot(libc::LINUX_REBOOT_CMD_POWER_OFF);
    }
    std::process::exit(0)
}
