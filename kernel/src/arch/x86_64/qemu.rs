//! QEMU's `isa-debug-exit` device (port 0xf4): a written value v makes QEMU
//! exit with status `(v << 1) | 1`. Tests use it to report their result.

use super::port_io::Port;

// SAFETY: QEMU's `isa-debug-exit` sits at 0xf4 (xtask passes
// `iobase=0xf4,iosize=4`); without the device a write there goes nowhere.
const DEBUG_EXIT_PORT: Port<u32> = unsafe { Port::new(0xf4) };

/// The codes the kernel writes; QEMU exits with 33 and 35.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum ExitCode {
    /// Every test passed (QEMU exits with 33).
    Success = 0x10,
    /// A test failed or the kernel faulted (QEMU exits with 35).
    Failure = 0x11,
}

/// Exits QEMU with `code`; if no debug-exit device is present, halts forever.
pub fn exit(code: ExitCode) -> ! {
    DEBUG_EXIT_PORT.write(code as u32);
    super::halt_forever()
}
