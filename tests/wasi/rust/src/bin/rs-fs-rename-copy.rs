//! `fs::rename` and `fs::copy`.

use std::fs;

fn main() {
    let mut program = wasi_conformance::start("rs-fs-rename-copy");
    let scratch = program.scratch();
    let original = scratch.join("original");
    program.get(fs::write(&original, "payload"), "write");
    let copied = program.get(fs::copy(&original, scratch.join("copy")), "copy");
    program.check(copied == 7, "7 bytes copied");
    program.get(fs::rename(&original, scratch.join("renamed")), "rename");
    program.check(!original.exists(), "the old name is gone");
    let renamed = program.get(fs::read_to_string(scratch.join("renamed")), "read the new name");
    let copy = program.get(fs::read_to_string(scratch.join("copy")), "read the copy");
    program.check(renamed == "payload" && copy == "payload", "the same bytes");
    program.get(
        fs::rename(scratch.join("copy"), scratch.join("renamed")),
        "rename over a file",
    );
    program.check(!scratch.join("copy").exists(), "the copy moved");
    program.check(
        fs::rename(scratch.join("absent"), scratch.join("x")).is_err(),
        "rename of a missing file",
    );
    println!("copied, renamed, renamed over");
    program.ok();
}
