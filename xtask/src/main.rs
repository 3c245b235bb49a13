//! `cargo xtask`: builds the apps, the kernel and the disk images, boots them in
//! QEMU, runs every test level, and scaffolds new apps.

mod apps;
mod expect;
mod host_tests;
mod image;
mod new_app;
mod prerequisites;
mod qemu;
mod qemu_tests;
mod report;
mod test_modules;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <command>

  build [--release]          build the apps, the kernel and the BIOS and UEFI images
  run [--headless] [--uefi]  build what changed and boot WasmOS in QEMU
                             (a window when a display is available, else the serial console here)
  test                       run every test: host unit tests, app tests on the host runner,
                             in-kernel tests and QEMU integration tests
  host-run <app|file.wasm> [args...]
                             run an app on Linux through the kernel's own code
  new-app <name> --lang c|cpp|rust|as
                             scaffold apps/<name>
  prerequisites              check (and where possible install) what the build needs
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
        "test" => prerequisites::ensure().and_then(|_| report::run_all_tests()),
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
        "prerequisites" => prerequisites::ensure(),
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
