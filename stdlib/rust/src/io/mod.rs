//! Input and output: the [`Read`] and [`Write`] traits, buffering, the
//! standard streams behind [`print!`](crate::print) and friends, pipes and
//! [`poll`].

mod buffered;
mod pipe;
mod poll;
mod stdio;

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

pub use crate::error::{Error, Result};
pub use buffered::{BufReader, BufWriter, Lines};
pub use pipe::{pipe, PipeReader, PipeWriter};
pub use poll::{poll, Events, PollFd};
pub use stdio::{stderr, stdin, stdout, Stderr, Stdin, StdinLines, Stdout};

pub(crate) use buffered::LineWriter;
pub(crate) use stdio::flush_stdout;
#[doc(hidden)]
pub use stdio::{_eprint, _print};

/// A source of bytes.
pub trait Read {
    /// Reads up to `buffer.len()` bytes; returns how many, 0 at end of input.
    fn read(&mut self, buffer: &mut [u8]) -> Result<usize>;

    /// Reads until end of input, appending to `buffer`; returns the count.
    fn read_to_end(&mut self, buffer: &mut Vec<u8>) -> Result<usize> {
        read_to_end_in_chunks(self, buffer)
    }

    /// Reads until end of input, appending to `text`; returns the count.
    /// Input that is not UTF-8 is an [`Error::EILSEQ`] and appends nothing.
    fn read_to_string(&mut self, text: &mut String) -> Result<usize> {
        let mut bytes = Vec::new();
        let count = self.read_to_end(&mut bytes)?;
        append_utf8(text, bytes)?;
        Ok(count)
    }
}

/// A destination for bytes.
pub trait Write {
    /// Writes some of `data`; returns how many bytes were taken.
    fn write(&mut self, data: &[u8]) -> Result<usize>;

    /// Pushes buffered bytes to their destination.
    fn flush(&mut self) -> Result<()> {
        Ok(())
    }

    /// Writes all of `data`. A write that takes nothing is an [`Error::EIO`].
    fn write_all(&mut self, mut data: &[u8]) -> Result<()> {
        while !data.is_empty() {
            match self.write(data)? {
                0 => return Err(Error::EIO),
                count => data = &data[count..],
            }
        }
        Ok(())
    }

    /// Writes formatted text; what `write!` and `writeln!` call.
    fn write_fmt(&mut self, arguments: fmt::Arguments<'_>) -> Result<()> {
        /// Keeps the first I/O error, which `fmt::Error` cannot carry.
        struct Adapter<'a, W: ?Sized> {
            inner: &'a mut W,
            error: Option<Error>,
        }
        impl<W: Write + ?Sized> fmt::Write for Adapter<'_, W> {
            fn write_str(&mut self, text: &str) -> fmt::Result {
                self.inner.write_all(text.as_bytes()).map_err(|error| {
                    self.error = Some(error);
                    fmt::Error
                })
            }
        }
        let mut adapter = Adapter {
            inner: self,
            error: None,
        };
        match fmt::write(&mut adapter, arguments) {
            Ok(()) => Ok(()),
            Err(_) => Err(adapter.error.unwrap_or(Error::EIO)),
        }
    }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        (**self).write(data)
    }
    fn flush(&mut self) -> Result<()> {
        (**self).flush()
    }
}

impl<R: Read + ?Sized> Read for &mut R {
    fn read(&mut self, buffer: &mut [u8]) -> Result<usize> {
        (**self).read(buffer)
    }
}

impl Write for Vec<u8> {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        self.extend_from_slice(data);
        Ok(data.len())
    }
}

impl Read for &[u8] {
    fn read(&mut self, buffer: &mut [u8]) -> Result<usize> {
        let count = buffer.len().min(self.len());
        buffer[..count].copy_from_slice(&self[..count]);
        *self = &self[count..];
        Ok(count)
    }
}

/// Where [`File::seek`](crate::fs::File::seek) moves the offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeekFrom {
    /// This many bytes from the start.
    Start(u64),
    /// This many bytes from the end (usually negative or zero).
    End(i64),
    /// This many bytes from the current offset.
    Current(i64),
}

/// A file descriptor used without owning it (the standard streams).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fd(pub(crate) i32);

impl Fd {
    pub(crate) const STDIN: Fd = Fd(0);
    pub(crate) const STDOUT: Fd = Fd(1);
    pub(crate) const STDERR: Fd = Fd(2);
}

impl Read for Fd {
    fn read(&mut self, buffer: &mut [u8]) -> Result<usize> {
        // SAFETY: the pointer and length describe `buffer`, which the call may fill.
        Error::check(unsafe { crate::sys::read(self.0, buffer.as_mut_ptr(), buffer.len()) })
    }
}

