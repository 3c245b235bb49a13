//! The `io::ErrorKind`s of the usual failures.

use std::fs::{self, OpenOptions};
use std::io::ErrorKind;

fn main() {
    let mut program = wasi_conformance::start("rs-fs-errors");
    let scratch = program.scratch();
    let file = scratch.join("file");
    program.get(fs::write(&file, "x"), "write");
    let kind = |result: std::io::Result<()>| result.map_err(|error| error.kind()).err();
    program.check(
        kind(fs::File::open(scratch.join("absent")).map(|_| ())) == Some(ErrorKind::NotFound),
        "NotFound",
    );
    let exclusive = OpenOptions::new().write(true).create_new(true).open(&file).map(|_| ());
    program.check(kind(exclusive) == Some(ErrorKind::AlreadyExists), "AlreadyExists");
    program.check(
        kind(fs::read_dir(&file).map(|_| ())) == Some(ErrorKind::NotADirectory),
        "NotADirectory",
    );
    let through = fs::File::open(file.join("inner")).map(|_| ());
    program.check(
        kind(through) == Some(ErrorKind::NotADirectory),
        "NotADirectory through a file",
    );
    program.check(
        kind(fs::remove_file(&scratch)).is_some(),
        "remove_file of a directory fails",
    );
    let write_directory = OpenOptions::new().write(true).open(&scratch).map(|_| ());
    program.check(kind(write_directory) == Some(ErrorKind::IsADirectory), "IsADirectory");
    println!("NotFound, AlreadyExists, NotADirectory, IsADirectory");
    program.ok();
}
