//! Parsed programs kept for the next launch. Parsing and validating a module
//! is most of what starting a process costs; a program launched again (the
//! shell's commands, a script's tools) is found here by its contents and
//! starts without being parsed.
//!
//! - **Key**: the module's length and a 128-bit hash of its bytes, seeded at
//!   boot. A file that changes has other contents, so it is parsed again;
//!   two files with the same contents share one entry.
//! - **Bound**: the entries' heap cost (measured around each parse) stays
//!   under a capacity fixed when the kernel starts, and there are at most
//!   [`MAX_ENTRIES`]; the least recently launched entry goes first.
//! - **Memory pressure**: [`ProgramCache::clear`] gives everything back; the
//!   loader calls it when the heap is short before parsing.
#![deny(unsafe_code)]

use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::sync::atomic::{AtomicUsize, Ordering};

use crate::runtime::Program;

/// Most programs kept at once.
pub const MAX_ENTRIES: usize = 32;

/// Heap bytes the cache holds, for `/proc/meminfo`.
static CACHED_BYTES: AtomicUsize = AtomicUsize::new(0);
/// Programs the cache holds, for `/proc/meminfo`.
static CACHED_PROGRAMS: AtomicUsize = AtomicUsize::new(0);

/// What the cache holds now: (heap bytes, programs).
pub fn usage() -> (usize, usize) {
    (
        CACHED_BYTES.load(Ordering::Relaxed),
        CACHED_PROGRAMS.load(Ordering::Relaxed),
    )
}

/// The identity of a module's contents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContentKey {
    length: usize,
    hash: [u64; 2],
}

impl ContentKey {
    /// The key of `bytes` under `seed`.
    ///
    /// Two independent multiply-rotate lanes over 8-byte words, each
    /// finished with a full avalanche: cheap enough to run on every launch
    /// (a 532 KB module hashes in a fraction of what parsing it costs), and
    /// seeded at boot so that no file can be made to collide on purpose.
    pub fn of(bytes: &[u8], seed: [u64; 2]) -> Self {
        const LANE_A: u64 = 0x9e37_79b9_7f4a_7c15;
        const LANE_B: u64 = 0xc2b2_ae3d_27d4_eb4f;
        let mut a = seed[0] ^ LANE_A;
        let mut b = seed[1] ^ LANE_B;
        let (words, remainder) = bytes.as_chunks::<8>();
        for word in words {
            let value = u64::from_le_bytes(*word);
            a = (a ^ value).wrapping_mul(LANE_A).rotate_left(29);
            b = (b ^ value.rotate_left(32)).wrapping_mul(LANE_B).rotate_left(31);
        }
        let mut tail = [0; 8];
        tail[..remainder.len()].copy_from_slice(remainder);
        let tail = u64::from_le_bytes(tail);
        a = (a ^ tail).wrapping_mul(LANE_A);
        b = (b ^ tail).wrapping_mul(LANE_B);
        // The length goes in last, so that a zero-padded tail cannot alias.
        let length = bytes.len() as u64;
        ContentKey {
            length: bytes.len(),
            hash: [avalanche(a ^ length), avalanche(b ^ length.rotate_left(17) ^ a)],
        }
    }
}

/// Mixes every input bit into every output bit (the finaliser of a
/// well-known 64-bit hash construction).
fn avalanche(mut value: u64) -> u64 {
    value ^= value >> 33;
    value = value.wrapping_mul(0xff51_afd7_ed55_8ccd);
    value ^= value >> 33;
    value = value.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    value ^ (value >> 33)
}

struct Entry {
    key: ContentKey,
    program: Program,
    /// Heap bytes the parsed program takes.
    cost: usize,
    /// When it was last launched, in cache ticks.
    used: u64,
}

/// How the cache has served launches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Launches that found their program parsed.
    pub hits: u64,
    /// Launches that parsed.
    pub misses: u64,
}

/// The parsed programs, by contents.
pub struct ProgramCache {
    entries: RefCell<Vec<Entry>>,
    seed: [u64; 2],
    capacity: usize,
    tick: Cell<u64>,
    stats: Cell<CacheStats>,
}

impl ProgramCache {
    /// An empty cache holding at most `capacity` heap bytes, hashing with `seed`.
    pub fn new(capacity: usize, seed: [u64; 2]) -> Self {
        // The table's own room is taken once, so that the heap the cache
        // holds is exactly its entries' cost plus this fixed part.
        let mut entries = Vec::new();
        let _ = entries.try_reserve_exact(MAX_ENTRIES);
        ProgramCache {
            entries: RefCell::new(entries),
            seed,
            capacity,
            tick: Cell::new(0),
            stats: Cell::new(CacheStats::default()),
        }
    }

    /// The key of a module's `bytes`.
    pub fn key(&self, bytes: &[u8]) -> ContentKey {
        ContentKey::of(bytes, self.seed)
    }

