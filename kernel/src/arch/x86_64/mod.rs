//! x86_64 PC support: bring-up in the right order, and the [`Machine`] that
//! implements the kernel core's [`Platform`] on this hardware.

mod acpi;
mod backtrace;
mod clock;
mod faults;
mod framebuffer;
mod gdt;
mod input;
mod interrupts;
mod keyboard;
mod memory;
mod memory_functions;
mod port_io;
pub mod qemu;
mod random;
mod serial;
#[cfg(feature = "kernel-tests")]
mod test_hooks;

use core::sync::atomic::{AtomicU64, Ordering};

use bootloader_api::BootInfo;

use crate::platform::{HeapStats, InputPoll, Platform};

pub use faults::EmergencyWriter;
// What only the in-kernel tests (feature `kernel-tests`) reach.
#[cfg(feature = "kernel-tests")]
pub use self::{
    acpi::check_pm1a_control_port,
    test_hooks::{breakpoints_handled, expect_page_fault, recovered_fault_address},
};

static RSDP: AtomicU64 = AtomicU64::new(0);

/// What bring-up found, for the boot banner.
pub struct BootReport {
    /// Bytes given to the kernel heap.
    pub heap_bytes: usize,
    /// The text console's size, if there is a framebuffer.
    pub screen: Option<(usize, usize)>,
}

/// Brings the machine up: serial, GDT/TSS, IDT, heap, framebuffer, PICs, PIT, clocks.
pub fn init(boot_info: &'static mut BootInfo) -> BootReport {
    serial::init();
    backtrace::init(
        boot_info.kernel_stack_bottom,
        boot_info.kernel_stack_len,
        boot_info.kernel_image_offset,
        boot_info.kernel_len,
    );
    gdt::init();
    interrupts::init_idt();
    let physical_memory_offset = boot_info
        .physical_memory_offset
        .into_option()
        .expect("the boot configuration asks the bootloader to map physical memory");
    let heap_bytes = memory::init_heap(&boot_info.memory_regions, physical_memory_offset);
    if let Some(rsdp) = boot_info.rsdp_addr.into_option() {
        RSDP.store(rsdp, Ordering::Relaxed);
    }
    if let Some(framebuffer) = boot_info.framebuffer.as_mut() {
        framebuffer::init(framebuffer);
    }
    interrupts::init_pics();
    clock::init_pit();
    x86_64::instructions::interrupts::enable();
    clock::calibrate(20);
    clock::read_rtc();
    BootReport {
        heap_bytes,
        screen: framebuffer::dimensions(),
    }
}

/// Turns on the FPU and SSE (CR0.EM off, CR0.MP on, CR4.OSFXSR and
/// CR4.OSXMMEXCPT on). The kernel is compiled for SSE2, so this must run
/// before any other kernel code: it is the first call of the entry point.
#[inline(always)]
pub fn enable_floating_point() {
    // SAFETY: in ring 0 with the bootloader's state, changing these CR0/CR4
    // bits only enables x87/SSE instructions; no memory is touched.
    unsafe {
        core::arch::asm!(
            "mov {scratch}, cr0",
            "and {scratch}, ~(1 << 2)",
            "or {scratch}, 1 << 1",
            "mov cr0, {scratch}",
            "mov {scratch}, cr4",
            "or {scratch}, (1 << 9) | (1 << 10)",
            "mov cr4, {scratch}",
            "fninit",
            scratch = out(reg) _,
            options(nostack, preserves_flags)
        );
    }
}

/// Prints a backtrace of the caller (for the panic handler).
pub fn print_backtrace() {
    backtrace::print(&mut EmergencyWriter);
}

/// Writes to the screen and the serial port.
pub fn console_write(bytes: &[u8]) {
    serial::write(bytes);
    framebuffer::write(bytes);
}

/// Halts the CPU until the next interrupt.
pub fn wait_for_interrupt() {
    x86_64::instructions::hlt();
}

/// Stops for good: the screen shows the last output, then interrupts off, halt.
pub fn halt_forever() -> ! {
    framebuffer::write_emergency(b"");
    loop {
        x86_64::instructions::interrupts::disable();
        x86_64::instructions::hlt();
    }
}

/// Monotonic nanoseconds since boot.
pub fn monotonic_ns() -> u64 {
    clock::monotonic_ns()
}

/// Switches the machine off: ACPI S5, else QEMU's debug exit, else halt.
pub fn power_off() -> ! {
    let rsdp = RSDP.load(Ordering::Relaxed);
    let reason = acpi::power_off(if rsdp == 0 { None } else { Some(rsdp) });
    console_write(b"ACPI power-off failed: ");
    console_write(reason.as_bytes());
    console_write(b"\n");
    qemu::exit(qemu::ExitCode::Success)
}

/// The PC under the kernel core.
pub struct Machine;

impl Platform for Machine {
    fn console_write(&self, bytes: &[u8]) {
        console_write(bytes);
    }

    fn serial_write(&self, bytes: &[u8]) {
        serial::write(bytes);
    }

    fn console_poll(&self) -> InputPoll {
        match input::pop() {
            Some(byte) => InputPoll::Byte(byte),
            None => InputPoll::Empty,
        }
    }

    fn console_flush(&self) {
        framebuffer::flush();
    }

    fn console_flush_if_due(&self) {
        framebuffer::flush_if_due();
    }

    fn wait_for_event(&self) {
        framebuffer::flush();
        wait_for_interrupt();
    }

    fn stack_remaining(&self) -> Option<usize> {
        Some(backtrace::stack_remaining())
    }

    fn monotonic_ns(&self) -> u64 {
        clock::monotonic_ns()
    }

    fn wall_clock_ns(&self) -> i64 {
        clock::wall_clock_ns()
    }

    fn fill_random(&self, buffer: &mut [u8]) {
        random::fill(buffer);
    }

    fn heap_stats(&self) -> HeapStats {
        let (total, used) = memory::heap_stats();
        HeapStats { total, used }
    }

    fn power_off(&self, _status: i32) -> ! {
        power_off()
    }
}

/// Bytes of keyboard and serial input dropped because nobody read them in time.
pub fn input_dropped() -> u64 {
    input::dropped()
}
