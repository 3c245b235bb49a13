//! The app's heap: a boundary-tag allocator with segregated free lists,
//! growing linear memory with `memory.grow`.
//!
//! Memory is a run of blocks. Each block starts with a header word holding
//! its size (a multiple of [`GRANULE`]) and two flags: whether the block is
//! in use, and whether the block before it is. A free block also keeps its
//! size in its last word (the footer) and two list links after the header,
//! so freeing merges with both neighbours in constant time and no two free
//! blocks are ever adjacent. Free blocks sit in lists by size: one list per
//! exact size for small blocks, four lists per power of two above. A segment
//! of memory ends with a zero-sized "in use" header (the epilogue), so
//! merging never runs past it; when `memory.grow` returns memory right after
//! the segment, the epilogue becomes the header of the new space.
//!
//! [`Heap`] is generic over where memory comes from ([`Grow`]) so it is unit
//! tested on the host; the global allocator (wasm32 only) uses
//! `memory.grow`.

use core::alloc::Layout;
use core::ptr;

/// Bytes in a machine word (a header, a footer or a list link).
const WORD: usize = size_of::<usize>();
/// The alignment of every payload, and the unit of every block size.
const GRANULE: usize = 2 * WORD;
/// The smallest block: header, two list links and a footer.
const MIN_BLOCK: usize = 4 * WORD;
/// Header flag: this block is allocated.
const IN_USE: usize = 1;
/// Header flag: the block just before this one is allocated.
const PREVIOUS_IN_USE: usize = 2;
const FLAGS: usize = IN_USE | PREVIOUS_IN_USE;

/// Blocks smaller than this have a list per exact size.
const SMALL_LIMIT: usize = 32 * GRANULE;
const SMALL_BINS: usize = SMALL_LIMIT / GRANULE;
/// Lists per power of two above [`SMALL_LIMIT`].
const SUBDIVISIONS_LOG2: u32 = 2;
const BIN_COUNT: usize = SMALL_BINS + ((usize::BITS as usize) << SUBDIVISIONS_LOG2);
const BITMAP_WORDS: usize = BIN_COUNT.div_ceil(usize::BITS as usize);

/// A source of fresh memory for the heap.
pub trait Grow {
    /// Provides at least `min_bytes` new bytes, returning the start address
    /// and length of the new region, or `None` when memory is exhausted.
    fn grow(&mut self, min_bytes: usize) -> Option<(usize, usize)>;
}

/// A free-list heap over the memory regions that `G` provides.
pub struct Heap<G> {
    source: G,
    /// Head (block address, 0 if empty) of each free list.
    bins: [usize; BIN_COUNT],
    /// Bit `i` is set when `bins[i]` is not empty.
    occupied: [usize; BITMAP_WORDS],
    /// Address of the newest segment's epilogue header; 0 before the first.
    epilogue: usize,
    /// One past the last byte of the newest segment.
    segment_end: usize,
}

/// The block size that holds a payload of `size` bytes.
fn block_size_for(size: usize) -> Option<usize> {
    let with_header = size.checked_add(WORD + GRANULE - 1)? & !(GRANULE - 1);
    Some(with_header.max(MIN_BLOCK))
}

/// The free list for blocks of `size` bytes.
fn bin_index(size: usize) -> usize {
    if size < SMALL_LIMIT {
        return size / GRANULE;
    }
    let log2 = usize::BITS - 1 - size.leading_zeros();
    let subdivision = (size >> (log2 - SUBDIVISIONS_LOG2)) & ((1 << SUBDIVISIONS_LOG2) - 1);
    let above_small = (log2 - SMALL_LIMIT.trailing_zeros()) as usize;
    SMALL_BINS + (above_small << SUBDIVISIONS_LOG2) + subdivision
}

/// The first header address at or after `address` whose payload is aligned.
fn first_header_at_or_after(address: usize) -> usize {
    (address + WORD).next_multiple_of(GRANULE) - WORD
}

/// The last header address whose word still ends at or before `end`.
fn last_header_before(end: usize) -> usize {
    (end & !(GRANULE - 1)) - WORD
}

