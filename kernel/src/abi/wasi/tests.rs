//! Host tests of the WASI layer, through real processes running WAT modules
//! that import `wasi_snapshot_preview1`: each exits with the value under
//! test (an errno, a count) or writes what it read to standard output.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::WASI;
use crate::platform::testing::TestPlatform;
use crate::system::System;

/// A module with every WASI import (`$<name>`), one page of memory holding
/// `data` (offsets given by the caller) and `_start` running `body`.
fn module(data: &str, body: &str) -> Vec<u8> {
    let text = format!(
        "(module {}  (memory (export \"memory\") 1)\n  {data}\n  (func (export \"_start\") (local $r i32) {body}))",
        WASI.wat_imports()
    );
    wat::parse_str(text).expect("valid WAT")
}

/// `_start` that exits with the i32 `expression`.
fn exiting_with(data: &str, expression: &str) -> Vec<u8> {
    module(data, &format!("(call $proc_exit {expression})"))
}

fn run_program(program: Vec<u8>, args: &[&str], files: &[(&str, &[u8])]) -> (i32, String) {
    let platform = TestPlatform::leak(b"");
    let mut all: Vec<(&str, Vec<u8>)> = files.iter().map(|(path, bytes)| (*path, bytes.to_vec())).collect();
    all.push(("/bin/t.wasm", program));
    let system = System::new(platform, all).unwrap();
    let status = system
        .spawn(args.iter().map(|arg| arg.to_string()).collect(), None)
        .unwrap();
    (status, platform.output_text())
}

fn status_of(data: &str, expression: &str) -> i32 {
    run_program(exiting_with(data, expression), &["t"], &[]).0
}

/// WASI errno numbers used below.
const EBADF: i32 = 8;
const EFAULT: i32 = 21;
const EEXIST: i32 = 20;
const EINVAL: i32 = 28;
const ENOENT: i32 = 44;
const ENOTDIR: i32 = 54;
const ENOTSUP: i32 = 58;
const ENOTCAPABLE: i32 = 76;

#[test]
fn a_program_writes_through_iovecs_and_exits_with_its_code() {
    // Two vectors at 0 ("he", "llo\n") in memory at 100.
    let data = r#"(data (i32.const 0) "\64\00\00\00\02\00\00\00\66\00\00\00\04\00\00\00")
                  (data (i32.const 100) "he") (data (i32.const 102) "llo\n")"#;
    let program = module(
        data,
        "(drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 2) (i32.const 200)))
         (call $proc_exit (i32.load (i32.const 200)))",
    );
    let (status, output) = run_program(program, &["t"], &[]);
    assert_eq!(output, "hello\n");
    assert_eq!(status, 6, "fd_write wrote 6 bytes");
}

#[test]
fn arguments_and_their_sizes() {
    // args_sizes_get: count at 0, size at 4; then args_get: table at 16, strings at 64.
    let program = module(
        "",
        "(drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
         (drop (call $args_get (i32.const 16) (i32.const 64)))
         ;; print the second argument's string: from its pointer, (size - 2 - 1) bytes
         (i32.store (i32.const 300) (i32.load (i32.const 20)))
         (i32.store (i32.const 304) (i32.sub (i32.load (i32.const 4)) (i32.const 3)))
         (drop (call $fd_write (i32.const 1) (i32.const 300) (i32.const 1) (i32.const 400)))
         (call $proc_exit (i32.load (i32.const 0)))",
    );
    let (status, output) = run_program(program, &["t", "xyz"], &[]);
    assert_eq!(status, 2);
    assert_eq!(output, "xyz");
}

#[test]
fn preopens_are_the_root_and_the_working_directory() {
    let check = |fd: i32| {
        status_of(
            "",
            &format!(
                "(local.set $r (call $fd_prestat_get (i32.const {fd}) (i32.const 0)))
                 (if (i32.ne (local.get $r) (i32.const 0)) (then (call $proc_exit (i32.add (i32.const 100) (local.get $r)))))
                 (drop (call $fd_prestat_dir_name (i32.const {fd}) (i32.const 16) (i32.load (i32.const 4))))
                 (i32.load8_u (i32.const 16))"
            ),
        )
    };
    assert_eq!(check(3), i32::from(b'/'));
    assert_eq!(check(4), i32::from(b'.'));
    assert_eq!(check(5), 100 + EBADF);
}

