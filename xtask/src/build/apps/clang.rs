//! C and C++ with clang for `wasm32-unknown-unknown`: our libraries
//! (`stdlib/c` into `libc.a`, `stdlib/cpp` into `libcxx.a`), the C and C++
//! apps, and loose programs (`cargo xtask cc`, the libc tests).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::SystemTime;

use anyhow::{bail, Result};

use super::{App, Language};
use crate::util::files::{self, create_directory, modified, newest_under, up_to_date};
use crate::util::{process, progress};

/// The flags every C and C++ file is compiled with.
pub const CLANG_FLAGS: &[&str] = &[
    "--target=wasm32-unknown-unknown",
    "-O2",
    "-Wall",
    "-Wextra",
    "-nostdlibinc",
    "-mbulk-memory",
    "-msign-ext",
    "-mnontrapping-fptoint",
    "-ffunction-sections",
    "-fdata-sections",
];

const LINK_FLAGS: &[&str] = &[
    "--gc-sections",
    "--stack-first",
    "-z",
    "stack-size=262144",
    "-e",
    "_start",
    "--strip-all",
];

/// Sources compiled alike: one compiler, the same flags (after [`CLANG_FLAGS`]).
pub struct SourceGroup {
    /// What they build, for messages (`the C library (stdlib/c)`, `app `cat``).
    pub what: String,
    /// `clang` or `clang++`.
    pub compiler: &'static str,
    /// The language and include flags, then any of the program's own.
    pub flags: Vec<String>,
    /// The source files.
    pub sources: Vec<PathBuf>,
}

impl SourceGroup {
    /// The compiler command for one of the sources, without input or output.
    pub fn command(&self) -> Command {
        let mut command = Command::new(self.compiler);
        command.args(CLANG_FLAGS).args(&self.flags);
        command
    }
}

/// Whether compiler and linker command lines are printed (`cargo xtask cc -v`).
static ECHO_COMMANDS: AtomicBool = AtomicBool::new(false);

/// Prints every compiler and linker command line from now on.
pub fn echo_commands() {
    ECHO_COMMANDS.store(true, Ordering::Relaxed);
}

/// Runs a compiler or linker, printing its command line first when asked to.
fn capture_tool(command: &mut Command) -> Result<Output> {
    if ECHO_COMMANDS.load(Ordering::Relaxed) {
        let words: Vec<String> = std::iter::once(command.get_program())
            .chain(command.get_args())
            .map(|word| word.to_string_lossy().into_owned())
            .collect();
        progress::eprintln(&words.join(" "));
    }
    process::capture(command)
}

fn object_name(source: &Path, base: &Path) -> String {
    let relative = source.strip_prefix(base).unwrap_or(source);
    format!("{}.o", relative.to_string_lossy().replace(['/', '\\'], "__"))
}

/// Compiles `group` into `object_directory`, skipping objects newer than their
/// source and `headers_time`; `base` is the folder object names are relative
/// to. Returns the object paths.
fn compile(
    group: &SourceGroup,
    base: &Path,
    object_directory: &Path,
    headers_time: Option<SystemTime>,
) -> Result<Vec<PathBuf>> {
    create_directory(object_directory)?;
    let mut objects = Vec::new();
    for source in &group.sources {
        let object = object_directory.join(object_name(source, base));
        if !up_to_date(&object, modified(source).max(headers_time)) {
            let output = capture_tool(group.command().arg("-c").arg(source).arg("-o").arg(&object))?;
            if !output.status.success() {
                bail!(
                    "{} failed to build ({}):\n{}",
                    group.what,
                    source.display(),
                    String::from_utf8_lossy(&output.stderr)
                );
            }
            let warnings = String::from_utf8_lossy(&output.stderr);
            if !warnings.trim().is_empty() {
                progress::eprintln(warnings.trim_end());
            }
        }
        objects.push(object);
    }
    Ok(objects)
}

/// The flags that find our C headers.
fn c_include_flags() -> Vec<String> {
    vec![
        "-isystem".into(),
        crate::root().join("stdlib/c/include").display().to_string(),
    ]
}

/// The flags that find our C++ and C headers.
fn cpp_include_flags() -> Vec<String> {
    let mut flags = vec![
        "-isystem".into(),
        crate::root().join("stdlib/cpp/include").display().to_string(),
    ];
    flags.extend(c_include_flags());
    flags
}

/// The compiler and language flags for C (`clang -std=c11`) or C++
/// (`clang++ -std=c++17 -fno-exceptions -fno-rtti`) against our headers.
pub fn language_flags(cpp: bool) -> (&'static str, Vec<String>) {
    if cpp {
        let mut flags = vec!["-std=c++17".to_string(), "-fno-exceptions".into(), "-fno-rtti".into()];
        flags.extend(cpp_include_flags());
        ("clang++", flags)
    } else {
        let mut flags = vec!["-std=c11".to_string()];
        flags.extend(c_include_flags());
        ("clang", flags)
    }
}

