//! `std::io::stdin().lines()` (given "hello wasi\n"), then end of file.

use std::io::Read;

fn main() {
    let program = wasi_conformance::start("rs-stdin-lines");
    let lines: Vec<String> = program.get(std::io::stdin().lines().collect(), "reading standard input");
    program.check(lines == ["hello wasi"], "one line");
    let mut rest = String::new();
    program.check(
        program.get(std::io::stdin().read_to_string(&mut rest), "read at the end") == 0,
        "end of file",
    );
    println!("{} line: {}", lines.len(), lines[0]);
    program.ok();
}
