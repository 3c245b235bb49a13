//! `cargo xtask`: builds the apps, the kernel and the disk images, boots them in
//! QEMU, runs every test level, and scaffolds new apps.

mod apps;
mod bench;
mod compile_one;
mod expect;
mod host_tests;
mod image;
mod libc_tests;
mod new_app;
mod prerequisites;
mod qemu;
mod qemu_tests;
mod report;
mod robustness_tests;
mod symbolize;
mod test_modules;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <command>

  build [--release]          build the apps, the kernel and the BIOS and UEFI images
  run [--headless] [--uefi]  build what changed and boot WasmOS in QEMU
                             (a window when a display is available, else the serial console here)
  test [--only GROUP...]     run every test (or the groups named: unit, host, kernel, qemu,
                             robustness) and end with `N passed, N failed`
  host-run <app|file.wasm> [args...]
                             run an app on Linux through the kernel's own code
  new-app <name> --lang c|cpp|rust|as
                             scaffold apps/<name>
  cc [-v] [-o out.wasm] [flags...] <file.c|file.cpp>...
                             compile loose C/C++ files against our libraries
                             (default output rootfs/bin/<first file>.wasm; -v prints the commands)
  libc-tests                 compare stdlib/c (and stdlib/cpp) tests with the host's gcc,
                             and run the Lua example scripts against their expected output
  prerequisites              check (and where possible install) what the build needs
  bench [--json]             measure WasmOS against a Linux guest running the same .wasm files
  bench --native-in-kernel   only the workloads compiled natively into the kernel (its bench build)
  symbolize                  name the functions in a kernel backtrace pasted on standard input
";

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repository")
        .to_path_buf()
}

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = arguments.first() else {
        eprint!("{HELP}");
        return ExitCode::from(2);
    };
    let rest = &arguments[1..];
    let has = |flag: &str| rest.iter().any(|argument| argument == flag);
    let result = match command.as_str() {
        "build" => prerequisites::ensure().and_then(|_| image::build_all().map(|_| ())),
        "run" => prerequisites::ensure().and_then(|_| {
            let images = image::build_all()?;
            qemu::run_interactive(&images, has("--uefi"), has("--headless"))
        }),
        "test" => {
            let only: Vec<String> = rest
                .iter()
                .position(|argument| argument == "--only")
                .map(|index| {
                    rest[index + 1..]
                        .iter()
                        .take_while(|group| !group.starts_with('-'))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            prerequisites::ensure().and_then(|_| report::run_all_tests(&only))
        }
        "host-run" => {
            if rest.is_empty() {
                Err("usage: cargo xtask host-run <app-name|path.wasm> [args...]".to_string())
            } else {
                prerequisites::ensure()
                    .and_then(|_| apps::build_all())
                    .and_then(|_| host_tests::host_run(rest))
            }
        }
        "new-app" => new_app::scaffold(rest),
        "cc" => prerequisites::ensure().and_then(|_| compile_one::run(rest)),
        "libc-tests" => prerequisites::ensure().and_then(|_| libc_tests::run_standalone()),
        "prerequisites" => prerequisites::ensure(),
        "bench" => prerequisites::ensure().and_then(|_| bench::run(rest)),
        "symbolize" => symbolize::from_stdin(),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
