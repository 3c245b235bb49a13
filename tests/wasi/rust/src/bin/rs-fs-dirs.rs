//! `create_dir_all`, `remove_dir`, `remove_dir_all` and their errors.

use std::fs;
use std::io::ErrorKind;

fn main() {
    let mut program = wasi_conformance::start("rs-fs-dirs");
    let scratch = program.scratch();
    let deep = scratch.join("a/b/c/d");
    program.get(fs::create_dir_all(&deep), "create_dir_all");
    program.get(fs::create_dir_all(&deep), "create_dir_all again");
    program.get(fs::write(deep.join("leaf"), "x"), "write");
    let error = fs::create_dir(scratch.join("a")).map(|_| ()).unwrap_err();
    program.check(
        error.kind() == ErrorKind::AlreadyExists,
        "create_dir of an existing directory",
    );
    let error = fs::remove_dir(scratch.join("a")).map(|_| ()).unwrap_err();
    program.check(
        error.kind() == ErrorKind::DirectoryNotEmpty,
        "remove_dir of a full directory",
    );
    program.get(fs::remove_dir_all(scratch.join("a/b")), "remove_dir_all");
    program.check(!scratch.join("a/b").exists(), "gone");
    program.get(fs::remove_dir(scratch.join("a")), "remove_dir");
    let error = fs::remove_dir(scratch.join("a")).map(|_| ()).unwrap_err();
    program.check(error.kind() == ErrorKind::NotFound, "remove_dir of a missing directory");
    println!("made 4 levels, removed them");
    program.ok();
}
