//! A panic with `panic = "abort"` ends the program with a trap (status
//! 134 on WasmOS and under the reference runner), after the output before it.

use std::io::Write;

fn main() {
    let program = wasi_conformance::start("rs-panic");
    println!("about to panic");
    program.get(std::io::stdout().flush(), "flush");
    let values: Vec<u32> = std::env::args()
        .skip(1)
        .filter_map(|argument| argument.parse().ok())
        .collect();
    if values.is_empty() {
        panic!("deliberately");
    }
    println!("not reached");
}
