//! `cargo xtask test [--only GROUP...]`: every test level, ending with `N passed, N failed`.

use anyhow::Result;

use crate::test::{self, Group};
use crate::util::prerequisites;

/// Arguments of `cargo xtask test`.
#[derive(clap::Args)]
pub struct Arguments {
    /// Run only these groups (in their usual order)
    #[arg(long, value_enum, num_args = 1.., value_name = "GROUP")]
    only: Vec<Group>,
}

/// Runs `cargo xtask test`.
pub fn run(arguments: Arguments) -> Result<()> {
    prerequisites::ensure()?;
    test::run(&arguments.only)
}
