//! The IDT: a handler for every CPU exception (each prints which exception,
//! RIP and error code, CR2 for page faults, then stops), and the hardware
//! interrupts of the remapped 8259 PICs (timer, keyboard, serial).

use conquer_once::spin::Lazy;
use pic8259::ChainedPics;
use spin::Mutex;
use x86_64::registers::control::Cr2;
use x86_64::structures::idt::{InterruptDescriptorTable, InterruptStackFrame, PageFaultErrorCode};

use super::{clock, faults, gdt, input, keyboard, serial};

/// Vector of the first PIC's IRQ 0.
pub const PIC_1_OFFSET: u8 = 32;
/// Vector of the second PIC's IRQ 0.
pub const PIC_2_OFFSET: u8 = PIC_1_OFFSET + 8;

const TIMER_VECTOR: u8 = PIC_1_OFFSET;
const KEYBOARD_VECTOR: u8 = PIC_1_OFFSET + 1;
const SERIAL_VECTOR: u8 = PIC_1_OFFSET + 4;

// SAFETY: the offsets move the PICs' vectors past the 32 CPU exceptions.
static PICS: Mutex<ChainedPics> = Mutex::new(unsafe { ChainedPics::new(PIC_1_OFFSET, PIC_2_OFFSET) });

macro_rules! exception {
    ($name:ident, $label:literal) => {
        extern "x86-interrupt" fn $name(frame: InterruptStackFrame) {
            faults::fatal($label, &frame, None, None);
        }
    };
    ($name:ident, $label:literal, error_code) => {
        extern "x86-interrupt" fn $name(frame: InterruptStackFrame, error_code: u64) {
            faults::fatal($label, &frame, Some(error_code), None);
        }
    };
}

exception!(divide_error, "divide error (#DE)");
exception!(debug, "debug (#DB)");
exception!(non_maskable_interrupt, "non-maskable interrupt");
exception!(overflow, "overflow (#OF)");
exception!(bound_range_exceeded, "bound range exceeded (#BR)");
exception!(invalid_opcode, "invalid opcode (#UD)");
exception!(device_not_available, "device not available (#NM)");
exception!(invalid_tss, "invalid TSS (#TS)", error_code);
exception!(segment_not_present, "segment not present (#NP)", error_code);
exception!(stack_segment_fault, "stack-segment fault (#SS)", error_code);
exception!(general_protection_fault, "general protection fault (#GP)", error_code);
exception!(x87_floating_point, "x87 floating-point exception (#MF)");
exception!(alignment_check, "alignment check (#AC)", error_code);
exception!(simd_floating_point, "SIMD floating-point exception (#XM)");
exception!(virtualization, "virtualization exception (#VE)");
exception!(
    cp_protection_exception,
    "control protection exception (#CP)",
    error_code
);
exception!(hv_injection_exception, "hypervisor injection exception (#HV)");
exception!(
    vmm_communication_exception,
    "VMM communication exception (#VC)",
    error_code
);
exception!(security_exception, "security exception (#SX)", error_code);

extern "x86-interrupt" fn breakpoint(frame: InterruptStackFrame) {
    #[cfg(feature = "kernel-tests")]
    super::test_hooks::count_breakpoint();
    faults::report("breakpoint (#BP)", &frame, None, None);
}

extern "x86-interrupt" fn double_fault(frame: InterruptStackFrame, error_code: u64) -> ! {
    faults::fatal("double fault (#DF)", &frame, Some(error_code), None);
}

extern "x86-interrupt" fn machine_check(frame: InterruptStackFrame) -> ! {
    faults::fatal("machine check (#MC)", &frame, None, None);
}

// Only the test build's recovery hook changes the frame.
#[cfg_attr(not(feature = "kernel-tests"), allow(unused_mut))]
extern "x86-interrupt" fn page_fault(mut frame: InterruptStackFrame, error_code: PageFaultErrorCode) {
    let address = Cr2::read_raw();
    #[cfg(feature = "kernel-tests")]
    if super::test_hooks::recover_from_page_fault(&mut frame, address) {
        faults::report("page fault (#PF)", &frame, Some(error_code.bits()), Some(address));
        return;
    }
    faults::fatal("page fault (#PF)", &frame, Some(error_code.bits()), Some(address));
}

