//! Buffering: [`BufReader`] for line-by-line input, `LineWriter` for the
//! standard output streams.

use super::{append_utf8, Read, Result, Write};
use alloc::string::String;
use alloc::vec::Vec;

/// Bytes a [`BufReader`] reads at a time, and the size of a `LineWriter`.
const CAPACITY: usize = 1024;

/// Adds a buffer to a reader, for reading lines or small pieces cheaply.
pub struct BufReader<R> {
    inner: R,
    buffer: Vec<u8>,
    position: usize,
    filled: usize,
}

impl<R: Read> BufReader<R> {
    /// Wraps `inner`; the buffer is allocated on first read.
    pub const fn new(inner: R) -> Self {
        BufReader {
            inner,
            buffer: Vec::new(),
            position: 0,
            filled: 0,
        }
    }

    /// The buffered bytes, reading more from the inner reader if none are
    /// left. Empty at end of input.
    pub fn fill_buf(&mut self) -> Result<&[u8]> {
        if self.position >= self.filled {
            if self.buffer.is_empty() {
                self.buffer.resize(CAPACITY, 0);
            }
            self.filled = self.inner.read(&mut self.buffer)?;
            self.position = 0;
        }
        Ok(&self.buffer[self.position..self.filled])
    }

    /// Marks `amount` bytes of [`BufReader::fill_buf`]'s result as used.
    pub fn consume(&mut self, amount: usize) {
        self.position = (self.position + amount).min(self.filled);
    }

    /// Appends bytes to `out` up to and including `delimiter` (or to end of
    /// input); returns how many were appended.
    pub fn read_until(&mut self, delimiter: u8, out: &mut Vec<u8>) -> Result<usize> {
        let mut total = 0;
        loop {
            let available = self.fill_buf()?;
            if available.is_empty() {
                return Ok(total);
            }
            let (count, found) = match available.iter().position(|&byte| byte == delimiter) {
                Some(index) => (index + 1, true),
                None => (available.len(), false),
            };
            out.extend_from_slice(&available[..count]);
            self.consume(count);
            total += count;
            if found {
                return Ok(total);
            }
        }
    }

    /// Appends the next line, with its `\n` if it has one, to `line`;
    /// returns the bytes read, 0 at end of input. A line that is not UTF-8
    /// is an [`Error::EILSEQ`](crate::Error::EILSEQ).
    pub fn read_line(&mut self, line: &mut String) -> Result<usize> {
        let mut bytes = Vec::new();
        let count = self.read_until(b'\n', &mut bytes)?;
        append_utf8(line, bytes)?;
        Ok(count)
    }

    /// The remaining lines, without their `\n` or `\r\n`.
    pub fn lines(self) -> Lines<R> {
        Lines { reader: self }
    }

    /// The inner reader; buffered bytes are lost.
    pub fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: Read> Read for BufReader<R> {
    fn read(&mut self, buffer: &mut [u8]) -> Result<usize> {
        if self.position >= self.filled && buffer.len() >= CAPACITY {
            return self.inner.read(buffer);
        }
        let available = self.fill_buf()?;
        let count = available.len().min(buffer.len());
        buffer[..count].copy_from_slice(&available[..count]);
        self.consume(count);
        Ok(count)
    }
}

/// The lines of a [`BufReader`], from [`BufReader::lines`].
pub struct Lines<R> {
    reader: BufReader<R>,
}

impl<R: Read> Iterator for Lines<R> {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Result<String>> {
        let mut line = String::new();
        match self.reader.read_line(&mut line) {
            Ok(0) => None,
            Ok(_) => Some(Ok(strip_line_end(line))),
            Err(error) => Some(Err(error)),
        }
    }
}

/// `line` without a trailing `\n` or `\r\n`.
pub(crate) fn strip_line_end(mut line: String) -> String {
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    line
}

/// Adds a buffer to a writer, so many small writes become few system
/// calls. Flushed when full, on [`Write::flush`], and when dropped (errors
/// on drop are lost: call `flush` to see them).
pub struct BufWriter<W: Write> {
    inner: W,
    buffer: Vec<u8>,
}

impl<W: Write> BufWriter<W> {
    /// Wraps `inner` with a buffer of 8 KiB.
    pub fn new(inner: W) -> Self {
        Self::with_capacity(8192, inner)
    }

    /// Wraps `inner` with a buffer of `capacity` bytes.
    pub fn with_capacity(capacity: usize, inner: W) -> Self {
        BufWriter {
            inner,
            buffer: Vec::with_capacity(capacity),
        }
    }

