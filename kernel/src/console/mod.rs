//! The console: output to the platform's screen and serial, and input with a
//! small line discipline (cooked mode) or byte by byte (raw mode). The text
//! terminal that a screen console draws lives in [`terminal`].
#![deny(unsafe_code)]

pub mod terminal;

use alloc::collections::VecDeque;
use alloc::format;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};

use crate::errno::{Errno, KernelResult};
use crate::platform::{InputPoll, Platform};
use crate::task::WaitQueue;

/// Bytes of typed input the console keeps before it drops more.
pub const INPUT_CAPACITY: usize = 64 * 1024;

const CTRL_C: u8 = 0x03;
const CTRL_D: u8 = 0x04;
const BACKSPACE: u8 = 0x08;
const CTRL_U: u8 = 0x15;
const CTRL_Z: u8 = 0x1a;
const DELETE: u8 = 0x7f;

/// How input reaches readers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsoleMode {
    /// The kernel echoes and edits a line; readers get whole lines; Ctrl-C
    /// interrupts and Ctrl-Z stops the foreground job.
    Cooked,
    /// Readers get every byte as typed, with no echo.
    Raw,
}

/// A unit of input ready for readers.
enum Ready {
    Bytes(VecDeque<u8>),
    EndOfInput,
}

/// The system console.
pub struct Console {
    platform: &'static dyn Platform,
    mode: Cell<ConsoleMode>,
    ready: RefCell<VecDeque<Ready>>,
    line: RefCell<Vec<u8>>,
    buffered: Cell<usize>,
    interrupted: Cell<bool>,
    suspended: Cell<bool>,
    closed: Cell<bool>,
    /// Tasks waiting for input.
    pub readers: WaitQueue,
    last_was_carriage_return: Cell<bool>,
    dropped: Cell<u64>,
    dropped_reported: Cell<u64>,
    last_drop_report_ns: Cell<Option<u64>>,
}

/// The shortest time between two notes about dropped input.
const DROP_REPORT_INTERVAL_NS: u64 = 1_000_000_000;

impl Console {
    /// A console over `platform`, in cooked mode.
    pub fn new(platform: &'static dyn Platform) -> Self {
        Console {
            platform,
            mode: Cell::new(ConsoleMode::Cooked),
            ready: RefCell::new(VecDeque::new()),
            line: RefCell::new(Vec::new()),
            buffered: Cell::new(0),
            interrupted: Cell::new(false),
            suspended: Cell::new(false),
            closed: Cell::new(false),
            readers: WaitQueue::new(),
            last_was_carriage_return: Cell::new(false),
            dropped: Cell::new(0),
            dropped_reported: Cell::new(0),
            last_drop_report_ns: Cell::new(None),
        }
    }

    /// Writes bytes to the console.
    pub fn write(&self, bytes: &[u8]) {
        self.platform.console_write(bytes);
    }

    /// Writes bytes to the console's standard error stream (see
    /// [`Platform::console_write_error`]).
    pub fn write_error(&self, bytes: &[u8]) {
        self.platform.console_write_error(bytes);
    }

    /// The current input mode.
    pub fn mode(&self) -> ConsoleMode {
        self.mode.get()
    }

    /// Switches the input mode; a half-typed cooked line becomes readable.
    pub fn set_mode(&self, mode: ConsoleMode) -> ConsoleMode {
        let previous = self.mode.replace(mode);
        if previous == ConsoleMode::Cooked && mode == ConsoleMode::Raw {
            self.deliver_line(None);
        }
        previous
    }

    /// Bytes dropped so far because input arrived faster than it was read.
    pub fn dropped_bytes(&self) -> u64 {
        self.dropped.get()
    }

    /// Moves whatever the platform has received into the console's buffers.
    /// Returns whether anything arrived (readers may have something now).
    pub fn pump(&self) -> bool {
        let mut arrived = false;
        // Input that is not typed (a pipe into the host runner) waits where it
        // is while the buffer is full, rather than being dropped: it is taken
        // in as the app reads.
        let backpressure = !self.platform.input_is_terminal();
        loop {
            if backpressure && self.buffered.get() >= INPUT_CAPACITY {
                break;
            }
            match self.platform.console_poll() {
                InputPoll::Byte(byte) => {
                    arrived = true;
                    self.accept(byte);
                }
                InputPoll::Empty => break,
                InputPoll::Closed => {
                    if !self.closed.replace(true) {
                        arrived = true;
                        self.deliver_line(None);
                    }
                    break;
                }
            }
        }
        // Say that input was dropped, at most once a second so that the note
        // itself does not flood the console.
        let dropped = self.dropped.get();
        if dropped != self.dropped_reported.get() {
            let now = self.platform.monotonic_ns();
            let due = self
                .last_drop_report_ns
                .get()
                .is_none_or(|last| now.saturating_sub(last) >= DROP_REPORT_INTERVAL_NS);
            if due {
                self.dropped_reported.set(dropped);
                self.last_drop_report_ns.set(Some(now));
                self.write(format!("\n[console: input buffer full, {dropped} bytes dropped so far]\n").as_bytes());
            }
        }
        arrived
    }

