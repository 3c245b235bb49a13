//! Programs built with the real WASI toolchains instead of our libraries,
//! for the `wasi_snapshot_preview1` import module: Rust with the real `std`
//! for `wasm32-wasip1`, and C with clang against wasi-libc (Debian's
//! `wasi-libc` package) and compiler-rt's builtins. Used for the `rust-wasi`
//! and `c-wasi` apps and for the WASI conformance programs (`tests/wasi`).
//!
//! An app is built for WASI when its folder says so (see [`is_wasi_folder`]):
//! a Cargo package whose `.cargo/config.toml` sets `build.target =
//! "wasm32-wasip1"`, or C sources beside a file named `wasi`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use super::clang::SourceGroup;
use super::App;
use crate::util::files::{self, create_directory, modified, newest_under, up_to_date};
use crate::util::process;

/// The Rust target of WASI programs.
pub const RUST_TARGET: &str = "wasm32-wasip1";

/// The clang target of WASI programs (clang 14 spells preview 1 this way).
pub const CLANG_TARGET: &str = "--target=wasm32-wasi";

/// The Debian package with wasi-libc (headers, `libc.a`, `crt1-command.o`).
pub const LIBC_PACKAGE: &str = "wasi-libc";

/// The file that marks a C app folder as a WASI program.
pub const C_MARKER: &str = "wasi";

/// Where the Rust WASI programs are built (shared by the apps and the tests).
pub const RUST_TARGET_DIRECTORY: &str = "target/apps-wasi";

/// The C flags of WASI programs, after the build's usual flags
/// ([`super::clang::CLANG_FLAGS`], whose `--target` the one here overrides
/// and whose `-nostdlibinc` keeps the host's headers out). wasi-libc's
/// `errno` is thread-local, which clang 14 compiles with `-mbulk-memory` only
/// in the local-exec model (without atomics it is an ordinary global);
/// `gnu11` for the POSIX declarations (`opendir`, `lstat`, ...).
const C_FLAGS: &[&str] = &[CLANG_TARGET, "-std=gnu11", "-ftls-model=local-exec"];

/// What the WASI C programs link with, besides wasi-libc, which the clang
/// driver adds itself (`crt1-command.o`, `-lc`, compiler-rt's builtins): the
/// same stack as our apps, no symbol names.
const C_LINK_FLAGS: &[&str] = &["-Wl,-z,stack-size=262144", "-Wl,--strip-all"];

/// wasi-libc where it is installed: Debian 12 puts it beside the host's
/// libraries (`/usr/include/wasm32-wasi`, `/usr/lib/wasm32-wasi`), which its
/// clang searches by default; the upstream layout (wasi-sdk, newer
/// distributions) is one sysroot folder.
#[derive(Clone, Debug)]
pub struct Sysroot {
    /// The headers.
    pub include: PathBuf,
    /// `--sysroot` to give clang, when it does not find the library itself.
    pub sysroot: Option<PathBuf>,
}

/// Finds wasi-libc, or says how to install it.
pub fn sysroot() -> Result<Sysroot> {
    let debian = Path::new("/usr/lib/wasm32-wasi/libc.a");
    if debian.is_file() && Path::new("/usr/include/wasm32-wasi/stdio.h").is_file() {
        return Ok(Sysroot {
            include: PathBuf::from("/usr/include/wasm32-wasi"),
            sysroot: None,
        });
    }
    let root = Path::new("/usr/share/wasi-sysroot");
    if root.join("lib/wasm32-wasi/libc.a").is_file() {
        let include = if root.join("include/wasm32-wasi/stdio.h").is_file() {
            root.join("include/wasm32-wasi")
        } else {
            root.join("include")
        };
        return Ok(Sysroot {
            include,
            sysroot: Some(root.to_path_buf()),
        });
    }
    bail!("wasi-libc is missing: run `cargo xtask prerequisites` (or `apt-get install {LIBC_PACKAGE}`)")
}

/// Whether `directory` holds a WASI program rather than one for our ABI.
pub fn is_wasi_folder(directory: &Path) -> bool {
    if directory.join("Cargo.toml").is_file() {
        is_wasi_rust_package(directory)
    } else {
        directory.join(C_MARKER).is_file()
    }
}

