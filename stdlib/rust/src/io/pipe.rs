//! Pipes: a kernel buffer with a read end and a write end, to connect
//! processes (pass an end to [`Command`](crate::process::Command)).

use super::{OwnedFd, Read, Result, Write};
use crate::error::Error;
use crate::sys;

/// The read end of a pipe, closed when dropped. From [`pipe`].
///
/// A read blocks while the pipe is empty and a write end is open anywhere,
/// and returns 0 (end of input) once every write end is closed.
#[derive(Debug)]
pub struct PipeReader {
    pub(crate) fd: OwnedFd,
}

/// The write end of a pipe, closed when dropped. From [`pipe`].
///
/// A write blocks while the pipe is full and a read end is open; with no
/// read end left it fails with [`Error::EPIPE`]. A write of at most 4096
/// bytes is never interleaved with another writer's.
#[derive(Debug)]
pub struct PipeWriter {
    pub(crate) fd: OwnedFd,
}

/// Creates a pipe (a 64 KiB kernel buffer) and returns its two ends.
///
/// To let a reader see end of input, every write end must be closed: drop
/// this process's copy once a child has been given it. `EMFILE` when the
/// open-file limit is reached.
pub fn pipe() -> Result<(PipeReader, PipeWriter)> {
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two `i32` the call writes.
    Error::check(unsafe { sys::pipe(fds.as_mut_ptr()) })?;
    let reader = PipeReader {
        fd: OwnedFd::new(fds[0]),
    };
    let writer = PipeWriter {
        fd: OwnedFd::new(fds[1]),
    };
    Ok((reader, writer))
}

impl PipeReader {
    /// The file descriptor (still owned by this reader), for [`poll`](super::poll).
    pub fn as_raw_fd(&self) -> i32 {
        self.fd.raw()
    }

    /// A second read end of the same pipe (`dup`).
    pub fn try_clone(&self) -> Result<PipeReader> {
        Ok(PipeReader {
            fd: self.fd.try_clone()?,
        })
    }
}

impl PipeWriter {
    /// The file descriptor (still owned by this writer), for [`poll`](super::poll).
    pub fn as_raw_fd(&self) -> i32 {
        self.fd.raw()
    }

    /// A second write end of the same pipe (`dup`); the reader sees end of
    /// input only when both are closed.
    pub fn try_clone(&self) -> Result<PipeWriter> {
        Ok(PipeWriter {
            fd: self.fd.try_clone()?,
        })
    }
}

impl Read for PipeReader {
    fn read(&mut self, buffer: &mut [u8]) -> Result<usize> {
        self.fd.read(buffer)
    }
}

impl Write for PipeWriter {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        self.fd.write(data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_target_pipe_is_not_implemented() {
        assert_eq!(pipe().err(), Some(Error::ENOSYS));
    }
}
