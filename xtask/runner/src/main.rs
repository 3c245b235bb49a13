//! `wasmos-run`: runs a WasmOS app on Linux with the kernel's own core (VFS,
//! processes, ABI, runtime), the terminal as console (the app's standard error
//! on the host's stderr, so the runner fits in a pipeline) and an in-memory
//! copy of `rootfs/` as the file system. `cargo xtask host-run` calls it.

mod host_platform;
mod linux_init;
mod preemption;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use wasmos_kernel::errno::Errno;
use wasmos_kernel::system::System;

use host_platform::HostPlatform;

#[global_allocator]
static ALLOCATOR: host_platform::CountingAllocator = host_platform::CountingAllocator;

const USAGE: &str = "usage: wasmos-run [--rootfs DIR] <app-name | path/to/app.wasm> [args...]";

fn collect_files(directory: &Path, root: &Path, files: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(directory)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, root, files)?;
        } else if path.is_file() {
            let relative = path.strip_prefix(root).expect("entries lie under the root");
            files.push((format!("/{}", relative.to_string_lossy()), std::fs::read(&path)?));
        }
    }
    Ok(())
}

fn default_rootfs() -> PathBuf {
    let from_manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rootfs");
    if from_manifest.is_dir() {
        return from_manifest;
    }
    PathBuf::from("rootfs")
}

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if std::process::id() == 1 {
        linux_init::run_as_init(arguments, run);
    }
    run(arguments)
}

/// Runs one app with the runner's arguments; returns its exit status.
fn run(mut arguments: Vec<String>) -> ExitCode {
    let mut rootfs = default_rootfs();
    if arguments.first().map(String::as_str) == Some("--rootfs") {
        if arguments.len() < 2 {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        rootfs = PathBuf::from(arguments.remove(1));
        arguments.remove(0);
    }
    if arguments.is_empty() || arguments[0] == "--help" || arguments[0] == "-h" {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }

    let mut files = Vec::new();
    if rootfs.is_dir() {
        if let Err(error) = collect_files(&rootfs, &rootfs, &mut files) {
            eprintln!("wasmos-run: reading {}: {error}", rootfs.display());
            return ExitCode::from(2);
        }
    } else {
        eprintln!("wasmos-run: warning: no rootfs directory at {}", rootfs.display());
    }

    // A program that is a file on the host is copied into the file system,
    // under /host, and runs under the name the user gave it.
    let program = Path::new(&arguments[0]);
    let mut program_path = None;
    if program.is_file() {
        match std::fs::read(program) {
            Ok(bytes) => {
                let name = program
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let virtual_path = format!("/host/{name}");
                files.push((virtual_path.clone(), bytes));
                program_path = Some(virtual_path);
            }
            Err(error) => {
                eprintln!("wasmos-run: {}: {error}", program.display());
                return ExitCode::from(2);
            }
        }
    }

    let platform: &'static HostPlatform = Box::leak(Box::new(HostPlatform::new()));
    if !preemption::start() {
        eprintln!("wasmos-run: warning: no timer signal: loops inside protected calls will not be preempted");
    }
    let system = match System::new(
        platform,
        files.iter().map(|(path, bytes)| (path.as_str(), bytes.clone())),
    ) {
        Ok(system) => system,
        Err(error) => {
            eprintln!("wasmos-run: building the file system: {error}");
            return ExitCode::from(2);
        }
    };
    drop(files);
    let name = arguments[0].clone();
    let status = match system.spawn_program(program_path.as_deref(), arguments, None) {
        Ok(status) => status,
        Err(Errno::ENOENT) => {
            eprintln!(
                "wasmos-run: {name}: no such app (looked for /bin/{name}.wasm in {})",
                rootfs.display()
            );
            127
        }
        Err(Errno::ENOEXEC) => 126,
        Err(error) => {
            eprintln!("wasmos-run: {name}: {error}");
            126
        }
    };
    platform.restore_terminal();
    ExitCode::from(status as u8)
}
