//! `fs::metadata` and `File::metadata`: kinds, lengths, `set_len`.

use std::fs;

fn main() {
    let mut program = wasi_conformance::start("rs-fs-metadata");
    let scratch = program.scratch();
    let path = scratch.join("file");
    program.get(fs::write(&path, [7u8; 1000]), "write");
    let metadata = program.get(fs::metadata(&path), "metadata");
    program.check(
        metadata.is_file() && !metadata.is_dir() && metadata.len() == 1000,
        "a file of 1000 bytes",
    );
    program.check(metadata.modified().is_ok(), "a modification time");
    let directory = program.get(fs::metadata(&scratch), "metadata of a directory");
    program.check(directory.is_dir() && !directory.is_file(), "a directory");
    let file = program.get(fs::OpenOptions::new().write(true).open(&path), "open");
    program.get(file.set_len(10), "set_len shorter");
    program.check(program.get(file.metadata(), "metadata").len() == 10, "10 bytes");
    program.get(file.set_len(4096), "set_len longer");
    program.check(program.get(fs::metadata(&path), "metadata").len() == 4096, "4096 bytes");
    let bytes = program.get(fs::read(&path), "read");
    program.check(
        bytes[..10] == [7u8; 10] && bytes[10..].iter().all(|byte| *byte == 0),
        "zeros after 10",
    );
    program.check(
        fs::metadata(scratch.join("absent")).is_err(),
        "no metadata for a missing file",
    );
    program.check(
        fs::symlink_metadata(&path).is_ok_and(|metadata| metadata.is_file()),
        "symlink_metadata",
    );
    println!("a file of 1000, 10 and 4096 bytes, a directory");
    program.ok();
}
