//! Building the programs of the image: every folder under `apps/` is one
//! user app, every folder under `bench/workloads/` one benchmark workload,
//! every folder under `tests/programs/` one test program, and `bench/driver`
//! the benchmark driver. Each is compiled against our standard libraries, its
//! language recognised from its contents, into the folder of `rootfs/` its
//! kind goes to (`SOURCES`): `rootfs/bin`, `rootfs/bench` or `rootfs/tests`.
//! Builds are incremental. A C app or a Rust package may instead be a WASI
//! program, built with the real toolchains (see [`wasi`] and [`Abi`]).

pub mod assemblyscript;
pub mod clang;
mod describe;
pub mod ported;
pub mod rust;
pub mod wasi;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::util::files::{create_directory, files_under};
use crate::util::progress;
use clang::Library;

/// An app's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    /// `*.c` against `stdlib/c`.
    C,
    /// `*.cpp` against `stdlib/cpp` and `stdlib/c`.
    Cpp,
    /// A Cargo package using `stdlib/rust`.
    Rust,
    /// `*.ts` using `stdlib/as`.
    AssemblyScript,
    /// A C program ported from sources fetched from crates.io (see [`ported`]).
    CrateC,
}

/// The interface a program is built for: our own (`wasmos`, against our
/// standard libraries) or WASI preview 1 (`wasi_snapshot_preview1`, with the
/// real toolchains: Rust's `std` for `wasm32-wasip1`, C against wasi-libc).
/// `cargo xtask new-app --lang rust-wasi|c-wasi` makes the second kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abi {
    /// Our ABI and libraries.
    Wasmos,
    /// WASI preview 1, for a Rust package whose `.cargo/config.toml` sets
    /// `build.target = "wasm32-wasip1"` or C sources beside a file named `wasi`.
    Wasi,
}

/// Where programs come from and the folder of the image they go to.
pub struct ProgramSource {
    /// The folder, relative to the repository root.
    pub path: &'static str,
    /// Whether each folder inside `path` is a program (`apps/<name>`), rather
    /// than `path` being one program itself (`bench/driver`).
    pub holds_programs: bool,
    /// The folder under `rootfs/` (and so of the image) the programs go to.
    pub installed_in: &'static str,
}

/// Every place programs come from: user apps go to `/bin`, where the shell
/// finds them by name; the benchmark's programs to `/bench` and test programs
/// to `/tests`, run by their path.
pub const SOURCES: &[ProgramSource] = &[
    ProgramSource {
        path: "apps",
        holds_programs: true,
        installed_in: "bin",
    },
    ProgramSource {
        path: "bench/workloads",
        holds_programs: true,
        installed_in: "bench",
    },
    ProgramSource {
        path: "bench/driver",
        holds_programs: false,
        installed_in: "bench",
    },
    ProgramSource {
        path: "tests/programs",
        holds_programs: true,
        installed_in: "tests",
    },
];

/// One program folder (an app, a workload, the driver or a test program).
pub struct App {
    /// The folder's name, which is the program's name.
    pub name: String,
    /// The folder.
    pub directory: PathBuf,
    /// The folder relative to the repository root (`apps/fib`), naming the
    /// program in messages: `apps/fib` and `bench/workloads/fib` differ.
    pub label: String,
    /// The folder under `rootfs/` it is built into (`bin`, `bench`, `tests`).
    pub installed_in: &'static str,
    /// Its language.
    pub language: Language,
    /// The interface it is built for.
    pub abi: Abi,
}

impl App {
    /// The module it is built into: `rootfs/<installed_in>/<name>.wasm`.
    pub fn output_path(&self) -> PathBuf {
        crate::root()
            .join("rootfs")
            .join(self.installed_in)
            .join(format!("{}.wasm", self.name))
    }

    /// Where its objects are kept between builds: `target/wasm/<label>`.
    pub fn object_directory(&self) -> PathBuf {
        crate::root().join("target/wasm").join(&self.label)
    }
}

