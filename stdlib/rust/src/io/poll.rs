//! Waiting for several file descriptors at once: [`poll`].

use super::Result;
use crate::error::Error;
use crate::sys;
use core::ops::BitOr;
use core::time::Duration;

/// A set of poll events: what to wait for, or what is ready.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Events(i16);

impl Events {
    /// Nothing.
    pub const NONE: Events = Events(0);
    /// A read would not block (data, or end of input).
    pub const READABLE: Events = Events(sys::POLLIN);
    /// A write would not block.
    pub const WRITABLE: Events = Events(sys::POLLOUT);
    /// An error (reported whether asked for or not).
    pub const ERROR: Events = Events(sys::POLLERR);
    /// A pipe whose other end is closed (reported whether asked for or not).
    pub const HANG_UP: Events = Events(sys::POLLHUP);
    /// The descriptor is not open (reported whether asked for or not).
    pub const INVALID: Events = Events(sys::POLLNVAL);

    /// Whether every event of `other` is in this set.
    pub const fn contains(self, other: Events) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The `events`/`revents` bits of the ABI.
    pub const fn bits(self) -> i16 {
        self.0
    }
}

impl BitOr for Events {
    type Output = Events;
    fn bitor(self, other: Events) -> Events {
        Events(self.0 | other.0)
    }
}

/// One descriptor to watch: the `wasmos_pollfd` record itself, so a slice
/// of them is passed to the kernel as it is.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PollFd(sys::PollFd);

impl PollFd {
    /// Watches `fd` for `events`; a negative `fd` is skipped.
    pub fn new(fd: i32, events: Events) -> PollFd {
        PollFd(sys::PollFd {
            fd,
            events: events.0,
            revents: 0,
        })
    }

    /// The descriptor watched.
    pub fn fd(&self) -> i32 {
        self.0.fd
    }

    /// What was asked for.
    pub fn events(&self) -> Events {
        Events(self.0.events)
    }

    /// What the last [`poll`] found ready (empty if nothing).
    pub fn ready(&self) -> Events {
        Events(self.0.revents)
    }

    /// Whether a read would not block.
    pub fn is_readable(&self) -> bool {
        self.ready().contains(Events::READABLE)
    }

    /// Whether a write would not block.
    pub fn is_writable(&self) -> bool {
        self.ready().contains(Events::WRITABLE)
    }

    /// Whether the other end of the pipe is closed.
    pub fn is_hung_up(&self) -> bool {
        self.ready().contains(Events::HANG_UP)
    }
}

/// Waits until one of `fds` is ready or `timeout` passes (`None` waits for
/// ever, `Some(Duration::ZERO)` only looks). Returns how many have a
/// non-empty [`PollFd::ready`], 0 on timeout.
///
/// Pipes and the console are ready when a read or write would not block;
/// files and other devices always are. Data already in a buffered reader
/// (such as [`stdin`](super::stdin)'s) is not seen by `poll`. `EINVAL`
/// beyond 1024 descriptors.
pub fn poll(fds: &mut [PollFd], timeout: Option<Duration>) -> Result<usize> {
    for entry in fds.iter_mut() {
        entry.0.revents = 0;
    }
    let count = i32::try_from(fds.len()).map_err(|_| Error::EINVAL)?;
    let timeout_ns = match timeout {
        None => -1,
        Some(duration) => i64::try_from(duration.as_nanos()).unwrap_or(i64::MAX),
    };
    // SAFETY: `PollFd` is a transparent `sys::PollFd`, so the pointer and
    // count describe `count` writable `wasmos_pollfd` records.
    Error::check(unsafe { sys::poll(fds.as_mut_ptr().cast::<sys::PollFd>(), count, timeout_ns) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_combine_and_match_the_abi_bits() {
        let both = Events::READABLE | Events::WRITABLE;
        assert_eq!(both.bits(), 5);
        assert!(both.contains(Events::READABLE));
        assert!(!Events::READABLE.contains(both));
        assert!(Events::NONE.is_empty());
        assert_eq!(
            Events::HANG_UP.bits() | Events::ERROR.bits() | Events::INVALID.bits(),
            56
        );
    }

    #[test]
    fn a_poll_record_is_the_eight_byte_abi_record() {
        assert_eq!(core::mem::size_of::<PollFd>(), 8);
        assert_eq!(core::mem::offset_of!(sys::PollFd, events), 4);
        assert_eq!(core::mem::offset_of!(sys::PollFd, revents), 6);
        let record = PollFd::new(3, Events::READABLE);
        assert_eq!(
            (record.fd(), record.events(), record.ready()),
            (3, Events::READABLE, Events::NONE)
        );
    }

    #[test]
    fn off_target_poll_clears_the_results_and_is_not_implemented() {
        let mut fds = [PollFd::new(0, Events::READABLE)];
        fds[0].0.revents = sys::POLLIN;
        assert_eq!(poll(&mut fds, Some(Duration::ZERO)), Err(Error::ENOSYS));
        assert!(fds[0].ready().is_empty());
    }
}
