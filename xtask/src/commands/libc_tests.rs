//! `cargo xtask libc-tests`: our C and C++ libraries against the host's
//! gcc/g++, and the Lua example scripts against their expected output.

use anyhow::Result;

use crate::test::libc_tests;
use crate::util::prerequisites;

/// Arguments of `cargo xtask libc-tests` (none).
#[derive(clap::Args)]
pub struct Arguments {}

/// Runs `cargo xtask libc-tests`.
pub fn run(_arguments: Arguments) -> Result<()> {
    prerequisites::ensure()?;
    libc_tests::run_standalone()
}
