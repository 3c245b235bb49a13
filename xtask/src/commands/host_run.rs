//! `cargo xtask host-run <app|file.wasm> [args...]`: runs an app on Linux
//! through the kernel's own code, passing the terminal through.

use std::ffi::OsString;
use std::process::Command;

use anyhow::{Context, Result};

use crate::build::{apps, runner};
use crate::util::prerequisites;

/// Arguments of `cargo xtask host-run`.
#[derive(clap::Args)]
pub struct Arguments {
    /// The app's name (as typed at the shell) or a .wasm file, then its
    /// arguments, passed on as they are
    #[arg(
        required = true,
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "APP|FILE.wasm [ARGS]"
    )]
    pub program: Vec<OsString>,
}

/// Runs `cargo xtask host-run`; exits with the app's status.
pub fn run(arguments: Arguments) -> Result<()> {
    prerequisites::ensure()?;
    apps::build_all()?;
    let runner = runner::build()?;
    let status = Command::new(&runner)
        .args(&arguments.program)
        .status()
        .with_context(|| format!("cannot start {}", runner.display()))?;
    std::process::exit(status.code().unwrap_or(1));
}
