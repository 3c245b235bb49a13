//! Hooks that let the in-kernel tests (feature `kernel-tests`) watch and steer
//! the exception handlers: recovery from a page fault caused on purpose, and a
//! count of breakpoints. Only the test build declares this module, so no other
//! kernel can be steered by it.

use core::sync::atomic::{AtomicU64, Ordering};

use x86_64::structures::idt::InterruptStackFrame;
use x86_64::VirtAddr;

/// Where a test's expected page fault continues (0: no page fault is expected).
static PAGE_FAULT_RECOVERY: AtomicU64 = AtomicU64::new(0);
/// The faulting address of the last page fault recovered from.
static RECOVERED_FAULT_ADDRESS: AtomicU64 = AtomicU64::new(0);
/// Breakpoint exceptions handled so far.
static BREAKPOINTS: AtomicU64 = AtomicU64::new(0);

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

/// Counts one breakpoint exception; called by its handler.
pub fn count_breakpoint() {
    BREAKPOINTS.fetch_add(1, Ordering::Relaxed);
}

/// How many breakpoints have been handled.
pub fn breakpoints_handled() -> u64 {
    BREAKPOINTS.load(Ordering::Relaxed)
}