/// Recognises the language of the app in `directory`.
pub fn detect_language(directory: &Path) -> Option<Language> {
    let manifest = directory.join("Cargo.toml");
    if manifest.is_file() {
        let text = std::fs::read_to_string(&manifest).unwrap_or_default();
        return Some(if ported::is_ported(&text) {
            Language::CrateC
        } else {
            Language::Rust
        });
    }
    let files = files_under(directory, &[".cpp", ".cc", ".c", ".ts"]);
    let has = |extension: &str| files.iter().any(|file| file.to_string_lossy().ends_with(extension));
    if has(".cpp") || has(".cc") {
        Some(Language::Cpp)
    } else if has(".c") {
        Some(Language::C)
    } else if has(".ts") {
        Some(Language::AssemblyScript)
    } else {
        None
    }
}

/// Recognises the interface the app in `directory` is built for (only C and
/// Rust can be built for WASI: the build refuses the others).
pub fn detect_abi(directory: &Path) -> Abi {
    if wasi::is_wasi_folder(directory) {
        Abi::Wasi
    } else {
        Abi::Wasmos
    }
}

/// The program folders of `source`, sorted by name.
fn program_folders(source: &ProgramSource) -> Result<Vec<PathBuf>> {
    let path = crate::root().join(source.path);
    if !source.holds_programs {
        return Ok(vec![path]);
    }
    let entries = std::fs::read_dir(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut folders: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    Ok(folders)
}

/// Every program of every `SOURCES` entry, in that order, each sorted by name.
pub fn discover() -> Result<Vec<App>> {
    let root = crate::root();
    let mut apps = Vec::new();
    for source in SOURCES {
        for directory in program_folders(source)? {
            let name = directory
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            let label = directory
                .strip_prefix(&root)
                .unwrap_or(&directory)
                .to_string_lossy()
                .into_owned();
            match detect_language(&directory) {
                Some(language) => apps.push(App {
                    name,
                    abi: detect_abi(&directory),
                    directory,
                    label,
                    installed_in: source.installed_in,
                    language,
                }),
                None => progress::eprintln(&format!(
                    "xtask: skipping {label}: no .c, .cpp, .ts or Cargo.toml inside"
                )),
            }
        }
    }
    Ok(apps)
}

/// The libraries the C and C++ apps link: the C library, built before any
/// app, and the C++ library, built on first use.
struct Libraries {
    c: Option<Library>,
    /// Built on first use; a failure is kept as text, to be told to every app that needs it.
    cpp: Option<std::result::Result<Library, String>>,
}

impl Libraries {
    fn c(&self) -> &Library {
        self.c.as_ref().expect("the C library is built when an app needs it")
    }

    fn cpp(&mut self) -> Result<Library> {
        self.cpp
            .get_or_insert_with(|| clang::build_cpp_library().map_err(|error| format!("{error:#}")))
            .clone()
            .map_err(anyhow::Error::msg)
    }
}

/// Builds one app; returns whether anything was rebuilt.
fn build(app: &App, libraries: &mut Libraries) -> Result<bool> {
    if app.abi == Abi::Wasi {
        return match app.language {
            Language::C => wasi::build_c_app(app),
            Language::Rust => wasi::build_rust_app(app),
            _ => bail!("`{}`: only C and Rust programs can be built for WASI", app.label),
        };
    }
    match app.language {
        Language::C => clang::build_app(app, &[libraries.c()]),
        Language::Cpp => {
            let libcxx = libraries
                .cpp()
                .with_context(|| format!("`{}` needs the C++ library, which failed", app.label))?;
            clang::build_app(app, &[&libcxx, libraries.c()])
        }
        Language::Rust => rust::build(app),
        Language::AssemblyScript => assemblyscript::build(app),
        Language::CrateC => ported::build(app, libraries.c()),
    }
}

/// Builds every program that changed into its folder of `rootfs/`; one
/// program's failure does not stop the others.
pub fn build_all() -> Result<()> {
    for source in SOURCES {
        create_directory(&crate::root().join("rootfs").join(source.installed_in))?;
    }
    let apps = discover()?;
    let needs_c = apps
        .iter()
        .any(|app| app.abi == Abi::Wasmos && matches!(app.language, Language::C | Language::Cpp | Language::CrateC));
    let mut libraries = Libraries {
        c: if needs_c { Some(clang::build_c_library()?) } else { None },
        cpp: None,
    };
    let mut built = Vec::new();
    let mut failures = Vec::new();
    for app in &apps {
        match build(app, &mut libraries).and_then(|rebuilt| describe::ensure(app).map(|()| rebuilt)) {
            Ok(true) => built.push(app.label.as_str()),
            Ok(false) => {}
            Err(error) => failures.push(format!("{error:#}")),
        }
    }
    describe::install_sh()?;
    if !built.is_empty() {
        progress::eprintln(&format!(
            "xtask: built {} program(s): {}",
            built.len(),
            built.join(", ")
        ));
    }
    if !failures.is_empty() {
        bail!("{}", failures.join("\n"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_recognised_from_folder_contents() {
        let base = std::env::temp_dir().join(format!("xtask-detect-{}", std::process::id()));
        for (name, file, language) in [
            ("c", "main.c", Language::C),
            ("cpp", "main.cpp", Language::Cpp),
            ("rust", "Cargo.toml", Language::Rust),
            ("as", "main.ts", Language::AssemblyScript),
        ] {
            let directory = base.join(name);
            std::fs::create_dir_all(&directory).unwrap();
            std::fs::write(directory.join(file), "").unwrap();
            assert_eq!(detect_language(&directory), Some(language));
        }
        let empty = base.join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        assert_eq!(detect_language(&empty), None);
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn wasi_apps_are_c_or_rust_built_for_wasi() {
        let programs = discover().unwrap();
        let program = |label: &str| programs.iter().find(|program| program.label == label).unwrap();
        assert_eq!(
            (program("apps/wordfreq").language, program("apps/wordfreq").abi),
            (Language::Rust, Abi::Wasi)
        );
        assert_eq!(
            (program("apps/walk").language, program("apps/walk").abi),
            (Language::C, Abi::Wasi)
        );
        assert_eq!(program("apps/cat").abi, Abi::Wasmos);
        assert_eq!(program("apps/helloworld-rs").abi, Abi::Wasmos);
        assert_eq!(
            program("apps/walk").output_path(),
            crate::root().join("rootfs/bin/walk.wasm")
        );
    }

    #[test]
    fn each_kind_of_program_goes_to_its_own_folder_of_the_image() {
        let programs = discover().unwrap();
        let installed = |label: &str| {
            let program = programs.iter().find(|program| program.label == label).unwrap();
            program.output_path().strip_prefix(crate::root()).unwrap().to_path_buf()
        };
        assert_eq!(installed("apps/cli"), Path::new("rootfs/bin/cli.wasm"));
        assert_eq!(installed("bench/workloads/fib"), Path::new("rootfs/bench/fib.wasm"));
        assert_eq!(installed("bench/driver"), Path::new("rootfs/bench/driver.wasm"));
        assert_eq!(installed("tests/programs/trap"), Path::new("rootfs/tests/trap.wasm"));
        let mut outputs: Vec<PathBuf> = programs.iter().map(App::output_path).collect();
        outputs.sort();
        outputs.dedup();
        assert_eq!(outputs.len(), programs.len(), "two programs build into the same file");
    }

    #[test]
    fn ported_apps_are_recognised_by_their_manifest_section() {
        let base = std::env::temp_dir().join(format!("xtask-detect-port-{}", std::process::id()));
        std::fs::create_dir_all(&base).unwrap();
        std::fs::write(base.join("Cargo.toml"), "[package]\n[package.metadata.wasmos]\n").unwrap();
        assert_eq!(detect_language(&base), Some(Language::CrateC));
        std::fs::remove_dir_all(&base).unwrap();
    }
}