#[test]
fn files_are_created_written_read_back_and_stated() {
    let data = r#"(data (i32.const 0) "tmp/w.txt")
                  (data (i32.const 32) "\64\00\00\00\05\00\00\00")
                  (data (i32.const 100) "12345")"#;
    // path_open(3, follow, "tmp/w.txt", CREAT|TRUNC, all rights) -> fd at 48;
    // write 5 bytes; seek to 1; read 3 into 120; stat the path: size at 200+32.
    let body = "
        (drop (call $path_open (i32.const 3) (i32.const 1) (i32.const 0) (i32.const 9)
                (i32.const 9) (i64.const -1) (i64.const -1) (i32.const 0) (i32.const 48)))
        (drop (call $fd_write (i32.load (i32.const 48)) (i32.const 32) (i32.const 1) (i32.const 52)))
        (drop (call $fd_seek (i32.load (i32.const 48)) (i64.const 1) (i32.const 0) (i32.const 56)))
        (i32.store (i32.const 64) (i32.const 120))
        (i32.store (i32.const 68) (i32.const 3))
        (drop (call $fd_read (i32.load (i32.const 48)) (i32.const 64) (i32.const 1) (i32.const 72)))
        (i32.store (i32.const 80) (i32.const 120))
        (i32.store (i32.const 84) (i32.load (i32.const 72)))
        (drop (call $fd_write (i32.const 1) (i32.const 80) (i32.const 1) (i32.const 88)))
        (drop (call $path_filestat_get (i32.const 3) (i32.const 0) (i32.const 0) (i32.const 9) (i32.const 200)))
        (call $proc_exit (i32.wrap_i64 (i64.load (i32.const 232))))";
    let (status, output) = run_program(module(data, body), &["t"], &[]);
    assert_eq!(output, "234");
    assert_eq!(status, 5, "the file's size");
}

#[test]
fn paths_leaving_their_preopen_are_not_capable() {
    let data = r#"(data (i32.const 0) "../etc") (data (i32.const 16) "/etc") (data (i32.const 32) "tmp/../..")"#;
    let open = |offset: u32, length: u32| {
        format!(
            "(call $path_open (i32.const 4) (i32.const 0) (i32.const {offset}) (i32.const {length})
               (i32.const 0) (i64.const -1) (i64.const -1) (i32.const 0) (i32.const 100))"
        )
    };
    assert_eq!(status_of(data, &open(0, 6)), ENOTCAPABLE);
    assert_eq!(status_of(data, &open(16, 4)), ENOTCAPABLE);
    assert_eq!(status_of(data, &open(32, 9)), ENOTCAPABLE);
}

#[test]
fn open_flags_and_errors() {
    let data = r#"(data (i32.const 0) "etc/motd/") (data (i32.const 16) "nope")"#;
    let open = |offset: u32, length: u32, oflags: u32| {
        format!(
            "(call $path_open (i32.const 3) (i32.const 0) (i32.const {offset}) (i32.const {length})
               (i32.const {oflags}) (i64.const -1) (i64.const -1) (i32.const 0) (i32.const 100))"
        )
    };
    let files: &[(&str, &[u8])] = &[("/etc/motd", b"hi\n")];
    let run = |expression: String| run_program(exiting_with(data, &expression), &["t"], files).0;
    assert_eq!(run(open(0, 8, 0)), 0);
    assert_eq!(run(open(0, 8, 1 | 4)), EEXIST, "O_CREAT|O_EXCL on an existing file");
    assert_eq!(run(open(0, 8, 2)), ENOTDIR, "O_DIRECTORY on a file");
    assert_eq!(run(open(16, 4, 0)), ENOENT);
    assert_eq!(run(open(0, 9, 0)), ENOTDIR, "a file named with a trailing slash");
    assert_eq!(run(open(0, 8, 16)), EINVAL, "an unknown open flag");
}

