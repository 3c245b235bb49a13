//! Finding files and comparing their modification times, for incremental builds.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::{Context, Result};

/// The modification time of `path`, if it exists.
pub fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|metadata| metadata.modified()).ok()
}

/// Whether `output` exists and is at least as new as `newest_input`.
pub fn up_to_date(output: &Path, newest_input: Option<SystemTime>) -> bool {
    match (modified(output), newest_input) {
        (Some(built), Some(input)) => built >= input,
        _ => false,
    }
}

/// Whether `path` ends in one of `extensions` (an empty string matches every file).
fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    extensions
        .iter()
        .any(|extension| path.to_string_lossy().ends_with(extension))
}

/// Folders never searched: build output and installed packages.
fn is_generated(directory: &Path) -> bool {
    directory
        .file_name()
        .is_some_and(|name| name == "target" || name == "node_modules")
}

/// The newest modification time of the files under `directory` whose names end
/// in one of `extensions` (every file if `extensions` is empty).
pub fn newest_under(directory: &Path, extensions: &[&str]) -> Option<SystemTime> {
    let mut newest = None;
    let Ok(entries) = std::fs::read_dir(directory) else {
        return None;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let candidate = if path.is_dir() {
            if is_generated(&path) {
                None
            } else {
                newest_under(&path, extensions)
            }
        } else if extensions.is_empty() || has_extension(&path, extensions) {
            modified(&path)
        } else {
            None
        };
        newest = newest.max(candidate);
    }
    newest
}

/// Every file under `directory` (recursively, build output aside) whose name
/// ends in one of `extensions`, sorted.
pub fn files_under(directory: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if let Ok(entries) = std::fs::read_dir(directory) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !is_generated(&path) {
                    found.extend(files_under(&path, extensions));
                }
            } else if has_extension(&path, extensions) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The files directly in `directory` whose names end in `extension`, sorted.
pub fn files_in(directory: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(directory)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.to_string_lossy().ends_with(extension))
        .collect();
    files.sort();
    files
}

/// Creates `directory` and its parents.
pub fn create_directory(directory: &Path) -> Result<()> {
    std::fs::create_dir_all(directory).with_context(|| format!("creating {}", directory.display()))
}

/// Writes `contents` to `path`, creating its folder.
pub fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<()> {
    if let Some(parent) = path.parent() {
        create_directory(parent)?;
    }
    std::fs::write(path, contents).with_context(|| format!("writing {}", path.display()))
}