    fn write_buffer(&mut self) -> Result<()> {
        let result = self.inner.write_all(&self.buffer);
        self.buffer.clear();
        result
    }
}

impl<W: Write> Write for BufWriter<W> {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        if data.len() > self.buffer.capacity() - self.buffer.len() {
            self.write_buffer()?;
        }
        if data.len() >= self.buffer.capacity() {
            return self.inner.write(data);
        }
        self.buffer.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> Result<()> {
        self.write_buffer()?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for BufWriter<W> {
    fn drop(&mut self) {
        let _ = self.write_buffer();
    }
}

/// A fixed buffer in front of a writer, flushed when full and, if
/// line-buffered, after each write that contains a newline. Needs no heap,
/// so it can back the standard streams and the panic message.
pub(crate) struct LineWriter<W> {
    inner: W,
    buffer: [u8; CAPACITY],
    length: usize,
}

impl<W: Write> LineWriter<W> {
    pub(crate) const fn new(inner: W) -> Self {
        LineWriter {
            inner,
            buffer: [0; CAPACITY],
            length: 0,
        }
    }

    /// Writes out the buffer. Bytes are dropped on error rather than kept
    /// for a retry that would fail the same way.
    fn write_buffer(&mut self) -> Result<()> {
        let length = core::mem::take(&mut self.length);
        self.inner.write_all(&self.buffer[..length])
    }
}

impl<W: Write> Write for LineWriter<W> {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        self.write_all(data)?;
        Ok(data.len())
    }

    fn write_all(&mut self, data: &[u8]) -> Result<()> {
        if data.len() > CAPACITY - self.length {
            self.write_buffer()?;
        }
        if data.len() >= CAPACITY {
            return self.inner.write_all(data);
        }
        self.buffer[self.length..self.length + data.len()].copy_from_slice(data);
        self.length += data.len();
        if data.contains(&b'\n') {
            self.write_buffer()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        self.write_buffer()?;
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;

    /// Records each write call separately.
    #[derive(Default)]
    struct Calls(Vec<Vec<u8>>);

    impl Write for Calls {
        fn write(&mut self, data: &[u8]) -> Result<usize> {
            self.0.push(data.to_vec());
            Ok(data.len())
        }
    }

    /// Reads its data in pieces of `step` bytes.
    struct Pieces<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Pieces<'_> {
        fn read(&mut self, buffer: &mut [u8]) -> Result<usize> {
            let count = self.step.min(buffer.len()).min(self.data.len());
            buffer[..count].copy_from_slice(&self.data[..count]);
            self.data = &self.data[count..];
            Ok(count)
        }
    }

    fn lines_of(data: &[u8], step: usize) -> Vec<Result<String>> {
        BufReader::new(Pieces { data, step }).lines().collect()
    }

    #[test]
    fn lines_split_on_newlines_whatever_the_read_size() {
        let text = b"first\nsecond\r\n\nlast without newline";
        for step in [1, 2, 5, 100, 4096] {
            let lines: Vec<String> = lines_of(text, step).into_iter().map(|line| line.unwrap()).collect();
            assert_eq!(lines, ["first", "second", "", "last without newline"], "step {step}");
        }
        assert!(lines_of(b"", 3).is_empty());
        assert_eq!(lines_of(b"\n", 3).len(), 1);
    }

    #[test]
    fn lines_longer_than_the_buffer_arrive_whole() {
        let long = "x".repeat(3000);
        let text = format!("{long}\nshort\n");
        let lines: Vec<String> = lines_of(text.as_bytes(), 700)
            .into_iter()
            .map(|line| line.unwrap())
            .collect();
        assert_eq!(lines, [long.as_str(), "short"]);
    }

    #[test]
    fn read_line_keeps_the_newline_and_reports_invalid_utf8() {
        let mut reader = BufReader::new(Pieces {
            data: b"one\n\xFF\ntwo",
            step: 2,
        });
        let mut line = String::new();
        assert_eq!(reader.read_line(&mut line).unwrap(), 4);
        assert_eq!(line, "one\n");
        assert_eq!(reader.read_line(&mut line), Err(Error::EILSEQ));
        assert_eq!(reader.read_line(&mut line).unwrap(), 3);
        assert_eq!(line, "one\ntwo");
        assert_eq!(reader.read_line(&mut line).unwrap(), 0);
    }

    #[test]
    fn buffered_reads_mix_with_lines() {
        let mut reader = BufReader::new(Pieces {
            data: b"abcdef\nrest",
            step: 100,
        });
        let mut three = [0; 3];
        assert_eq!(reader.read(&mut three).unwrap(), 3);
        assert_eq!(&three, b"abc");
        let mut rest = Vec::new();
        reader.read_to_end(&mut rest).unwrap();
        assert_eq!(rest, b"def\nrest");
    }

    #[test]
    fn buf_writer_collects_small_writes_and_flushes_on_drop() {
        let mut calls = Calls::default();
        {
            let mut writer = BufWriter::with_capacity(16, &mut calls);
            for number in 0..10 {
                write!(writer, "{number}").unwrap();
            }
            writer.write_all(&[b'x'; 40]).unwrap();
            writer.write_all(b"tail").unwrap();
        }
        assert_eq!(calls.0, [b"0123456789".to_vec(), vec![b'x'; 40], b"tail".to_vec()]);
        let mut bytes = Vec::new();
        let mut writer = BufWriter::new(&mut bytes);
        writer.write_all(b"kept").unwrap();
        writer.flush().unwrap();
        drop(writer);
        assert_eq!(bytes, b"kept");
    }

    #[test]
    fn line_writer_writes_once_per_line() {
        let mut writer = LineWriter::new(Calls::default());
        writer.write_all(b"Hello, ").unwrap();
        writer.write_all(b"world").unwrap();
        assert!(writer.inner.0.is_empty(), "nothing written before the newline");
        writer.write_all(b"!\nnext").unwrap();
        assert_eq!(writer.inner.0, [b"Hello, world!\nnext".to_vec()]);
        writer.flush().unwrap();
        assert_eq!(writer.inner.0.len(), 1, "flushing an empty buffer writes nothing");
        writer.write_all(b"tail").unwrap();
        writer.flush().unwrap();
        assert_eq!(writer.inner.0[1], b"tail");
    }

    #[test]
    fn line_writer_passes_large_writes_through_in_order() {
        let mut writer = LineWriter::new(Calls::default());
        writer.write_all(b"head").unwrap();
        let large = vec![b'y'; 5000];
        writer.write_all(&large).unwrap();
        writer.write_all(&vec![b'z'; 1000]).unwrap();
        writer.write_all(&[b'w'; 100]).unwrap();
        writer.flush().unwrap();
        let joined: Vec<u8> = writer.inner.0.concat();
        let expected = [b"head".to_vec(), large, vec![b'z'; 1000], vec![b'w'; 100]].concat();
        assert_eq!(joined, expected);
        assert!(writer.inner.0.len() <= 4);
    }
}
