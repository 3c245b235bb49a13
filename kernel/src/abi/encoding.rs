//! How the ABI encodes the kernel's values: open flags, the `stat` record,
//! the time flags of `utimens`, node kinds, console modes, limit kinds, counts, wait flags, poll events,
//! the spawn record and message records. The core types know
//! nothing of these numbers; only the ABI layer converts.

use crate::console::ConsoleMode;
use crate::errno::{Errno, KernelResult};
use crate::process::LimitKind;
use crate::system::lifecycle::WaitFlags;
use crate::system::GroupChoice;
use crate::vfs::{Metadata, NodeKind, OpenFlags, Readiness};

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

/// `utimens`/`futimens` flags: set the access time to `accessed`.
pub const TIMES_ACCESSED: i32 = 1;
/// Set the access time to now.
pub const TIMES_ACCESSED_NOW: i32 = 2;
/// Set the modification time to `modified`.
pub const TIMES_MODIFIED: i32 = 4;
/// Set the modification time to now.
pub const TIMES_MODIFIED_NOW: i32 = 8;

/// Decodes `utimens`'s and `futimens`'s `flags` into the new access and
/// modification times (`None`: left as it is), `now` standing for the
/// current time. Unknown bits, or both bits of one time, are `EINVAL`.
pub fn times(flags: i32, accessed: i64, modified: i64, now: i64) -> KernelResult<(Option<i64>, Option<i64>)> {
    let known = TIMES_ACCESSED | TIMES_ACCESSED_NOW | TIMES_MODIFIED | TIMES_MODIFIED_NOW;
    if flags & !known != 0 {
        return Err(Errno::EINVAL);
    }
    let pick = |given: i32, now_flag: i32, value: i64| match (flags & given != 0, flags & now_flag != 0) {
        (true, true) => Err(Errno::EINVAL),
        (true, false) => Ok(Some(value)),
        (false, true) => Ok(Some(now)),
        (false, false) => Ok(None),
    };
    Ok((
        pick(TIMES_ACCESSED, TIMES_ACCESSED_NOW, accessed)?,
        pick(TIMES_MODIFIED, TIMES_MODIFIED_NOW, modified)?,
    ))
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
        6 => LimitKind::Processes,
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

/// `wait` flag: return at once if no child has changed.
pub const WNOHANG: i32 = 1;
/// `wait` flag: report stopped children too.
pub const WUNTRACED: i32 = 2;

/// Decodes `wait`'s flags; unknown bits are `EINVAL`.
pub fn wait_flags(flags: i32) -> KernelResult<WaitFlags> {
    if flags & !(WNOHANG | WUNTRACED) != 0 {
        return Err(Errno::EINVAL);
    }
    Ok(WaitFlags {
        no_hang: flags & WNOHANG != 0,
        untraced: flags & WUNTRACED != 0,
    })
}

/// `poll` events, POSIX's values.
pub const POLLIN: i16 = 1;
/// Writing would not block.
pub const POLLOUT: i16 = 4;
/// An error condition.
pub const POLLERR: i16 = 8;
/// The other end is gone.
pub const POLLHUP: i16 = 16;
/// The fd is not open.
pub const POLLNVAL: i16 = 32;
/// Size of one `wasmos_pollfd` record.
pub const POLLFD_SIZE: usize = 8;

/// The `revents` of a record that asked for `events` of a file opened for
/// reading and/or writing whose node is `readiness`.
pub fn poll_events(events: i16, readable: bool, writable: bool, readiness: Readiness) -> i16 {
    let mut revents = 0;
    if events & POLLIN != 0 && readable && readiness.readable {
        revents |= POLLIN;
    }
    if events & POLLOUT != 0 && writable && readiness.writable {
        revents |= POLLOUT;
    }
    if readiness.hung_up {
        revents |= POLLHUP;
    }
    revents
}

/// Size of the `wasmos_spawn` record.
pub const SPAWN_OPTIONS_SIZE: usize = 32;
/// In a `wasmos_spawn` record: the caller's fd of the same number.
pub const SPAWN_FD_INHERIT: i32 = -1;
/// In a `wasmos_spawn` record: no file.
pub const SPAWN_FD_NONE: i32 = -2;

/// The fields of a `wasmos_spawn` record, little-endian.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpawnOptions {
    /// fds 0, 1, 2: a caller's fd, [`SPAWN_FD_INHERIT`] or [`SPAWN_FD_NONE`].
    pub stdio: [i32; 3],
    /// The group choice.
    pub group: GroupChoice,
    /// The working directory (pointer, length), length 0 for the caller's.
    pub cwd: (i32, i32),
    /// The environment words (pointer, count), count -1 for the caller's.
    pub env: (i32, i32),
}

