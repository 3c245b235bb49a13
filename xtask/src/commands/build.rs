//! `cargo xtask build [--release]`: the apps, the kernel and the BIOS and UEFI images.

use anyhow::Result;

use crate::build::image;
use crate::util::prerequisites;

/// Arguments of `cargo xtask build`.
#[derive(clap::Args)]
pub struct Arguments {
    /// Accepted for habit's sake: the kernel is always built optimised
    #[arg(long)]
    release: bool,
}

/// Runs `cargo xtask build`.
pub fn run(_arguments: Arguments) -> Result<()> {
    prerequisites::ensure()?;
    image::build_all()?;
    Ok(())
}
