//! Building the kernel ELF (release, stripped) and the BIOS and UEFI disk images.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{apps, tools};

/// Cargo flags for building the kernel for `kernel/x86_64-wasmos.json`.
const KERNEL_TARGET_FLAGS: &[&str] = &[
    "-Zbuild-std=core,alloc,compiler_builtins",
    "-Zbuild-std-features=compiler-builtins-mem",
    "-Zjson-target-spec",
];

/// The unstripped normal kernel (for naming functions in backtraces).
pub fn unstripped_kernel() -> PathBuf {
    crate::root().join("target/x86_64-wasmos/release/wasmos-kernel")
}

/// Which kernel to build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    /// The kernel users boot: it starts the shell.
    Normal,
    /// The kernel that runs the in-kernel tests and exits QEMU.
    KernelTests,
    /// The bench build: runs the workloads compiled natively into the kernel, then the shell.
    NativeBench,
}

/// The built disk images.
pub struct Images {
    /// The kernel ELF in the images (stripped).
    pub kernel: PathBuf,
    /// The same kernel with its symbols, for symbolizing backtraces.
    pub unstripped: PathBuf,
    /// The BIOS image.
    pub bios: PathBuf,
    /// The UEFI image.
    pub uefi: PathBuf,
}

/// Builds the kernel of `flavor` and its images.
pub fn build(flavor: Flavor) -> Result<Images, String> {
    let root = crate::root();
    let (target_directory, features): (PathBuf, &[&str]) = match flavor {
        Flavor::Normal => (root.join("target"), &[]),
        Flavor::KernelTests => (root.join("target/kernel-tests"), &["--features", "kernel-tests"]),
        Flavor::NativeBench => (root.join("target/native-bench"), &["--features", "native-bench"]),
    };
    tools::run(
        Command::new("cargo")
            .args(["build", "--release", "--quiet", "--bin", "wasmos-kernel"])
            // Our own target: x86_64-unknown-none's layout with SSE2 floating
            // point, which needs core and alloc rebuilt for it.
            .args(KERNEL_TARGET_FLAGS)
            .arg("--target")
            .arg(root.join("kernel/x86_64-wasmos.json"))
            .args(features)
            .arg("--target-dir")
            .arg(&target_directory)
            .current_dir(&root),
    )
    .map_err(|error| format!("building the kernel: {error}"))?;
    let kernel = target_directory.join("x86_64-wasmos/release/wasmos-kernel");
    // The images get a stripped copy; the kernel with symbols stays for `symbolize`.
    let stripped = target_directory.join("x86_64-wasmos/release/wasmos-kernel.stripped");
    if !tools::modified(&stripped).is_some_and(|time| Some(time) >= tools::modified(&kernel)) {
        tools::run(
            Command::new(tools::llvm_tool("llvm-objcopy")?)
                .arg("--strip-all")
                .arg(&kernel)
                .arg(&stripped),
        )
        .map_err(|error| format!("stripping the kernel: {error}"))?;
    }
    let image_directory = target_directory.join("images");
    let bios = image_directory.join("wasmos-bios.img");
    let uefi = image_directory.join("wasmos-uefi.img");
    let kernel_time = tools::modified(&stripped);
    let fresh = |image: &PathBuf| tools::modified(image).is_some_and(|time| Some(time) >= kernel_time);
    if !(fresh(&bios) && fresh(&uefi)) {
        write_images(&stripped, &image_directory)?;
    }
    Ok(Images {
        kernel: stripped,
        unstripped: kernel,
        bios,
        uefi,
    })
}

/// Writes `wasmos-bios.img` and `wasmos-uefi.img` for `kernel` into `directory`
/// with the image builder (`xtask/image`).
pub fn write_images(kernel: &Path, directory: &Path) -> Result<(), String> {
    let root = crate::root();
    eprintln!("xtask: writing disk images (the first time builds the bootloader, which takes a few minutes)");
    tools::run(
        Command::new("cargo")
            .args(["run", "--release", "--quiet", "--manifest-path"])
            .arg(root.join("xtask/image/Cargo.toml"))
            .arg("--target-dir")
            .arg(root.join("target/image"))
            .arg("--")
            .arg(kernel)
            .arg(directory)
            .current_dir(&root),
    )
    .map_err(|error| format!("building the disk images: {error}"))
}

/// Builds the apps, then the normal kernel and its images.
pub fn build_all() -> Result<Images, String> {
    crate::test_modules::write_all()?;
    apps::build_all()?;
    let images = build(Flavor::Normal)?;
    let size = |path: &PathBuf| std::fs::metadata(path).map(|metadata| metadata.len()).unwrap_or(0);
    eprintln!(
        "xtask: kernel {} KiB, BIOS image {} KiB, UEFI image {} KiB",
        size(&images.kernel) / 1024,
        size(&images.bios) / 1024,
        size(&images.uefi) / 1024
    );
    Ok(images)
}
