//! `std::process::exit(42)`: the status is 42 and output written before
//! is not lost.

use std::io::Write;

fn main() {
    let program = wasi_conformance::start("rs-exit");
    println!("exiting with 42");
    program.get(std::io::stdout().flush(), "flush");
    std::process::exit(42);
}
