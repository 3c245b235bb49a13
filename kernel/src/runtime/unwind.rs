//! Typed unwinding: how `exit` and `throw` leave a host function. The reason
//! travels inside tinywasm's host-function error (`Trap::HostFunction`, a boxed
//! error) and is found again by downcasting, however many nested calls
//! (`call_protected`) wrapped it on the way out.

use alloc::boxed::Box;
use core::fmt;

use tinywasm::{Error, Trap};

use crate::process::Signal;

/// Why a host function stops the guest without a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unwind {
    /// `exit(status)`: the process ends with this status.
    Exit(i32),
    /// `throw(code)`: back to the innermost `call_protected`, which returns `code`.
    Throw(i32),
    /// A signal ends the process.
    Killed(Signal),
}

impl Unwind {
    /// The unwinding `error` carries, if it is one.
    pub fn carried_by(error: &Error) -> Option<Unwind> {
        match error {
            Error::Trap(trap) => Self::carried_by_trap(trap),
            _ => None,
        }
    }

    /// The unwinding `trap` carries: a host function's error, possibly the
    /// error of a nested call made by a host function, and so on.
    pub fn carried_by_trap(trap: &Trap) -> Option<Unwind> {
        let Trap::HostFunction(inner) = trap else {
            return None;
        };
        if let Some(unwind) = inner.downcast_ref::<Unwind>() {
            return Some(*unwind);
        }
        inner.downcast_ref::<Error>().and_then(Self::carried_by)
    }
}

impl From<Unwind> for Error {
    fn from(unwind: Unwind) -> Self {
        Error::Trap(Trap::HostFunction(Box::new(unwind)))
    }
}

impl fmt::Display for Unwind {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unwind::Exit(status) => write!(formatter, "exit with status {status}"),
            Unwind::Throw(code) => write!(formatter, "throw of code {code}"),
            Unwind::Killed(signal) => write!(formatter, "ended by signal {}", signal.number()),
        }
    }
}

impl core::error::Error for Unwind {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unwind_is_found_through_nested_host_calls() {
        let direct = Error::from(Unwind::Exit(3));
        assert_eq!(Unwind::carried_by(&direct), Some(Unwind::Exit(3)));
        // What the interpreter makes of a host function's error, twice over.
        let nested = Error::Trap(Trap::HostFunction(Box::new(Error::Trap(Trap::HostFunction(Box::new(
            Error::from(Unwind::Throw(7)),
        ))))));
        assert_eq!(Unwind::carried_by(&nested), Some(Unwind::Throw(7)));
    }

    #[test]
    fn other_errors_carry_no_unwind() {
        assert_eq!(Unwind::carried_by(&Error::Trap(Trap::Unreachable)), None);
        assert_eq!(Unwind::carried_by(&Error::Other("exit".into())), None);
    }
}