/// Whether the Cargo package in `directory` targets `wasm32-wasip1`: its
/// `.cargo/config.toml` (or `.cargo/config`) has `[build] target =
/// "wasm32-wasip1"` (or a list holding it), as a package built for WASI on
/// its own would have, so that a plain `cargo build` there builds it too.
pub fn is_wasi_rust_package(directory: &Path) -> bool {
    ["config.toml", "config"].iter().any(|name| {
        let text = std::fs::read_to_string(directory.join(".cargo").join(name)).unwrap_or_default();
        let Ok(config) = toml::from_str::<toml::Value>(&text) else {
            return false;
        };
        match config.get("build").and_then(|build| build.get("target")) {
            Some(toml::Value::String(target)) => target == RUST_TARGET,
            Some(toml::Value::Array(targets)) => targets.iter().any(|target| target.as_str() == Some(RUST_TARGET)),
            _ => false,
        }
    })
}

/// The compiler flags of WASI C code: ours, retargeted, with wasi-libc's headers.
pub fn c_flags(sysroot: &Sysroot) -> Vec<String> {
    let mut flags: Vec<String> = C_FLAGS.iter().map(|flag| flag.to_string()).collect();
    if let Some(root) = &sysroot.sysroot {
        flags.push(format!("--sysroot={}", root.display()));
    }
    flags.push("-isystem".into());
    flags.push(sysroot.include.display().to_string());
    flags
}

/// The sources of a C WASI app, compiled with its folder on the include
/// path (what `cargo xtask lint` checks, and what [`build_c_app`] compiles).
/// Without wasi-libc the headers flag points nowhere, and the compiler says so.
pub fn c_app_sources(app: &App) -> SourceGroup {
    let sysroot = sysroot().unwrap_or(Sysroot {
        include: PathBuf::from("/usr/include/wasm32-wasi"),
        sysroot: None,
    });
    let mut flags = c_flags(&sysroot);
    flags.push(format!("-I{}", app.directory.display()));
    SourceGroup {
        what: format!("`{}`", app.label),
        compiler: "clang",
        flags,
        sources: files::files_under(&app.directory, &[".c"]),
    }
}

/// Compiles and links C `sources` with `flags` (after ours) into the module
/// `output`, one clang call per source and one to link, objects kept in
/// `object_directory`. Nothing is skipped: callers decide what is up to date.
pub fn build_c(
    what: &str,
    sources: &[PathBuf],
    flags: &[String],
    object_directory: &Path,
    output: &Path,
) -> Result<()> {
    let sysroot = sysroot()?;
    create_directory(object_directory)?;
    let group = SourceGroup {
        what: what.to_string(),
        compiler: "clang",
        flags: c_flags(&sysroot).into_iter().chain(flags.iter().cloned()).collect(),
        sources: sources.to_vec(),
    };
    let mut objects = Vec::new();
    for (index, source) in sources.iter().enumerate() {
        let name = source
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let object = object_directory.join(format!("{index}-{name}.o"));
        let result = process::capture(group.command().arg("-c").arg(source).arg("-o").arg(&object))?;
        if !result.status.success() {
            bail!(
                "{what} failed to build ({}):\n{}",
                source.display(),
                String::from_utf8_lossy(&result.stderr)
            );
        }
        let warnings = String::from_utf8_lossy(&result.stderr);
        if !warnings.trim().is_empty() {
            crate::util::progress::eprintln(warnings.trim_end());
        }
        objects.push(object);
    }
    if let Some(parent) = output.parent() {
        create_directory(parent)?;
    }
    let mut link = Command::new("clang");
    link.arg(CLANG_TARGET);
    if let Some(root) = &sysroot.sysroot {
        link.arg(format!("--sysroot={}", root.display()));
    }
    link.args(C_LINK_FLAGS).arg("-o").arg(output).args(&objects);
    let result = process::capture(&mut link)?;
    if !result.status.success() {
        bail!("{what} failed to link:\n{}", String::from_utf8_lossy(&result.stderr));
    }
    Ok(())
}