    /// Whether Ctrl-C was typed (in cooked mode) since the last call; clears it.
    pub fn take_interrupt(&self) -> bool {
        self.interrupted.replace(false)
    }

    /// Whether Ctrl-Z was typed (in cooked mode) since the last call; clears it.
    pub fn take_suspend(&self) -> bool {
        self.suspended.replace(false)
    }

    /// Whether input has ended for good (the host runner's piped input).
    pub fn input_closed(&self) -> bool {
        self.closed.get()
    }

    /// Whether a read would find something (input, or its end).
    pub fn has_input(&self) -> bool {
        !self.ready.borrow().is_empty() || self.closed.get()
    }

    fn has_room(&self) -> bool {
        if self.buffered.get() >= INPUT_CAPACITY {
            self.dropped.set(self.dropped.get() + 1);
            return false;
        }
        self.buffered.set(self.buffered.get() + 1);
        true
    }

    fn push_raw(&self, byte: u8) {
        let mut ready = self.ready.borrow_mut();
        if let Some(Ready::Bytes(bytes)) = ready.back_mut() {
            bytes.push_back(byte);
        } else {
            ready.push_back(Ready::Bytes(VecDeque::from([byte])));
        }
    }

    /// Hands the line being edited to readers, with `terminator` appended if
    /// given. Returns whether there was anything to hand over.
    fn deliver_line(&self, terminator: Option<u8>) -> bool {
        let mut line: Vec<u8> = core::mem::take(&mut *self.line.borrow_mut());
        line.extend(terminator);
        if line.is_empty() {
            return false;
        }
        self.ready
            .borrow_mut()
            .push_back(Ready::Bytes(line.into_iter().collect()));
        true
    }

    /// Throws away the line being edited (Ctrl-C, Ctrl-U) and returns it.
    fn discard_line(&self) -> Vec<u8> {
        let erased = core::mem::take(&mut *self.line.borrow_mut());
        self.buffered.set(self.buffered.get().saturating_sub(erased.len()));
        erased
    }

    fn echo(&self, bytes: &[u8]) {
        self.write(bytes);
    }

    fn accept(&self, byte: u8) {
        if self.mode.get() == ConsoleMode::Raw || !self.platform.input_is_terminal() {
            if self.has_room() {
                self.push_raw(byte);
            }
            return;
        }
        let after_carriage_return = self.last_was_carriage_return.replace(byte == b'\r');
        match byte {
            b'\n' if after_carriage_return => {}
            b'\r' | b'\n' => {
                if self.has_room() {
                    self.deliver_line(Some(b'\n'));
                    self.echo(b"\n");
                }
            }
            CTRL_C => {
                self.discard_line();
                self.interrupted.set(true);
                self.echo(b"^C\n");
            }
            CTRL_Z => {
                self.suspended.set(true);
                self.echo(b"^Z\n");
            }
            CTRL_D => {
                if !self.deliver_line(None) {
                    self.ready.borrow_mut().push_back(Ready::EndOfInput);
                }
            }
            BACKSPACE | DELETE => {
                let mut line = self.line.borrow_mut();
                // Remove one whole UTF-8 character.
                while let Some(last) = line.pop() {
                    self.buffered.set(self.buffered.get().saturating_sub(1));
                    if last & 0xc0 != 0x80 {
                        break;
                    }
                }
                drop(line);
                self.echo(b"\x08 \x08");
            }
            CTRL_U => {
                let erased = self.discard_line();
                let characters = erased.iter().filter(|byte| **byte & 0xc0 != 0x80).count();
                for _ in 0..characters {
                    self.echo(b"\x08 \x08");
                }
            }
            b'\t' | 0x20..=0x7e | 0x80..=0xff if self.has_room() => {
                self.line.borrow_mut().push(byte);
                self.echo(&[byte]);
            }
            _ => {}
        }
    }

