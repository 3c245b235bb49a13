//! The lints (`cargo xtask lint`, and the `lint` group of `cargo xtask test`):
//! clippy with warnings as errors for every Rust package, on the targets and
//! with the features it is built for; `cargo fmt --check`; and our C and C++
//! compiled with the build's flags plus `-Werror`. Each is one check.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Result};

use crate::build::apps::{self, clang, clang::SourceGroup, ported, Language};
use crate::build::bootloader_patch;
use crate::build::image::{self, Flavor};
use crate::test::report::Results;
use crate::test::Step;
use crate::util::{files, process, progress};

/// The folders whose Rust packages (any `Cargo.toml` inside) are apps,
/// benchmark workloads or test programs built for `wasm32-unknown-unknown`.
const PROGRAM_FOLDERS: &[&str] = &["apps", "tests", "bench"];

/// A Rust package outside the workspace, and how it is built.
struct Package {
    /// Its folder, relative to the repository root.
    directory: String,
    /// The target it is built for (`None`: the host).
    target: Option<&'static str>,
    /// Its target folder, shared with its build so that nothing builds twice.
    target_directory: &'static str,
    /// Whether its tests (on the host) are checked too.
    host_tests: bool,
    /// Whether it links the patched bootloader, which must be prepared
    /// before cargo can read its manifest.
    patched_bootloader: bool,
}

impl Package {
    fn manifest(&self) -> PathBuf {
        crate::root().join(&self.directory).join("Cargo.toml")
    }
}

/// The packages outside the workspace: the Rust stdlib, the image builder, the
/// minimal kernel, and every Rust package found under [`PROGRAM_FOLDERS`]
/// (ported C programs, whose manifests only fetch sources, aside).
fn other_packages() -> Vec<Package> {
    let mut packages = vec![
        Package {
            directory: "stdlib/rust".into(),
            target: Some("wasm32-unknown-unknown"),
            target_directory: "target/lint",
            host_tests: true,
            patched_bootloader: false,
        },
        Package {
            directory: "xtask/image".into(),
            target: None,
            target_directory: "target/image",
            host_tests: false,
            patched_bootloader: true,
        },
        Package {
            directory: "xtask/minimal-kernel".into(),
            target: Some("x86_64-unknown-none"),
            target_directory: "target/bench/minimal",
            host_tests: false,
            patched_bootloader: false,
        },
    ];
    let root = crate::root();
    for folder in PROGRAM_FOLDERS {
        for manifest in files::files_under(&root.join(folder), &["/Cargo.toml"]) {
            let text = std::fs::read_to_string(&manifest).unwrap_or_default();
            if ported::is_ported(&text) {
                continue;
            }
            let Some(directory) = manifest
                .parent()
                .and_then(|directory| directory.strip_prefix(&root).ok())
            else {
                continue;
            };
            // WASI programs are checked for the target they are built for.
            let wasi = apps::wasi::is_wasi_rust_package(&root.join(directory));
            packages.push(Package {
                directory: directory.display().to_string(),
                target: Some(if wasi {
                    apps::wasi::RUST_TARGET
                } else {
                    "wasm32-unknown-unknown"
                }),
                target_directory: if wasi {
                    apps::wasi::RUST_TARGET_DIRECTORY
                } else {
                    "target/apps-rust"
                },
                host_tests: false,
                patched_bootloader: false,
            });
        }
    }
    packages
}

/// Runs `cargo clippy <arguments> -- -D warnings` in the repository root.
fn clippy(arguments: &[&str], extra: impl FnOnce(&mut Command)) -> Result<()> {
    let mut command = Command::new("cargo");
    command
        .args(["clippy", "--quiet"])
        .args(arguments)
        .current_dir(crate::root());
    extra(&mut command);
    command.args(["--", "-D", "warnings"]);
    quiet_success(&mut command)
}

