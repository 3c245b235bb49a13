//! Rust apps: Cargo packages (cdylibs named like their folder) using `stdlib/rust`.

use std::process::Command;

use anyhow::{bail, Context, Result};

use super::App;
use crate::util::files::{modified, up_to_date};
use crate::util::process;

/// Builds a Rust app with Cargo and copies the module if it changed; returns
/// whether it did.
pub fn build(app: &App) -> Result<bool> {
    let root = crate::root();
    let target_directory = root.join("target/apps-rust");
    let output = process::capture(
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
        bail!(
            "`{}` failed to build:\n{}",
            app.label,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let built = target_directory
        .join("wasm32-unknown-unknown/release")
        .join(format!("{}.wasm", app.name.replace('-', "_")));
    if !built.is_file() {
        bail!(
            "`{}`: cargo built no {} (the package must be a cdylib named like its folder)",
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
