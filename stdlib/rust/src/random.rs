//! Random bytes from the kernel (RDRAND, or a clock-seeded generator).

use crate::sys;

/// Fills `buffer` with random bytes.
pub fn fill(buffer: &mut [u8]) {
    // The ABI takes an i32 length; large buffers go in pieces.
    for piece in buffer.chunks_mut(1 << 30) {
        // SAFETY: the pointer and length describe `piece`, which the call fills.
        unsafe { sys::random(piece.as_mut_ptr(), piece.len()) };
    }
}

/// A random `u32`.
pub fn u32() -> u32 {
    let mut bytes = [0; 4];
    fill(&mut bytes);
    u32::from_le_bytes(bytes)
}

/// A random `u64`.
pub fn u64() -> u64 {
    let mut bytes = [0; 8];
    fill(&mut bytes);
    u64::from_le_bytes(bytes)
}

/// A random number below `bound` (0 if `bound` is 0), without modulo bias.
pub fn below(bound: u64) -> u64 {
    if bound == 0 {
        return 0;
    }
    // Reject the top values that would make some results more likely.
    let limit = u64::MAX - u64::MAX % bound;
    loop {
        let value = u64();
        if value < limit {
            return value % bound;
        }
    }
}