/// Builds a C WASI app if anything changed; returns whether it did.
pub fn build_c_app(app: &App) -> Result<bool> {
    if up_to_date(&app.output_path(), newest_under(&app.directory, &[])) {
        return Ok(false);
    }
    let group = c_app_sources(app);
    if group.sources.is_empty() {
        bail!("`{}` has a `{C_MARKER}` file but no .c file", app.label);
    }
    build_c(
        &group.what,
        &group.sources,
        &[format!("-I{}", app.directory.display())],
        &app.object_directory(),
        &app.output_path(),
    )?;
    Ok(true)
}

/// Builds the Cargo package `manifest` for `wasm32-wasip1` (release) into
/// [`RUST_TARGET_DIRECTORY`]; returns the folder holding its `.wasm` binaries.
pub fn build_rust_package(manifest: &Path, what: &str) -> Result<PathBuf> {
    let root = crate::root();
    let target_directory = root.join(RUST_TARGET_DIRECTORY);
    let output = process::capture(
        Command::new("cargo")
            .args([
                "build",
                "--release",
                "--quiet",
                "--bins",
                "--target",
                RUST_TARGET,
                "--manifest-path",
            ])
            .arg(manifest)
            .arg("--target-dir")
            .arg(&target_directory)
            .current_dir(&root),
    )?;
    if !output.status.success() {
        bail!("{what} failed to build:\n{}", String::from_utf8_lossy(&output.stderr));
    }
    Ok(target_directory.join(RUST_TARGET).join("release"))
}

/// Builds a Rust WASI app (a binary named like its folder) and copies the
/// module if it changed; returns whether it did.
pub fn build_rust_app(app: &App) -> Result<bool> {
    let built = build_rust_package(&app.directory.join("Cargo.toml"), &format!("`{}`", app.label))?
        .join(format!("{}.wasm", app.name));
    if !built.is_file() {
        bail!(
            "`{}`: cargo built no {} (the package must have a binary named like its folder)",
            app.label,
            built.display()
        );
    }
    let destination = app.output_path();
    if up_to_date(&destination, modified(&built)) {
        return Ok(false);
    }
    std::fs::copy(&built, &destination).with_context(|| format!("copying {}", built.display()))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_packages_are_wasi_by_their_cargo_config() {
        let base = std::env::temp_dir().join(format!("xtask-wasi-detect-{}", std::process::id()));
        std::fs::create_dir_all(base.join(".cargo")).unwrap();
        std::fs::write(base.join("Cargo.toml"), "[package]\nname = \"x\"\n").unwrap();
        assert!(!is_wasi_folder(&base));
        std::fs::write(
            base.join(".cargo/config.toml"),
            "[build]\ntarget = \"wasm32-unknown-unknown\"\n",
        )
        .unwrap();
        assert!(!is_wasi_folder(&base));
        std::fs::write(base.join(".cargo/config.toml"), "[build]\ntarget = \"wasm32-wasip1\"\n").unwrap();
        assert!(is_wasi_folder(&base));
        std::fs::write(
            base.join(".cargo/config.toml"),
            "[build]\ntarget = [\"wasm32-wasip1\"]\n",
        )
        .unwrap();
        assert!(is_wasi_folder(&base));
        // The C marker means nothing to a Cargo package.
        std::fs::remove_file(base.join(".cargo/config.toml")).unwrap();
        std::fs::write(base.join(C_MARKER), "").unwrap();
        assert!(!is_wasi_folder(&base));
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn c_folders_are_wasi_by_their_marker_file() {
        let base = std::env::temp_dir().join(format!("xtask-wasi-c-{}", std::process::id()));
        std::fs::create_dir_all(&base).unwrap();
        std::fs::write(base.join("main.c"), "").unwrap();
        assert!(!is_wasi_folder(&base));
        std::fs::write(base.join(C_MARKER), "built against wasi-libc\n").unwrap();
        assert!(is_wasi_folder(&base));
        std::fs::remove_dir_all(&base).unwrap();
    }
}
