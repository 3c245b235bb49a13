//! The GDT and TSS, with a separate stack for double faults so that a kernel
//! stack overflow still reaches a handler.

use conquer_once::spin::OnceCell;
use x86_64::instructions::segmentation::{Segment, CS, DS, ES, SS};
use x86_64::instructions::tables::load_tss;
use x86_64::structures::gdt::{Descriptor, GlobalDescriptorTable, SegmentSelector};
use x86_64::structures::tss::TaskStateSegment;
use x86_64::VirtAddr;

/// The interrupt-stack-table slot used by the double-fault handler.
pub const DOUBLE_FAULT_STACK_INDEX: u16 = 0;
const DOUBLE_FAULT_STACK_SIZE: usize = 64 * 1024;

#[repr(align(16))]
#[allow(dead_code)] // Read by the CPU, never by Rust.
struct Stack([u8; DOUBLE_FAULT_STACK_SIZE]);

static mut DOUBLE_FAULT_STACK: Stack = Stack([0; DOUBLE_FAULT_STACK_SIZE]);

static TSS: OnceCell<TaskStateSegment> = OnceCell::uninit();
static GDT: OnceCell<(GlobalDescriptorTable, SegmentSelector, SegmentSelector, SegmentSelector)> = OnceCell::uninit();

/// The double-fault stack's address range.
pub fn double_fault_stack() -> (u64, u64) {
    let bottom = core::ptr::addr_of!(DOUBLE_FAULT_STACK) as u64;
    (bottom, bottom + DOUBLE_FAULT_STACK_SIZE as u64)
}

/// Loads the GDT and TSS and reloads the segment registers.
pub fn init() {
    let tss = TSS.get_or_init(|| {
        let mut tss = TaskStateSegment::new();
        // Only the address of the static is taken; the CPU alone uses this
        // memory, as the double-fault stack.
        let stack_start = VirtAddr::from_ptr(core::ptr::addr_of!(DOUBLE_FAULT_STACK));
        tss.interrupt_stack_table[DOUBLE_FAULT_STACK_INDEX as usize] = stack_start + DOUBLE_FAULT_STACK_SIZE as u64;
        tss
    });
    let (gdt, code, data, tss_selector) = GDT.get_or_init(|| {
        let mut gdt = GlobalDescriptorTable::new();
        let code = gdt.append(Descriptor::kernel_code_segment());
        let data = gdt.append(Descriptor::kernel_data_segment());
        let tss_selector = gdt.append(Descriptor::tss_segment(tss));
        (gdt, code, data, tss_selector)
    });
    gdt.load();
    // SAFETY: the selectors index the GDT just loaded, whose entries are valid
    // kernel code, data and TSS descriptors.
    unsafe {
        CS::set_reg(*code);
        DS::set_reg(*data);
        ES::set_reg(*data);
        SS::set_reg(*data);
        load_tss(*tss_selector);
    }
}
