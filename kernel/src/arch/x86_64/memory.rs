//! Physical memory and the kernel heap: `talc` manages every usable region of
//! the bootloader's memory map, reached through its mapping of physical memory.

use core::sync::atomic::{AtomicU64, Ordering};

use bootloader_api::info::{MemoryRegionKind, MemoryRegions};
use talc::{ErrOnOom, Span, Talc, Talck};

#[global_allocator]
static ALLOCATOR: Talck<spin::Mutex<()>, ErrOnOom> = Talc::new(ErrOnOom).lock();

static PHYSICAL_MEMORY_OFFSET: AtomicU64 = AtomicU64::new(u64::MAX);
static PHYSICAL_MEMORY_END: AtomicU64 = AtomicU64::new(0);

/// Regions below this address (legacy BIOS areas) are left alone.
const LOW_MEMORY_END: u64 = 0x10_0000;

/// The virtual address of physical address `physical`, if it is mapped.
pub fn physical_to_virtual(physical: u64) -> Option<u64> {
    let offset = PHYSICAL_MEMORY_OFFSET.load(Ordering::Relaxed);
    if offset == u64::MAX || physical >= PHYSICAL_MEMORY_END.load(Ordering::Relaxed) {
        return None;
    }
    offset.checked_add(physical)
}

/// Gives every usable region above 1 MiB to the heap. Returns the bytes claimed.
pub fn init_heap(regions: &MemoryRegions, physical_memory_offset: u64) -> usize {
    PHYSICAL_MEMORY_OFFSET.store(physical_memory_offset, Ordering::Relaxed);
    let end = regions.iter().map(|region| region.end).max().unwrap_or(0);
    PHYSICAL_MEMORY_END.store(end, Ordering::Relaxed);
    let mut claimed = 0;
    let mut talc = ALLOCATOR.lock();
    for region in regions.iter().filter(|region| region.kind == MemoryRegionKind::Usable) {
        let start = region.start.max(LOW_MEMORY_END);
        if region.end <= start + 4096 {
            continue;
        }
        let base = (physical_memory_offset + start) as *mut u8;
        let size = (region.end - start) as usize;
        // SAFETY: the bootloader reports this region as usable RAM that nothing
        // else owns, and maps all physical memory at `physical_memory_offset`.
        if unsafe { talc.claim(Span::from_base_size(base, size)) }.is_ok() {
            claimed += size;
        }
    }
    claimed
}

/// Heap figures: bytes managed and bytes allocated.
pub fn heap_stats() -> (usize, usize) {
    let talc = ALLOCATOR.lock();
    let counters = talc.get_counters();
    (counters.claimed_bytes, counters.allocated_bytes)
}
