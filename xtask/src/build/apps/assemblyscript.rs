//! AssemblyScript apps: `*.ts` using `stdlib/as`, compiled by `asc` from `node_modules`.

use std::process::Command;

use anyhow::{bail, Context, Result};

use super::App;
use crate::util::files::{files_under, newest_under, up_to_date};
use crate::util::process;

/// Compiles an AssemblyScript app if it changed; returns whether it did.
pub fn build(app: &App) -> Result<bool> {
    let root = crate::root();
    let inputs = newest_under(&app.directory, &[]).max(newest_under(&root.join("stdlib/as"), &[]));
    let destination = app.output_path();
    if up_to_date(&destination, inputs) {
        return Ok(false);
    }
    let entry = ["main.ts", "index.ts"]
        .iter()
        .map(|file| app.directory.join(file))
        .find(|path| path.is_file())
        .or_else(|| files_under(&app.directory, &[".ts"]).into_iter().next())
        .with_context(|| format!("`{}` has no .ts file", app.label))?;
    let compiler = root.join("node_modules/assemblyscript/bin/asc.js");
    let output = process::capture(
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
        bail!(
            "`{}` failed to build:\n{}{}",
            app.label,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(true)
}