impl Write for Fd {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        // SAFETY: the pointer and length describe `data`, which the call only reads.
        Error::check(unsafe { crate::sys::write(self.0, data.as_ptr(), data.len()) })
    }
}

/// A file descriptor this process owns: closed when dropped.
#[derive(Debug)]
pub(crate) struct OwnedFd(i32);

impl OwnedFd {
    /// Takes ownership of `fd`, which nothing else may close.
    pub(crate) fn new(fd: i32) -> OwnedFd {
        OwnedFd(fd)
    }

    /// The descriptor, still owned.
    pub(crate) fn raw(&self) -> i32 {
        self.0
    }

    /// A second descriptor for the same open file (`dup`), owned too.
    pub(crate) fn try_clone(&self) -> Result<OwnedFd> {
        // SAFETY: plain integer.
        let fd = Error::check(unsafe { crate::sys::dup(self.0) })?;
        Ok(OwnedFd(fd as i32))
    }
}

impl Read for OwnedFd {
    fn read(&mut self, buffer: &mut [u8]) -> Result<usize> {
        Fd(self.0).read(buffer)
    }
}

impl Write for OwnedFd {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        Fd(self.0).write(data)
    }
}

impl Drop for OwnedFd {
    fn drop(&mut self) {
        // SAFETY: plain integer; this value owns the descriptor.
        unsafe { crate::sys::close(self.0) };
    }
}

/// [`Read::read_to_end`]'s default: read into the spare capacity, growing it.
pub(crate) fn read_to_end_in_chunks<R: Read + ?Sized>(reader: &mut R, buffer: &mut Vec<u8>) -> Result<usize> {
    const CHUNK: usize = 512;
    let start = buffer.len();
    loop {
        let filled = buffer.len();
        if buffer.capacity() == filled {
            buffer.reserve(CHUNK.max(filled - start));
        }
        buffer.resize(buffer.capacity(), 0);
        match reader.read(&mut buffer[filled..]) {
            Ok(0) => {
                buffer.truncate(filled);
                return Ok(filled - start);
            }
            Ok(count) => buffer.truncate(filled + count),
            Err(error) => {
                buffer.truncate(filled);
                return Err(error);
            }
        }
    }
}

/// Appends `bytes` to `text` if they are UTF-8; [`Error::EILSEQ`] otherwise.
pub(crate) fn append_utf8(text: &mut String, bytes: Vec<u8>) -> Result<()> {
    let decoded = String::from_utf8(bytes).map_err(|_| Error::EILSEQ)?;
    if text.is_empty() {
        *text = decoded;
    } else {
        text.push_str(&decoded);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out its data a few bytes at a time.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buffer: &mut [u8]) -> Result<usize> {
            let count = self.step.min(buffer.len()).min(self.data.len());
            buffer[..count].copy_from_slice(&self.data[..count]);
            self.data = &self.data[count..];
            Ok(count)
        }
    }

    /// A writer that takes at most `step` bytes per call.
    struct Narrow {
        taken: Vec<u8>,
        step: usize,
    }

    impl Write for Narrow {
        fn write(&mut self, data: &[u8]) -> Result<usize> {
            let count = self.step.min(data.len());
            self.taken.extend_from_slice(&data[..count]);
            Ok(count)
        }
    }

    #[test]
    fn read_to_end_collects_every_piece() {
        let data: Vec<u8> = (0..5000u32).map(|value| value as u8).collect();
        let mut reader = Trickle { data: &data, step: 333 };
        let mut collected = vec![9, 9];
        assert_eq!(reader.read_to_end(&mut collected).unwrap(), 5000);
        assert_eq!(&collected[..2], &[9, 9]);
        assert_eq!(&collected[2..], &data[..]);
    }

    #[test]
    fn read_to_string_rejects_invalid_utf8() {
        let mut text = String::from("kept");
        let mut reader: &[u8] = &[0x66, 0xFF, 0x67];
        assert_eq!(reader.read_to_string(&mut text), Err(Error::EILSEQ));
        assert_eq!(text, "kept");
        let mut reader: &[u8] = "; ünïcode".as_bytes();
        reader.read_to_string(&mut text).unwrap();
        assert_eq!(text, "kept; ünïcode");
    }

    #[test]
    fn write_all_and_write_fmt_loop_over_short_writes() {
        let mut writer = Narrow {
            taken: Vec::new(),
            step: 3,
        };
        let word = "abc";
        write!(writer, "{word}-{:>4}|{:.2}", 42, 1.5).unwrap();
        assert_eq!(writer.taken, b"abc-  42|1.50");
        let mut stuck = Narrow {
            taken: Vec::new(),
            step: 0,
        };
        assert_eq!(stuck.write_all(b"x"), Err(Error::EIO));
        assert_eq!(writeln!(stuck, "x"), Err(Error::EIO));
    }
}
