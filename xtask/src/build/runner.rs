//! Building the host runner (`xtask/runner`), which runs apps on Linux through
//! the kernel's own code.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result};

use crate::util::process;

/// Builds the host runner and returns its path.
pub fn build() -> Result<PathBuf> {
    let root = crate::root();
    process::run(
        Command::new("cargo")
            .args(["build", "--release", "--quiet", "-p", "wasmos-run"])
            .current_dir(&root),
    )
    .context("building the host runner")?;
    Ok(root.join("target/release/wasmos-run"))
}
