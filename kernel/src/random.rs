//! The one portable random-number fallback: xorshift64*, for machines whose
//! entropy source is missing or failed (the PC without RDRAND, the host
//! runner without `/dev/urandom`) and for reproducible test inputs.
//! It is fast and statistically decent, but not cryptographic.

use core::sync::atomic::{AtomicU64, Ordering};

/// Mixed into seeds so that a small or zero clock reading still gives a busy state.
const SEED_MIX: u64 = 0x9e37_79b9_7f4a_7c15;
/// xorshift64*'s output multiplier.
const MULTIPLIER: u64 = 0x2545_f491_4f6c_dd1d;

/// One step of xorshift64*: advances `state` (never zero) and returns the output.
fn step(state: &mut u64) -> u64 {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    state.wrapping_mul(MULTIPLIER)
}

/// Fills `buffer` eight bytes at a time from `next` (a source of 64-bit
/// numbers: a generator here, or a platform's hardware instruction).
pub fn fill_from(buffer: &mut [u8], mut next: impl FnMut() -> u64) {
    for chunk in buffer.chunks_mut(8) {
        let value = next().to_le_bytes();
        chunk.copy_from_slice(&value[..chunk.len()]);
    }
}

/// An xorshift64* generator owned by one user: the same seed gives the same sequence.
#[derive(Clone, Debug)]
pub struct Xorshift64Star {
    state: u64,
}

impl Xorshift64Star {
    /// A generator started from `seed` (zero, which xorshift cannot leave, is replaced).
    pub const fn new(seed: u64) -> Self {
        Xorshift64Star {
            state: if seed == 0 { SEED_MIX } else { seed },
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        step(&mut self.state)
    }

    /// A number in `0..bound` (`bound` must not be zero); slightly biased, fine for test inputs.
    pub fn below(&mut self, bound: u64) -> u64 {
        self.next_u64() % bound
    }

    /// Fills `buffer` with random bytes.
    pub fn fill(&mut self, buffer: &mut [u8]) {
        fill_from(buffer, || self.next_u64());
    }
}

/// The fallback a platform keeps in a `static`: seeded on first use from a
/// reading the platform supplies (a clock), shared through `&self`.
pub struct FallbackRandom {
    /// The generator's state; zero until seeded.
    state: AtomicU64,
}

impl FallbackRandom {
    /// An unseeded fallback.
    pub const fn new() -> Self {
        FallbackRandom {
            state: AtomicU64::new(0),
        }
    }

    /// The next 64 random bits; the first call seeds the generator from `seed()`.
    pub fn next_u64(&self, seed: impl FnOnce() -> u64) -> u64 {
        let mut state = self.state.load(Ordering::Relaxed);
        if state == 0 {
            state = (seed() ^ SEED_MIX) | 1;
        }
        let value = step(&mut state);
        self.state.store(state, Ordering::Relaxed);
        value
    }

    /// Fills `buffer` with random bytes; the first use seeds from `seed()`.
    pub fn fill(&self, buffer: &mut [u8], seed: impl FnOnce() -> u64) {
        let mut seed = Some(seed);
        fill_from(buffer, || self.next_u64(|| seed.take().map_or(0, |reading| reading())));
    }
}

impl Default for FallbackRandom {
    fn default() -> Self {
        FallbackRandom::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_sequence() {
        let mut first = Xorshift64Star::new(42);
        let mut second = Xorshift64Star::new(42);
        for _ in 0..100 {
            assert_eq!(first.next_u64(), second.next_u64());
        }
    }

    #[test]
    fn a_zero_seed_still_produces_changing_numbers() {
        let mut generator = Xorshift64Star::new(0);
        let first = generator.next_u64();
        assert_ne!(first, 0);
        assert_ne!(first, generator.next_u64());
    }

    #[test]
    fn below_stays_under_the_bound() {
        let mut generator = Xorshift64Star::new(7);
        assert!((0..1000).all(|_| generator.below(10) < 10));
    }

    #[test]
    fn fill_covers_buffers_of_any_length() {
        let mut generator = Xorshift64Star::new(3);
        let mut buffer = [0u8; 13];
        generator.fill(&mut buffer);
        assert!(buffer[8..].iter().any(|byte| *byte != 0));
    }

    #[test]
    fn the_fallback_seeds_once_from_its_source() {
        let fallback = FallbackRandom::new();
        let mut seedings = 0;
        let mut buffer = [0u8; 24];
        fallback.fill(&mut buffer, || {
            seedings += 1;
            0
        });
        fallback.fill(&mut buffer, || {
            seedings += 1;
            0
        });
        assert_eq!(seedings, 1);
        assert_ne!(buffer, [0u8; 24]);
    }

    #[test]
    fn fallbacks_seeded_differently_differ() {
        let first = FallbackRandom::new();
        let second = FallbackRandom::new();
        assert_ne!(first.next_u64(|| 1), second.next_u64(|| 2));
    }
}