    /// The program with contents `key`, if it is cached; counts a hit or a miss.
    pub fn get(&self, key: &ContentKey) -> Option<Program> {
        let tick = self.next_tick();
        let mut entries = self.entries.borrow_mut();
        let found = entries.iter_mut().find(|entry| entry.key == *key).map(|entry| {
            entry.used = tick;
            entry.program.clone()
        });
        let mut stats = self.stats.get();
        match found {
            Some(_) => stats.hits += 1,
            None => stats.misses += 1,
        }
        self.stats.set(stats);
        found
    }

    /// Keeps `program` (which costs `cost` heap bytes) under `key`, evicting
    /// the least recently launched entries to make room. A program larger
    /// than the whole capacity is not kept.
    pub fn insert(&self, key: ContentKey, program: Program, cost: usize) {
        if cost > self.capacity {
            return;
        }
        let mut entries = self.entries.borrow_mut();
        entries.retain(|entry| entry.key != key);
        while !entries.is_empty()
            && (entries.len() >= MAX_ENTRIES || total_cost(&entries).saturating_add(cost) > self.capacity)
        {
            let oldest = entries
                .iter()
                .enumerate()
                .min_by_key(|(_, entry)| entry.used)
                .map(|(index, _)| index)
                .unwrap_or(0);
            entries.swap_remove(oldest);
        }
        if entries.try_reserve(1).is_err() {
            return;
        }
        entries.push(Entry {
            key,
            program,
            cost,
            used: self.next_tick(),
        });
        publish(&entries);
    }

    /// Drops every cached program (memory is short).
    pub fn clear(&self) {
        let mut entries = self.entries.borrow_mut();
        entries.clear();
        publish(&entries);
    }

    /// Hits and misses so far.
    pub fn stats(&self) -> CacheStats {
        self.stats.get()
    }

    /// Programs cached now.
    pub fn len(&self) -> usize {
        self.entries.borrow().len()
    }

    /// Whether nothing is cached.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn next_tick(&self) -> u64 {
        let tick = self.tick.get().wrapping_add(1);
        self.tick.set(tick);
        tick
    }
}

fn total_cost(entries: &[Entry]) -> usize {
    entries.iter().map(|entry| entry.cost).sum()
}

fn publish(entries: &[Entry]) {
    CACHED_BYTES.store(total_cost(entries), Ordering::Relaxed);
    CACHED_PROGRAMS.store(entries.len(), Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime;

    fn program() -> Program {
        let bytes = wat::parse_str(r#"(module (func (export "_start")))"#).unwrap();
        runtime::parse(&bytes).unwrap()
    }

    #[test]
    fn keys_follow_the_contents() {
        let seed = [1, 2];
        let bytes: Vec<u8> = (0..1000u32).map(|value| (value % 251) as u8).collect();
        assert_eq!(ContentKey::of(&bytes, seed), ContentKey::of(&bytes.clone(), seed));
        let mut changed = bytes.clone();
        changed[500] ^= 1;
        assert_ne!(ContentKey::of(&bytes, seed), ContentKey::of(&changed, seed));
        // A tail of zeros is not the same contents as a shorter file.
        assert_ne!(ContentKey::of(&[1, 2, 3], seed), ContentKey::of(&[1, 2, 3, 0], seed));
        assert_ne!(ContentKey::of(&bytes, seed), ContentKey::of(&bytes, [3, 4]));
    }

    #[test]
    fn a_second_launch_hits_and_a_changed_file_misses() {
        let cache = ProgramCache::new(1 << 20, [7, 9]);
        let key = cache.key(b"first");
        assert!(cache.get(&key).is_none());
        cache.insert(key, program(), 1000);
        assert!(cache.get(&key).is_some());
        assert!(cache.get(&cache.key(b"first, changed")).is_none());
        assert_eq!(cache.stats(), CacheStats { hits: 1, misses: 2 });
    }

    #[test]
    fn the_least_recently_launched_goes_first() {
        let cache = ProgramCache::new(3000, [0, 0]);
        let keys: Vec<ContentKey> = (0u8..4).map(|index| cache.key(&[index])).collect();
        cache.insert(keys[0], program(), 1000);
        cache.insert(keys[1], program(), 1000);
        cache.insert(keys[2], program(), 1000);
        assert!(cache.get(&keys[0]).is_some()); // 1 is now the oldest
        cache.insert(keys[3], program(), 1000);
        assert!(cache.get(&keys[1]).is_none());
        assert!(cache.get(&keys[0]).is_some());
        assert_eq!(cache.len(), 3);
        // Too big for the whole cache: not kept, nothing evicted for it.
        cache.insert(cache.key(b"huge"), program(), 5000);
        assert_eq!(cache.len(), 3);
        cache.clear();
        assert!(cache.is_empty());
    }

    #[test]
    fn the_number_of_entries_is_bounded() {
        let cache = ProgramCache::new(usize::MAX, [0, 0]);
        for index in 0..(MAX_ENTRIES as u32 + 5) {
            cache.insert(cache.key(&index.to_le_bytes()), program(), 1);
        }
        assert_eq!(cache.len(), MAX_ENTRIES);
    }
}
