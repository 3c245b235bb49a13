//! `cargo xtask run [--headless] [--uefi]`: builds what changed and boots WasmOS in QEMU.

use anyhow::Result;

use crate::build::image;
use crate::qemu::machine;
use crate::util::prerequisites;

/// Arguments of `cargo xtask run`.
#[derive(clap::Args)]
pub struct Arguments {
    /// No window even if a display is available: the serial console is this terminal
    #[arg(long)]
    headless: bool,
    /// Boot with UEFI firmware (OVMF) instead of BIOS
    #[arg(long)]
    uefi: bool,
}

/// Runs `cargo xtask run`.
pub fn run(arguments: Arguments) -> Result<()> {
    prerequisites::ensure()?;
    let images = image::build_all()?;
    machine::run_interactive(&images, arguments.uefi, arguments.headless)
}
