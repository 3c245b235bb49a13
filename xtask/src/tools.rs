//! Running external commands with clear errors.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::SystemTime;

/// Runs `command`, streaming its output; an error names the command.
pub fn run(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|error| format!("cannot start {command:?}: {error}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed ({status})"))
    }
}

/// Runs `command` capturing its output.
pub fn capture(command: &mut Command) -> Result<Output, String> {
    command
        .stdin(Stdio::null())
        .output()
        .map_err(|error| format!("cannot start {command:?}: {error}"))
}

/// Whether `program` can be started (found on PATH).
pub fn exists(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// The modification time of `path`, if it exists.
pub fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|metadata| metadata.modified()).ok()
}

/// The newest modification time of the files under `directory` whose names end in one of `extensions`.
pub fn newest_under(directory: &Path, extensions: &[&str]) -> Option<SystemTime> {
    let mut newest = None;
    let Ok(entries) = std::fs::read_dir(directory) else {
        return None;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let candidate = if path.is_dir() {
            if path
                .file_name()
                .is_some_and(|name| name == "target" || name == "node_modules")
            {
                None
            } else {
                newest_under(&path, extensions)
            }
        } else if extensions.is_empty()
            || extensions
                .iter()
                .any(|extension| path.to_string_lossy().ends_with(extension))
        {
            modified(&path)
        } else {
            None
        };
        if candidate > newest {
            newest = candidate;
        }
    }
    newest
}

/// Every file under `directory` (recursively) whose name ends in one of `extensions`, sorted.
pub fn files_under(directory: &Path, extensions: &[&str]) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    if let Ok(entries) = std::fs::read_dir(directory) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                found.extend(files_under(&path, extensions));
            } else if extensions
                .iter()
                .any(|extension| path.to_string_lossy().ends_with(extension))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// A tool of the pinned toolchain's `llvm-tools` component (`llvm-ar`, `llvm-objcopy`, `llvm-nm`, ...).
pub fn llvm_tool(name: &str) -> Result<std::path::PathBuf, String> {
    let root = crate::root();
    let output = capture(Command::new("rustc").args(["--print", "sysroot"]).current_dir(&root))?;
    let sysroot = std::path::PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    let host = capture(Command::new("rustc").args(["--print", "host-tuple"]).current_dir(&root))
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_string())
        .unwrap_or_else(|_| "x86_64-unknown-linux-gnu".to_string());
    let tool = sysroot.join("lib/rustlib").join(host).join("bin").join(name);
    if tool.is_file() {
        Ok(tool)
    } else {
        Err(format!(
            "{} is missing: run `rustup component add llvm-tools`",
            tool.display()
        ))
    }
}
