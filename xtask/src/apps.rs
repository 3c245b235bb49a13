//! Building the apps: every folder under `apps/` is one app, its language
//! recognised from its contents, compiled against our standard libraries into
//! `rootfs/bin/<name>.wasm`. Builds are incremental.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::SystemTime;

use crate::tools;

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
    /// A C program ported from sources fetched from crates.io: a `Cargo.toml`
    /// with a `[package.metadata.wasmos]` section names the crate and the C
    /// files to take from it, compiled with the folder's own `*.c` against
    /// `stdlib/c` (see `CrateSources`).
    CrateC,
}

/// One app folder.
pub struct App {
    /// The folder's name, which is the app's name.
    pub name: String,
    /// The folder.
    pub directory: PathBuf,
    /// Its language.
    pub language: Language,
}

const CLANG_FLAGS: &[&str] = &[
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

/// Recognises the language of the app in `directory`.
pub fn detect_language(directory: &Path) -> Option<Language> {
    let manifest = directory.join("Cargo.toml");
    if manifest.is_file() {
        let ported = std::fs::read_to_string(&manifest).is_ok_and(|text| text.contains(CRATE_SOURCES_SECTION));
        return Some(if ported { Language::CrateC } else { Language::Rust });
    }
    let files = tools::files_under(directory, &[".cpp", ".cc", ".c", ".ts"]);
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

/// Every app under `apps/`, sorted by name.
pub fn discover() -> Result<Vec<App>, String> {
    let apps_directory = crate::root().join("apps");
    let mut apps = Vec::new();
    let entries =
        std::fs::read_dir(&apps_directory).map_err(|error| format!("{}: {error}", apps_directory.display()))?;
    for entry in entries.flatten() {
        let directory = entry.path();
        if !directory.is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        match detect_language(&directory) {
            Some(language) => apps.push(App {
                name,
                directory,
                language,
            }),
            None => eprintln!("xtask: skipping apps/{name}: no .c, .cpp, .ts or Cargo.toml inside"),
        }
    }
    apps.sort_by(|left, right| left.name.cmp(&right.name));
    Ok(apps)
}

fn output_path(name: &str) -> PathBuf {
    crate::root().join("rootfs/bin").join(format!("{name}.wasm"))
}

fn up_to_date(output: &Path, newest_input: Option<SystemTime>) -> bool {
    match (tools::modified(output), newest_input) {
        (Some(built), Some(input)) => built >= input,
        _ => false,
    }
}

/// Whether compiler and linker command lines are printed (`cargo xtask cc -v`).
static ECHO_COMMANDS: AtomicBool = AtomicBool::new(false);

/// Prints every compiler and linker command line from now on.
pub fn echo_commands() {
    ECHO_COMMANDS.store(true, Ordering::Relaxed);
}

/// Runs a compiler or linker, printing its command line first when asked to.
fn capture_tool(command: &mut Command) -> Result<std::process::Output, String> {
    if ECHO_COMMANDS.load(Ordering::Relaxed) {
        let words: Vec<String> = std::iter::once(command.get_program())
            .chain(command.get_args())
            .map(|word| word.to_string_lossy().into_owned())
            .collect();
        eprintln!("{}", words.join(" "));
    }
    tools::capture(command)
}

fn object_name(source: &Path, base: &Path) -> String {
    let relative = source.strip_prefix(base).unwrap_or(source);
    format!("{}.o", relative.to_string_lossy().replace(['/', '\\'], "__"))
}

/// Compiles `sources` into `object_directory`, skipping objects newer than their
/// source and `headers_time`. Returns the object paths.
fn compile(
    sources: &[PathBuf],
    base: &Path,
    object_directory: &Path,
    headers_time: Option<SystemTime>,
    flags: &[&str],
    compiler: &str,
    what: &str,
) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(object_directory).map_err(|error| format!("{}: {error}", object_directory.display()))?;
    let mut objects = Vec::new();
    for source in sources {
        let object = object_directory.join(object_name(source, base));
        let newest = tools::modified(source).max(headers_time);
        if !up_to_date(&object, newest) {
            let output = capture_tool(
                Command::new(compiler)
                    .args(CLANG_FLAGS)
                    .args(flags)
                    .arg("-c")
                    .arg(source)
                    .arg("-o")
                    .arg(&object),
            )?;
            if !output.status.success() {
                return Err(format!(
                    "{what} failed to build ({}):\n{}",
                    source.display(),
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
            let warnings = String::from_utf8_lossy(&output.stderr);
            if !warnings.trim().is_empty() {
                eprint!("{warnings}");
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

fn cpp_include_flags() -> Vec<String> {
    let mut flags = vec![
        "-isystem".into(),
        crate::root().join("stdlib/cpp/include").display().to_string(),
    ];
    flags.extend(c_include_flags());
    flags
}

/// A compiled library: an archive, so that an app may define its own version
/// of any library function, and the time it was last rebuilt.
pub struct Library {
    /// The archive (`target/wasm/libc.a` or `libcxx.a`).
    pub archive: PathBuf,
    /// When it was last rebuilt.
    pub newest: Option<SystemTime>,
}

/// Packs `objects` into `archive` unless it is newer than all of them.
fn archive(objects: &[PathBuf], archive: PathBuf) -> Result<Library, String> {
    let newest_object = objects.iter().filter_map(|object| tools::modified(object)).max();
    if !up_to_date(&archive, newest_object) {
        let _ = std::fs::remove_file(&archive);
        tools::run(
            Command::new(tools::llvm_tool("llvm-ar")?)
                .arg("rcs")
                .arg(&archive)
                .args(objects),
        )?;
    }
    let newest = tools::modified(&archive);
    Ok(Library { archive, newest })
}

/// Builds `stdlib/c` into `target/wasm/libc.a` (only what changed).
pub fn build_c_library() -> Result<Library, String> {
    let root = crate::root();
    let source_directory = root.join("stdlib/c/src");
    let headers = tools::newest_under(&root.join("stdlib/c"), &[".h"]);
    let mut flags = vec!["-std=c11".to_string()];
    flags.extend(c_include_flags());
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let sources = tools::files_under(&source_directory, &[".c"]);
    let objects = compile(
        &sources,
        &source_directory,
        &root.join("target/wasm/libc"),
        headers,
        &flags,
        "clang",
        "the C library (stdlib/c)",
    )?;
    archive(&objects, root.join("target/wasm/libc.a"))
}

/// Builds `stdlib/cpp` into `target/wasm/libcxx.a` (only what changed).
pub fn build_cpp_library() -> Result<Library, String> {
    let root = crate::root();
    let source_directory = root.join("stdlib/cpp/src");
    let headers = tools::newest_under(&root.join("stdlib/cpp"), &[""])
        .max(tools::newest_under(&root.join("stdlib/c/include"), &[".h"]));
    let mut flags = vec!["-std=c++17".to_string(), "-fno-exceptions".into(), "-fno-rtti".into()];
    flags.extend(cpp_include_flags());
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let sources = tools::files_under(&source_directory, &[".cpp"]);
    let objects = compile(
        &sources,
        &source_directory,
        &root.join("target/wasm/libcxx"),
        headers,
        &flags,
        "clang++",
        "the C++ library (stdlib/cpp)",
    )?;
    archive(&objects, root.join("target/wasm/libcxx.a"))
}

fn link(app: &App, objects: &[PathBuf]) -> Result<(), String> {
    link_program(objects, &output_path(&app.name), &format!("app `{}`", app.name))
}

/// Links `objects` (libraries last) into the module `output`.
fn link_program(objects: &[PathBuf], output_file: &Path, what: &str) -> Result<(), String> {
    let output = capture_tool(
        Command::new("wasm-ld")
            .args(LINK_FLAGS)
            .arg("-o")
            .arg(output_file)
            .args(objects),
    )?;
    if !output.status.success() {
        return Err(format!(
            "{what} failed to link:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}

/// Whether `source` is C++ (by its extension) rather than C.
pub fn is_cpp_source(source: &Path) -> bool {
    matches!(
        source.extension().and_then(|extension| extension.to_str()),
        Some("cpp" | "cc" | "cxx" | "C")
    )
}

/// The compiler and language flags for C (`clang -std=c11`) or C++
/// (`clang++ -std=c++17 -fno-exceptions -fno-rtti`) against our headers.
fn language_flags(cpp: bool) -> (&'static str, Vec<String>) {
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
) -> Result<(), String> {
    let root = crate::root();
    let any_cpp = sources.iter().any(|source| is_cpp_source(source));
    let libc = build_c_library()?;
    let libcxx = if any_cpp { Some(build_cpp_library()?) } else { None };
    let headers = tools::newest_under(&root.join("stdlib/c/include"), &[])
        .max(tools::newest_under(&root.join("stdlib/cpp/include"), &[]));
    let what = format!("{}", output.display());
    let mut objects = Vec::new();
    for cpp in [false, true] {
        let group: Vec<PathBuf> = sources
            .iter()
            .filter(|source| is_cpp_source(source) == cpp)
            .cloned()
            .collect();
        if group.is_empty() {
            continue;
        }
        let (compiler, mut flags) = language_flags(cpp);
        flags.extend(extra_flags.iter().cloned());
        let flag_references: Vec<&str> = flags.iter().map(String::as_str).collect();
        objects.extend(compile(
            &group,
            Path::new("/"),
            object_directory,
            headers,
            &flag_references,
            compiler,
            &what,
        )?);
    }
    let inputs_time = objects
        .iter()
        .filter_map(|object| tools::modified(object))
        .max()
        .max(libc.newest)
        .max(libcxx.as_ref().and_then(|library| library.newest));
    if up_to_date(output, inputs_time) {
        return Ok(());
    }
    if let Some(parent) = output.parent() {
        std::fs::create_dir_all(parent).map_err(|error| format!("{}: {error}", parent.display()))?;
    }
    if let Some(library) = &libcxx {
        objects.push(library.archive.clone());
    }
    objects.push(libc.archive);
    link_program(&objects, output, &what)
}

fn build_clang_app(app: &App, libraries: &[&Library]) -> Result<bool, String> {
    let root = crate::root();
    let extensions: &[&str] = match app.language {
        Language::C => &[".c"],
        _ => &[".cpp", ".cc", ".c"],
    };
    let (compiler, mut flags) = language_flags(app.language == Language::Cpp);
    flags.push(format!("-I{}", app.directory.display()));
    let sources = tools::files_under(&app.directory, extensions);
    let app_inputs = tools::newest_under(&app.directory, &[]);
    let library_time = libraries.iter().filter_map(|library| library.newest).max();
    let headers = tools::newest_under(&root.join("stdlib/c/include"), &[])
        .max(tools::newest_under(&root.join("stdlib/cpp/include"), &[]));
    if up_to_date(&output_path(&app.name), app_inputs.max(library_time).max(headers)) {
        return Ok(false);
    }
    let flag_refs: Vec<&str> = flags.iter().map(String::as_str).collect();
    let what = format!("app `{}`", app.name);
    let mut objects = compile(
        &sources,
        &app.directory,
        &root.join("target/wasm/apps").join(&app.name),
        headers,
        &flag_refs,
        compiler,
        &what,
    )?;
    for library in libraries {
        objects.push(library.archive.clone());
    }
    link(app, &objects)?;
    Ok(true)
}

fn build_rust_app(app: &App) -> Result<bool, String> {
    let root = crate::root();
    let target_directory = root.join("target/apps-rust");
    let output = tools::capture(
        Command::new("cargo")
            .args([
                "build",
                "--release",
                "--quiet",
                "--target",
                "wasm32-unknown-unknown",
                "--manifest-path",
            ])
            .arg(app.directory.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&target_directory)
            .current_dir(&root),
    )?;
    if !output.status.success() {
        return Err(format!(
            "app `{}` failed to build:\n{}",
            app.name,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let built = target_directory
        .join("wasm32-unknown-unknown/release")
        .join(format!("{}.wasm", app.name.replace('-', "_")));
    if !built.is_file() {
        return Err(format!(
            "app `{}`: cargo built no {} (the package must be a cdylib named like its folder)",
            app.name,
            built.display()
        ));
    }
    let destination = output_path(&app.name);
    if up_to_date(&destination, tools::modified(&built)) {
        return Ok(false);
    }
    std::fs::copy(&built, &destination).map_err(|error| format!("copying {}: {error}", built.display()))?;
    Ok(true)
}

fn build_assemblyscript_app(app: &App) -> Result<bool, String> {
    let root = crate::root();
    let inputs = tools::newest_under(&app.directory, &[]).max(tools::newest_under(&root.join("stdlib/as"), &[]));
    let destination = output_path(&app.name);
    if up_to_date(&destination, inputs) {
        return Ok(false);
    }
    let entry = ["main.ts", "index.ts"]
        .iter()
        .map(|file| app.directory.join(file))
        .find(|path| path.is_file())
        .or_else(|| tools::files_under(&app.directory, &[".ts"]).into_iter().next())
        .ok_or_else(|| format!("app `{}` has no .ts file", app.name))?;
    let compiler = root.join("node_modules/assemblyscript/bin/asc.js");
    let output = tools::capture(
        Command::new("node")
            .arg(&compiler)
            .arg(&entry)
            .args([
                "--config",
                "stdlib/as/asconfig.json",
                "--target",
                "release",
                "--outFile",
            ])
            .arg(&destination)
            .current_dir(&root),
    )?;
    if !output.status.success() {
        return Err(format!(
            "app `{}` failed to build:\n{}{}",
            app.name,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(true)
}

/// The section of an app's `Cargo.toml` that makes it a `Language::CrateC` app.
const CRATE_SOURCES_SECTION: &str = "[package.metadata.wasmos]";

/// Where a ported C program's sources come from, read from the
/// `[package.metadata.wasmos]` section of its `Cargo.toml`:
///
/// ```toml
/// crate = "lua-src"            # a dependency of the manifest
/// directory = "lua-5.4.9"      # the folder inside that crate with the C files
/// exclude = ["lua.c", "luac.c"] # file names not to compile
/// include = "wasmos_lua.h"     # forced into every file (-include), from the app folder
/// cflags = ["-DLUA_COMPAT_MATHLIB"] # further compiler flags
/// ```
///
/// Cargo only fetches the crate (it is never built); the C files, every
/// `*.c` of the app folder and the library are compiled by xtask.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CrateSources {
    /// The crate whose files are compiled.
    pub crate_name: String,
    /// The folder inside the crate.
    pub directory: String,
    /// File names left out.
    pub exclude: Vec<String>,
    /// A header of the app folder forced into every file.
    pub include: Option<String>,
    /// Further compiler flags.
    pub compiler_flags: Vec<String>,
}

/// The quoted strings of a TOML value: `"a"` or `["a", "b"]` (no escapes).
fn quoted_strings(value: &str) -> Vec<String> {
    value.split('"').skip(1).step_by(2).map(str::to_string).collect()
}

impl CrateSources {
    /// Reads the section from a manifest's text (one `key = value` a line).
    pub fn parse(manifest: &str) -> Result<CrateSources, String> {
        let mut sources = CrateSources::default();
        let mut in_section = false;
        for line in manifest.lines() {
            let line = line.split(" #").next().unwrap_or("").trim();
            if line.starts_with('[') {
                in_section = line == CRATE_SOURCES_SECTION;
                continue;
            }
            let Some((key, value)) = line.split_once('=').filter(|_| in_section) else {
                continue;
            };
            let values = quoted_strings(value);
            let single = || values.first().cloned().ok_or(format!("`{key}` needs a quoted value"));
            match key.trim() {
                "crate" => sources.crate_name = single()?,
                "directory" => sources.directory = single()?,
                "include" => sources.include = Some(single()?),
                "exclude" => sources.exclude = values,
                "cflags" => sources.compiler_flags = values,
                other => return Err(format!("unknown key `{other}` in {CRATE_SOURCES_SECTION}")),
            }
        }
        if sources.crate_name.is_empty() || sources.directory.is_empty() {
            return Err(format!("{CRATE_SOURCES_SECTION} needs `crate` and `directory`"));
        }
        Ok(sources)
    }
}

/// The folder in Cargo's registry cache holding `crate_name`, as resolved for
/// the app's manifest (`cargo metadata` downloads it when missing). The answer
/// is cached in `cache` until the manifest or its lock file changes.
fn crate_directory(app: &App, crate_name: &str, cache: &Path) -> Result<PathBuf, String> {
    let manifest = app.directory.join("Cargo.toml");
    let manifest_time = tools::modified(&manifest).max(tools::modified(&app.directory.join("Cargo.lock")));
    if up_to_date(cache, manifest_time) {
        if let Ok(cached) = std::fs::read_to_string(cache) {
            let directory = PathBuf::from(cached.trim());
            if directory.is_dir() {
                return Ok(directory);
            }
        }
    }
    let output = tools::capture(
        Command::new("cargo")
            .args(["metadata", "--format-version", "1", "--manifest-path"])
            .arg(&manifest)
            .current_dir(crate::root()),
    )?;
    if !output.status.success() {
        return Err(format!(
            "app `{}`: cargo could not fetch `{crate_name}`:\n{}",
            app.name,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let metadata = String::from_utf8_lossy(&output.stdout);
    let prefix = format!("{crate_name}-");
    let directory = metadata
        .split("\"manifest_path\":\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter_map(|path| Path::new(path).parent().map(Path::to_path_buf))
        .find(|directory| {
            directory
                .file_name()
                .and_then(|name| name.to_str())
                .and_then(|name| name.strip_prefix(&prefix))
                .is_some_and(|version| version.starts_with(|character: char| character.is_ascii_digit()))
        })
        .ok_or_else(|| {
            format!(
                "app `{}`: `{crate_name}` is not a dependency of {}",
                app.name,
                manifest.display()
            )
        })?;
    if let Some(parent) = cache.parent() {
        std::fs::create_dir_all(parent).map_err(|error| format!("{}: {error}", parent.display()))?;
    }
    std::fs::write(cache, directory.display().to_string()).map_err(|error| format!("{}: {error}", cache.display()))?;
    Ok(directory)
}

fn build_crate_c_app(app: &App, libc: &Library) -> Result<bool, String> {
    let root = crate::root();
    let manifest = app.directory.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).map_err(|error| format!("{}: {error}", manifest.display()))?;
    let config = CrateSources::parse(&text).map_err(|error| format!("{}: {error}", manifest.display()))?;
    let object_directory = root.join("target/wasm/apps").join(&app.name);
    let crate_root = crate_directory(app, &config.crate_name, &object_directory.join("crate-directory"))?;
    let source_directory = crate_root.join(&config.directory);
    if !source_directory.is_dir() {
        return Err(format!(
            "app `{}`: no folder `{}` in {}",
            app.name,
            config.directory,
            crate_root.display()
        ));
    }
    let crate_sources: Vec<PathBuf> = tools::files_under(&source_directory, &[".c"])
        .into_iter()
        .filter(|source| {
            let name = source.file_name().map(|name| name.to_string_lossy().into_owned());
            !config.exclude.iter().any(|excluded| Some(excluded) == name.as_ref())
        })
        .collect();
    let app_sources = tools::files_under(&app.directory, &[".c"]);

    let (compiler, mut flags) = language_flags(false);
    flags.push(format!("-I{}", app.directory.display()));
    flags.push(format!("-I{}", source_directory.display()));
    if let Some(include) = &config.include {
        flags.push("-include".into());
        flags.push(app.directory.join(include).display().to_string());
    }
    flags.extend(config.compiler_flags.iter().cloned());
    let flag_references: Vec<&str> = flags.iter().map(String::as_str).collect();

    // The app folder holds the forced header and the flags, so it counts as a header.
    let headers = tools::newest_under(&root.join("stdlib/c/include"), &[])
        .max(tools::newest_under(&app.directory, &[]))
        .max(tools::newest_under(&source_directory, &[".h"]));
    let newest_input = headers
        .max(tools::newest_under(&source_directory, &[".c"]))
        .max(libc.newest);
    if up_to_date(&output_path(&app.name), newest_input) {
        return Ok(false);
    }
    let what = format!("app `{}`", app.name);
    let mut objects = compile(
        &crate_sources,
        &source_directory,
        &object_directory.join("crate"),
        headers,
        &flag_references,
        compiler,
        &what,
    )?;
    objects.extend(compile(
        &app_sources,
        &app.directory,
        &object_directory,
        headers,
        &flag_references,
        compiler,
        &what,
    )?);
    objects.push(libc.archive.clone());
    link(app, &objects)?;
    Ok(true)
}

/// Builds every app that changed into `rootfs/bin`.
pub fn build_all() -> Result<(), String> {
    let root = crate::root();
    std::fs::create_dir_all(root.join("rootfs/bin")).map_err(|error| format!("rootfs/bin: {error}"))?;
    let apps = discover()?;
    let needs_c = apps
        .iter()
        .any(|app| matches!(app.language, Language::C | Language::Cpp | Language::CrateC));
    let libc = if needs_c { Some(build_c_library()?) } else { None };
    // The C++ library is built on first use; one app's failure does not stop the others.
    let mut libcxx: Option<Result<Library, String>> = None;
    let mut built = Vec::new();
    let mut failures = Vec::new();
    for app in &apps {
        let result = match app.language {
            Language::C => build_clang_app(app, &[libc.as_ref().expect("built above")]),
            Language::Cpp => match libcxx.get_or_insert_with(build_cpp_library) {
                Ok(cpp) => build_clang_app(app, &[cpp, libc.as_ref().expect("built above")]),
                Err(error) => Err(format!(
                    "app `{}` needs the C++ library, which failed: {error}",
                    app.name
                )),
            },
            Language::Rust => build_rust_app(app),
            Language::AssemblyScript => build_assemblyscript_app(app),
            Language::CrateC => build_crate_c_app(app, libc.as_ref().expect("built above")),
        };
        match result {
            Ok(true) => built.push(app.name.as_str()),
            Ok(false) => {}
            Err(error) => failures.push(error),
        }
    }
    if !built.is_empty() {
        eprintln!("xtask: built {} app(s): {}", built.len(), built.join(", "));
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
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
    fn crate_sources_are_read_from_the_manifest_section() {
        let manifest = "[package]\nname = \"x\"\n\n[package.metadata.wasmos]\ncrate = \"lua-src\" # the crate\ndirectory = \"lua-5.4.9\"\nexclude = [\"lua.c\", \"luac.c\"]\ninclude = \"port.h\"\n\n[dependencies]\nname = \"y\"\n";
        let sources = CrateSources::parse(manifest).unwrap();
        assert_eq!(
            sources,
            CrateSources {
                crate_name: "lua-src".into(),
                directory: "lua-5.4.9".into(),
                exclude: vec!["lua.c".into(), "luac.c".into()],
                include: Some("port.h".into()),
                compiler_flags: vec![],
            }
        );
        assert!(CrateSources::parse("[package.metadata.wasmos]\ncrate = \"x\"\n").is_err());
        assert!(
            CrateSources::parse("[package.metadata.wasmos]\ncrate = \"x\"\ndirectory = \"d\"\nsurprise = 1\n").is_err()
        );
    }

    #[test]
    fn ported_apps_are_recognised_by_their_manifest_section() {
        let base = std::env::temp_dir().join(format!("xtask-detect-port-{}", std::process::id()));
        std::fs::create_dir_all(&base).unwrap();
        std::fs::write(base.join("Cargo.toml"), "[package]\n[package.metadata.wasmos]\n").unwrap();
        assert_eq!(detect_language(&base), Some(Language::CrateC));
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn object_names_flatten_paths() {
        assert_eq!(
            object_name(Path::new("/x/src/stdio/printf.c"), Path::new("/x/src")),
            "stdio__printf.c.o"
        );
    }
}
