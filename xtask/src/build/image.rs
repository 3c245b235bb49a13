//! Building the kernel ELF (release, stripped) and the BIOS and UEFI disk images.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};

use crate::build::{apps, bootloader_patch};
use crate::test::test_modules;
use crate::util::files::{modified, up_to_date};
use crate::util::{process, progress};

/// Cargo flags for building the kernel for `kernel/x86_64-wasmos.json`: our
/// own target, x86_64-unknown-none's layout with SSE2 floating point, which
/// needs core and alloc rebuilt for it.
pub const KERNEL_TARGET_FLAGS: &[&str] = &[
    "-Zbuild-std=core,alloc,compiler_builtins",
    "-Zbuild-std-features=compiler-builtins-mem",
    "-Zjson-target-spec",
];

/// The kernel's target specification.
pub fn kernel_target() -> PathBuf {
    crate::root().join("kernel/x86_64-wasmos.json")
}

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

impl Flavor {
    /// Every flavor, for checking each feature set.
    pub const ALL: [Flavor; 3] = [Flavor::Normal, Flavor::KernelTests, Flavor::NativeBench];

    /// The Cargo feature that selects it, if any.
    pub fn feature(self) -> Option<&'static str> {
        match self {
            Flavor::Normal => None,
            Flavor::KernelTests => Some("kernel-tests"),
            Flavor::NativeBench => Some("native-bench"),
        }
    }

    /// Its own target folder, so that switching flavors rebuilds nothing.
    fn target_directory(self) -> PathBuf {
        let root = crate::root();
        match self.feature() {
            None => root.join("target"),
            Some(feature) => root.join("target").join(feature),
        }
    }
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
pub fn build(flavor: Flavor) -> Result<Images> {
    let root = crate::root();
    let target_directory = flavor.target_directory();
    let mut command = Command::new("cargo");
    command
        .args(["build", "--release", "--quiet", "--bin", "wasmos-kernel"])
        .args(KERNEL_TARGET_FLAGS)
        .arg("--target")
        .arg(kernel_target())
        .arg("--target-dir")
        .arg(&target_directory)
        .current_dir(&root);
    if let Some(feature) = flavor.feature() {
        command.args(["--features", feature]);
    }
    process::run(&mut command).context("building the kernel")?;
    let kernel = target_directory.join("x86_64-wasmos/release/wasmos-kernel");
    // The images get a stripped copy; the kernel with symbols stays for `symbolize`.
    let stripped = target_directory.join("x86_64-wasmos/release/wasmos-kernel.stripped");
    if !up_to_date(&stripped, modified(&kernel)) {
        process::run(
            Command::new(process::llvm_tool("llvm-objcopy")?)
                .arg("--strip-all")
                .arg(&kernel)
                .arg(&stripped),
        )
        .context("stripping the kernel")?;
    }
    let image_directory = target_directory.join("images");
    let bios = image_directory.join("wasmos-bios.img");
    let uefi = image_directory.join("wasmos-uefi.img");
    let kernel_time = modified(&stripped);
    if !(up_to_date(&bios, kernel_time) && up_to_date(&uefi, kernel_time)) {
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
pub fn write_images(kernel: &Path, directory: &Path) -> Result<()> {
    let root = crate::root();
    bootloader_patch::prepare()?;
    progress::eprintln("xtask: writing disk images (the first time builds the bootloader, which takes a few minutes)");
    process::run(
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
    .context("building the disk images")
}

/// Builds the test modules and the apps, then the normal kernel and its images.
pub fn build_all() -> Result<Images> {
    test_modules::write_all()?;
    apps::build_all()?;
    let images = build(Flavor::Normal)?;
    let size = |path: &PathBuf| std::fs::metadata(path).map(|metadata| metadata.len()).unwrap_or(0);
    progress::eprintln(&format!(
        "xtask: kernel {} KiB, BIOS image {} KiB, UEFI image {} KiB",
        size(&images.kernel) / 1024,
        size(&images.bios) / 1024,
        size(&images.uefi) / 1024
    ));
    Ok(images)
}
