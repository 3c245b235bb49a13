//! The services the portable kernel core needs from the machine underneath:
//! the x86_64 hardware on WasmOS, or Linux in the host runner.
#![deny(unsafe_code)]

/// What the console input source has for the reader right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputPoll {
    /// The next input byte.
    Byte(u8),
    /// Nothing is waiting; more may come later.
    Empty,
    /// Input has ended for good (only the host runner's piped stdin ends).
    Closed,
}

/// Kernel heap figures, in bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Bytes the heap manages.
    pub total: usize,
    /// Bytes handed out to allocations.
    pub used: usize,
}

/// The machine under the kernel core.
pub trait Platform {
    /// Writes bytes to the console (screen and serial on WasmOS).
    fn console_write(&self, bytes: &[u8]);
    /// Writes bytes to the serial port alone.
    fn serial_write(&self, bytes: &[u8]);
    /// Writes bytes sent to the console as standard error (the first
    /// process's fd 2). WasmOS shows them like any console output; the host
    /// runner sends them to its own stderr, so that it works in a pipeline.
    fn console_write_error(&self, bytes: &[u8]) {
        self.console_write(bytes);
    }
    /// Shows everything written to the console so far. A screen may repaint
    /// lazily while output streams; a console that shows each write at once
    /// has nothing to do.
    fn console_flush(&self) {}
    /// Like [`Platform::console_flush`], but only if the screen has not been
    /// repainted for a while: cheap enough to call between an app's fuel slices.
    fn console_flush_if_due(&self) {}
    /// Takes the next console input byte without blocking.
    fn console_poll(&self) -> InputPoll;
    /// Takes the next byte that arrived on the serial port alone, without blocking.
    fn serial_poll(&self) -> InputPoll {
        self.console_poll()
    }
    /// Waits, without spinning, until input may have arrived or a timer tick
    /// passed. Console output written before the wait is shown first.
    fn wait_for_event(&self);
    /// Whether console input comes from a person at a terminal. If not (the
    /// host runner reading a pipe or file), input bytes pass through unedited
    /// and unechoed, whatever the console mode.
    fn input_is_terminal(&self) -> bool {
        true
    }
    /// Bytes of native stack left below the caller, if the platform knows.
    /// Calls that nest (`runapp`, `call_protected`) refuse to go deeper when it runs low.
    fn stack_remaining(&self) -> Option<usize> {
        None
    }
    /// Nanoseconds since boot, monotonic.
    fn monotonic_ns(&self) -> u64;
    /// Nanoseconds since 1970-01-01 UTC.
    fn wall_clock_ns(&self) -> i64;
    /// Fills `buffer` with random bytes.
    fn fill_random(&self, buffer: &mut [u8]);
    /// The kernel heap's figures.
    fn heap_stats(&self) -> HeapStats;
    /// Switches the machine off with `status` (the host runner exits with it).
    fn power_off(&self, status: i32) -> !;
}

/// A platform for host unit tests: scripted input, captured output, a fake clock.
#[cfg(test)]
pub mod testing {
    use super::*;
    use alloc::boxed::Box;
    use alloc::collections::VecDeque;
    use alloc::vec::Vec;
    use core::cell::{Cell, RefCell};

    /// The test platform.
    #[derive(Default)]
    pub struct TestPlatform {
        /// Bytes the console will deliver.
        pub input: RefCell<VecDeque<u8>>,
        /// Everything written to the console.
        pub output: RefCell<Vec<u8>>,
        /// The fake monotonic clock.
        pub clock: Cell<u64>,
        /// Whether input behaves like a terminal (line editing and echo).
        pub terminal: Cell<bool>,
        /// Calls of `console_flush`.
        pub flushes: Cell<usize>,
        /// Calls of `console_flush_if_due`.
        pub flushes_if_due: Cell<usize>,
        /// Whether input stays open (empty) after the queued bytes, instead of ending.
        pub open_ended: Cell<bool>,
    }

    impl TestPlatform {
        /// A leaked platform with `input` queued.
        pub fn leak(input: &[u8]) -> &'static TestPlatform {
            let platform = Box::leak(Box::new(TestPlatform::default()));
            platform.input.borrow_mut().extend(input.iter().copied());
            platform
        }

        /// The console output so far, as text.
        pub fn output_text(&self) -> alloc::string::String {
            alloc::string::String::from_utf8_lossy(&self.output.borrow()).into_owned()
        }
    }

    impl Platform for TestPlatform {
        fn console_write(&self, bytes: &[u8]) {
            self.output.borrow_mut().extend_from_slice(bytes);
        }
        fn serial_write(&self, bytes: &[u8]) {
            self.console_write(bytes);
        }
        fn console_flush(&self) {
            self.flushes.set(self.flushes.get() + 1);
        }
        fn console_flush_if_due(&self) {
            self.flushes_if_due.set(self.flushes_if_due.get() + 1);
        }
        fn console_poll(&self) -> InputPoll {
            match self.input.borrow_mut().pop_front() {
                Some(byte) => InputPoll::Byte(byte),
                None if self.open_ended.get() => InputPoll::Empty,
                None => InputPoll::Closed,
            }
        }
        fn wait_for_event(&self) {
            self.clock.set(self.clock.get() + 1_000_000);
        }
        fn input_is_terminal(&self) -> bool {
            self.terminal.get()
        }
        fn monotonic_ns(&self) -> u64 {
            self.clock.set(self.clock.get() + 1000);
            self.clock.get()
        }
        fn wall_clock_ns(&self) -> i64 {
            1_700_000_000_000_000_000 + self.clock.get() as i64
        }
        fn fill_random(&self, buffer: &mut [u8]) {
            for (index, byte) in buffer.iter_mut().enumerate() {
                *byte = (index as u8).wrapping_mul(31).wrapping_add(7);
            }
        }
        fn heap_stats(&self) -> HeapStats {
            HeapStats {
                total: 1 << 30,
                used: 1 << 20,
            }
        }
        fn power_off(&self, status: i32) -> ! {
            panic!("power off with status {status}");
        }
    }
}