#[test]
fn bad_descriptors_and_pointers() {
    assert_eq!(status_of("", "(call $fd_close (i32.const 77))"), EBADF);
    assert_eq!(
        status_of(
            "",
            "(call $fd_write (i32.const 1) (i32.const 65530) (i32.const 2) (i32.const 0))"
        ),
        EFAULT
    );
    assert_eq!(
        status_of("", "(call $fd_fdstat_get (i32.const 1) (i32.const -8))"),
        EFAULT
    );
    assert_eq!(
        status_of("", "(call $clock_time_get (i32.const 9) (i64.const 0) (i32.const 0))"),
        EINVAL
    );
    assert_eq!(
        status_of("", "(call $sock_shutdown (i32.const 1) (i32.const 0))"),
        57,
        "no descriptor is a socket"
    );
}

#[test]
fn rights_that_were_given_up_are_refused() {
    // Drop every right of stdin but fdstat's; reading it is then not capable.
    let body = "(drop (call $fd_fdstat_set_rights (i32.const 0) (i64.const 0) (i64.const 0)))
                (i32.store (i32.const 0) (i32.const 100)) (i32.store (i32.const 4) (i32.const 4))
                (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8))";
    assert_eq!(status_of("", body), ENOTCAPABLE);
    // Rights cannot be raised again.
    let raise = "(drop (call $fd_fdstat_set_rights (i32.const 0) (i64.const 0) (i64.const 0)))
                 (call $fd_fdstat_set_rights (i32.const 0) (i64.const 2) (i64.const 0))";
    assert_eq!(status_of("", raise), ENOTCAPABLE);
}

#[test]
fn links_are_not_supported_and_readlink_finds_no_link() {
    let data = r#"(data (i32.const 0) "etc/motd") (data (i32.const 16) "etc/other")"#;
    let files: &[(&str, &[u8])] = &[("/etc/motd", b"hi\n")];
    let run = |expression: &str| run_program(exiting_with(data, expression), &["t"], files).0;
    assert_eq!(
        run("(call $path_symlink (i32.const 0) (i32.const 8) (i32.const 3) (i32.const 16) (i32.const 9))"),
        ENOTSUP
    );
    assert_eq!(
        run("(call $path_readlink (i32.const 3) (i32.const 0) (i32.const 8) (i32.const 100) (i32.const 50) (i32.const 200))"),
        EINVAL
    );
}

#[test]
fn directory_listings_resume_at_their_cookie() {
    let files: &[(&str, &[u8])] = &[("/d/a", b""), ("/d/b", b""), ("/d/c", b"")];
    let data = r#"(data (i32.const 0) "d")"#;
    // Open /d, list from cookie 3 (after ".", ".." and "a"): the first entry is "b".
    let body = "
        (drop (call $path_open (i32.const 3) (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 2)
                (i64.const -1) (i64.const -1) (i32.const 0) (i32.const 16)))
        (drop (call $fd_readdir (i32.load (i32.const 16)) (i32.const 100) (i32.const 200) (i64.const 3) (i32.const 20)))
        ;; first dirent: d_next at 100 (4), name length at 116 (1), name at 124
        (call $proc_exit (i32.add (i32.mul (i32.load (i32.const 100)) (i32.const 1000))
                                  (i32.load8_u (i32.const 124))))";
    let (status, _) = run_program(module(data, body), &["t"], files);
    // Statuses are 8 bits: (4 * 1000 + 'b') & 0xff.
    assert_eq!(status, (4 * 1000 + i32::from(b'b')) & 0xff);
}

#[test]
fn poll_with_a_clock_fires_after_its_timeout() {
    // One relative monotonic clock subscription of 1 ms, userdata 7.
    let data = r#"(data (i32.const 0) "\07\00\00\00\00\00\00\00\00")"#;
    let body = "
        (i32.store (i32.const 16) (i32.const 1))
        (i64.store (i32.const 24) (i64.const 1000000))
        (drop (call $poll_oneoff (i32.const 0) (i32.const 100) (i32.const 1) (i32.const 200)))
        (call $proc_exit (i32.add (i32.mul (i32.load (i32.const 200)) (i32.const 10))
                                  (i32.load (i32.const 100))))";
    assert_eq!(run_program(module(data, body), &["t"], &[]).0, 17);
}
