//! `cargo xtask lint`: the `lint` test group on its own (clippy, rustfmt,
//! -Wall -Werror), ending with `N passed, N failed`.

use anyhow::Result;

use crate::test::{self, Group};
use crate::util::prerequisites;

/// Arguments of `cargo xtask lint` (none).
#[derive(clap::Args)]
pub struct Arguments {}

/// Runs `cargo xtask lint`.
pub fn run(_arguments: Arguments) -> Result<()> {
    prerequisites::ensure()?;
    test::run(&[Group::Lint])
}
