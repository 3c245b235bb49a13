//! Walking the kernel's frame-pointer chain (the kernel is built with
//! `-C force-frame-pointers=yes`) to print a backtrace after a fault or panic.
//! Addresses are also given relative to the kernel image, so that
//! `cargo xtask symbolize` (or the test harness) can name the functions.

use core::fmt::Write;
use core::sync::atomic::{AtomicU64, Ordering};

static STACK_BOTTOM: AtomicU64 = AtomicU64::new(0);
static STACK_TOP: AtomicU64 = AtomicU64::new(0);
static IMAGE_OFFSET: AtomicU64 = AtomicU64::new(0);
static IMAGE_LENGTH: AtomicU64 = AtomicU64::new(0);

/// The most frames printed.
const MOST_FRAMES: usize = 32;

/// Records where the kernel stack is and where the kernel image was loaded.
pub fn init(stack_bottom: u64, stack_length: u64, image_offset: u64, image_length: u64) {
    IMAGE_LENGTH.store(image_length, Ordering::Relaxed);
    STACK_BOTTOM.store(stack_bottom, Ordering::Relaxed);
    STACK_TOP.store(stack_bottom + stack_length, Ordering::Relaxed);
    IMAGE_OFFSET.store(image_offset, Ordering::Relaxed);
}

/// Bytes left on the kernel stack below the caller.
pub fn stack_remaining() -> usize {
    let stack_pointer: u64;
    // SAFETY: reading RSP has no effects.
    unsafe { core::arch::asm!("mov {}, rsp", out(reg) stack_pointer, options(nomem, nostack, preserves_flags)) };
    stack_pointer.saturating_sub(STACK_BOTTOM.load(Ordering::Relaxed)) as usize
}

fn on_a_known_stack(address: u64) -> bool {
    let (bottom, top) = (STACK_BOTTOM.load(Ordering::Relaxed), STACK_TOP.load(Ordering::Relaxed));
    let (fault_bottom, fault_top) = super::gdt::double_fault_stack();
    address.is_multiple_of(8)
        && ((bottom..top.saturating_sub(16)).contains(&address)
            || (fault_bottom..fault_top.saturating_sub(16)).contains(&address))
}

/// Prints the frames above the caller.
pub fn print(writer: &mut impl Write) {
    let mut frame_pointer: u64;
    // SAFETY: reading RBP has no effects.
    unsafe { core::arch::asm!("mov {}, rbp", out(reg) frame_pointer, options(nomem, nostack, preserves_flags)) };
    let offset = IMAGE_OFFSET.load(Ordering::Relaxed);
    let _ = writeln!(writer, "backtrace (kernel image at {offset:#x}):");
    for depth in 0..MOST_FRAMES {
        if !on_a_known_stack(frame_pointer) {
            break;
        }
        // SAFETY: `frame_pointer` lies inside a kernel stack (checked above),
        // where each frame holds the caller's RBP and then the return address.
        let (caller_frame, return_address) = unsafe {
            let frame = frame_pointer as *const u64;
            (frame.read(), frame.add(1).read())
        };
        if return_address == 0 {
            break;
        }
        // An interrupt frame sits between a handler and the code it interrupted:
        // its slots are not return addresses, so only code addresses are shown.
        let in_image = return_address.wrapping_sub(offset) < IMAGE_LENGTH.load(Ordering::Relaxed);
        if !in_image {
            frame_pointer = caller_frame;
            continue;
        }
        let _ = writeln!(
            writer,
            "  #{depth:<2} {return_address:#x} (kernel+{:#x})",
            return_address.wrapping_sub(offset)
        );
        if caller_frame <= frame_pointer {
            break;
        }
        frame_pointer = caller_frame;
    }
}
