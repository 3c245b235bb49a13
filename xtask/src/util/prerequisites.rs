//! Checks for what the build needs and installs what it can: Debian packages
//! through apt-get (as root), the pinned Rust toolchain through rustup, and
//! AssemblyScript through `npm ci`. Otherwise it stops with the exact command.
//! (The WASI tests' reference runtime, wasmtime from PyPI, is installed into
//! a virtual environment by those tests themselves, on first use: here only
//! Python's `venv` is checked.)

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use anyhow::{anyhow, bail, Context, Result};

use crate::util::process;

/// Where OVMF (UEFI firmware for QEMU) may live.
const OVMF_CANDIDATES: &[&str] = &[
    "/usr/share/ovmf/OVMF.fd",
    "/usr/share/OVMF/OVMF.fd",
    "/usr/share/qemu/OVMF.fd",
];

/// The Rust targets and components the build uses (rust-toolchain.toml lists them).
const RUST_TARGETS: &[&str] = &["x86_64-unknown-none", "wasm32-unknown-unknown", "wasm32-wasip1"];
const RUST_COMPONENTS: &[&str] = &["rust-src", "llvm-tools", "clippy", "rustfmt"];

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
    if !process::exists("qemu-system-x86_64") {
        packages.push("qemu-system-x86");
    }
    if ovmf().is_none() {
        packages.push("ovmf");
    }
    if !process::exists("clang") {
        packages.push("clang");
    }
    if !process::exists("wasm-ld") {
        packages.push("lld");
    }
    if process::exists("clang") && crate::build::apps::clang::builtins_archive().is_err() {
        packages.push(crate::build::apps::clang::BUILTINS_PACKAGE);
    }
    if crate::build::apps::wasi::sysroot().is_err() {
        packages.push(crate::build::apps::wasi::LIBC_PACKAGE);
    }
    if !python_venv_works() {
        packages.push("python3");
        packages.push("python3-venv");
    }
    if !process::exists("node") || !process::exists("npm") {
        packages.push("nodejs");
        packages.push("npm");
    }
    packages
}

/// Whether `python3 -m venv` can make a virtual environment with pip (on
/// Debian, `ensurepip` comes with the `python3-venv` package).
fn python_venv_works() -> bool {
    Command::new("python3")
        .args(["-c", "import venv, ensurepip"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn install_packages(packages: &[&str]) -> Result<()> {
    let command_line = format!("apt-get update && apt-get install -y {}", packages.join(" "));
    if !is_root() {
        bail!("missing tools; install them with:\n    sudo sh -c '{command_line}'");
    }
    eprintln!("xtask: installing {} with apt-get", packages.join(", "));
    process::run(Command::new("apt-get").arg("update").arg("-q"))?;
    process::run(
        Command::new("apt-get")
            .args(["install", "-y", "-q", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
    .with_context(|| format!("install the tools by hand with:\n    {command_line}"))
}

/// What `rustup <what> list --installed` prints for the pinned toolchain.
fn rustup_installed(what: &str) -> String {
    process::capture(
        Command::new("rustup")
            .args([what, "list", "--installed"])
            .current_dir(crate::root()),
    )
    .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
    .unwrap_or_default()
}

fn ensure_rust_targets() -> Result<()> {
    let root = crate::root();
    let targets = rustup_installed("target");
    let components = rustup_installed("component");
    let have_all = RUST_TARGETS.iter().all(|target| targets.contains(target))
        && RUST_COMPONENTS.iter().all(|component| components.contains(component));
    if have_all {
        return Ok(());
    }
    eprintln!("xtask: installing the pinned Rust toolchain, its targets and components (rustup toolchain install)");
    process::run(Command::new("rustup").args(["toolchain", "install"]).current_dir(&root))
        .with_context(|| format!("run `rustup toolchain install` in {}", root.display()))
}

fn ensure_node_modules() -> Result<()> {
    let root = crate::root();
    if root.join("node_modules/assemblyscript/package.json").is_file() {
        return Ok(());
    }
    eprintln!("xtask: installing AssemblyScript from the npm registry (npm ci)");
    process::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&root),
    )
    .with_context(|| format!("run `npm ci` in {}", root.display()))
}

fn check_and_install() -> Result<()> {
    let packages = missing_packages();
    if !packages.is_empty() {
        install_packages(&packages)?;
        let still_missing = missing_packages();
        if !still_missing.is_empty() {
            bail!("still missing after installing: {}", still_missing.join(", "));
        }
    }
    ensure_rust_targets()?;
    ensure_node_modules()
}

/// Makes sure everything is there, once per xtask run.
pub fn ensure() -> Result<()> {
    // The outcome is kept as text: an error cannot be cloned for a second caller.
    static CHECKED: OnceLock<Result<(), String>> = OnceLock::new();
    CHECKED
        .get_or_init(|| check_and_install().map_err(|error| format!("{error:#}")))
        .clone()
        .map_err(|message| anyhow!(message))
}
