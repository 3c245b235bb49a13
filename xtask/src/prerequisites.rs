//! Checks for what the build needs and installs what it can: Debian packages
//! through apt-get (as root), the pinned Rust toolchain through rustup, and
//! AssemblyScript through `npm ci`. Otherwise it stops with the exact command.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use crate::tools;

/// Where OVMF (UEFI firmware for QEMU) may live.
const OVMF_CANDIDATES: &[&str] = &[
    "/usr/share/ovmf/OVMF.fd",
    "/usr/share/OVMF/OVMF.fd",
    "/usr/share/qemu/OVMF.fd",
];

/// The UEFI firmware image, if installed.
pub fn ovmf() -> Option<PathBuf> {
    OVMF_CANDIDATES.iter().map(PathBuf::from).find(|path| path.is_file())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|output| output.stdout.starts_with(b"0\n"))
        .unwrap_or(false)
}

fn missing_packages() -> Vec<&'static str> {
    let mut packages = Vec::new();
    if !tools::exists("qemu-system-x86_64") {
        packages.push("qemu-system-x86");
    }
    if ovmf().is_none() {
        packages.push("ovmf");
    }
    if !tools::exists("clang") {
        packages.push("clang");
    }
    if !tools::exists("wasm-ld") {
        packages.push("lld");
    }
    if !tools::exists("node") || !tools::exists("npm") {
        packages.push("nodejs");
        packages.push("npm");
    }
    packages
}

fn install_packages(packages: &[&str]) -> Result<(), String> {
    let command_line = format!("apt-get update && apt-get install -y {}", packages.join(" "));
    if !is_root() {
        return Err(format!(
            "missing tools; install them with:\n    sudo sh -c '{command_line}'"
        ));
    }
    eprintln!("xtask: installing {} with apt-get", packages.join(", "));
    tools::run(Command::new("apt-get").arg("update").arg("-q"))?;
    tools::run(
        Command::new("apt-get")
            .args(["install", "-y", "-q", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
    .map_err(|error| format!("{error}\ninstall the tools by hand with:\n    {command_line}"))
}

fn ensure_rust_targets() -> Result<(), String> {
    let root = crate::root();
    let installed = tools::capture(
        Command::new("rustup")
            .args(["target", "list", "--installed"])
            .current_dir(&root),
    )
    .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
    .unwrap_or_default();
    let components = tools::capture(
        Command::new("rustup")
            .args(["component", "list", "--installed"])
            .current_dir(&root),
    )
    .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
    .unwrap_or_default();
    let have_all = ["x86_64-unknown-none", "wasm32-unknown-unknown"]
        .iter()
        .all(|target| installed.contains(target))
        && ["rust-src", "llvm-tools"]
            .iter()
            .all(|component| components.contains(component));
    if have_all {
        return Ok(());
    }
    eprintln!("xtask: installing the pinned Rust toolchain, its targets and components (rustup toolchain install)");
    tools::run(Command::new("rustup").args(["toolchain", "install"]).current_dir(&root))
        .map_err(|error| format!("{error}\nrun `rustup toolchain install` in {}", root.display()))
}

fn ensure_node_modules() -> Result<(), String> {
    let root = crate::root();
    if root.join("node_modules/assemblyscript/package.json").is_file() {
        return Ok(());
    }
    eprintln!("xtask: installing AssemblyScript from the npm registry (npm ci)");
    tools::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&root),
    )
    .map_err(|error| format!("{error}\nrun `npm ci` in {}", root.display()))
}

/// Makes sure everything is there, once per xtask run.
pub fn ensure() -> Result<(), String> {
    static CHECKED: OnceLock<Result<(), String>> = OnceLock::new();
    CHECKED
        .get_or_init(|| {
            let packages = missing_packages();
            if !packages.is_empty() {
                install_packages(&packages)?;
                let still_missing = missing_packages();
                if !still_missing.is_empty() {
                    return Err(format!("still missing after installing: {}", still_missing.join(", ")));
                }
            }
            ensure_rust_targets()?;
            ensure_node_modules()
        })
        .clone()
}