// The raw accessors below read and write words inside blocks. Their callers
// guarantee (the heap invariants) that the addresses lie in memory that the
// `Grow` source handed to this heap.

/// # Safety
/// `address` is a word-aligned location inside the heap's memory.
unsafe fn load(address: usize) -> usize {
    // SAFETY: the caller keeps `address` inside the heap's memory.
    unsafe { ptr::read(address as *const usize) }
}

/// # Safety
/// `address` is a word-aligned location inside the heap's memory.
unsafe fn store(address: usize, value: usize) {
    // SAFETY: the caller keeps `address` inside the heap's memory.
    unsafe { ptr::write(address as *mut usize, value) }
}

/// # Safety
/// `block` is a block header inside the heap's memory.
unsafe fn size_of_block(block: usize) -> usize {
    // SAFETY: forwarded from the caller.
    unsafe { load(block) & !FLAGS }
}

/// # Safety
/// `block` is a block header inside the heap's memory.
unsafe fn is_in_use(block: usize) -> bool {
    // SAFETY: forwarded from the caller.
    unsafe { load(block) & IN_USE != 0 }
}

/// Sets or clears flag bits of the header at `block`.
///
/// # Safety
/// `block` is a block header inside the heap's memory.
unsafe fn set_flag(block: usize, flag: usize, on: bool) {
    // SAFETY: forwarded from the caller.
    unsafe {
        let header = load(block);
        store(block, if on { header | flag } else { header & !flag });
    }
}

impl<G: Grow> Heap<G> {
    /// An empty heap that asks `source` for memory on first use.
    pub const fn new(source: G) -> Self {
        Heap {
            source,
            bins: [0; BIN_COUNT],
            occupied: [0; BITMAP_WORDS],
            epilogue: 0,
            segment_end: 0,
        }
    }

    /// Allocates memory for `layout`, or returns null when memory is exhausted.
    pub fn allocate(&mut self, layout: Layout) -> *mut u8 {
        let Some(size) = block_size_for(layout.size()) else {
            return ptr::null_mut();
        };
        if layout.align() <= GRANULE {
            return match self.allocate_block(size) {
                Some(block) => (block + WORD) as *mut u8,
                None => ptr::null_mut(),
            };
        }
        self.allocate_aligned(size, layout.align())
    }

    /// Returns a block to the heap.
    ///
    /// # Safety
    /// `pointer` came from [`Heap::allocate`] or [`Heap::reallocate`] on this
    /// heap and was not freed since.
    pub unsafe fn free(&mut self, pointer: *mut u8) {
        // SAFETY: an allocated payload is preceded by its block header.
        unsafe { self.free_block(pointer as usize - WORD) }
    }

    /// Resizes an allocation to `new_size` bytes, in place when the block or
    /// its free neighbour is large enough; returns null (leaving the old
    /// allocation alone) when memory is exhausted.
    ///
    /// # Safety
    /// `pointer` came from this heap with `layout` and was not freed since.
    pub unsafe fn reallocate(&mut self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Some(wanted) = block_size_for(new_size) else {
            return ptr::null_mut();
        };
        let block = pointer as usize - WORD;
        // SAFETY: `pointer` is a live allocation of this heap, so `block` is
        // its header and the blocks it names are inside the heap.
        unsafe {
            if self.resize_in_place(block, wanted) {
                return pointer;
            }
            let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
            let new_pointer = self.allocate(new_layout);
            if !new_pointer.is_null() {
                ptr::copy_nonoverlapping(pointer, new_pointer, layout.size().min(new_size));
                self.free(pointer);
            }
            new_pointer
        }
    }

    /// Finds (growing memory if needed) a free block of at least `size`
    /// bytes and marks `size` bytes of it in use.
    fn allocate_block(&mut self, size: usize) -> Option<usize> {
        let block = loop {
            if let Some(block) = self.find_free(size) {
                break block;
            }
            self.extend(size)?;
        };
        // SAFETY: `block` is a free block of this heap, at least `size` long.
        unsafe {
            self.unlink(block);
            set_flag(block, IN_USE, true);
            set_flag(block + size_of_block(block), PREVIOUS_IN_USE, true);
            self.split(block, size);
        }
        Some(block)
    }

