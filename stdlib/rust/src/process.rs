//! Ending this process and running others.

use crate::error::{Error, Result};
use crate::sys;
use alloc::vec::Vec;
use core::fmt::Display;

/// Ends the process with status `code & 255`, after flushing stdout.
pub fn exit(code: i32) -> ! {
    crate::io::flush_stdout();
    // SAFETY: plain integer; the call does not return.
    unsafe { sys::exit(code) }
}

/// Ends the process with status 134, the status of a trap.
pub fn abort() -> ! {
    exit(134)
}

/// Powers the machine off (the host runner exits with `code`).
pub fn poweroff(code: i32) -> ! {
    crate::io::flush_stdout();
    // SAFETY: plain integer; the call does not return.
    unsafe { sys::poweroff(code) }
}

/// Runs a command line and waits for it; returns its exit status (0-255).
///
/// Words are separated by whitespace, grouped by `'` or `"` quotes, and `\`
/// escapes the next character. Word 0 is a program name (looked up as
/// `/bin/<name>.wasm`) or a path to a `.wasm` file. Errors: `ENOENT` (no such
/// program), `ENOEXEC` (not a valid module), `EAGAIN` (nested too deeply),
/// `E2BIG`, `EINVAL` (empty line or unbalanced quotes).
pub fn run(command_line: &str) -> Result<i32> {
    crate::io::flush_stdout();
    // SAFETY: the pointer and length describe `command_line`, which is only read.
    Error::check(unsafe { sys::runapp(command_line.as_ptr(), command_line.len()) }).map(|status| status as i32)
}

/// Like [`run`] with the words already split: `words[0]` is the program.
pub fn run_args(words: &[&str]) -> Result<i32> {
    crate::io::flush_stdout();
    let vector: Vec<sys::Word> = words
        .iter()
        .map(|word| sys::Word {
            ptr: word.as_ptr(),
            len: word.len(),
        })
        .collect();
    let count = i32::try_from(vector.len()).map_err(|_| Error::E2BIG)?;
    // SAFETY: `vector` holds `count` (pointer, length) pairs describing
    // strings that outlive the call and are only read.
    Error::check(unsafe { sys::runargv(vector.as_ptr(), count) }).map(|status| status as i32)
}

/// What `main` may return; [`crate::main!`] turns it into the exit status.
pub trait Termination {
    /// The exit status, after reporting any error.
    fn report(self) -> i32;
}

impl Termination for () {
    fn report(self) -> i32 {
        0
    }
}

impl Termination for i32 {
    fn report(self) -> i32 {
        self
    }
}

/// `Ok` is the inner value's status; `Err(e)` prints `Error: {e}` to
/// stderr and is status 1.
impl<T: Termination, E: Display> Termination for core::result::Result<T, E> {
    fn report(self) -> i32 {
        match self {
            Ok(value) => value.report(),
            Err(error) => {
                crate::eprintln!("Error: {error}");
                1
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn termination_maps_results_to_statuses() {
        assert_eq!(().report(), 0);
        assert_eq!(7.report(), 7);
        assert_eq!(Ok::<i32, Error>(3).report(), 3);
        assert_eq!(Ok::<(), Error>(()).report(), 0);
    }
}