/// Whether `source` is C++ (by its extension) rather than C.
pub fn is_cpp_source(source: &Path) -> bool {
    matches!(
        source.extension().and_then(|extension| extension.to_str()),
        Some("cpp" | "cc" | "cxx" | "C")
    )
}

/// The newest of our C and C++ headers.
fn headers_time() -> Option<SystemTime> {
    let root = crate::root();
    newest_under(&root.join("stdlib/c/include"), &[]).max(newest_under(&root.join("stdlib/cpp/include"), &[]))
}

/// The sources of the C library (`cpp == false`) or the C++ library.
pub fn library_sources(cpp: bool) -> SourceGroup {
    let root = crate::root();
    let (compiler, flags) = language_flags(cpp);
    let (what, sources) = if cpp {
        (
            "the C++ library (stdlib/cpp)",
            files::files_under(&root.join("stdlib/cpp/src"), &[".cpp"]),
        )
    } else {
        (
            "the C library (stdlib/c)",
            files::files_under(&root.join("stdlib/c/src"), &[".c"]),
        )
    };
    SourceGroup {
        what: what.to_string(),
        compiler,
        flags,
        sources,
    }
}

/// A compiled library: an archive, so that an app may define its own version
/// of any library function, and the time it was last rebuilt.
#[derive(Clone)]
pub struct Library {
    /// The archive (`target/wasm/libc.a` or `libcxx.a`).
    pub archive: PathBuf,
    /// When it was last rebuilt.
    pub newest: Option<SystemTime>,
}

/// Packs `objects` into `archive` unless it is newer than all of them.
fn archive(objects: &[PathBuf], archive: PathBuf) -> Result<Library> {
    let newest_object = objects.iter().filter_map(|object| modified(object)).max();
    if !up_to_date(&archive, newest_object) {
        let _ = std::fs::remove_file(&archive);
        process::run(
            Command::new(process::llvm_tool("llvm-ar")?)
                .arg("rcs")
                .arg(&archive)
                .args(objects),
        )?;
    }
    let newest = modified(&archive);
    Ok(Library { archive, newest })
}

/// Builds `stdlib/c` into `target/wasm/libc.a` (only what changed).
pub fn build_c_library() -> Result<Library> {
    let root = crate::root();
    let headers = newest_under(&root.join("stdlib/c"), &[".h"]);
    let objects = compile(
        &library_sources(false),
        &root.join("stdlib/c/src"),
        &root.join("target/wasm/libc"),
        headers,
    )?;
    archive(&objects, root.join("target/wasm/libc.a"))
}

/// Builds `stdlib/cpp` into `target/wasm/libcxx.a` (only what changed).
pub fn build_cpp_library() -> Result<Library> {
    let root = crate::root();
    let headers =
        newest_under(&root.join("stdlib/cpp"), &[""]).max(newest_under(&root.join("stdlib/c/include"), &[".h"]));
    let objects = compile(
        &library_sources(true),
        &root.join("stdlib/cpp/src"),
        &root.join("target/wasm/libcxx"),
        headers,
    )?;
    archive(&objects, root.join("target/wasm/libcxx.a"))
}

/// The Debian package with compiler-rt's builtins for wasm32 (for the clang
/// 14 of Debian 12, which `.ci/run` installs).
pub const BUILTINS_PACKAGE: &str = "libclang-rt-14-dev-wasm32";

/// compiler-rt's builtins library for wasm32 (`long double` arithmetic,
/// which is binary128 in software, and `__int128` division), found where
/// clang looks for it.
pub fn builtins_archive() -> Result<PathBuf> {
    // Only a success is remembered: `cargo xtask prerequisites` asks again after installing.
    static ARCHIVE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    if let Some(path) = ARCHIVE.get() {
        return Ok(path.clone());
    }
    let output = Command::new("clang")
        .args(["--target=wasm32-wasi", "-print-libgcc-file-name"])
        .output();
    let path = output
        .ok()
        .map(|output| PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()))
        .filter(|path| path.is_file());
    match path {
        Some(path) => Ok(ARCHIVE.get_or_init(|| path).clone()),
        None => bail!(
            "compiler-rt's builtins for wasm32 are missing: run `cargo xtask prerequisites` \
             (or `apt-get install {BUILTINS_PACKAGE}`)"
        ),
    }
}

/// Links `objects` (libraries last, then compiler-rt's builtins) into the
/// module `output_file`.
pub fn link(objects: &[PathBuf], output_file: &Path, what: &str) -> Result<()> {
    let output = capture_tool(
        Command::new("wasm-ld")
            .args(LINK_FLAGS)
            .arg("-o")
            .arg(output_file)
            .args(objects)
            .arg(builtins_archive()?),
    )?;
    if !output.status.success() {
        bail!("{what} failed to link:\n{}", String::from_utf8_lossy(&output.stderr));
    }
    Ok(())
}

