//! The ring buffer between the keyboard and serial interrupt handlers and the
//! console, which takes bytes from it.

use core::sync::atomic::{AtomicU64, Ordering};

use spin::Mutex;

const CAPACITY: usize = 16 * 1024;

struct Ring {
    bytes: [u8; CAPACITY],
    head: usize,
    length: usize,
}

static RING: Mutex<Ring> = Mutex::new(Ring {
    bytes: [0; CAPACITY],
    head: 0,
    length: 0,
});
static DROPPED: AtomicU64 = AtomicU64::new(0);

/// Adds bytes from an interrupt handler; bytes beyond the capacity are counted and dropped.
pub fn push(bytes: &[u8]) {
    let mut ring = RING.lock();
    for &byte in bytes {
        if ring.length == CAPACITY {
            DROPPED.fetch_add(1, Ordering::Relaxed);
            continue;
        }
        let tail = (ring.head + ring.length) % CAPACITY;
        ring.bytes[tail] = byte;
        ring.length += 1;
    }
}

/// Takes the oldest byte, if any.
pub fn pop() -> Option<u8> {
    x86_64::instructions::interrupts::without_interrupts(|| {
        let mut ring = RING.lock();
        if ring.length == 0 {
            return None;
        }
        let byte = ring.bytes[ring.head];
        ring.head = (ring.head + 1) % CAPACITY;
        ring.length -= 1;
        Some(byte)
    })
}

/// Bytes dropped because the ring was full.
pub fn dropped() -> u64 {
    DROPPED.load(Ordering::Relaxed)
}
