//! `cargo xtask symbolize`: names the functions in a kernel backtrace pasted
//! on standard input.

use std::io::Read;

use anyhow::{Context, Result};

use crate::build::image::{self, Flavor};
use crate::util::symbolize;

/// Arguments of `cargo xtask symbolize` (none: the backtrace comes on standard input).
#[derive(clap::Args)]
pub struct Arguments {}

/// Runs `cargo xtask symbolize`.
pub fn run(_arguments: Arguments) -> Result<()> {
    let images = image::build(Flavor::Normal)?;
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .context("reading standard input")?;
    println!("{}", symbolize::annotate(&text, &images.unstripped));
    Ok(())
}
