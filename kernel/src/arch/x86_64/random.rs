//! Random numbers from the CPU's RDRAND instruction, falling back to the
//! core's portable generator seeded from the clock when the CPU has none.

use crate::random::{self, FallbackRandom};

use super::clock;

/// Used when RDRAND is missing or keeps failing.
static FALLBACK: FallbackRandom = FallbackRandom::new();

fn rdrand_supported() -> bool {
    // CPUID leaf 1 exists on every x86_64 CPU.
    let leaf = core::arch::x86_64::__cpuid(1);
    leaf.ecx & (1 << 30) != 0
}

/// 64 bits from RDRAND, retried a few times as Intel advises; `None` if it
/// keeps reporting that no entropy is ready.
#[target_feature(enable = "rdrand")]
fn rdrand() -> Option<u64> {
    let mut value = 0u64;
    for _ in 0..10 {
        if core::arch::x86_64::_rdrand64_step(&mut value) == 1 {
            return Some(value);
        }
    }
    None
}

fn next_u64() -> u64 {
    if rdrand_supported() {
        // SAFETY: the CPU reports RDRAND support (checked just above), the
        // one target feature `rdrand()` needs beyond the kernel's baseline.
        if let Some(value) = unsafe { rdrand() } {
            return value;
        }
    }
    FALLBACK.next_u64(clock::monotonic_ns)
}

/// Fills `buffer` with random bytes.
pub fn fill(buffer: &mut [u8]) {
    random::fill_from(buffer, next_u64);
}
