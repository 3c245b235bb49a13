//! `std::fs::write`, `read`, `read_to_string` and `File` with
//! `BufReader::lines`.

use std::fs;
use std::io::{BufRead, BufReader, Write};

fn main() {
    let mut program = wasi_conformance::start("rs-fs-roundtrip");
    let scratch = program.scratch();
    let path = scratch.join("text.txt");
    program.get(fs::write(&path, "alpha\nbeta\ngamma\n"), "write");
    let text = program.get(fs::read_to_string(&path), "read_to_string");
    program.check(text == "alpha\nbeta\ngamma\n", "the text read back");
    program.check(program.get(fs::read(&path), "read").len() == 17, "17 bytes");
    {
        let mut file = program.get(fs::File::create(scratch.join("lines.txt")), "create");
        for number in 1..=50 {
            program.get(writeln!(file, "line {number}"), "writeln");
        }
    }
    let file = program.get(fs::File::open(scratch.join("lines.txt")), "open");
    let lines: Vec<String> = program.get(BufReader::new(file).lines().collect(), "lines");
    program.check(lines.len() == 50 && lines[49] == "line 50", "50 lines");
    println!("wrote and read back 3 and 50 lines");
    program.ok();
}
