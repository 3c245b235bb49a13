//! WASI rights: what a descriptor may be used for, one bit each, as the
//! preview-1 specification numbers them.

use crate::vfs::{NodeKind, OpenFile};

/// `fd_datasync`.
pub const FD_DATASYNC: u64 = 1 << 0;
/// `fd_read`, `fd_pread` (with `FD_SEEK`).
pub const FD_READ: u64 = 1 << 1;
/// `fd_seek` (implies `FD_TELL`).
pub const FD_SEEK: u64 = 1 << 2;
/// `fd_fdstat_set_flags`.
pub const FD_FDSTAT_SET_FLAGS: u64 = 1 << 3;
/// `fd_sync`.
pub const FD_SYNC: u64 = 1 << 4;
/// `fd_tell`, `fd_seek` that does not move.
pub const FD_TELL: u64 = 1 << 5;
/// `fd_write`, `fd_pwrite` (with `FD_SEEK`).
pub const FD_WRITE: u64 = 1 << 6;
/// `fd_advise`.
pub const FD_ADVISE: u64 = 1 << 7;
/// `fd_allocate`.
pub const FD_ALLOCATE: u64 = 1 << 8;
/// `path_create_directory`.
pub const PATH_CREATE_DIRECTORY: u64 = 1 << 9;
/// `path_open` with `O_CREAT`.
pub const PATH_CREATE_FILE: u64 = 1 << 10;
/// `path_link`'s source directory.
pub const PATH_LINK_SOURCE: u64 = 1 << 11;
/// `path_link`'s target directory.
pub const PATH_LINK_TARGET: u64 = 1 << 12;
/// `path_open`.
pub const PATH_OPEN: u64 = 1 << 13;
/// `fd_readdir`.
pub const FD_READDIR: u64 = 1 << 14;
/// `path_readlink`.
pub const PATH_READLINK: u64 = 1 << 15;
/// `path_rename`'s source directory.
pub const PATH_RENAME_SOURCE: u64 = 1 << 16;
/// `path_rename`'s target directory.
pub const PATH_RENAME_TARGET: u64 = 1 << 17;
/// `path_filestat_get`.
pub const PATH_FILESTAT_GET: u64 = 1 << 18;
/// `path_open` with `O_TRUNC`.
pub const PATH_FILESTAT_SET_SIZE: u64 = 1 << 19;
/// `path_filestat_set_times`.
pub const PATH_FILESTAT_SET_TIMES: u64 = 1 << 20;
/// `fd_filestat_get`.
pub const FD_FILESTAT_GET: u64 = 1 << 21;
/// `fd_filestat_set_size`.
pub const FD_FILESTAT_SET_SIZE: u64 = 1 << 22;
/// `fd_filestat_set_times`.
pub const FD_FILESTAT_SET_TIMES: u64 = 1 << 23;
/// `path_symlink`.
pub const PATH_SYMLINK: u64 = 1 << 24;
/// `path_remove_directory`.
pub const PATH_REMOVE_DIRECTORY: u64 = 1 << 25;
/// `path_unlink_file`.
pub const PATH_UNLINK_FILE: u64 = 1 << 26;
/// `poll_oneoff` on the descriptor.
pub const POLL_FD_READWRITE: u64 = 1 << 27;
/// `sock_shutdown`.
pub const SOCK_SHUTDOWN: u64 = 1 << 28;
/// `sock_accept`.
pub const SOCK_ACCEPT: u64 = 1 << 29;

/// Every right a regular file can use.
pub const FILE_BASE: u64 = FD_DATASYNC
    | FD_READ
    | FD_SEEK
    | FD_FDSTAT_SET_FLAGS
    | FD_SYNC
    | FD_TELL
    | FD_WRITE
    | FD_ADVISE
    | FD_ALLOCATE
    | FD_FILESTAT_GET
    | FD_FILESTAT_SET_SIZE
    | FD_FILESTAT_SET_TIMES
    | POLL_FD_READWRITE;

/// Every right a directory can use.
pub const DIRECTORY_BASE: u64 = FD_FDSTAT_SET_FLAGS
    | FD_SYNC
    | FD_ADVISE
    | PATH_CREATE_DIRECTORY
    | PATH_CREATE_FILE
    | PATH_LINK_SOURCE
    | PATH_LINK_TARGET
    | PATH_OPEN
    | FD_READDIR
    | PATH_READLINK
    | PATH_RENAME_SOURCE
    | PATH_RENAME_TARGET
    | PATH_FILESTAT_GET
    | PATH_FILESTAT_SET_SIZE
    | PATH_FILESTAT_SET_TIMES
    | FD_FILESTAT_GET
    | FD_FILESTAT_SET_TIMES
    | PATH_SYMLINK
    | PATH_REMOVE_DIRECTORY
    | PATH_UNLINK_FILE
    | POLL_FD_READWRITE;

/// Every right a character device or a pipe can use (no seeking, so
/// programs see a terminal or a pipe as one).
pub const STREAM_BASE: u64 = FD_READ | FD_WRITE | FD_FDSTAT_SET_FLAGS | FD_FILESTAT_GET | POLL_FD_READWRITE;

/// The writing rights: asking for any of them opens a file for writing (as
/// wasi-libc asks for them exactly when `O_WRONLY` is set), and a file
/// opened for reading only does not get them.
pub const WRITING: u64 = FD_WRITE | FD_ALLOCATE | FD_FILESTAT_SET_SIZE | FD_DATASYNC;

/// The rights (base, inheriting) a descriptor opened outside WASI has:
/// what its kind allows, less writing if it was not opened for writing and
/// reading if not for reading.
pub fn natural(file: &OpenFile) -> (u64, u64) {
    let flags = file.flags();
    let kind = file.node().kind();
    let mut base = match kind {
        NodeKind::Directory => DIRECTORY_BASE,
        NodeKind::File => FILE_BASE,
        NodeKind::Device if file.is_snapshot() => FILE_BASE,
        NodeKind::Device => STREAM_BASE,
    };
    if !flags.write {
        base &= !WRITING;
    }
    if !flags.read {
        base &= !(FD_READ | FD_READDIR);
    }
    let inheriting = if kind == NodeKind::Directory {
        DIRECTORY_BASE | FILE_BASE
    } else {
        0
    };
    (base, inheriting)
}
