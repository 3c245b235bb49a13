//! The standard streams: stdout (line-buffered), stderr (flushed after
//! every print), stdin (buffered, line by line), and the print macros.

use super::buffered::strip_line_end;
use super::{BufReader, Error, Fd, LineWriter, Read, Result, Write};
use crate::sync::TryLock;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

static STDOUT: TryLock<LineWriter<Fd>> = TryLock::new(LineWriter::new(Fd::STDOUT));
static STDERR: TryLock<LineWriter<Fd>> = TryLock::new(LineWriter::new(Fd::STDERR));
static STDIN: TryLock<BufReader<ConsoleInput>> = TryLock::new(BufReader::new(ConsoleInput));

/// Error for a stream used re-entrantly (from inside its own operation).
const BUSY: Error = Error::from_errno(16);

/// Writes to a stream's buffer, or straight to its descriptor if the
/// buffer is in use further up the stack (a print inside a `Display` impl).
fn with_stream<T>(
    stream: &TryLock<LineWriter<Fd>>,
    fd: Fd,
    action: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    match stream.try_lock() {
        Some(mut writer) => action(&mut *writer),
        None => action(&mut { fd }),
    }
}

/// Writes out what stdout has buffered. Called before the process ends,
/// before a child runs, and before reading stdin.
pub(crate) fn flush_stdout() {
    if let Some(mut writer) = STDOUT.try_lock() {
        let _ = writer.flush();
    }
}

/// A handle to standard output, line-buffered. From [`stdout`].
pub struct Stdout {
    _private: (),
}

/// Standard output (fd 1).
pub fn stdout() -> Stdout {
    Stdout { _private: () }
}

impl Write for Stdout {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        with_stream(&STDOUT, Fd::STDOUT, |writer| writer.write(data))
    }
    fn write_all(&mut self, data: &[u8]) -> Result<()> {
        with_stream(&STDOUT, Fd::STDOUT, |writer| writer.write_all(data))
    }
    fn flush(&mut self) -> Result<()> {
        with_stream(&STDOUT, Fd::STDOUT, |writer| writer.flush())
    }
}

/// A handle to standard error; each `eprint!` is written out at once.
/// From [`stderr`].
pub struct Stderr {
    _private: (),
}

/// Standard error (fd 2).
pub fn stderr() -> Stderr {
    Stderr { _private: () }
}

impl Write for Stderr {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        self.write_all(data)?;
        Ok(data.len())
    }
    fn write_all(&mut self, data: &[u8]) -> Result<()> {
        with_stream(&STDERR, Fd::STDERR, |writer| {
            writer.write_all(data)?;
            writer.flush()
        })
    }
}

#[doc(hidden)]
pub fn _print(arguments: fmt::Arguments<'_>) {
    let _ = with_stream(&STDOUT, Fd::STDOUT, |writer| writer.write_fmt(arguments));
}

#[doc(hidden)]
pub fn _eprint(arguments: fmt::Arguments<'_>) {
    let _ = with_stream(&STDERR, Fd::STDERR, |writer| {
        writer.write_fmt(arguments)?;
        writer.flush()
    });
}

/// Reads fd 0, first flushing stdout so a prompt shows before input blocks.
struct ConsoleInput;

impl Read for ConsoleInput {
    fn read(&mut self, buffer: &mut [u8]) -> Result<usize> {
        flush_stdout();
        let mut input = Fd::STDIN;
        input.read(buffer)
    }
}

/// A handle to standard input, buffered. From [`stdin`].
pub struct Stdin {
    _private: (),
}

/// Standard input (fd 0). On the console it delivers a line at a time.
pub fn stdin() -> Stdin {
    Stdin { _private: () }
}

impl Stdin {
    /// Appends the next line, with its `\n` if it has one, to `line`;
    /// returns the bytes read, 0 at end of input.
    pub fn read_line(&self, line: &mut String) -> Result<usize> {
        STDIN.try_lock().ok_or(BUSY)?.read_line(line)
    }

    /// The remaining lines of input, without their `\n` or `\r\n`.
    pub fn lines(self) -> StdinLines {
        StdinLines { _private: () }
    }

    /// Reads to end of input, appending to `text`; returns the byte count.
    pub fn read_to_string(&self, text: &mut String) -> Result<usize> {
        STDIN.try_lock().ok_or(BUSY)?.read_to_string(text)
    }

    /// Reads to end of input, appending to `bytes`; returns the count.
    pub fn read_to_end(&self, bytes: &mut Vec<u8>) -> Result<usize> {
        STDIN.try_lock().ok_or(BUSY)?.read_to_end(bytes)
    }
}

impl Read for Stdin {
    fn read(&mut self, buffer: &mut [u8]) -> Result<usize> {
        STDIN.try_lock().ok_or(BUSY)?.read(buffer)
    }
}

/// The lines of standard input, from [`Stdin::lines`].
pub struct StdinLines {
    _private: (),
}

impl Iterator for StdinLines {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Result<String>> {
        let mut line = String::new();
        match stdin().read_line(&mut line) {
            Ok(0) => None,
            Ok(_) => Some(Ok(strip_line_end(line))),
            Err(error) => Some(Err(error)),
        }
    }
}

/// Prints to standard output (line-buffered).
#[macro_export]
macro_rules! print {
    ($($argument:tt)*) => {
        $crate::io::_print(::core::format_args!($($argument)*))
    };
}

/// Prints to standard output, with a newline.
#[macro_export]
macro_rules! println {
    () => {
        $crate::io::_print(::core::format_args!("\n"))
    };
    ($($argument:tt)*) => {
        $crate::io::_print(::core::format_args!("{}\n", ::core::format_args!($($argument)*)))
    };
}

/// Prints to standard error.
#[macro_export]
macro_rules! eprint {
    ($($argument:tt)*) => {
        $crate::io::_eprint(::core::format_args!($($argument)*))
    };
}

/// Prints to standard error, with a newline.
#[macro_export]
macro_rules! eprintln {
    () => {
        $crate::io::_eprint(::core::format_args!("\n"))
    };
    ($($argument:tt)*) => {
        $crate::io::_eprint(::core::format_args!("{}\n", ::core::format_args!($($argument)*)))
    };
}