/// Runs `command`; an error carries its output.
fn quiet_success(command: &mut Command) -> Result<()> {
    let output = process::capture(command)?;
    if !output.status.success() {
        bail!(
            "{command:?} failed ({}):\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}

/// clippy over the workspace (kernel core, host runner, xtask), tests included, on the host.
fn clippy_workspace() -> Result<()> {
    clippy(&["--workspace", "--all-targets"], |_| {})
}

/// clippy over the kernel for bare metal, built as `flavor` builds it.
fn clippy_kernel(flavor: Flavor) -> Result<()> {
    clippy(&["--release", "-p", "wasmos-kernel", "--lib", "--bins"], |command| {
        command
            .args(image::KERNEL_TARGET_FLAGS)
            .arg("--target")
            .arg(image::kernel_target())
            .arg("--target-dir")
            .arg(crate::root().join("target/lint/kernel"));
        if let Some(feature) = flavor.feature() {
            command.args(["--features", feature]);
        }
    })
}

/// clippy over a package outside the workspace, for its target (and its tests on the host).
fn clippy_package(package: &Package) -> Result<()> {
    let root = crate::root();
    let manifest = package.manifest();
    let target_directory = root.join(package.target_directory);
    if package.patched_bootloader {
        bootloader_patch::prepare()?;
    }
    clippy(&["--release"], |command| {
        command
            .arg("--manifest-path")
            .arg(&manifest)
            .arg("--target-dir")
            .arg(&target_directory);
        if let Some(target) = package.target {
            command.args(["--target", target]);
        }
    })?;
    if package.host_tests {
        clippy(&["--all-targets"], |command| {
            command
                .arg("--manifest-path")
                .arg(&manifest)
                .arg("--target-dir")
                .arg(&target_directory);
        })?;
    }
    Ok(())
}

/// `cargo fmt --check` over the workspace and every other package.
fn format_check(packages: &[Package]) -> Result<()> {
    let root = crate::root();
    let mut problems = Vec::new();
    // cargo reads the manifest of a package that links the patched bootloader
    // only once the patched copy exists.
    let mut bootloader_ready = true;
    if packages.iter().any(|package| package.patched_bootloader) {
        if let Err(error) = bootloader_patch::prepare() {
            problems.push(format!("{error:#}"));
            bootloader_ready = false;
        }
    }
    let mut check = |command: &mut Command| {
        if let Err(error) = quiet_success(command.current_dir(&root)) {
            problems.push(format!("{error:#}"));
        }
    };
    // Plain diffs: the output goes into the test report, not to a terminal.
    let no_color = ["--", "--color", "never"];
    check(Command::new("cargo").args(["fmt", "--all", "--check"]).args(no_color));
    for package in packages {
        if package.patched_bootloader && !bootloader_ready {
            continue;
        }
        check(
            Command::new("cargo")
                .args(["fmt", "--check", "--manifest-path"])
                .arg(package.manifest())
                .args(no_color),
        );
    }
    if !problems.is_empty() {
        bail!("not formatted (`cargo fmt` fixes it):\n{}", problems.join("\n"));
    }
    Ok(())
}

/// Every C and C++ source we write, grouped as the build compiles them: the
/// libraries, their tests, and the C and C++ apps (of a ported program, the
/// app folder's own files).
fn c_sources() -> Result<Vec<SourceGroup>> {
    let root = crate::root();
    let mut groups = vec![clang::library_sources(false), clang::library_sources(true)];
    let mut tests = Vec::new();
    for (directory, extension) in [
        ("stdlib/c/tests", ".c"),
        ("stdlib/c/tests/wasmos", ".c"),
        ("stdlib/cpp/tests", ".cpp"),
    ] {
        tests.extend(files::files_in(&root.join(directory), extension));
    }
    groups.extend(clang::program_sources("the library tests", &tests, &[]));
    groups.push(SourceGroup {
        what: "the WASI conformance programs".into(),
        compiler: "clang",
        flags: apps::wasi::c_flags(&apps::wasi::sysroot()?),
        sources: files::files_in(&root.join("tests/wasi/c"), ".c"),
    });
    for app in apps::discover()? {
        match app.language {
            Language::C | Language::Cpp => groups.push(clang::app_sources(&app)),
            Language::CrateC => groups.push(ported::own_sources(&app)?),
            Language::Rust | Language::AssemblyScript => {}
        }
    }
    Ok(groups)
}

/// Compiles one source for its diagnostics only, with warnings as errors.
fn compile_strictly(group: &SourceGroup, source: &Path) -> Result<()> {
    quiet_success(group.command().args(["-fsyntax-only", "-Werror"]).arg(source))
}

/// Every C and C++ source with the build's flags (`-Wall -Wextra` among them) plus `-Werror`.
fn c_warnings() -> Result<()> {
    let groups = c_sources()?;
    let jobs: Vec<(&SourceGroup, &PathBuf)> = groups
        .iter()
        .flat_map(|group| group.sources.iter().map(move |source| (group, source)))
        .collect();
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = jobs.len().div_ceil(workers).max(1);
    let mut problems: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .filter_map(|(group, source)| compile_strictly(group, source).err())
                        .map(|error| format!("{error:#}"))
                        .collect::<Vec<String>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|_| vec!["a compiler thread panicked".into()])
            })
            .collect()
    });
    if !problems.is_empty() {
        problems.insert(0, format!("{} of {} files have warnings:", problems.len(), jobs.len()));
        bail!("{}", problems.join("\n"));
    }
    progress::println(&format!("     ({} C and C++ files)", jobs.len()));
    Ok(())
}

/// A step that records one check of the same name.
fn check(name: String, run: impl FnOnce() -> Result<()> + 'static) -> Step {
    Step::new(name.clone(), move |results: &mut Results| results.record(&name, run()))
}

/// Every lint, one step each.
pub fn steps() -> Vec<Step> {
    let mut steps = vec![check(
        "lint: clippy, workspace on the host (kernel core, host runner, xtask)".into(),
        clippy_workspace,
    )];
    for flavor in Flavor::ALL {
        let name = match flavor.feature() {
            None => "lint: clippy, kernel for x86_64-wasmos".to_string(),
            Some(feature) => format!("lint: clippy, kernel for x86_64-wasmos with {feature}"),
        };
        steps.push(check(name, move || clippy_kernel(flavor)));
    }
    for package in other_packages() {
        let name = format!("lint: clippy, {}", package.directory);
        steps.push(check(name, move || clippy_package(&package)));
    }
    steps.push(check("lint: cargo fmt --check".into(), || {
        format_check(&other_packages())
    }));
    steps.push(check("lint: C and C++ with -Wall -Wextra -Werror".into(), c_warnings));
    steps
}
