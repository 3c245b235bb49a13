//! `fs::read_dir`: every entry once, with its file type.

use std::fs;

fn main() {
    let mut program = wasi_conformance::start("rs-fs-read-dir");
    let scratch = program.scratch();
    for index in 0..15 {
        program.get(fs::write(scratch.join(format!("f{index:02}")), "x"), "write");
    }
    program.get(fs::create_dir(scratch.join("sub")), "create_dir");
    let mut names = Vec::new();
    for entry in program.get(fs::read_dir(&scratch), "read_dir") {
        let entry = program.get(entry, "an entry");
        let kind = program.get(entry.file_type(), "file_type");
        let name = entry.file_name().to_string_lossy().into_owned();
        program.check(kind.is_dir() == (name == "sub"), "the entry's type");
        program.check(entry.path() == scratch.join(&name), "the entry's path");
        names.push(name);
    }
    names.sort();
    let mut expected: Vec<String> = (0..15).map(|index| format!("f{index:02}")).collect();
    expected.push("sub".into());
    program.check(names == expected, "every entry once");
    println!("{} entries: {} ... {}", names.len(), names[0], names[names.len() - 1]);
    program.ok();
}