    /// Reads input into `buffer` if some is ready: a line in cooked mode, at
    /// least one byte in raw mode; 0 at end of input. `EAGAIN` if nothing is
    /// ready yet (the caller waits on [`Console::readers`]); the screen is
    /// brought up to date first, since whoever waits for input waits on its user.
    pub fn read(&self, buffer: &mut [u8]) -> KernelResult<usize> {
        if buffer.is_empty() {
            return Ok(0);
        }
        self.pump();
        let mut ready = self.ready.borrow_mut();
        match ready.front_mut() {
            Some(Ready::EndOfInput) => {
                ready.pop_front();
                Ok(0)
            }
            Some(Ready::Bytes(bytes)) => {
                let count = bytes.len().min(buffer.len());
                for (slot, byte) in buffer.iter_mut().zip(bytes.drain(..count)) {
                    *slot = byte;
                }
                if bytes.is_empty() {
                    ready.pop_front();
                }
                self.buffered.set(self.buffered.get().saturating_sub(count));
                Ok(count)
            }
            None if self.closed.get() => Ok(0),
            None => {
                drop(ready);
                self.platform.console_flush();
                Err(Errno::EAGAIN)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::testing::TestPlatform;

    fn terminal(input: &[u8]) -> Console {
        let platform = TestPlatform::leak(input);
        platform.terminal.set(true);
        Console::new(platform)
    }

    fn read_all(console: &Console) -> Vec<u8> {
        let mut collected = Vec::new();
        let mut buffer = [0u8; 64];
        while let Ok(count) = console.read(&mut buffer) {
            if count == 0 {
                break;
            }
            collected.extend_from_slice(&buffer[..count]);
        }
        // The test platform's input ends, so nothing is left waiting.
        collected
    }

    #[test]
    fn cooked_mode_edits_the_line_before_delivering_it() {
        let console = terminal(b"helo\x7flo\r\nbad\x15good\n");
        assert_eq!(read_all(&console), b"hello\ngood\n");
    }

    #[test]
    fn ctrl_d_on_an_empty_line_is_end_of_input() {
        let console = terminal(b"\x04more\n");
        let mut buffer = [0u8; 16];
        assert_eq!(console.read(&mut buffer), Ok(0));
        assert_eq!(console.read(&mut buffer), Ok(5));
    }

    #[test]
    fn ctrl_d_after_text_delivers_the_line_without_a_newline() {
        let console = terminal(b"ab\x04\x04");
        let mut buffer = [0u8; 16];
        assert_eq!(console.read(&mut buffer), Ok(2));
        assert_eq!(&buffer[..2], b"ab");
        assert_eq!(console.read(&mut buffer), Ok(0));
    }

    #[test]
    fn switching_to_raw_mode_hands_over_the_half_typed_line() {
        let console = terminal(b"");
        for &byte in b"ab" {
            console.accept(byte);
        }
        console.set_mode(ConsoleMode::Raw);
        assert_eq!(read_all(&console), b"ab");
    }

    #[test]
    fn end_of_input_hands_over_the_half_typed_line() {
        let console = terminal(b"one\ntw");
        assert_eq!(read_all(&console), b"one\ntw");
    }

    #[test]
    fn ctrl_c_and_ctrl_z_are_signals_in_cooked_mode_only() {
        let console = terminal(b"abc\x03\x1a");
        console.pump();
        assert!(console.take_interrupt());
        assert!(console.take_suspend());
        assert!(!console.take_interrupt());
        let raw = terminal(b"\x03");
        raw.set_mode(ConsoleMode::Raw);
        let mut buffer = [0u8; 4];
        assert_eq!(raw.read(&mut buffer), Ok(1));
        assert_eq!(buffer[0], 3);
    }

    #[test]
    fn a_reader_shows_pending_output_before_it_waits() {
        let platform = TestPlatform::leak(b"");
        platform.terminal.set(true);
        platform.open_ended.set(true);
        let console = Console::new(platform);
        console.write(b"question? ");
        let mut buffer = [0u8; 16];
        assert_eq!(console.read(&mut buffer), Err(Errno::EAGAIN));
        assert_eq!(platform.flushes.get(), 1);
    }

    #[test]
    fn piped_input_passes_through_unedited() {
        let console = Console::new(TestPlatform::leak(b"a\x7f\x03\0b"));
        assert_eq!(read_all(&console), b"a\x7f\x03\0b");
    }

    #[test]
    fn input_beyond_the_buffer_is_dropped_and_counted() {
        let flood = alloc::vec![b'x'; INPUT_CAPACITY + 100];
        let console = terminal(&flood);
        console.pump();
        assert_eq!(console.dropped_bytes(), 100);
    }
}