    /// Allocates `size` bytes at an alignment above [`GRANULE`] by taking a
    /// larger block and freeing the piece before the aligned payload.
    fn allocate_aligned(&mut self, size: usize, align: usize) -> *mut u8 {
        let Some(total) = size.checked_add(align + MIN_BLOCK) else {
            return ptr::null_mut();
        };
        let Some(block) = self.allocate_block(total) else {
            return ptr::null_mut();
        };
        let payload = block + WORD;
        let mut aligned = payload.next_multiple_of(align);
        if aligned != payload && aligned - payload < MIN_BLOCK {
            aligned += align;
        }
        let aligned_block = aligned - WORD;
        // SAFETY: `block` is in use and at least `total` long, enough for the
        // leading piece (0 or at least MIN_BLOCK) plus `size` bytes after it.
        unsafe {
            if aligned_block != block {
                let lead = aligned_block - block;
                let header = load(block);
                store(aligned_block, ((header & !FLAGS) - lead) | IN_USE);
                store(block, lead | (header & FLAGS));
                self.free_block(block);
            }
            self.split(aligned_block, size);
        }
        aligned as *mut u8
    }

    /// Tries to make the in-use `block` exactly `wanted` bytes (or a little
    /// more) without moving it.
    ///
    /// # Safety
    /// `block` is an in-use block of this heap.
    unsafe fn resize_in_place(&mut self, block: usize, wanted: usize) -> bool {
        // SAFETY: `block` and its successor are headers of this heap; the
        // successor of an in-use block is a block or the epilogue.
        unsafe {
            let size = size_of_block(block);
            if wanted <= size {
                self.split(block, wanted);
                return true;
            }
            let next = block + size;
            let mut available = size;
            if !is_in_use(next) {
                available += size_of_block(next);
            }
            if available < wanted {
                // Only a block (or free run) that ends the segment can grow
                // into new memory; `extend` merges that into `next`.
                if block + available != self.epilogue || self.extend(wanted - size).is_none() {
                    return false;
                }
            }
            if is_in_use(next) || size + size_of_block(next) < wanted {
                return false;
            }
            self.unlink(next);
            let merged = size + size_of_block(next);
            store(block, merged | (load(block) & FLAGS));
            set_flag(block + merged, PREVIOUS_IN_USE, true);
            self.split(block, wanted);
            true
        }
    }

    /// Cuts the in-use `block` down to `size` bytes if the rest can stand
    /// as a free block of its own.
    ///
    /// # Safety
    /// `block` is an in-use block of this heap of at least `size` bytes.
    unsafe fn split(&mut self, block: usize, size: usize) {
        // SAFETY: the rest lies inside `block`, which belongs to this heap.
        unsafe {
            let header = load(block);
            let rest = (header & !FLAGS) - size;
            if rest < MIN_BLOCK {
                return;
            }
            store(block, size | (header & FLAGS));
            let remainder = block + size;
            store(remainder, rest | IN_USE | PREVIOUS_IN_USE);
            self.free_block(remainder);
        }
    }

    /// Marks `block` free, merges it with free neighbours and files it.
    ///
    /// # Safety
    /// `block` is an in-use block of this heap.
    unsafe fn free_block(&mut self, mut block: usize) {
        // SAFETY: neighbours of a block are blocks, the epilogue (in use) or
        // nothing (the first block of a segment has PREVIOUS_IN_USE set).
        unsafe {
            let mut size = size_of_block(block);
            let next = block + size;
            if !is_in_use(next) {
                self.unlink(next);
                size += size_of_block(next);
            }
            if load(block) & PREVIOUS_IN_USE == 0 {
                let previous_size = load(block - WORD);
                block -= previous_size;
                self.unlink(block);
                size += previous_size;
            }
            // Free blocks are never adjacent, so the one before is in use.
            store(block, size | PREVIOUS_IN_USE);
            store(block + size - WORD, size);
            set_flag(block + size, PREVIOUS_IN_USE, false);
            self.link(block);
        }
    }

