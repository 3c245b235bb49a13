//! The error type of every fallible call: a Linux errno number.

use core::fmt;

/// An error from a system call (or from this library), carrying the errno.
///
/// `Display` gives the message (`No such file or directory`), `Debug` the
/// name and number (`ENOENT (2)`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Error {
    errno: i32,
}

/// `Result` with [`Error`] as the error.
pub type Result<T> = core::result::Result<T, Error>;

/// Known errno numbers: name, number and message.
const TABLE: &[(&str, i32, &str)] = &[
    ("EPERM", 1, "Operation not permitted"),
    ("ENOENT", 2, "No such file or directory"),
    ("ESRCH", 3, "No such process"),
    ("EIO", 5, "Input/output error"),
    ("E2BIG", 7, "Argument list too long"),
    ("ENOEXEC", 8, "Exec format error"),
    ("EBADF", 9, "Bad file descriptor"),
    ("ECHILD", 10, "No child processes"),
    ("EAGAIN", 11, "Resource temporarily unavailable"),
    ("ENOMEM", 12, "Cannot allocate memory"),
    ("EACCES", 13, "Permission denied"),
    ("EFAULT", 14, "Bad address"),
    ("EBUSY", 16, "Device or resource busy"),
    ("EEXIST", 17, "File exists"),
    ("ENOTDIR", 20, "Not a directory"),
    ("EISDIR", 21, "Is a directory"),
    ("EINVAL", 22, "Invalid argument"),
    ("EMFILE", 24, "Too many open files"),
    ("ENOSPC", 28, "No space left on device"),
    ("ESPIPE", 29, "Illegal seek"),
    ("EPIPE", 32, "Broken pipe"),
    ("ERANGE", 34, "Numerical result out of range"),
    ("ENAMETOOLONG", 36, "File name too long"),
    ("ENOSYS", 38, "Function not implemented"),
    ("ENOTEMPTY", 39, "Directory not empty"),
    ("EILSEQ", 84, "Invalid or incomplete multibyte or wide character"),
    ("EMSGSIZE", 90, "Message too long"),
];

impl Error {
    /// Operation not permitted.
    pub const EPERM: Error = Error::from_errno(1);
    /// No such file or directory.
    pub const ENOENT: Error = Error::from_errno(2);
    /// No such process (or process group, or waiting call).
    pub const ESRCH: Error = Error::from_errno(3);
    /// Input/output error (also: a write that made no progress).
    pub const EIO: Error = Error::from_errno(5);
    /// Argument list too long.
    pub const E2BIG: Error = Error::from_errno(7);
    /// Not a valid program.
    pub const ENOEXEC: Error = Error::from_errno(8);
    /// Bad file descriptor.
    pub const EBADF: Error = Error::from_errno(9);
    /// No such child process to wait for.
    pub const ECHILD: Error = Error::from_errno(10);
    /// Resource temporarily unavailable.
    pub const EAGAIN: Error = Error::from_errno(11);
    /// Cannot allocate memory.
    pub const ENOMEM: Error = Error::from_errno(12);
    /// File exists.
    pub const EEXIST: Error = Error::from_errno(17);
    /// Not a directory.
    pub const ENOTDIR: Error = Error::from_errno(20);
    /// Is a directory.
    pub const EISDIR: Error = Error::from_errno(21);
    /// Invalid argument.
    pub const EINVAL: Error = Error::from_errno(22);
    /// Broken pipe: no reader is left, or the server ended before replying.
    pub const EPIPE: Error = Error::from_errno(32);
    /// Numerical result out of range (a buffer too small).
    pub const ERANGE: Error = Error::from_errno(34);
    /// Function not implemented (every system call off the wasm32 target).
    pub const ENOSYS: Error = Error::from_errno(38);
    /// Data that should be UTF-8 is not.
    pub const EILSEQ: Error = Error::from_errno(84);
    /// A message longer than 4096 bytes, or longer than the buffer meant for it.
    pub const EMSGSIZE: Error = Error::from_errno(90);

    /// The error for a positive errno number.
    pub const fn from_errno(errno: i32) -> Error {
        Error { errno }
    }

    /// The errno number (positive).
    pub const fn errno(self) -> i32 {
        self.errno
    }

    /// The errno's name (`ENOENT`), or `None` for a number this library does not know.
    pub fn name(self) -> Option<&'static str> {
        TABLE.iter().find(|entry| entry.1 == self.errno).map(|entry| entry.0)
    }

    /// Turns a system call's return value into a result: negative is an errno.
    pub fn check(result: i32) -> Result<usize> {
        if result < 0 {
            Err(Error::from_errno(-result))
        } else {
            Ok(result as usize)
        }
    }

    /// [`Error::check`] for the 64-bit results of `lseek`.
    pub fn check64(result: i64) -> Result<u64> {
        if result < 0 {
            Err(Error::from_errno(result.saturating_neg() as i32))
        } else {
            Ok(result as u64)
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match TABLE.iter().find(|entry| entry.1 == self.errno) {
            Some(entry) => formatter.write_str(entry.2),
            None => write!(formatter, "Unknown error {}", self.errno),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(formatter, "{name} ({})", self.errno),
            None => write!(formatter, "errno {}", self.errno),
        }
    }
}

impl core::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_gives_the_message_and_debug_the_name() {
        assert_eq!(Error::ENOENT.to_string(), "No such file or directory");
        assert_eq!(format!("{:?}", Error::ENOENT), "ENOENT (2)");
        assert_eq!(Error::from_errno(999).to_string(), "Unknown error 999");
        assert_eq!(format!("{:?}", Error::from_errno(999)), "errno 999");
    }

    #[test]
    fn check_maps_negative_results_to_errors() {
        assert_eq!(Error::check(5), Ok(5));
        assert_eq!(Error::check(0), Ok(0));
        assert_eq!(Error::check(-17), Err(Error::EEXIST));
        assert_eq!(Error::check64(1 << 40), Ok(1 << 40));
        assert_eq!(Error::check64(-29), Err(Error::from_errno(29)));
    }

    #[test]
    fn every_abi_errno_has_a_message() {
        for errno in [
            1, 2, 3, 5, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 20, 21, 22, 24, 28, 29, 32, 34, 36, 38, 39, 90,
        ] {
            assert!(Error::from_errno(errno).name().is_some(), "errno {errno}");
        }
    }
}
