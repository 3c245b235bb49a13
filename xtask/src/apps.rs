//! Building the apps: every folder under `apps/` is one app, its language
//! recognised from its contents, compiled against our standard libraries into
//! `rootfs/bin/<name>.wasm`. Builds are incremental.

use std::path::{Path, PathBuf};
use std::process::Command;
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
    "stack-size=1048576",
    "-e",
    "_start",
    "--strip-all",
];

/// Recognises the language of the app in `directory`.
pub fn detect_language(directory: &Path) -> Option<Language> {
    if directory.join("Cargo.toml").is_file() {
        return Some(Language::Rust);
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
            let output = tools::capture(
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
struct Library {
    archive: PathBuf,
    newest: Option<SystemTime>,
}

/// The `llvm-ar` of the pinned toolchain's `llvm-tools` component.
fn llvm_ar() -> Result<PathBuf, String> {
    let output = tools::capture(
        Command::new("rustc")
            .args(["--print", "sysroot"])
            .current_dir(crate::root()),
    )?;
    let sysroot = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    let host = tools::capture(
        Command::new("rustc")
            .args(["--print", "host-tuple"])
            .current_dir(crate::root()),
    )
    .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_string())
    .unwrap_or_else(|_| "x86_64-unknown-linux-gnu".to_string());
    let archiver = sysroot.join("lib/rustlib").join(host).join("bin/llvm-ar");
    if archiver.is_file() {
        Ok(archiver)
    } else {
        Err(format!(
            "{} is missing: run `rustup component add llvm-tools`",
            archiver.display()
        ))
    }
}

/// Packs `objects` into `archive` unless it is newer than all of them.
fn archive(objects: &[PathBuf], archive: PathBuf) -> Result<Library, String> {
    let newest_object = objects.iter().filter_map(|object| tools::modified(object)).max();
    if !up_to_date(&archive, newest_object) {
        let _ = std::fs::remove_file(&archive);
        tools::run(Command::new(llvm_ar()?).arg("rcs").arg(&archive).args(objects))?;
    }
    let newest = tools::modified(&archive);
    Ok(Library { archive, newest })
}

fn build_c_library() -> Result<Library, String> {
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

fn build_cpp_library() -> Result<Library, String> {
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
    let output_file = output_path(&app.name);
    let output = tools::capture(
        Command::new("wasm-ld")
            .args(LINK_FLAGS)
            .arg("-o")
            .arg(&output_file)
            .args(objects),
    )?;
    if !output.status.success() {
        return Err(format!(
            "app `{}` failed to link:\n{}",
            app.name,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}

fn build_clang_app(app: &App, libraries: &[&Library]) -> Result<bool, String> {
    let root = crate::root();
    let (extensions, compiler, mut flags): (&[&str], &str, Vec<String>) = match app.language {
        Language::C => (&[".c"], "clang", {
            let mut flags = vec!["-std=c11".to_string()];
            flags.extend(c_include_flags());
            flags
        }),
        _ => (&[".cpp", ".cc", ".c"], "clang++", {
            let mut flags = vec!["-std=c++17".to_string(), "-fno-exceptions".into(), "-fno-rtti".into()];
            flags.extend(cpp_include_flags());
            flags
        }),
    };
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

/// Builds every app that changed into `rootfs/bin`.
pub fn build_all() -> Result<(), String> {
    let root = crate::root();
    std::fs::create_dir_all(root.join("rootfs/bin")).map_err(|error| format!("rootfs/bin: {error}"))?;
    let apps = discover()?;
    let needs_c = apps
        .iter()
        .any(|app| matches!(app.language, Language::C | Language::Cpp));
    let needs_cpp = apps.iter().any(|app| app.language == Language::Cpp);
    let libc = if needs_c { Some(build_c_library()?) } else { None };
    let libcxx = if needs_cpp { Some(build_cpp_library()?) } else { None };
    let mut built = Vec::new();
    for app in &apps {
        let rebuilt = match app.language {
            Language::C => build_clang_app(app, &[libc.as_ref().expect("built above")])?,
            Language::Cpp => build_clang_app(
                app,
                &[
                    libcxx.as_ref().expect("built above"),
                    libc.as_ref().expect("built above"),
                ],
            )?,
            Language::Rust => build_rust_app(app)?,
            Language::AssemblyScript => build_assemblyscript_app(app)?,
        };
        if rebuilt {
            built.push(app.name.as_str());
        }
    }
    if !built.is_empty() {
        eprintln!("xtask: built {} app(s): {}", built.len(), built.join(", "));
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
    fn object_names_flatten_paths() {
        assert_eq!(
            object_name(Path::new("/x/src/stdio/printf.c"), Path::new("/x/src")),
            "stdio__printf.c.o"
        );
    }
}
