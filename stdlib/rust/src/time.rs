//! Clocks: the monotonic [`Instant`], the wall clock [`SystemTime`],
//! [`sleep`] and [`cputime`].

use crate::error::{Error, Result};
use crate::sys;
use core::ops::{Add, Sub};
pub use core::time::Duration;

/// A point on the monotonic clock (nanoseconds since boot).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant {
    nanos: u64,
}

/// `Duration` to `i64` nanoseconds, saturating.
fn duration_nanos(duration: Duration) -> i64 {
    i64::try_from(duration.as_nanos()).unwrap_or(i64::MAX)
}

impl Instant {
    /// Now.
    pub fn now() -> Instant {
        // SAFETY: no arguments.
        let nanos = unsafe { sys::timesinceboot() };
        Instant {
            nanos: nanos.max(0) as u64,
        }
    }

    /// Time since this instant.
    pub fn elapsed(&self) -> Duration {
        Instant::now().duration_since(*self)
    }

    /// Time from `earlier` to this instant; zero if `earlier` is later.
    pub fn duration_since(&self, earlier: Instant) -> Duration {
        Duration::from_nanos(self.nanos.saturating_sub(earlier.nanos))
    }

    /// Nanoseconds since boot.
    pub fn as_nanos_since_boot(&self) -> u64 {
        self.nanos
    }
}

impl Add<Duration> for Instant {
    type Output = Instant;
    fn add(self, duration: Duration) -> Instant {
        Instant {
            nanos: self.nanos.saturating_add(duration_nanos(duration) as u64),
        }
    }
}

impl Sub<Instant> for Instant {
    type Output = Duration;
    fn sub(self, earlier: Instant) -> Duration {
        self.duration_since(earlier)
    }
}

/// A point on the wall clock, in nanoseconds since 1970-01-01 00:00 UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SystemTime {
    unix_nanos: i64,
}

impl SystemTime {
    /// 1970-01-01 00:00:00 UTC.
    pub const UNIX_EPOCH: SystemTime = SystemTime { unix_nanos: 0 };

    /// Now.
    pub fn now() -> SystemTime {
        SystemTime {
            // SAFETY: the import takes no arguments and touches no memory of ours.
            unix_nanos: unsafe { sys::walltime() },
        }
    }

    /// The time `unix_nanos` nanoseconds after the epoch.
    pub const fn from_unix_nanos(unix_nanos: i64) -> SystemTime {
        SystemTime { unix_nanos }
    }

    /// Nanoseconds since the epoch (negative before it).
    pub const fn unix_nanos(&self) -> i64 {
        self.unix_nanos
    }

    /// Whole seconds since the epoch (rounded down).
    pub const fn unix_secs(&self) -> i64 {
        self.unix_nanos.div_euclid(1_000_000_000)
    }

    /// Nanoseconds past [`SystemTime::unix_secs`] (0 to 999 999 999).
    pub const fn subsec_nanos(&self) -> u32 {
        self.unix_nanos.rem_euclid(1_000_000_000) as u32
    }

    /// Time since the epoch; zero before it.
    pub fn duration_since_epoch(&self) -> Duration {
        Duration::from_nanos(self.unix_nanos.max(0) as u64)
    }
}

/// Sleeps for at least `duration` (the CPU halts meanwhile).
pub fn sleep(duration: Duration) {
    let _ = try_sleep(duration);
}

fn try_sleep(duration: Duration) -> Result<()> {
    // SAFETY: plain integer.
    Error::check(unsafe { sys::sleep(duration_nanos(duration)) }).map(drop)
}

/// Time this process has spent running (not blocked, not in children).
pub fn cputime() -> Duration {
    // SAFETY: no arguments.
    Duration::from_nanos(unsafe { sys::cputime() }.max(0) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_subtract_to_durations_without_going_negative() {
        let early = Instant { nanos: 1_000 };
        let late = early + Duration::from_micros(5);
        assert_eq!(late - early, Duration::from_nanos(5_000));
        assert_eq!(early - late, Duration::ZERO);
        assert_eq!((early + Duration::MAX).nanos, 1_000 + i64::MAX as u64, "saturates");
    }

    #[test]
    fn system_time_splits_into_seconds_and_nanoseconds() {
        let time = SystemTime::from_unix_nanos(1_700_000_000_123_456_789);
        assert_eq!(time.unix_secs(), 1_700_000_000);
        assert_eq!(time.subsec_nanos(), 123_456_789);
        let before_epoch = SystemTime::from_unix_nanos(-1);
        assert_eq!(before_epoch.unix_secs(), -1);
        assert_eq!(before_epoch.subsec_nanos(), 999_999_999);
        assert_eq!(before_epoch.duration_since_epoch(), Duration::ZERO);
    }
}
