//! The records WASI preview 1 passes through guest memory, little-endian,
//! with the specification's sizes and offsets.

use alloc::vec;
use alloc::vec::Vec;

use crate::vfs::{Metadata, NodeKind, OpenFile};

/// `filetype`: unknown (pipes, for which preview 1 has no type).
pub const FILETYPE_UNKNOWN: u8 = 0;
/// `filetype`: a character device.
pub const FILETYPE_CHARACTER_DEVICE: u8 = 2;
/// `filetype`: a directory.
pub const FILETYPE_DIRECTORY: u8 = 3;
/// `filetype`: a regular file.
pub const FILETYPE_REGULAR_FILE: u8 = 4;

/// `fdflags`.
pub const FDFLAG_APPEND: u16 = 1;
/// `fdflags`: data integrity of writes.
pub const FDFLAG_DSYNC: u16 = 2;
/// `fdflags`: calls do not wait.
pub const FDFLAG_NONBLOCK: u16 = 4;
/// `fdflags`: synchronised reads.
pub const FDFLAG_RSYNC: u16 = 8;
/// `fdflags`: file integrity of writes.
pub const FDFLAG_SYNC: u16 = 16;
/// The synchronisation flags.
pub const FDFLAG_SYNCS: u16 = FDFLAG_DSYNC | FDFLAG_RSYNC | FDFLAG_SYNC;

/// Size of `fdstat`.
pub const FDSTAT_SIZE: usize = 24;
/// Size of `filestat`.
pub const FILESTAT_SIZE: usize = 64;
/// Size of `prestat`.
pub const PRESTAT_SIZE: usize = 8;
/// Size of a `dirent` before its name.
pub const DIRENT_SIZE: usize = 24;
/// Size of a `subscription`.
pub const SUBSCRIPTION_SIZE: usize = 48;
/// Size of an `event`.
pub const EVENT_SIZE: usize = 32;
/// Size of an `iovec`/`ciovec`.
pub const IOVEC_SIZE: usize = 8;

/// The WASI file type of a node kind.
pub fn filetype(kind: NodeKind) -> u8 {
    match kind {
        NodeKind::File => FILETYPE_REGULAR_FILE,
        NodeKind::Directory => FILETYPE_DIRECTORY,
        NodeKind::Device => FILETYPE_CHARACTER_DEVICE,
    }
}

/// The WASI file type of an open file (a generated file reads as a regular
/// file; a pipe has no preview-1 type).
pub fn open_filetype(file: &OpenFile) -> u8 {
    if file.is_snapshot() {
        FILETYPE_REGULAR_FILE
    } else if file.is_pipe() {
        FILETYPE_UNKNOWN
    } else {
        filetype(file.node().kind())
    }
}

fn put(record: &mut [u8], offset: usize, bytes: &[u8]) {
    record[offset..offset + bytes.len()].copy_from_slice(bytes);
}

/// An `fdstat` record.
pub fn fdstat(filetype: u8, flags: u16, rights_base: u64, rights_inheriting: u64) -> Vec<u8> {
    let mut record = vec![0; FDSTAT_SIZE];
    record[0] = filetype;
    put(&mut record, 2, &flags.to_le_bytes());
    put(&mut record, 8, &rights_base.to_le_bytes());
    put(&mut record, 16, &rights_inheriting.to_le_bytes());
    record
}

/// A `filestat` record (`dev` 0: one file system; one link per node).
pub fn filestat(metadata: &Metadata, filetype: u8) -> Vec<u8> {
    let mut record = vec![0; FILESTAT_SIZE];
    put(&mut record, 8, &metadata.inode.to_le_bytes());
    record[16] = filetype;
    put(&mut record, 24, &1u64.to_le_bytes());
    put(&mut record, 32, &metadata.size.to_le_bytes());
    put(&mut record, 40, &metadata.accessed_ns.cast_unsigned().to_le_bytes());
    put(&mut record, 48, &metadata.modified_ns.cast_unsigned().to_le_bytes());
    // No separate status-change time is kept: the last modification stands in.
    put(&mut record, 56, &metadata.modified_ns.cast_unsigned().to_le_bytes());
    record
}

/// A `prestat` record for a directory whose name is `name_length` bytes.
pub fn prestat(name_length: u32) -> Vec<u8> {
    let mut record = vec![0; PRESTAT_SIZE];
    put(&mut record, 4, &name_length.to_le_bytes());
    record
}

/// A `dirent` header followed by the name.
pub fn dirent(next: u64, inode: u64, name: &[u8], filetype: u8) -> Vec<u8> {
    let mut record = vec![0; DIRENT_SIZE];
    put(&mut record, 0, &next.to_le_bytes());
    put(&mut record, 8, &inode.to_le_bytes());
    put(
        &mut record,
        16,
        &u32::try_from(name.len()).unwrap_or(u32::MAX).to_le_bytes(),
    );
    record[20] = filetype;
    record.extend_from_slice(name);
    record
}

/// An `event` record.
pub fn event(userdata: u64, error: u16, kind: u8, bytes: u64, hung_up: bool) -> [u8; EVENT_SIZE] {
    let mut record = [0; EVENT_SIZE];
    put(&mut record, 0, &userdata.to_le_bytes());
    put(&mut record, 8, &error.to_le_bytes());
    record[10] = kind;
    put(&mut record, 16, &bytes.to_le_bytes());
    put(&mut record, 24, &u16::from(hung_up).to_le_bytes());
    record
}

/// Reads a little-endian `u32` at `offset`.
pub fn u32_at(bytes: &[u8], offset: usize) -> u32 {
    u32::from_le_bytes([bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]])
}

/// Reads a little-endian `u64` at `offset`.
pub fn u64_at(bytes: &[u8], offset: usize) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&bytes[offset..offset + 8]);
    u64::from_le_bytes(word)
}
