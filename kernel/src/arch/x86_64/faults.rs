//! Reporting CPU exceptions: which one, where, the error code, CR2 and the
//! registers that the interrupt frame holds, then stopping the machine.

use core::fmt::Write;
use core::sync::atomic::{AtomicU64, Ordering};

use x86_64::structures::idt::InterruptStackFrame;
use x86_64::VirtAddr;

use super::{qemu, serial};

/// Where a test's expected page fault continues (0: no page fault is expected).
static PAGE_FAULT_RECOVERY: AtomicU64 = AtomicU64::new(0);
/// The faulting address of the last page fault recovered from.
static RECOVERED_FAULT_ADDRESS: AtomicU64 = AtomicU64::new(0);

/// A writer to the serial port that works even while its lock is held.
pub struct EmergencyWriter;

impl Write for EmergencyWriter {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        serial::write_emergency(text.as_bytes());
        super::framebuffer::write_emergency(text.as_bytes());
        Ok(())
    }
}

/// Prints an exception report.
pub fn report(name: &str, frame: &InterruptStackFrame, error_code: Option<u64>, address: Option<u64>) {
    let mut writer = EmergencyWriter;
    let _ = write!(
        writer,
        "\nEXCEPTION: {name} at RIP {:#x}",
        frame.instruction_pointer.as_u64()
    );
    if let Some(code) = error_code {
        let _ = write!(writer, ", error code {code:#x}");
    }
    if let Some(address) = address {
        let _ = write!(writer, ", CR2 {address:#x}");
    }
    let _ = writeln!(
        writer,
        "\n  RSP {:#x}  RFLAGS {:#x}  CS {:#x}  SS {:#x}",
        frame.stack_pointer.as_u64(),
        frame.cpu_flags.bits(),
        frame.code_segment.0,
        frame.stack_segment.0
    );
}

/// Prints the control registers.
fn print_control_registers(writer: &mut impl Write) {
    use x86_64::registers::control::{Cr0, Cr3, Cr4};
    let (level_4_table, _) = Cr3::read();
    let _ = writeln!(
        writer,
        "  CR0 {:#x}  CR3 {:#x}  CR4 {:#x}",
        Cr0::read_raw(),
        level_4_table.start_address().as_u64(),
        Cr4::read_raw()
    );
}

/// Prints an exception report with registers and a backtrace, and stops:
/// QEMU exits with the failure code.
pub fn fatal(name: &str, frame: &InterruptStackFrame, error_code: Option<u64>, address: Option<u64>) -> ! {
    report(name, frame, error_code, address);
    print_control_registers(&mut EmergencyWriter);
    super::backtrace::print(&mut EmergencyWriter);
    let _ = writeln!(EmergencyWriter, "kernel stopped.");
    qemu::exit(qemu::ExitCode::Failure);
}

/// Arms recovery for one expected page fault: execution continues in `continuation`.
pub fn expect_page_fault(continuation: extern "C" fn() -> !) {
    PAGE_FAULT_RECOVERY.store(continuation as usize as u64, Ordering::SeqCst);
}

/// The address (CR2) of the last page fault that [`expect_page_fault`] recovered from.
pub fn recovered_fault_address() -> u64 {
    RECOVERED_FAULT_ADDRESS.load(Ordering::SeqCst)
}

/// If a page fault is expected, points the frame at the continuation and disarms.
pub fn recover_from_page_fault(frame: &mut InterruptStackFrame, address: u64) -> bool {
    let continuation = PAGE_FAULT_RECOVERY.swap(0, Ordering::SeqCst);
    if continuation == 0 {
        return false;
    }
    RECOVERED_FAULT_ADDRESS.store(address, Ordering::SeqCst);
    // A fresh, ABI-aligned stack pointer below the faulting frame's.
    let stack = (frame.stack_pointer.as_u64() & !0xf) - 8;
    // SAFETY: the continuation never returns, so abandoning the faulting
    // function's frame is sound; the new stack pointer lies within the same
    // kernel stack, below everything still in use.
    unsafe {
        frame.as_mut().update(|value| {
            value.instruction_pointer = VirtAddr::new(continuation);
            value.stack_pointer = VirtAddr::new(stack);
        });
    }
    true
}
