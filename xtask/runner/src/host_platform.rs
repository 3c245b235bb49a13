//! The kernel core's platform on Linux: the terminal as console (its error
//! stream on the host's stderr), the system clocks, `/dev/urandom`, and a
//! counting allocator for heap figures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use wasmos_kernel::platform::{HeapStats, InputPoll, Platform};
use wasmos_kernel::random::FallbackRandom;

static HEAP_USED: AtomicUsize = AtomicUsize::new(0);

/// The system allocator, counting the bytes in use for `/proc/meminfo`.
pub struct CountingAllocator;

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is only bookkeeping.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        IN_ALLOCATOR.fetch_add(1, Ordering::SeqCst);
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which we pass on.
        let pointer = unsafe { System.alloc(layout) };
        IN_ALLOCATOR.fetch_sub(1, Ordering::SeqCst);
        if !pointer.is_null() {
            HEAP_USED.fetch_add(layout.size(), Ordering::Relaxed);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        HEAP_USED.fetch_sub(layout.size(), Ordering::Relaxed);
        IN_ALLOCATOR.fetch_add(1, Ordering::SeqCst);
        // SAFETY: `pointer` came from `alloc` with this `layout`, as the caller guarantees.
        unsafe { System.dealloc(pointer, layout) }
        IN_ALLOCATOR.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Calls into the system allocator under way, on any thread: the host's
/// stand-in for the kernel heap's lock, which preemption must not cross.
static IN_ALLOCATOR: AtomicUsize = AtomicUsize::new(0);

/// Whether no thread is inside the system allocator.
pub fn allocator_is_free() -> bool {
    IN_ALLOCATOR.load(Ordering::SeqCst) == 0
}

/// Linux as the machine under the kernel core.
pub struct HostPlatform {
    started: Instant,
    stack_top: usize,
    stack_size: usize,
    input: Receiver<u8>,
    pending: Mutex<Option<u8>>,
    closed: Mutex<bool>,
    terminal: Option<libc::termios>,
}

impl HostPlatform {
    /// Starts reading standard input on a thread; a terminal goes into
    /// non-canonical, no-echo mode so the kernel's line discipline applies.
    pub fn new() -> Self {
        let (sender, input) = mpsc::sync_channel(1 << 16);
        std::thread::spawn(move || {
            let mut stdin = std::io::stdin().lock();
            let mut buffer = [0u8; 4096];
            while let Ok(count) = stdin.read(&mut buffer) {
                if count == 0 {
                    break;
                }
                for byte in &buffer[..count] {
                    if sender.send(*byte).is_err() {
                        return;
                    }
                }
            }
        });
        HostPlatform {
            started: Instant::now(),
            stack_top: current_stack_address(),
            stack_size: main_stack_size(),
            input,
            pending: Mutex::new(None),
            closed: Mutex::new(false),
            terminal: raw_terminal(),
        }
    }

    /// Puts the terminal back as it was.
    pub fn restore_terminal(&self) {
        if let Some(original) = &self.terminal {
            // SAFETY: restores attributes read from this same descriptor.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, original) };
        }
    }
}

/// An address in the current stack frame.
#[inline(never)]
fn current_stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// The main thread's stack size (its rlimit), less a margin for what lies above `main`.
fn main_stack_size() -> usize {
    // SAFETY: getrlimit fills the struct it is given.
    let mut limit: libc::rlimit = unsafe { std::mem::zeroed() };
    // SAFETY: `limit` is a valid rlimit to fill.
    let known = unsafe { libc::getrlimit(libc::RLIMIT_STACK, &mut limit) } == 0;
    let size = if known && limit.rlim_cur != libc::RLIM_INFINITY {
        limit.rlim_cur as usize
    } else {
        8 << 20
    };
    size.saturating_sub(64 * 1024)
}

fn raw_terminal() -> Option<libc::termios> {
    // SAFETY: isatty only inspects the descriptor.
    if unsafe { libc::isatty(libc::STDIN_FILENO) } != 1 {
        return None;
    }
    // SAFETY: termios is plain data, fully written by tcgetattr before use.
    let mut original: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: stdin is a terminal and `original` is a valid termios to fill.
    if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut original) } != 0 {
        return None;
    }
    let mut raw = original;
    raw.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG);
    // Ctrl-S and Ctrl-Q reach the app (an editor saves and quits with them)
    // instead of pausing and resuming the terminal's output.
    raw.c_iflag &= !libc::IXON;
    raw.c_cc[libc::VMIN] = 1;
    raw.c_cc[libc::VTIME] = 0;
    // SAFETY: `raw` is a valid termios derived from the terminal's own.
    unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &raw) };
    Some(original)
}

impl Platform for HostPlatform {
    fn console_write(&self, bytes: &[u8]) {
        let mut stdout = std::io::stdout().lock();
        let _ = stdout.write_all(bytes);
        let _ = stdout.flush();
    }

    fn serial_write(&self, bytes: &[u8]) {
        self.console_write(bytes);
    }

    fn console_write_error(&self, bytes: &[u8]) {
        let mut stderr = std::io::stderr().lock();
        let _ = stderr.write_all(bytes);
        let _ = stderr.flush();
    }

    fn console_poll(&self) -> InputPoll {
        if let Some(byte) = self.pending.lock().expect("input lock").take() {
            return InputPoll::Byte(byte);
        }
        match self.input.try_recv() {
            Ok(byte) => InputPoll::Byte(byte),
            Err(TryRecvError::Empty) => InputPoll::Empty,
            Err(TryRecvError::Disconnected) => {
                *self.closed.lock().expect("input lock") = true;
                InputPoll::Closed
            }
        }
    }

    fn wait_for_event(&self) {
        if *self.closed.lock().expect("input lock") {
            std::thread::sleep(Duration::from_millis(1));
            return;
        }
        let mut pending = self.pending.lock().expect("input lock");
        if pending.is_some() {
            return;
        }
        match self.input.recv_timeout(Duration::from_millis(1)) {
            Ok(byte) => *pending = Some(byte),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => *self.closed.lock().expect("input lock") = true,
        }
    }

    fn input_is_terminal(&self) -> bool {
        self.terminal.is_some()
    }

    fn stack_remaining(&self) -> Option<usize> {
        let used = self.stack_top.saturating_sub(current_stack_address());
        Some(self.stack_size.saturating_sub(used))
    }

    fn monotonic_ns(&self) -> u64 {
        self.started.elapsed().as_nanos() as u64
    }

    fn wall_clock_ns(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|elapsed| elapsed.as_nanos() as i64)
            .unwrap_or(0)
    }

    fn fill_random(&self, buffer: &mut [u8]) {
        if let Ok(mut source) = std::fs::File::open("/dev/urandom") {
            if source.read_exact(buffer).is_ok() {
                return;
            }
        }
        // The core's one fallback generator, seeded from the wall clock.
        static FALLBACK: FallbackRandom = FallbackRandom::new();
        FALLBACK.fill(buffer, || self.wall_clock_ns() as u64);
    }

    fn heap_stats(&self) -> HeapStats {
        HeapStats {
            total: 0,
            used: HEAP_USED.load(Ordering::Relaxed),
        }
    }

    fn power_off(&self, status: i32) -> ! {
        self.restore_terminal();
        let _ = std::io::stdout().flush();
        std::process::exit(status);
    }
}
