//! Error numbers shared by the whole kernel, with Linux's values at the ABI edge.
#![deny(unsafe_code)]

use core::fmt;

/// A kernel error. Its discriminant is the Linux errno value that the ABI
/// returns (negated) to apps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum Errno {
    /// Operation not permitted.
    EPERM = 1,
    /// No such file or directory.
    ENOENT = 2,
    /// Input/output error.
    EIO = 5,
    /// Argument list too long.
    E2BIG = 7,
    /// Not a valid executable.
    ENOEXEC = 8,
    /// Bad file descriptor.
    EBADF = 9,
    /// Resource temporarily unavailable (used for too-deep nesting).
    EAGAIN = 11,
    /// Out of memory.
    ENOMEM = 12,
    /// Permission denied.
    EACCES = 13,
    /// Bad address: a guest pointer or length outside its memory.
    EFAULT = 14,
    /// Device or resource busy.
    EBUSY = 16,
    /// File exists.
    EEXIST = 17,
    /// Not a directory.
    ENOTDIR = 20,
    /// Is a directory.
    EISDIR = 21,
    /// Invalid argument.
    EINVAL = 22,
    /// Too many open files.
    EMFILE = 24,
    /// No space left (kernel memory exhausted).
    ENOSPC = 28,
    /// Illegal seek.
    ESPIPE = 29,
    /// Result out of range (a buffer too small).
    ERANGE = 34,
    /// File name too long.
    ENAMETOOLONG = 36,
    /// Function not implemented.
    ENOSYS = 38,
    /// Directory not empty.
    ENOTEMPTY = 39,
    /// Value too large for its type (a result the ABI cannot represent).
    EOVERFLOW = 75,
    /// Interrupted (Ctrl-C arrived while blocked).
    EINTR = 4,
    /// No such process.
    ESRCH = 3,
    /// No child processes.
    ECHILD = 10,
    /// Broken pipe: no reader, or the server ended.
    EPIPE = 32,
    /// Message too long.
    EMSGSIZE = 90,
    /// File too large.
    EFBIG = 27,
    /// Not a socket.
    ENOTSOCK = 88,
    /// Operation not supported (the file system cannot: symbolic and hard links).
    ENOTSUP = 95,
    /// Not a capability the caller holds: a WASI path that leaves its
    /// preopened directory, or a right the descriptor lacks. Linux has no
    /// such error; the `wasmos` ABI never returns it.
    ENOTCAPABLE = 134,
}

impl Errno {
    /// The value returned to an app: the negated errno.
    pub fn to_abi(self) -> i32 {
        -(self as i32)
    }

    /// A short English description, as `strerror` would give.
    pub fn message(self) -> &'static str {
        match self {
            Errno::EPERM => "Operation not permitted",
            Errno::ENOENT => "No such file or directory",
            Errno::EINTR => "Interrupted system call",
            Errno::EIO => "Input/output error",
            Errno::E2BIG => "Argument list too long",
            Errno::ENOEXEC => "Exec format error",
            Errno::EBADF => "Bad file descriptor",
            Errno::EAGAIN => "Resource temporarily unavailable",
            Errno::ENOMEM => "Cannot allocate memory",
            Errno::EACCES => "Permission denied",
            Errno::EFAULT => "Bad address",
            Errno::EBUSY => "Device or resource busy",
            Errno::EEXIST => "File exists",
            Errno::ENOTDIR => "Not a directory",
            Errno::EISDIR => "Is a directory",
            Errno::EINVAL => "Invalid argument",
            Errno::EMFILE => "Too many open files",
            Errno::ENOSPC => "No space left on device",
            Errno::ESPIPE => "Illegal seek",
            Errno::ERANGE => "Numerical result out of range",
            Errno::ENAMETOOLONG => "File name too long",
            Errno::ENOSYS => "Function not implemented",
            Errno::ENOTEMPTY => "Directory not empty",
            Errno::EOVERFLOW => "Value too large for defined data type",
            Errno::ESRCH => "No such process",
            Errno::ECHILD => "No child processes",
            Errno::EPIPE => "Broken pipe",
            Errno::EMSGSIZE => "Message too long",
            Errno::EFBIG => "File too large",
            Errno::ENOTSOCK => "Socket operation on non-socket",
            Errno::ENOTSUP => "Operation not supported",
            Errno::ENOTCAPABLE => "Capabilities insufficient",
        }
    }
}

impl fmt::Display for Errno {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.message())
    }
}

/// The result type used throughout the kernel core.
pub type KernelResult<T> = Result<T, Errno>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abi_values_are_negated_linux_numbers() {
        assert_eq!(Errno::ENOENT.to_abi(), -2);
        assert_eq!(Errno::EFAULT.to_abi(), -14);
        assert_eq!(Errno::ENOTEMPTY.to_abi(), -39);
    }
}
