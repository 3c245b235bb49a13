//! Reporting CPU exceptions: which one, where, the error code, CR2 and the
//! registers that the interrupt frame holds, then stopping the machine.

use core::fmt::Write;

use x86_64::structures::idt::InterruptStackFrame;

use super::{qemu, serial};

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
