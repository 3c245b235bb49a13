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

/// Where the BIOS boot stages ran: bootloader 0.11 loads stage 3 at 1 MiB and
/// stage 4 at 1.19 MiB (its `STAGE_3_DST` and `STAGE_4_DST`), and the memory
/// map hands that range back as usable.
const BOOT_STAGE_CODE: core::ops::Range<u64> = 0x10_0000..0x20_0000;

/// UEFI memory types (`EFI_MEMORY_TYPE`) of the regions that held code before
/// the kernel: the loader's (`EfiLoaderCode`) and the firmware's boot-time
/// drivers (`EfiBootServicesCode`). They are free once the kernel runs; our
/// patch to the bootloader (`xtask/image/patches/bootloader.patch`) reports
/// them with their UEFI type instead of as usable, so that they can be
/// overwritten before use like [`BOOT_STAGE_CODE`].
const UEFI_CODE_TYPES: [u32; 2] = [1, 3];

/// The virtual address of physical address `physical`, if it is mapped.
pub fn physical_to_virtual(physical: u64) -> Option<u64> {
    let offset = PHYSICAL_MEMORY_OFFSET.load(Ordering::Relaxed);
    if offset == u64::MAX || physical >= PHYSICAL_MEMORY_END.load(Ordering::Relaxed) {
        return None;
    }
    offset.checked_add(physical)
}

/// Gives every usable region above 1 MiB to the heap, and the regions that
/// held UEFI code (overwritten first). Returns the bytes claimed.
pub fn init_heap(regions: &MemoryRegions, physical_memory_offset: u64) -> usize {
    PHYSICAL_MEMORY_OFFSET.store(physical_memory_offset, Ordering::Relaxed);
    let end = regions.iter().map(|region| region.end).max().unwrap_or(0);
    PHYSICAL_MEMORY_END.store(end, Ordering::Relaxed);
    let mut claimed = 0;
    let mut talc = ALLOCATOR.lock();
    for region in regions.iter() {
        let stale_code = match region.kind {
            MemoryRegionKind::Usable => BOOT_STAGE_CODE,
            MemoryRegionKind::UnknownUefi(kind) if UEFI_CODE_TYPES.contains(&kind) => 0..u64::MAX,
            _ => continue,
        };
        let start = region.start.max(LOW_MEMORY_END);
        if region.end <= start + 4096 {
            continue;
        }
        let base = (physical_memory_offset + start) as *mut u8;
        let size = (region.end - start) as usize;
        // SAFETY: as for the claim below; nothing uses this memory yet.
        unsafe { overwrite_stale_code(start..region.end, stale_code, physical_memory_offset) };
        // SAFETY: the bootloader reports this region as usable RAM that nothing
        // else owns (or as UEFI code that nothing runs once the kernel does),
        // and maps all physical memory at `physical_memory_offset`.
        if unsafe { talc.claim(Span::from_base_size(base, size)) }.is_ok() {
            claimed += size;
        }
    }
    claimed
}

/// Writes zeros over the part of `range` that lies in `stale_code`, where
/// code ran before the kernel.
///
/// Under QEMU's software emulation a page that still holds translated code
/// sends every store to it through a slow path that checks for
/// self-modifying code. The boot stages' and the firmware's code stays
/// translated after they are done, and the heap's own bookkeeping lands in
/// those pages: a system call measured 3.1 us instead of 1.5 us, and app
/// launch 2.4 ms instead of 1.9 ms. Writing every byte once drops the stale
/// translations (about 8 ms per MiB under emulation; nothing measurable on
/// hardware).
///
/// # Safety
/// `range` must be RAM that nothing else owns, mapped at `physical_memory_offset`.
unsafe fn overwrite_stale_code(
    range: core::ops::Range<u64>,
    stale_code: core::ops::Range<u64>,
    physical_memory_offset: u64,
) {
    let start = range.start.max(stale_code.start);
    let end = range.end.min(stale_code.end);
    if start < end {
        // SAFETY: the caller guarantees the range; this is a part of it.
        unsafe { core::ptr::write_bytes((physical_memory_offset + start) as *mut u8, 0, (end - start) as usize) };
    }
}

/// Whether no one holds the kernel heap's lock (for the timer interrupt,
/// which must not switch tasks while the interrupted code holds it).
pub fn heap_is_free() -> bool {
    ALLOCATOR.try_lock().is_some()
}

/// Heap figures: bytes managed and bytes allocated.
pub fn heap_stats() -> (usize, usize) {
    let talc = ALLOCATOR.lock();
    let counters = talc.get_counters();
    (counters.claimed_bytes, counters.allocated_bytes)
}