/// `sources` of a loose program split by language, each with our flags and then `extra_flags`.
pub fn program_sources(what: &str, sources: &[PathBuf], extra_flags: &[String]) -> Vec<SourceGroup> {
    [false, true]
        .into_iter()
        .map(|cpp| {
            let (compiler, mut flags) = language_flags(cpp);
            flags.extend(extra_flags.iter().cloned());
            SourceGroup {
                what: what.to_string(),
                compiler,
                flags,
                sources: sources
                    .iter()
                    .filter(|source| is_cpp_source(source) == cpp)
                    .cloned()
                    .collect(),
            }
        })
        .filter(|group| !group.sources.is_empty())
        .collect()
}

/// Compiles C and C++ `sources` against our headers (objects kept in
/// `object_directory`, rebuilt only when a source, a header or the libraries
/// changed) and links them with our libraries into the module `output`.
/// `extra_flags` go to the compiler after ours. Used by `cargo xtask cc` and
/// the libc comparison tests.
pub fn build_program(
    sources: &[PathBuf],
    extra_flags: &[String],
    object_directory: &Path,
    output: &Path,
) -> Result<()> {
    let any_cpp = sources.iter().any(|source| is_cpp_source(source));
    let libc = build_c_library()?;
    let libcxx = if any_cpp { Some(build_cpp_library()?) } else { None };
    let headers = headers_time();
    let what = format!("{}", output.display());
    let mut objects = Vec::new();
    for group in program_sources(&what, sources, extra_flags) {
        objects.extend(compile(&group, Path::new("/"), object_directory, headers)?);
    }
    let inputs_time = objects
        .iter()
        .filter_map(|object| modified(object))
        .max()
        .max(libc.newest)
        .max(libcxx.as_ref().and_then(|library| library.newest));
    if up_to_date(output, inputs_time) {
        return Ok(());
    }
    if let Some(parent) = output.parent() {
        create_directory(parent)?;
    }
    if let Some(library) = &libcxx {
        objects.push(library.archive.clone());
    }
    objects.push(libc.archive);
    link(&objects, output, &what)
}

/// The sources of a C or C++ app, compiled with its folder on the include
/// path (a WASI app's with wasi-libc's headers: [`super::wasi::c_app_sources`]).
pub fn app_sources(app: &App) -> SourceGroup {
    if app.abi == super::Abi::Wasi {
        return super::wasi::c_app_sources(app);
    }
    let extensions: &[&str] = match app.language {
        Language::C => &[".c"],
        _ => &[".cpp", ".cc", ".c"],
    };
    let (compiler, mut flags) = language_flags(app.language == Language::Cpp);
    flags.push(format!("-I{}", app.directory.display()));
    SourceGroup {
        what: format!("`{}`", app.label),
        compiler,
        flags,
        sources: files::files_under(&app.directory, extensions),
    }
}

/// Builds a C or C++ app against `libraries`; returns whether anything was rebuilt.
pub fn build_app(app: &App, libraries: &[&Library]) -> Result<bool> {
    let app_inputs = newest_under(&app.directory, &[]);
    let library_time = libraries.iter().filter_map(|library| library.newest).max();
    let headers = headers_time();
    if up_to_date(&app.output_path(), app_inputs.max(library_time).max(headers)) {
        return Ok(false);
    }
    let group = app_sources(app);
    let object_directory = app.object_directory();
    // An app's own headers count for every one of its sources.
    let headers = headers.max(newest_under(&app.directory, &[".h", ".hpp"]));
    let mut objects = compile(&group, &app.directory, &object_directory, headers)?;
    objects.extend(libraries.iter().map(|library| library.archive.clone()));
    link(&objects, &app.output_path(), &group.what)?;
    Ok(true)
}

/// Builds the sources of a ported program (see `super::ported`) and links them with `libc`.
pub fn build_ported(
    groups: &[(&SourceGroup, &Path, PathBuf)],
    headers: Option<SystemTime>,
    libc: &Library,
    output: &Path,
) -> Result<()> {
    let mut objects = Vec::new();
    for (group, base, object_directory) in groups {
        objects.extend(compile(group, base, object_directory, headers)?);
    }
    objects.push(libc.archive.clone());
    let what = groups.first().map(|(group, ..)| group.what.clone()).unwrap_or_default();
    link(&objects, output, &what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_names_flatten_paths() {
        assert_eq!(
            object_name(Path::new("/x/src/stdio/printf.c"), Path::new("/x/src")),
            "stdio__printf.c.o"
        );
    }
}
