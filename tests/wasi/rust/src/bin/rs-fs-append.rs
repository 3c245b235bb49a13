//! `OpenOptions::append`: writes go to the end whatever the position.

use std::fs::{self, OpenOptions};
use std::io::{Seek, SeekFrom, Write};

fn main() {
    let mut program = wasi_conformance::start("rs-fs-append");
    let path = program.scratch().join("log");
    program.get(fs::write(&path, "start\n"), "write");
    for word in ["one", "two", "three"] {
        let mut file = program.get(OpenOptions::new().append(true).open(&path), "open for appending");
        program.get(file.seek(SeekFrom::Start(0)), "seek");
        program.get(writeln!(file, "{word}"), "append");
    }
    let text = program.get(fs::read_to_string(&path), "read");
    program.check(text == "start\none\ntwo\nthree\n", "appended in order");
    let created = OpenOptions::new()
        .append(true)
        .create(true)
        .open(path.with_file_name("new-log"));
    program.get(created, "append with create");
    println!("appended three lines");
    program.ok();
}