fn end_of_interrupt(vector: u8) {
    // SAFETY: `vector` is the PIC interrupt being handled right now.
    unsafe { PICS.lock().notify_end_of_interrupt(vector) };
}

extern "x86-interrupt" fn timer(_frame: InterruptStackFrame) {
    clock::on_tick();
    end_of_interrupt(TIMER_VECTOR);
    // Guest code running without fuel whose turn is over gives way here,
    // unless it was stopped inside the allocator (the scheduler allocates).
    if crate::task::preempt::tick_is_due() && super::memory::heap_is_free() {
        crate::task::preempt::preempt();
    }
}

extern "x86-interrupt" fn keyboard_interrupt(_frame: InterruptStackFrame) {
    keyboard::on_interrupt();
    end_of_interrupt(KEYBOARD_VECTOR);
}

extern "x86-interrupt" fn serial_interrupt(_frame: InterruptStackFrame) {
    serial::drain(|byte| input::push(&[byte]));
    end_of_interrupt(SERIAL_VECTOR);
}

static IDT: Lazy<InterruptDescriptorTable> = Lazy::new(|| {
    let mut idt = InterruptDescriptorTable::new();
    idt.divide_error.set_handler_fn(divide_error);
    idt.debug.set_handler_fn(debug);
    idt.non_maskable_interrupt.set_handler_fn(non_maskable_interrupt);
    idt.breakpoint.set_handler_fn(breakpoint);
    idt.overflow.set_handler_fn(overflow);
    idt.bound_range_exceeded.set_handler_fn(bound_range_exceeded);
    idt.invalid_opcode.set_handler_fn(invalid_opcode);
    idt.device_not_available.set_handler_fn(device_not_available);
    // SAFETY: the stack index names the TSS's double-fault stack, used by no other handler.
    unsafe {
        idt.double_fault
            .set_handler_fn(double_fault)
            .set_stack_index(gdt::DOUBLE_FAULT_STACK_INDEX);
    }
    idt.invalid_tss.set_handler_fn(invalid_tss);
    idt.segment_not_present.set_handler_fn(segment_not_present);
    idt.stack_segment_fault.set_handler_fn(stack_segment_fault);
    idt.general_protection_fault.set_handler_fn(general_protection_fault);
    idt.page_fault.set_handler_fn(page_fault);
    idt.x87_floating_point.set_handler_fn(x87_floating_point);
    idt.alignment_check.set_handler_fn(alignment_check);
    idt.machine_check.set_handler_fn(machine_check);
    idt.simd_floating_point.set_handler_fn(simd_floating_point);
    idt.virtualization.set_handler_fn(virtualization);
    idt.cp_protection_exception.set_handler_fn(cp_protection_exception);
    idt.hv_injection_exception.set_handler_fn(hv_injection_exception);
    idt.vmm_communication_exception
        .set_handler_fn(vmm_communication_exception);
    idt.security_exception.set_handler_fn(security_exception);
    idt[TIMER_VECTOR].set_handler_fn(timer);
    idt[KEYBOARD_VECTOR].set_handler_fn(keyboard_interrupt);
    idt[SERIAL_VECTOR].set_handler_fn(serial_interrupt);
    idt
});

/// Loads the IDT.
pub fn init_idt() {
    IDT.load();
}

/// Remaps the PICs and opens exactly the timer, keyboard, cascade and COM1 lines.
/// (UEFI firmware leaves every line masked, so the masks are always written.)
pub fn init_pics() {
    let mut pics = PICS.lock();
    // SAFETY: the PICs exist on every PC; remapping happens before interrupts are enabled.
    unsafe {
        pics.initialize();
        // Bits set = masked. Open IRQ0 (timer), 1 (keyboard), 2 (cascade), 4 (COM1).
        pics.write_masks(0b1110_1000, 0b1111_1111);
    }
}
