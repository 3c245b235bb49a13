//! Pipes: a bounded buffer with a read end and a write end, each a device
//! node held by one open file (shared by `dup` and by children). A reader
//! waits while the buffer is empty and a writer exists; a writer waits while
//! it is full and a reader exists. When the last write end closes, readers
//! get end of file; when the last read end closes, writers get `EPIPE`.

use alloc::collections::VecDeque;
use alloc::rc::Rc;
use core::cell::{Cell, RefCell};

use super::node::{Device, Readiness};
use super::{Node, OpenFile, OpenFlags};
use crate::errno::{Errno, KernelResult};
use crate::task::{Scheduler, WaitQueue};

/// Bytes a pipe holds.
pub const PIPE_CAPACITY: usize = 64 * 1024;
/// Writes of at most this many bytes are never split.
pub const PIPE_ATOMIC: usize = 4096;

/// The shared state of one pipe.
pub struct Pipe {
    buffer: RefCell<VecDeque<u8>>,
    readers: Cell<usize>,
    writers: Cell<usize>,
    /// Everyone blocked on this pipe, readers and writers.
    waiters: WaitQueue,
    scheduler: Rc<Scheduler>,
}

impl Pipe {
    /// A new pipe as two open files: the read end and the write end.
    pub fn open(scheduler: Rc<Scheduler>, now_ns: i64) -> (OpenFile, OpenFile) {
        let pipe = Rc::new(Pipe {
            buffer: RefCell::new(VecDeque::new()),
            readers: Cell::new(1),
            writers: Cell::new(1),
            waiters: WaitQueue::new(),
            scheduler,
        });
        let reader = Node::new_device(Rc::new(PipeReader(pipe.clone())), now_ns);
        let writer = Node::new_device(Rc::new(PipeWriter(pipe)), now_ns);
        (
            OpenFile::new(reader, OpenFlags::read_only()),
            OpenFile::new(
                writer,
                OpenFlags {
                    write: true,
                    ..Default::default()
                },
            ),
        )
    }

    fn changed(&self) {
        self.waiters.wake_all(&self.scheduler);
    }
}

/// A pipe's read end.
pub struct PipeReader(Rc<Pipe>);

impl Device for PipeReader {
    fn is_pipe(&self) -> bool {
        true
    }

    fn read(&self, buffer: &mut [u8]) -> KernelResult<usize> {
        let pipe = &self.0;
        let mut contents = pipe.buffer.borrow_mut();
        if contents.is_empty() {
            return if pipe.writers.get() == 0 || buffer.is_empty() {
                Ok(0)
            } else {
                Err(Errno::EAGAIN)
            };
        }
        let count = buffer.len().min(contents.len());
        let (front, back) = contents.as_slices();
        let from_front = count.min(front.len());
        buffer[..from_front].copy_from_slice(&front[..from_front]);
        buffer[from_front..count].copy_from_slice(&back[..count - from_front]);
        contents.drain(..count);
        drop(contents);
        pipe.changed();
        Ok(count)
    }
    fn readiness(&self) -> Readiness {
        let pipe = &self.0;
        let empty = pipe.buffer.borrow().is_empty();
        Readiness {
            readable: !empty || pipe.writers.get() == 0,
            writable: false,
            hung_up: pipe.writers.get() == 0,
        }
    }
    fn wait_queue(&self) -> Option<&WaitQueue> {
        Some(&self.0.waiters)
    }
}

impl Drop for PipeReader {
    fn drop(&mut self) {
        self.0.readers.set(self.0.readers.get() - 1);
        self.0.changed();
    }
}

/// A pipe's write end.
pub struct PipeWriter(Rc<Pipe>);

impl Device for PipeWriter {
    fn is_pipe(&self) -> bool {
        true
    }

    fn write(&self, bytes: &[u8]) -> KernelResult<usize> {
        let pipe = &self.0;
        if pipe.readers.get() == 0 {
            return Err(Errno::EPIPE);
        }
        let mut contents = pipe.buffer.borrow_mut();
        let room = PIPE_CAPACITY - contents.len();
        // A small write goes in whole or waits; a large one goes in pieces.
        if room == 0 || (bytes.len() <= PIPE_ATOMIC && room < bytes.len()) {
            return Err(Errno::EAGAIN);
        }
        let count = room.min(bytes.len());
        contents.extend(&bytes[..count]);
        drop(contents);
        pipe.changed();
        Ok(count)
    }
    fn readiness(&self) -> Readiness {
        let pipe = &self.0;
        Readiness {
            readable: false,
            writable: pipe.readers.get() == 0 || pipe.buffer.borrow().len() + PIPE_ATOMIC <= PIPE_CAPACITY,
            hung_up: pipe.readers.get() == 0,
        }
    }
    fn wait_queue(&self) -> Option<&WaitQueue> {
        Some(&self.0.waiters)
    }
}

impl Drop for PipeWriter {
    fn drop(&mut self) {
        self.0.writers.set(self.0.writers.get() - 1);
        self.0.changed();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pipe() -> (Rc<OpenFile>, Rc<OpenFile>) {
        let (reader, writer) = Pipe::open(Rc::new(Scheduler::new()), 0);
        (Rc::new(reader), Rc::new(writer))
    }

    #[test]
    fn bytes_come_out_in_order() {
        let (reader, writer) = pipe();
        assert_eq!(writer.write(b"hello ", || 0), Ok(6));
        assert_eq!(writer.write(b"world", || 0), Ok(5));
        let mut buffer = [0u8; 8];
        assert_eq!(reader.read(&mut buffer), Ok(8));
        assert_eq!(&buffer, b"hello wo");
        assert_eq!(reader.read(&mut buffer), Ok(3));
        assert_eq!(&buffer[..3], b"rld");
    }

    #[test]
    fn an_empty_pipe_blocks_readers_until_the_last_writer_closes() {
        let (reader, writer) = pipe();
        let mut buffer = [0u8; 4];
        assert_eq!(reader.read(&mut buffer), Err(Errno::EAGAIN));
        let second_writer = writer.clone();
        drop(writer);
        assert_eq!(reader.read(&mut buffer), Err(Errno::EAGAIN));
        drop(second_writer);
        assert_eq!(reader.read(&mut buffer), Ok(0));
    }

    #[test]
    fn a_full_pipe_blocks_writers_and_small_writes_stay_whole() {
        let (reader, writer) = pipe();
        let block = alloc::vec![7u8; PIPE_CAPACITY - 100];
        assert_eq!(writer.write(&block, || 0), Ok(PIPE_CAPACITY - 100));
        // 200 bytes do not fit in the 100 left: a small write waits rather than split.
        assert_eq!(writer.write(&[1; 200], || 0), Err(Errno::EAGAIN));
        assert!(!writer.node().readiness().writable);
        // A large write takes what fits.
        assert_eq!(writer.write(&alloc::vec![1; 5000], || 0), Ok(100));
        assert_eq!(writer.write(&[1], || 0), Err(Errno::EAGAIN));
        let mut buffer = alloc::vec![0u8; PIPE_CAPACITY];
        assert_eq!(reader.read(&mut buffer), Ok(PIPE_CAPACITY));
        assert!(writer.node().readiness().writable);
    }

    #[test]
    fn writing_with_no_reader_is_epipe() {
        let (reader, writer) = pipe();
        drop(reader);
        assert_eq!(writer.write(b"x", || 0), Err(Errno::EPIPE));
        assert!(writer.node().readiness().hung_up);
    }
}
