//! The devices under `/dev` and the generated files under `/proc`.

use alloc::format;
use alloc::rc::Rc;
use alloc::vec::Vec;

use super::node::{Device, Readiness};
use super::Vfs;
use crate::console::Console;
use crate::errno::{Errno, KernelResult};
use crate::platform::{InputPoll, Platform};
use crate::task::WaitQueue;

/// `/dev/null`: reads end at once, writes vanish.
pub struct Null;

impl Device for Null {
    fn read(&self, _buffer: &mut [u8]) -> KernelResult<usize> {
        Ok(0)
    }
    fn write(&self, bytes: &[u8]) -> KernelResult<usize> {
        Ok(bytes.len())
    }
}

/// `/dev/zero`: an endless supply of zero bytes.
pub struct Zero;

impl Device for Zero {
    fn read(&self, buffer: &mut [u8]) -> KernelResult<usize> {
        buffer.fill(0);
        Ok(buffer.len())
    }
    fn write(&self, bytes: &[u8]) -> KernelResult<usize> {
        Ok(bytes.len())
    }
}

/// `/dev/random`: random bytes from the platform.
pub struct Random(pub &'static dyn Platform);

impl Device for Random {
    fn read(&self, buffer: &mut [u8]) -> KernelResult<usize> {
        self.0.fill_random(buffer);
        Ok(buffer.len())
    }
    fn write(&self, bytes: &[u8]) -> KernelResult<usize> {
        Ok(bytes.len())
    }
}

/// `/dev/console`: the screen and serial for output, keyboard and serial for input.
pub struct ConsoleDevice(pub Rc<Console>);

impl Device for ConsoleDevice {
    fn read(&self, buffer: &mut [u8]) -> KernelResult<usize> {
        self.0.read(buffer)
    }
    fn write(&self, bytes: &[u8]) -> KernelResult<usize> {
        self.0.write(bytes);
        Ok(bytes.len())
    }
    fn readiness(&self) -> Readiness {
        console_readiness(&self.0)
    }
    fn wait_queue(&self) -> Option<&WaitQueue> {
        Some(&self.0.readers)
    }
}

fn console_readiness(console: &Console) -> Readiness {
    console.pump();
    Readiness {
        readable: console.has_input(),
        writable: true,
        hung_up: false,
    }
}

/// The console as the first process's standard error: read like
/// [`ConsoleDevice`], written through [`Console::write_error`]. It has no path;
/// `/dev/stderr` reaches it by duplicating fd 2.
pub struct ConsoleErrorDevice(pub Rc<Console>);

impl Device for ConsoleErrorDevice {
    fn read(&self, buffer: &mut [u8]) -> KernelResult<usize> {
        self.0.read(buffer)
    }
    fn write(&self, bytes: &[u8]) -> KernelResult<usize> {
        self.0.write_error(bytes);
        Ok(bytes.len())
    }
    fn readiness(&self) -> Readiness {
        console_readiness(&self.0)
    }
    fn wait_queue(&self) -> Option<&WaitQueue> {
        Some(&self.0.readers)
    }
}

/// `/dev/serial0`: the serial port alone, raw. Its readers wait on
/// `waiters`, which the kernel wakes whenever it looks for input.
pub struct Serial {
    /// The machine.
    pub platform: &'static dyn Platform,
    /// Tasks waiting for serial input.
    pub waiters: Rc<WaitQueue>,
}

impl Device for Serial {
    fn read(&self, buffer: &mut [u8]) -> KernelResult<usize> {
        let mut count = 0;
        while count < buffer.len() {
            match self.platform.serial_poll() {
                InputPoll::Byte(byte) => {
                    buffer[count] = byte;
                    count += 1;
                }
                InputPoll::Closed => break,
                InputPoll::Empty if count > 0 || buffer.is_empty() => break,
                InputPoll::Empty => return Err(Errno::EAGAIN),
            }
        }
        Ok(count)
    }
    fn write(&self, bytes: &[u8]) -> KernelResult<usize> {
        self.platform.serial_write(bytes);
        Ok(bytes.len())
    }
    fn wait_queue(&self) -> Option<&WaitQueue> {
        Some(&self.waiters)
    }
}

/// `/dev/stdin`, `/dev/stdout`, `/dev/stderr`: opening one duplicates the fd.
pub struct StdioAlias(pub i32);

impl Device for StdioAlias {
    fn stdio_alias(&self) -> Option<i32> {
        Some(self.0)
    }
}

/// `/proc/meminfo`: the kernel heap's figures.
pub struct MemInfo(pub &'static dyn Platform);

impl Device for MemInfo {
    fn snapshot(&self) -> Option<Vec<u8>> {
        let stats = self.0.heap_stats();
        let (cached_bytes, cached_programs) = crate::program_cache::usage();
        let text = format!(
            "HeapTotal: {} bytes\nHeapUsed: {} bytes\nHeapFree: {} bytes\nAppMemory: {} bytes\n\
             ProgramCache: {} bytes\nProgramsCached: {}\n",
            stats.total,
            stats.used,
            stats.total.saturating_sub(stats.used),
            crate::runtime::memory::in_use(),
            cached_bytes,
            cached_programs
        );
        Some(text.into_bytes())
    }
}

/// `/proc/uptime`: seconds since boot.
pub struct Uptime(pub &'static dyn Platform);

impl Device for Uptime {
    fn snapshot(&self) -> Option<Vec<u8>> {
        let nanoseconds = self.0.monotonic_ns();
        let text = format!(
            "{}.{:02}\n",
            nanoseconds / 1_000_000_000,
            (nanoseconds % 1_000_000_000) / 10_000_000
        );
        Some(text.into_bytes())
    }
}

/// Installs every device and generated file; serial readers wait on `serial_waiters`.
pub fn install(
    vfs: &Vfs,
    platform: &'static dyn Platform,
    console: &Rc<Console>,
    serial_waiters: Rc<WaitQueue>,
) -> KernelResult<()> {
    vfs.install_device("/dev/null", Rc::new(Null))?;
    vfs.install_device("/dev/zero", Rc::new(Zero))?;
    vfs.install_device("/dev/random", Rc::new(Random(platform)))?;
    vfs.install_device("/dev/console", Rc::new(ConsoleDevice(console.clone())))?;
    vfs.install_device(
        "/dev/serial0",
        Rc::new(Serial {
            platform,
            waiters: serial_waiters,
        }),
    )?;
    vfs.install_device("/dev/stdin", Rc::new(StdioAlias(0)))?;
    vfs.install_device("/dev/stdout", Rc::new(StdioAlias(1)))?;
    vfs.install_device("/dev/stderr", Rc::new(StdioAlias(2)))?;
    vfs.install_device("/proc/meminfo", Rc::new(MemInfo(platform)))?;
    vfs.install_device("/proc/uptime", Rc::new(Uptime(platform)))?;
    Ok(())
}