/// Decodes a `wasmos_spawn` record.
pub fn spawn_options(record: &[u8; SPAWN_OPTIONS_SIZE]) -> KernelResult<SpawnOptions> {
    let word = |index: usize| {
        let start = index * 4;
        i32::from_le_bytes([record[start], record[start + 1], record[start + 2], record[start + 3]])
    };
    let group = match word(3) {
        0 => GroupChoice::Parent,
        -1 => GroupChoice::New,
        group if group > 0 => GroupChoice::Join(group.cast_unsigned()),
        _ => return Err(Errno::EINVAL),
    };
    Ok(SpawnOptions {
        stdio: [word(0), word(1), word(2)],
        group,
        cwd: (word(4), word(5)),
        env: (word(6), word(7)),
    })
}

/// Reads a table of `count` (pointer, length) words, as `runargv` and
/// `spawn` take them.
pub fn words(table: &[u8]) -> impl Iterator<Item = (i32, i32)> + '_ {
    table.as_chunks::<8>().0.iter().map(|pair| {
        (
            i32::from_le_bytes([pair[0], pair[1], pair[2], pair[3]]),
            i32::from_le_bytes([pair[4], pair[5], pair[6], pair[7]]),
        )
    })
}

/// A pid or group argument as the kernel's number; 0 and negatives are `ESRCH`.
pub fn pid(value: i32) -> KernelResult<u32> {
    u32::try_from(value).ok().filter(|pid| *pid > 0).ok_or(Errno::ESRCH)
}

/// `msg_send`/`msg_receive` flag: do not wait.
pub const MSG_NONBLOCK: i32 = 1;

/// Whether message `flags` ask not to wait; unknown bits are `EINVAL`.
pub fn message_no_wait(flags: i32) -> KernelResult<bool> {
    if flags & !MSG_NONBLOCK != 0 {
        return Err(Errno::EINVAL);
    }
    Ok(flags & MSG_NONBLOCK != 0)
}

/// The 8-byte `wasmos_message` record: sender pid, call number.
pub fn message_record(sender: u32, call: u32) -> [u8; 8] {
    let mut record = [0; 8];
    record[..4].copy_from_slice(&sender.to_le_bytes());
    record[4..].copy_from_slice(&call.to_le_bytes());
    record
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
            accessed_ns: 0,
            inode: 9,
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
        assert_eq!(limit_kind(6), Ok(LimitKind::Processes));
        assert_eq!(limit_kind(7), Err(Errno::EINVAL));
    }

    #[test]
    fn time_flags_pick_each_time_given_now_or_kept() {
        assert_eq!(
            times(TIMES_ACCESSED | TIMES_MODIFIED_NOW, 5, 6, 9),
            Ok((Some(5), Some(9)))
        );
        assert_eq!(
            times(TIMES_ACCESSED_NOW | TIMES_MODIFIED, 5, 6, 9),
            Ok((Some(9), Some(6)))
        );
        assert_eq!(times(0, 5, 6, 9), Ok((None, None)));
        assert_eq!(times(TIMES_ACCESSED | TIMES_ACCESSED_NOW, 5, 6, 9), Err(Errno::EINVAL));
        assert_eq!(times(TIMES_MODIFIED | TIMES_MODIFIED_NOW, 5, 6, 9), Err(Errno::EINVAL));
        assert_eq!(times(16, 5, 6, 9), Err(Errno::EINVAL));
    }

    #[test]
    fn counts_that_do_not_fit_are_eoverflow() {
        assert_eq!(count(7), Ok(7));
        assert_eq!(count(1 << 31), Err(Errno::EOVERFLOW));
        assert_eq!(count64(u64::MAX), Err(Errno::EOVERFLOW));
        assert_eq!(nanoseconds(u64::MAX), i64::MAX);
    }
}
