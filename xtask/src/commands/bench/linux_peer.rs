//! The peer WasmOS is measured against: Debian's Linux kernel in the same QEMU
//! machine, with an initramfs whose init is our host runner (linked
//! statically) running the same `.wasm` files, plus native builds of the
//! workloads.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};

use super::cpio::Archive;
use crate::qemu::machine;
use crate::util::{files, process, progress};

/// Downloads (once) Debian's `linux-image-amd64` kernel; returns the vmlinuz path.
pub fn kernel() -> Result<PathBuf> {
    let directory = crate::root().join("target/bench/linux");
    if let Some(existing) = find_vmlinuz(&directory) {
        return Ok(existing);
    }
    files::create_directory(&directory)?;
    let depends = process::capture(Command::new("apt-cache").args(["depends", "linux-image-amd64"]))?;
    let package = String::from_utf8_lossy(&depends.stdout)
        .lines()
        .find_map(|line| line.trim().strip_prefix("Depends: ").map(str::to_string))
        .context("apt-cache knows no linux-image-amd64; run `apt-get update`")?;
    progress::eprintln(&format!(
        "xtask: downloading {package} (Debian's kernel, the benchmark's peer)"
    ));
    process::run(
        Command::new("apt-get")
            .args(["download", &package])
            .current_dir(&directory),
    )?;
    let deb = std::fs::read_dir(&directory)?
        .flatten()
        .map(|entry| entry.path())
        .find(|path| path.extension().is_some_and(|extension| extension == "deb"))
        .context("apt-get download produced no .deb")?;
    process::run(
        Command::new("dpkg-deb")
            .arg("-x")
            .arg(&deb)
            .arg(directory.join("extracted")),
    )?;
    find_vmlinuz(&directory).context("no vmlinuz in the kernel package")
}

fn find_vmlinuz(directory: &Path) -> Option<PathBuf> {
    std::fs::read_dir(directory.join("extracted/boot"))
        .ok()?
        .flatten()
        .map(|entry| entry.path())
        .find(|path| {
            path.file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with("vmlinuz"))
        })
}

/// Builds the host runner linked statically, to be the guest's init.
pub fn static_runner() -> Result<PathBuf> {
    let root = crate::root();
    let target_directory = root.join("target/bench/static");
    process::run(
        Command::new("cargo")
            .args([
                "build",
                "--release",
                "--quiet",
                "-p",
                "wasmos-run",
                "--target",
                "x86_64-unknown-linux-gnu",
                "--target-dir",
            ])
            .arg(&target_directory)
            .env("RUSTFLAGS", "-C target-feature=+crt-static")
            .current_dir(&root),
    )?;
    Ok(target_directory.join("x86_64-unknown-linux-gnu/release/wasmos-run"))
}

fn add_tree(archive: &mut Archive, directory: &Path, prefix: &str) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(directory)
        .with_context(|| format!("reading {}", directory.display()))?
        .flatten()
        .collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        let name = format!("{prefix}/{}", entry.file_name().to_string_lossy());
        if path.is_dir() {
            archive.directory(&name);
            add_tree(archive, &path, &name)?;
        } else {
            let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            archive.file(&name, &bytes, false);
        }
    }
    Ok(())
}

/// Writes the initramfs `name`: `/init` (the runner), `/init-commands` (the
/// runner command lines init runs, one per line), `/dev/console`, `/rootfs`
/// (our rootfs) and `/native` (native workload binaries, if any).
pub fn initramfs(name: &str, runner: &Path, commands: &[String], native: Option<&Path>) -> Result<PathBuf> {
    let root = crate::root();
    let mut archive = Archive::default();
    archive.directory("dev");
    archive.character_device("dev/console", 5, 1);
    archive.character_device("dev/null", 1, 3);
    archive.directory("tmp");
    archive.directory("rootfs");
    add_tree(&mut archive, &root.join("rootfs"), "rootfs")?;
    archive.directory("native");
    if let Some(native) = native {
        let mut programs: Vec<_> = std::fs::read_dir(native)
            .with_context(|| format!("reading {}", native.display()))?
            .flatten()
            .collect();
        programs.sort_by_key(|entry| entry.file_name());
        for program in programs {
            let bytes =
                std::fs::read(program.path()).with_context(|| format!("reading {}", program.path().display()))?;
            archive.file(
                &format!("native/{}", program.file_name().to_string_lossy()),
                &bytes,
                true,
            );
        }
    }
    let init = std::fs::read(runner).with_context(|| format!("reading {}", runner.display()))?;
    archive.file("init", &init, true);
    archive.file("init-commands", commands.join("\n").as_bytes(), false);
    let path = root.join("target/bench").join(name);
    archive.write_to(&path)?;
    Ok(path)
}

/// The QEMU command booting the Linux peer with `init_arguments` for the runner.
pub fn machine(kernel: &Path, initramfs: &Path, init_arguments: &str, memory: &str) -> Command {
    let mut command = Command::new("qemu-system-x86_64");
    command
        .arg("-kernel")
        .arg(kernel)
        .arg("-initrd")
        .arg(initramfs)
        .arg("-append")
        .arg(format!("console=ttyS0 quiet panic=-1 -- {init_arguments}"))
        .args(["-m", memory, "-no-reboot"]);
    machine::drive_over_serial(&mut command, None);
    command
}
