//! `memcpy`, `memmove` and `memset` for the kernel, built from SSE2 moves.
//!
//! `compiler_builtins` (which the kernel links for these symbols) uses
//! `rep movsq` / `rep stosq`. Under QEMU's software emulation every iteration
//! of a rep-prefixed instruction is dispatched on its own, and even a 24-byte
//! copy runs three of them; plain 16-byte loads and stores in a loop are
//! translated once and then run straight through. The builtins are weak
//! symbols, so these strong definitions replace them for the whole kernel
//! (tinywasm's copies and fills included). The bulk loops are written in
//! assembly so the compiler cannot turn them back into calls to themselves.

use core::arch::asm;
use core::ffi::c_void;
use core::ptr::{read_unaligned, write_unaligned};

/// Copies `count` bytes from `source` to `destination`; the ranges must not overlap.
///
/// # Safety
/// Both ranges must be valid for `count` bytes.
#[no_mangle]
pub unsafe extern "C" fn memcpy(destination: *mut c_void, source: *const c_void, count: usize) -> *mut c_void {
    // SAFETY: the caller guarantees both ranges; a forward copy also handles overlap.
    unsafe { copy_forward(destination.cast(), source.cast(), count) };
    destination
}

/// Copies `count` bytes from `source` to `destination`; the ranges may overlap.
///
/// # Safety
/// Both ranges must be valid for `count` bytes.
#[no_mangle]
pub unsafe extern "C" fn memmove(destination: *mut c_void, source: *const c_void, count: usize) -> *mut c_void {
    // A destination below the source, or entirely past its end, may be filled
    // from the front; otherwise front-to-back would read bytes already overwritten.
    let forward = (destination as usize).wrapping_sub(source as usize) >= count;
    // SAFETY: the caller guarantees both ranges; the direction handles overlap.
    unsafe {
        if forward {
            copy_forward(destination.cast(), source.cast(), count);
        } else {
            copy_backward(destination.cast(), source.cast(), count);
        }
    }
    destination
}

/// Fills `count` bytes at `destination` with the low byte of `value`.
///
/// # Safety
/// The range must be valid for `count` bytes.
#[no_mangle]
pub unsafe extern "C" fn memset(destination: *mut c_void, value: i32, count: usize) -> *mut c_void {
    let bytes: *mut u8 = destination.cast();
    let pattern = u64::from(value as u8) * 0x0101_0101_0101_0101;
    // SAFETY: the caller guarantees the range; every store below lies inside it.
    unsafe {
        if count < 16 {
            fill_small(bytes, pattern, count);
            return destination;
        }
        let wide = u128::from(pattern) << 64 | u128::from(pattern);
        // The unaligned first and last 16 bytes cover what the aligned loop leaves out.
        write_unaligned(bytes as *mut u128, wide);
        write_unaligned(bytes.add(count - 16) as *mut u128, wide);
        let start = (bytes as usize + 16) & !15;
        let end = (bytes as usize + count) & !15;
        asm!(
            "movq xmm0, {pattern}",
            "punpcklqdq xmm0, xmm0",
            "2:",
            "cmp {cursor}, {end}",
            "jae 3f",
            "movdqa xmmword ptr [{cursor}], xmm0",
            "add {cursor}, 16",
            "jmp 2b",
            "3:",
            pattern = in(reg) pattern,
            cursor = inout(reg) start => _,
            end = in(reg) end,
            out("xmm0") _,
            options(nostack),
        );
    }
    destination
}

/// Copies front to back. Correct for overlapping ranges when `destination`
/// lies below `source`: every chunk is loaded before anything past it is stored.
///
/// # Safety
/// Both ranges must be valid for `count` bytes.
#[inline(always)]
unsafe fn copy_forward(destination: *mut u8, source: *const u8, count: usize) {
    // SAFETY: (for the whole body) the caller guarantees both ranges, and every
    // access below stays inside `[0, count)` of them.
    unsafe {
        if count < 16 {
            copy_small(destination, source, count);
            return;
        }
        // Loaded first, stored last: the loop may overwrite these source bytes.
        let last = read_unaligned(source.add(count - 16) as *const u128);
        asm!(
            "cmp {remaining}, 64",
            "jb 3f",
            "2:",
            "movdqu xmm0, xmmword ptr [{source}]",
            "movdqu xmm1, xmmword ptr [{source} + 16]",
            "movdqu xmm2, xmmword ptr [{source} + 32]",
            "movdqu xmm3, xmmword ptr [{source} + 48]",
            "movdqu xmmword ptr [{destination}], xmm0",
            "movdqu xmmword ptr [{destination} + 16], xmm1",
            "movdqu xmmword ptr [{destination} + 32], xmm2",
            "movdqu xmmword ptr [{destination} + 48], xmm3",
            "add {source}, 64",
            "add {destination}, 64",
            "sub {remaining}, 64",
            "cmp {remaining}, 64",
            "jae 2b",
            "3:",
            "cmp {remaining}, 16",
            "jb 5f",
            "4:",
            "movdqu xmm0, xmmword ptr [{source}]",
            "movdqu xmmword ptr [{destination}], xmm0",
            "add {source}, 16",
            "add {destination}, 16",
            "sub {remaining}, 16",
            "cmp {remaining}, 16",
            "jae 4b",
            "5:",
            source = inout(reg) source => _,
            destination = inout(reg) destination => _,
            remaining = inout(reg) count => _,
            out("xmm0") _,
            out("xmm1") _,
            out("xmm2") _,
            out("xmm3") _,
            options(nostack),
        );
        write_unaligned(destination.add(count - 16) as *mut u128, last);
    }
}