    /// A free block of at least `size` bytes, if the lists have one.
    fn find_free(&self, size: usize) -> Option<usize> {
        let index = bin_index(size);
        // The first list may hold blocks a little smaller than `size`.
        let mut candidate = self.bins[index];
        while candidate != 0 {
            // SAFETY: list members are free blocks of this heap.
            unsafe {
                if size_of_block(candidate) >= size {
                    return Some(candidate);
                }
                candidate = load(candidate + WORD);
            }
        }
        // Every block in a later list is large enough.
        self.next_occupied_bin(index + 1).map(|bin| self.bins[bin])
    }

    /// The first non-empty list at or after `start`.
    fn next_occupied_bin(&self, start: usize) -> Option<usize> {
        let bits = usize::BITS as usize;
        let mut word_index = start / bits;
        if word_index >= BITMAP_WORDS {
            return None;
        }
        let mut word = self.occupied[word_index] & (usize::MAX << (start % bits));
        loop {
            if word != 0 {
                return Some(word_index * bits + word.trailing_zeros() as usize);
            }
            word_index += 1;
            if word_index == BITMAP_WORDS {
                return None;
            }
            word = self.occupied[word_index];
        }
    }

    /// Puts the free `block` at the head of its list.
    ///
    /// # Safety
    /// `block` is a free block of this heap in no list.
    unsafe fn link(&mut self, block: usize) {
        let index = bin_index(
            // SAFETY: forwarded from the caller.
            unsafe { size_of_block(block) },
        );
        let head = self.bins[index];
        // SAFETY: `block` and `head` are free blocks with room for links.
        unsafe {
            store(block + WORD, head);
            store(block + 2 * WORD, 0);
            if head != 0 {
                store(head + 2 * WORD, block);
            }
        }
        self.bins[index] = block;
        self.occupied[index / usize::BITS as usize] |= 1 << (index % usize::BITS as usize);
    }

    /// Takes the free `block` out of its list.
    ///
    /// # Safety
    /// `block` is a free block of this heap, in its list.
    unsafe fn unlink(&mut self, block: usize) {
        // SAFETY: `block` and its list neighbours are free blocks.
        unsafe {
            let next = load(block + WORD);
            let previous = load(block + 2 * WORD);
            if next != 0 {
                store(next + 2 * WORD, previous);
            }
            if previous != 0 {
                store(previous + WORD, next);
            } else {
                let index = bin_index(size_of_block(block));
                self.bins[index] = next;
                if next == 0 {
                    self.occupied[index / usize::BITS as usize] &= !(1 << (index % usize::BITS as usize));
                }
            }
        }
    }

    /// Gets memory for a block of at least `size` bytes from the source and
    /// frees it into the lists (merged with the newest segment when the new
    /// region follows it).
    fn extend(&mut self, size: usize) -> Option<()> {
        // A free block just before the epilogue merges with the new space.
        // SAFETY: the epilogue is a header; its footer-side neighbour is a
        // free block's footer when PREVIOUS_IN_USE is clear.
        let tail_free = unsafe {
            if self.epilogue != 0 && load(self.epilogue) & PREVIOUS_IN_USE == 0 {
                load(self.epilogue - WORD)
            } else {
                0
            }
        };
        let wanted = size.saturating_sub(tail_free).checked_add(2 * GRANULE + WORD)?;
        let (start, length) = self.source.grow(wanted)?;
        let end = start.checked_add(length)?;
        let new_epilogue = last_header_before(end);
        // SAFETY: the new region [start, end) is ours; the old epilogue (when
        // it is reused) is a header of this heap just before `start`.
        unsafe {
            let block = if self.epilogue != 0 && start == self.segment_end {
                let block = self.epilogue;
                store(block, (new_epilogue - block) | IN_USE | (load(block) & PREVIOUS_IN_USE));
                block
            } else {
                let block = first_header_at_or_after(start);
                if new_epilogue < block + MIN_BLOCK {
                    return None;
                }
                store(block, (new_epilogue - block) | IN_USE | PREVIOUS_IN_USE);
                block
            };
            store(new_epilogue, IN_USE);
            self.epilogue = new_epilogue;
            self.segment_end = end;
            self.free_block(block);
        }
        Some(())
    }
}

