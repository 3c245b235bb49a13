//! The process's arguments, environment variables and working directory.

use crate::error::{Error, Result};
use crate::sys;
use alloc::string::String;
use alloc::vec::Vec;

/// Runs a query that copies at most `length` bytes into a buffer and
/// returns the full length (`arg_get`, `env_get`): once to size the
/// buffer, again to fill it.
fn sized_query(mut query: impl FnMut(*mut u8, usize) -> i32) -> Result<Vec<u8>> {
    let mut buffer = Vec::new();
    loop {
        let length = Error::check(query(buffer.as_mut_ptr(), buffer.len()))?;
        if length <= buffer.len() {
            buffer.truncate(length);
            return Ok(buffer);
        }
        buffer.resize(length, 0);
    }
}

/// The arguments, the program name first. Bytes that are not UTF-8 are
/// replaced with U+FFFD.
pub fn args() -> Vec<String> {
    // SAFETY: no arguments.
    let count = unsafe { sys::arg_count() }.max(0);
    (0..count)
        .map(|index| {
            // SAFETY: `sized_query` passes its own buffer's pointer and length.
            let bytes =
                sized_query(|buffer, length| unsafe { sys::arg_get(index, buffer, length) }).unwrap_or_default();
            String::from_utf8_lossy(&bytes).into_owned()
        })
        .collect()
}

/// The value of environment variable `name`, or `None` if it is unset (or
/// not UTF-8).
pub fn var(name: &str) -> Option<String> {
    // SAFETY: `name` is only read; `sized_query` passes its own buffer.
    let bytes =
        sized_query(|buffer, length| unsafe { sys::env_get(name.as_ptr(), name.len(), buffer, length) }).ok()?;
    String::from_utf8(bytes).ok()
}

/// Sets environment variable `name` for this process and the children it
/// starts. `EINVAL` for an empty name or one containing `=`.
pub fn set_var(name: &str, value: &str) -> Result<()> {
    let value_length = isize::try_from(value.len()).map_err(|_| Error::E2BIG)?;
    // SAFETY: both pointer/length pairs describe strings that are only read.
    Error::check(unsafe { sys::env_set(name.as_ptr(), name.len(), value.as_ptr(), value_length) }).map(drop)
}

/// Removes environment variable `name`.
pub fn remove_var(name: &str) -> Result<()> {
    // SAFETY: `name` is only read; a value length of -1 means "remove".
    Error::check(unsafe { sys::env_set(name.as_ptr(), name.len(), core::ptr::null(), -1) }).map(drop)
}

/// The working directory.
pub fn current_dir() -> Result<String> {
    let mut buffer = alloc::vec![0; 64];
    loop {
        // SAFETY: the pointer and length describe `buffer`, which the call may fill.
        match Error::check(unsafe { sys::getcwd(buffer.as_mut_ptr(), buffer.len()) }) {
            Ok(length) => {
                buffer.truncate(length);
                return String::from_utf8(buffer).map_err(|_| Error::EILSEQ);
            }
            Err(error) if error == Error::ERANGE => buffer.resize(buffer.len() * 2, 0),
            Err(error) => return Err(error),
        }
    }
}

/// Changes the working directory.
pub fn set_current_dir(path: &str) -> Result<()> {
    // SAFETY: the pointer and length describe `path`, which is only read.
    Error::check(unsafe { sys::chdir(path.as_ptr(), path.len()) }).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sized_query_sizes_then_fills() {
        let value = b"a value of some length";
        let mut calls = 0;
        let result = sized_query(|buffer, length| {
            calls += 1;
            let count = length.min(value.len());
            // SAFETY: `buffer` has `length` writable bytes.
            unsafe { core::ptr::copy_nonoverlapping(value.as_ptr(), buffer, count) };
            value.len() as i32
        });
        assert_eq!(result.unwrap(), value);
        assert_eq!(calls, 2);
        assert_eq!(sized_query(|_, _| -2), Err(Error::ENOENT));
    }

    #[test]
    fn off_target_there_are_no_arguments_or_variables() {
        assert!(args().is_empty());
        assert_eq!(var("PATH"), None);
        assert_eq!(set_var("A", "b"), Err(Error::ENOSYS));
    }
}