/// Copies back to front, for overlapping ranges with `destination` above `source`.
///
/// # Safety
/// Both ranges must be valid for `count` bytes.
#[inline(always)]
unsafe fn copy_backward(destination: *mut u8, source: *const u8, count: usize) {
    // SAFETY: (for the whole body) as in `copy_forward`, mirrored.
    unsafe {
        if count < 16 {
            copy_small(destination, source, count);
            return;
        }
        let first = read_unaligned(source as *const u128);
        asm!(
            "cmp {remaining}, 64",
            "jb 3f",
            "2:",
            "sub {source_end}, 64",
            "sub {destination_end}, 64",
            "movdqu xmm0, xmmword ptr [{source_end}]",
            "movdqu xmm1, xmmword ptr [{source_end} + 16]",
            "movdqu xmm2, xmmword ptr [{source_end} + 32]",
            "movdqu xmm3, xmmword ptr [{source_end} + 48]",
            "movdqu xmmword ptr [{destination_end}], xmm0",
            "movdqu xmmword ptr [{destination_end} + 16], xmm1",
            "movdqu xmmword ptr [{destination_end} + 32], xmm2",
            "movdqu xmmword ptr [{destination_end} + 48], xmm3",
            "sub {remaining}, 64",
            "cmp {remaining}, 64",
            "jae 2b",
            "3:",
            "cmp {remaining}, 16",
            "jb 5f",
            "4:",
            "sub {source_end}, 16",
            "sub {destination_end}, 16",
            "movdqu xmm0, xmmword ptr [{source_end}]",
            "movdqu xmmword ptr [{destination_end}], xmm0",
            "sub {remaining}, 16",
            "cmp {remaining}, 16",
            "jae 4b",
            "5:",
            source_end = inout(reg) source.add(count) => _,
            destination_end = inout(reg) destination.add(count) => _,
            remaining = inout(reg) count => _,
            out("xmm0") _,
            out("xmm1") _,
            out("xmm2") _,
            out("xmm3") _,
            options(nostack),
        );
        write_unaligned(destination as *mut u128, first);
    }
}

/// Copies fewer than 16 bytes: every load happens before any store, so
/// overlapping ranges in either direction are handled.
///
/// # Safety
/// Both ranges must be valid for `count` bytes.
#[inline(always)]
unsafe fn copy_small(destination: *mut u8, source: *const u8, count: usize) {
    // SAFETY: each pair of accesses covers `[0, count)` from both ends.
    unsafe {
        if count >= 8 {
            let (head, tail) = (
                read_unaligned(source as *const u64),
                read_unaligned(source.add(count - 8) as *const u64),
            );
            write_unaligned(destination as *mut u64, head);
            write_unaligned(destination.add(count - 8) as *mut u64, tail);
        } else if count >= 4 {
            let (head, tail) = (
                read_unaligned(source as *const u32),
                read_unaligned(source.add(count - 4) as *const u32),
            );
            write_unaligned(destination as *mut u32, head);
            write_unaligned(destination.add(count - 4) as *mut u32, tail);
        } else if count >= 2 {
            let (head, tail) = (
                read_unaligned(source as *const u16),
                read_unaligned(source.add(count - 2) as *const u16),
            );
            write_unaligned(destination as *mut u16, head);
            write_unaligned(destination.add(count - 2) as *mut u16, tail);
        } else if count == 1 {
            *destination = *source;
        }
    }
}

/// Fills fewer than 16 bytes with `pattern` (one byte repeated).
///
/// # Safety
/// The range must be valid for `count` bytes.
#[inline(always)]
unsafe fn fill_small(destination: *mut u8, pattern: u64, count: usize) {
    // SAFETY: each pair of stores covers `[0, count)` from both ends.
    unsafe {
        if count >= 8 {
            write_unaligned(destination as *mut u64, pattern);
            write_unaligned(destination.add(count - 8) as *mut u64, pattern);
        } else if count >= 4 {
            write_unaligned(destination as *mut u32, pattern as u32);
            write_unaligned(destination.add(count - 4) as *mut u32, pattern as u32);
        } else if count >= 2 {
            write_unaligned(destination as *mut u16, pattern as u16);
            write_unaligned(destination.add(count - 2) as *mut u16, pattern as u16);
        } else if count == 1 {
            *destination = pattern as u8;
        }
    }
}
