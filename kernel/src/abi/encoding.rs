//! How the ABI encodes the kernel's values: open flags, the `stat` record,
//! node kinds, console modes, limit kinds and counts. The core types know
//! nothing of these numbers; only the ABI layer converts.

use crate::console::ConsoleMode;
use crate::errno::{Errno, KernelResult};
use crate::process::LimitKind;
use crate::vfs::{Metadata, NodeKind, OpenFlags};

/// `open` flags: the access mode (`O_RDONLY` 0, `O_WRONLY` 1, `O_RDWR` 2), with Linux's values.
pub const O_ACCESS_MASK: i32 = 3;
/// `O_CREAT`: create the file if missing.
pub const O_CREAT: i32 = 0x40;
/// `O_EXCL`: with `O_CREAT`, fail if it exists.
pub const O_EXCL: i32 = 0x80;
/// `O_TRUNC`: empty the file on opening.
pub const O_TRUNC: i32 = 0x200;
/// `O_APPEND`: every write goes to the end.
pub const O_APPEND: i32 = 0x400;
/// `O_DIRECTORY`: must be a directory.
pub const O_DIRECTORY: i32 = 0x10000;

/// Decodes `open`'s `flags` word; unknown bits are `EINVAL`.
pub fn open_flags(flags: i32) -> KernelResult<OpenFlags> {
    let known = O_ACCESS_MASK | O_CREAT | O_EXCL | O_TRUNC | O_APPEND | O_DIRECTORY;
    if flags & !known != 0 {
        return Err(Errno::EINVAL);
    }
    let (read, write) = match flags & O_ACCESS_MASK {
        0 => (true, false),
        1 => (false, true),
        2 => (true, true),
        _ => return Err(Errno::EINVAL),
    };
    Ok(OpenFlags {
        read,
        write,
        create: flags & O_CREAT != 0,
        exclusive: flags & O_EXCL != 0,
        truncate: flags & O_TRUNC != 0,
        append: flags & O_APPEND != 0,
        directory: flags & O_DIRECTORY != 0,
    })
}

/// A node kind's number in the `stat` record.
pub fn node_kind(kind: NodeKind) -> u32 {
    match kind {
        NodeKind::File => 1,
        NodeKind::Directory => 2,
        NodeKind::Device => 3,
    }
}

/// Size of the record `stat` and `fstat` fill.
pub const STAT_SIZE: usize = 24;

/// The `wasmos_stat` record: size (u64), kind (u32), reserved (u32),
/// modification time (i64), little-endian.
pub fn stat_record(metadata: &Metadata) -> [u8; STAT_SIZE] {
    let mut record = [0u8; STAT_SIZE];
    record[0..8].copy_from_slice(&metadata.size.to_le_bytes());
    record[8..12].copy_from_slice(&node_kind(metadata.kind).to_le_bytes());
    record[16..24].copy_from_slice(&metadata.modified_ns.to_le_bytes());
    record
}

/// The console mode for `console_mode`'s argument.
pub fn console_mode(mode: i32) -> KernelResult<ConsoleMode> {
    match mode {
        0 => Ok(ConsoleMode::Cooked),
        1 => Ok(ConsoleMode::Raw),
        _ => Err(Errno::EINVAL),
    }
}

/// A console mode's number, as `console_mode` returns the previous one.
pub fn console_mode_number(mode: ConsoleMode) -> i32 {
    match mode {
        ConsoleMode::Cooked => 0,
        ConsoleMode::Raw => 1,
    }
}

/// The limit for `limit_get`'s and `limit_set`'s `kind`.
pub fn limit_kind(kind: i32) -> KernelResult<LimitKind> {
    Ok(match kind {
        0 => LimitKind::MemoryPages,
        1 => LimitKind::TableEntries,
        2 => LimitKind::CallDepth,
        3 => LimitKind::Nesting,
        4 => LimitKind::OpenFiles,
        5 => LimitKind::Arguments,
        _ => return Err(Errno::EINVAL),
    })
}

/// A count or length as an i32 result; `EOVERFLOW` if it does not fit.
pub fn count(value: usize) -> KernelResult<i32> {
    i32::try_from(value).map_err(|_| Errno::EOVERFLOW)
}

/// A 64-bit unsigned value (an offset, a limit) as an i64 result;
/// `EOVERFLOW` if it does not fit.
pub fn count64(value: u64) -> KernelResult<i64> {
    i64::try_from(value).map_err(|_| Errno::EOVERFLOW)
}

/// A clock reading as the ABI's i64 nanoseconds (saturating, after 292 years).
pub fn nanoseconds(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_flags_decode_linux_values() {
        let flags = open_flags(1 | O_CREAT | O_APPEND).unwrap();
        assert!(flags.write && !flags.read && flags.create && flags.append);
        assert!(!flags.exclusive && !flags.truncate && !flags.directory);
        assert_eq!(open_flags(2).map(|flags| (flags.read, flags.write)), Ok((true, true)));
    }

    #[test]
    fn unknown_open_flags_are_refused() {
        assert_eq!(open_flags(3), Err(Errno::EINVAL));
        assert_eq!(open_flags(0x1000_0000), Err(Errno::EINVAL));
    }

    #[test]
    fn the_stat_record_is_little_endian() {
        let metadata = Metadata {
            size: 0x0102,
            kind: NodeKind::Directory,
            modified_ns: -1,
        };
        let record = stat_record(&metadata);
        assert_eq!(record[..2], [2, 1]);
        assert_eq!(record[8], 2);
        assert_eq!(record[12..16], [0; 4]);
        assert_eq!(record[16..], [0xff; 8]);
    }

    #[test]
    fn console_modes_and_limit_kinds_round_trip() {
        for mode in [ConsoleMode::Cooked, ConsoleMode::Raw] {
            assert_eq!(console_mode(console_mode_number(mode)), Ok(mode));
        }
        assert_eq!(console_mode(2), Err(Errno::EINVAL));
        assert_eq!(limit_kind(4), Ok(LimitKind::OpenFiles));
        assert_eq!(limit_kind(6), Err(Errno::EINVAL));
    }

    #[test]
    fn counts_that_do_not_fit_are_eoverflow() {
        assert_eq!(count(7), Ok(7));
        assert_eq!(count(1 << 31), Err(Errno::EOVERFLOW));
        assert_eq!(count64(u64::MAX), Err(Errno::EOVERFLOW));
        assert_eq!(nanoseconds(u64::MAX), i64::MAX);
    }
}
