//! `Seek` on a `File`: start, current, end, `stream_position`, a hole of
//! zeros past the end, `read_exact` and `write_all`.

use std::fs::OpenOptions;
use std::io::{Read, Seek, SeekFrom, Write};

fn main() {
    let mut program = wasi_conformance::start("rs-fs-seek");
    let path = program.scratch().join("seek");
    let mut file = program.get(
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path),
        "open",
    );
    program.get(file.write_all(b"0123456789"), "write_all");
    program.check(program.get(file.stream_position(), "position") == 10, "position 10");
    program.check(program.get(file.seek(SeekFrom::Start(3)), "seek") == 3, "seek to 3");
    let mut two = [0u8; 2];
    program.get(file.read_exact(&mut two), "read_exact");
    program.check(&two == b"34", "read 34");
    program.check(program.get(file.seek(SeekFrom::Current(-2)), "seek") == 3, "back to 3");
    program.check(
        program.get(file.seek(SeekFrom::End(-1)), "seek") == 9,
        "one before the end",
    );
    program.check(
        file.seek(SeekFrom::Current(-100)).is_err(),
        "no seeking before the start",
    );
    program.check(program.get(file.seek(SeekFrom::End(4)), "seek") == 14, "past the end");
    program.get(file.write_all(b"!"), "write past the end");
    let mut all = Vec::new();
    program.get(file.rewind(), "rewind");
    program.get(file.read_to_end(&mut all), "read_to_end");
    program.check(all == b"0123456789\0\0\0\0!", "a hole of zeros");
    println!("seeks from the start, the position and the end; a hole of 4 zeros");
    program.ok();
}
