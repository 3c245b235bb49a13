//! `File::set_times` and `File::set_modified`: read back through metadata.

use std::fs::{self, FileTimes};
use std::time::{Duration, UNIX_EPOCH};

fn main() {
    let mut program = wasi_conformance::start("rs-file-times");
    let path = program.scratch().join("stamped");
    program.get(fs::write(&path, "x"), "write");
    let file = program.get(fs::OpenOptions::new().write(true).open(&path), "open");
    let accessed = UNIX_EPOCH + Duration::new(1_000_000_000, 250);
    let modified = UNIX_EPOCH + Duration::new(1_234_567_890, 500_000_000);
    program.get(
        file.set_times(FileTimes::new().set_accessed(accessed).set_modified(modified)),
        "set_times",
    );
    let metadata = program.get(fs::metadata(&path), "metadata");
    program.check(
        program.get(metadata.modified(), "modified") == modified,
        "the modification time",
    );
    program.check(
        program.get(metadata.accessed(), "accessed") == accessed,
        "the access time",
    );
    let later = UNIX_EPOCH + Duration::from_secs(2_000_000_000);
    program.get(file.set_modified(later), "set_modified");
    program.check(
        program.get(file.metadata().and_then(|metadata| metadata.modified()), "modified") == later,
        "set_modified",
    );
    println!("access and modification times set and read back");
    program.ok();
}