/// Memory from `memory.grow`, starting with the unused end of the initial
/// memory (after the linker's `__heap_base`).
#[cfg(all(target_arch = "wasm32", not(test)))]
pub(crate) struct LinearMemory {
    started: bool,
}

#[cfg(all(target_arch = "wasm32", not(test)))]
impl Grow for LinearMemory {
    fn grow(&mut self, min_bytes: usize) -> Option<(usize, usize)> {
        const PAGE: usize = 65536;
        if !self.started {
            self.started = true;
            unsafe extern "C" {
                /// Set by the linker: the first address after static data and stack.
                static __heap_base: u8;
            }
            let heap_base = core::ptr::addr_of!(__heap_base) as usize;
            let memory_end = core::arch::wasm32::memory_size(0) * PAGE;
            if memory_end > heap_base + MIN_BLOCK + 2 * GRANULE {
                // Too small for the request is fine: the next call's pages
                // follow it and merge.
                return Some((heap_base, memory_end - heap_base));
            }
        }
        let pages = min_bytes.div_ceil(PAGE);
        let previous_pages = core::arch::wasm32::memory_grow(0, pages);
        if previous_pages == usize::MAX {
            return None;
        }
        Some((previous_pages * PAGE, pages * PAGE))
    }
}

#[cfg(all(target_arch = "wasm32", not(test)))]
mod global {
    use super::{Heap, LinearMemory};
    use crate::sync::TryLock;
    use core::alloc::{GlobalAlloc, Layout};
    use core::ptr;

    /// The global allocator of every Rust app.
    struct AppAllocator {
        heap: TryLock<Heap<LinearMemory>>,
    }

    // SAFETY: the heap hands out each byte to one allocation at a time; the
    // lock makes every call exclusive (apps are single-threaded, so it is
    // never contended, and allocating re-entrantly is impossible).
    unsafe impl GlobalAlloc for AppAllocator {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            match self.heap.try_lock() {
                Some(mut heap) => heap.allocate(layout),
                None => ptr::null_mut(),
            }
        }

        unsafe fn dealloc(&self, pointer: *mut u8, _layout: Layout) {
            if let Some(mut heap) = self.heap.try_lock() {
                // SAFETY: GlobalAlloc's contract: `pointer` is a live
                // allocation from this allocator.
                unsafe { heap.free(pointer) }
            }
        }

        unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            match self.heap.try_lock() {
                // SAFETY: GlobalAlloc's contract: `pointer` is a live
                // allocation from this allocator with `layout`.
                Some(mut heap) => unsafe { heap.reallocate(pointer, layout, new_size) },
                None => ptr::null_mut(),
            }
        }
    }

    #[global_allocator]
    static ALLOCATOR: AppAllocator = AppAllocator {
        heap: TryLock::new(Heap::new(LinearMemory { started: false })),
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    /// Host memory handed out in chunks, optionally with gaps between them
    /// (so segments are not contiguous).
    struct FakeMemory {
        storage: Vec<u128>,
        used: usize,
        gap: usize,
        chunk: usize,
        regions: Vec<(usize, usize)>,
    }

    impl FakeMemory {
        fn new(capacity: usize, chunk: usize, gap: usize) -> Self {
            FakeMemory {
                storage: vec![0; capacity / 16],
                used: 0,
                gap,
                chunk,
                regions: Vec::new(),
            }
        }
    }

    impl Grow for FakeMemory {
        fn grow(&mut self, min_bytes: usize) -> Option<(usize, usize)> {
            let length = min_bytes.div_ceil(self.chunk) * self.chunk;
            // Start at an odd word to exercise header alignment.
            let offset = self.used + if self.regions.is_empty() { WORD } else { 0 };
            if offset + length > self.storage.len() * 16 {
                return None;
            }
            let start = self.storage.as_mut_ptr() as usize + offset;
            self.used = offset + length + self.gap;
            self.regions.push((start, length));
            Some((start, length))
        }
    }

    /// Checks every invariant of the heap, returning (free bytes, blocks in use).
    fn check(heap: &Heap<FakeMemory>) -> (usize, usize) {
        let mut free_bytes = 0;
        let mut free_blocks = 0;
        let mut used_blocks = 0;
        let mut previous_end = 0;
        for &(start, length) in &heap.source.regions {
            let continues_segment = start == previous_end;
            previous_end = start + length;
            if continues_segment {
                continue;
            }
            let mut block = first_header_at_or_after(start);
            let mut previous_in_use = true;
            // SAFETY: `block` starts at the first header of a segment the heap
            // built in memory `FakeMemory` handed out, and each step adds the
            // block's own size, so every read is a header or, for a free block,
            // its footer, up to the epilogue (size 0) that ends the segment.
            unsafe {
                loop {
                    let header = load(block);
                    assert_eq!(header & PREVIOUS_IN_USE != 0, previous_in_use, "flag of {block:#x}");
                    let size = header & !FLAGS;
                    if size == 0 {
                        assert!(header & IN_USE != 0, "epilogue in use");
                        break;
                    }
                    assert_eq!(size % GRANULE, 0);
                    assert_eq!((block + WORD) % GRANULE, 0);
                    let in_use = header & IN_USE != 0;
                    if in_use {
                        used_blocks += 1;
                    } else {
                        assert!(previous_in_use, "two adjacent free blocks at {block:#x}");
                        assert_eq!(load(block + size - WORD), size, "footer");
                        free_bytes += size;
                        free_blocks += 1;
                    }
                    previous_in_use = in_use;
                    block += size;
                }
            }
        }
        let mut listed = 0;
        for (index, &head) in heap.bins.iter().enumerate() {
            let bit = heap.occupied[index / usize::BITS as usize] >> (index % usize::BITS as usize) & 1;
            assert_eq!(bit == 1, head != 0, "bitmap of list {index}");
            let mut block = head;
            let mut previous = 0;
            while block != 0 {
                // SAFETY: list heads and links are headers of free blocks in
                // the heap's memory, and a free block is at least MIN_BLOCK
                // long, so its two link words lie inside it.
                unsafe {
                    assert!(!is_in_use(block));
                    assert_eq!(bin_index(size_of_block(block)), index);
                    assert_eq!(load(block + 2 * WORD), previous);
                    previous = block;
                    block = load(block + WORD);
                }
                listed += 1;
            }
        }
        assert_eq!(listed, free_blocks, "every free block is listed once");
        (free_bytes, used_blocks)
    }

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    /// A small deterministic generator for the stress tests.
    struct Xorshift(u64);
    impl Xorshift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    #[test]
    fn bins_grow_with_size_and_cover_every_size() {
        let mut previous = 0;
        for size in (MIN_BLOCK..1 << 20).step_by(GRANULE) {
            let index = bin_index(size);
            assert!(index >= previous && index < BIN_COUNT);
            previous = index;
        }
        assert!(bin_index(usize::MAX & !(GRANULE - 1)) < BIN_COUNT);
    }

    #[test]
    fn allocations_are_aligned_disjoint_and_keep_their_contents() {
        let mut heap = Heap::new(FakeMemory::new(1 << 22, 65536, 0));
        let mut live: Vec<(*mut u8, usize, u8)> = Vec::new();
        for (number, size) in [1usize, 7, 8, 16, 24, 100, 1000, 5000, 3, 70000]
            .into_iter()
            .enumerate()
        {
            let pointer = heap.allocate(layout(size, 1));
            assert!(!pointer.is_null());
            assert_eq!(pointer as usize % GRANULE, 0);
            // SAFETY: `pointer` is a fresh, non-null allocation of `size` bytes.
            unsafe { ptr::write_bytes(pointer, number as u8, size) };
            live.push((pointer, size, number as u8));
        }
        check(&heap);
        for &(pointer, size, fill) in &live {
            // SAFETY: each allocation is live, `size` bytes long and was filled
            // above; nothing writes to it while the slice exists.
            let bytes = unsafe { std::slice::from_raw_parts(pointer, size) };
            assert!(bytes.iter().all(|&byte| byte == fill));
        }
    }

    #[test]
    fn freed_memory_is_reused_and_merged() {
        let mut heap = Heap::new(FakeMemory::new(1 << 22, 65536, 0));
        let pointers: Vec<_> = (0..1000).map(|_| heap.allocate(layout(40, 8))).collect();
        let grown = heap.source.used;
        for &pointer in &pointers {
            // SAFETY: each pointer came from this heap and is freed once.
            unsafe { heap.free(pointer) };
        }
        let (free_bytes, used_blocks) = check(&heap);
        assert_eq!(used_blocks, 0);
        // All the small blocks merged back: one large allocation fits without growing.
        let large = heap.allocate(layout(free_bytes - 2 * GRANULE, 8));
        assert!(!large.is_null());
        assert_eq!(heap.source.used, grown);
        // SAFETY: `large` came from this heap and is freed once.
        unsafe { heap.free(large) };
        for _ in 0..10 {
            let again: Vec<_> = (0..1000).map(|_| heap.allocate(layout(40, 8))).collect();
            for pointer in again {
                // SAFETY: each pointer came from this heap and is freed once.
                unsafe { heap.free(pointer) };
            }
        }
        assert_eq!(heap.source.used, grown, "repeated cycles do not grow memory");
        check(&heap);
    }

    #[test]
    fn large_alignments_are_honoured() {
        let mut heap = Heap::new(FakeMemory::new(1 << 22, 65536, 0));
        let mut pointers = Vec::new();
        for align in [32usize, 64, 128, 4096, 32, 16384] {
            let filler = heap.allocate(layout(8, 8));
            let pointer = heap.allocate(layout(100, align));
            assert_eq!(pointer as usize % align, 0, "align {align}");
            // SAFETY: `pointer` is a fresh allocation of 100 bytes (the
            // assertion above would have failed on null).
            unsafe { ptr::write_bytes(pointer, 0xAB, 100) };
            pointers.push(filler);
            pointers.push(pointer);
            check(&heap);
        }
        for pointer in pointers {
            // SAFETY: each pointer came from this heap and is freed once.
            unsafe { heap.free(pointer) };
        }
        assert_eq!(check(&heap).1, 0);
    }

    #[test]
    fn reallocate_grows_in_place_and_keeps_contents() {
        let mut heap = Heap::new(FakeMemory::new(1 << 24, 65536, 0));
        let mut size = 8;
        let mut pointer = heap.allocate(layout(size, 1));
        assert!(!pointer.is_null());
        // SAFETY: `pointer` is a fresh, non-null allocation of `size` bytes.
        unsafe { ptr::write_bytes(pointer, 0x5A, size) };
        let first = pointer;
        while size < 1 << 20 {
            let new_size = size * 2;
            // SAFETY: `pointer` is this heap's live allocation with `layout(size, 1)`.
            pointer = unsafe { heap.reallocate(pointer, layout(size, 1), new_size) };
            assert!(!pointer.is_null());
            // SAFETY: the block holds at least `new_size` > `size` bytes, and
            // reallocating kept the first `size`, which were written before.
            let bytes = unsafe { std::slice::from_raw_parts(pointer, size) };
            assert!(bytes.iter().all(|&byte| byte == 0x5A), "contents kept at {size}");
            // SAFETY: the block holds at least `new_size` bytes.
            unsafe { ptr::write_bytes(pointer, 0x5A, new_size) };
            size = new_size;
            check(&heap);
        }
        assert_eq!(pointer, first, "a lone growing block never moves");
        // SAFETY: `pointer` is this heap's live allocation with `layout(size, 1)`.
        pointer = unsafe { heap.reallocate(pointer, layout(size, 1), 16) };
        assert_eq!(pointer, first);
        let (free_bytes, used_blocks) = check(&heap);
        assert_eq!(used_blocks, 1);
        assert!(free_bytes > size - 64, "shrinking returns the rest");
    }

    #[test]
    fn segments_with_gaps_work_and_exhaustion_returns_null() {
        let mut heap = Heap::new(FakeMemory::new(1 << 20, 4096, 4096));
        let mut pointers = Vec::new();
        loop {
            let pointer = heap.allocate(layout(3000, 8));
            if pointer.is_null() {
                break;
            }
            pointers.push(pointer);
        }
        assert!(pointers.len() > 100);
        assert!(heap.source.regions.len() > 100);
        check(&heap);
        for pointer in pointers.drain(..).rev() {
            // SAFETY: each pointer came from this heap and is freed once.
            unsafe { heap.free(pointer) };
        }
        assert_eq!(check(&heap).1, 0);
        assert!(
            !heap.allocate(layout(3000, 8)).is_null(),
            "freed memory is usable again"
        );
        assert!(heap.allocate(layout(isize::MAX as usize - 64, 8)).is_null());
    }

    #[test]
    fn random_workload_keeps_the_invariants() {
        let mut heap = Heap::new(FakeMemory::new(1 << 25, 65536, 0));
        let mut random = Xorshift(0x2545F4914F6CDD1D);
        let mut live: Vec<(*mut u8, usize, usize, u8)> = Vec::new();
        for step in 0..20000u32 {
            let choice = if live.len() >= 300 { 5 } else { random.next() % 10 };
            if choice < 4 || live.is_empty() {
                let size = match random.next() % 4 {
                    0 => (random.next() % 16) as usize,
                    1 => (random.next() % 256) as usize,
                    2 => (random.next() % 4096) as usize,
                    _ => (random.next() % 40000) as usize,
                };
                let align = 1 << (random.next() % 7);
                let pointer = heap.allocate(layout(size, align));
                assert!(!pointer.is_null());
                assert_eq!(pointer as usize % align, 0);
                let fill = step as u8;
                // SAFETY: `pointer` is a fresh, non-null allocation of `size` bytes.
                unsafe { ptr::write_bytes(pointer, fill, size) };
                live.push((pointer, size, align, fill));
            } else if choice < 8 {
                let index = (random.next() as usize) % live.len();
                let (pointer, size, _, fill) = live.swap_remove(index);
                // SAFETY: every entry of `live` is a live allocation of `size`
                // bytes, all written with `fill`.
                let bytes = unsafe { std::slice::from_raw_parts(pointer, size) };
                assert!(bytes.iter().all(|&byte| byte == fill));
                // SAFETY: the entry left `live` above, so it is freed once.
                unsafe { heap.free(pointer) };
            } else {
                let index = (random.next() as usize) % live.len();
                let (pointer, size, align, fill) = live[index];
                let new_size = (random.next() % 6000) as usize;
                // SAFETY: the entry is a live allocation with this layout; it is
                // replaced by the result below, so the old pointer is not reused.
                let moved = unsafe { heap.reallocate(pointer, layout(size, align), new_size) };
                assert!(!moved.is_null());
                assert_eq!(moved as usize % align, 0);
                let kept = size.min(new_size);
                // SAFETY: `moved` holds at least `new_size` >= `kept` bytes, the
                // first `kept` carried over from the old block.
                let bytes = unsafe { std::slice::from_raw_parts(moved, kept) };
                assert!(bytes.iter().all(|&byte| byte == fill));
                // SAFETY: `moved` holds at least `new_size` bytes.
                unsafe { ptr::write_bytes(moved, fill, new_size) };
                live[index] = (moved, new_size, align, fill);
            }
            if step % 1000 == 0 {
                check(&heap);
            }
        }
        for (pointer, _, _, _) in live {
            // SAFETY: each entry of `live` is a live allocation, freed once here.
            unsafe { heap.free(pointer) };
        }
        let (free_bytes, used_blocks) = check(&heap);
        assert_eq!(used_blocks, 0);
        assert!(free_bytes > 0);
        assert!(
            heap.source.used < 16 << 20,
            "memory use stays bounded: {}",
            heap.source.used
        );
    }
}
