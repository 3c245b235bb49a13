//! `cargo xtask prerequisites`: checks (and where possible installs) what the build needs.

use anyhow::Result;

use crate::util::prerequisites;

/// Arguments of `cargo xtask prerequisites` (none).
#[derive(clap::Args)]
pub struct Arguments {}

/// Runs `cargo xtask prerequisites`.
pub fn run(_arguments: Arguments) -> Result<()> {
    prerequisites::ensure()
}
