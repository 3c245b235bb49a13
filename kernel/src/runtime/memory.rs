//! Linear memories with a kernel-wide budget: every app's memory lives in the
//! kernel heap, so their sum is kept below the heap's size minus a reserve that
//! the kernel itself needs. Growing past the budget fails like any failed
//! `memory.grow` (it returns -1); it never exhausts the kernel heap.

use core::sync::atomic::{AtomicUsize, Ordering};

use tinywasm::types::MemoryType;
use tinywasm::{LinearMemory, Trap, VecMemory};

static BUDGET: AtomicUsize = AtomicUsize::new(usize::MAX);
static IN_USE: AtomicUsize = AtomicUsize::new(0);

/// Sets the bytes all linear memories together may use.
pub fn set_budget(bytes: usize) {
    BUDGET.store(bytes, Ordering::SeqCst);
}

/// Bytes of linear memory in use by all processes.
pub fn in_use() -> usize {
    IN_USE.load(Ordering::SeqCst)
}

fn reserve(bytes: usize) -> bool {
    let budget = BUDGET.load(Ordering::SeqCst);
    IN_USE
        .try_update(Ordering::SeqCst, Ordering::SeqCst, |used| {
            used.checked_add(bytes).filter(|total| *total <= budget)
        })
        .is_ok()
}

fn release(bytes: usize) {
    IN_USE.fetch_sub(bytes, Ordering::SeqCst);
}

/// A `VecMemory` whose size is charged to the budget.
pub struct BudgetedMemory {
    inner: VecMemory,
}

impl BudgetedMemory {
    /// A zeroed memory of `ty`'s initial size, if the budget and the heap allow.
    pub fn new(ty: MemoryType) -> tinywasm::Result<Self> {
        let length = usize::try_from(ty.initial_size()).map_err(|_| Trap::OutOfMemory)?;
        if !reserve(length) {
            return Err(Trap::OutOfMemory.into());
        }
        match VecMemory::try_new(length) {
            Ok(inner) => Ok(BudgetedMemory { inner }),
            Err(trap) => {
                release(length);
                Err(trap.into())
            }
        }
    }
}

impl Drop for BudgetedMemory {
    fn drop(&mut self) {
        release(self.inner.len());
    }
}

impl LinearMemory for BudgetedMemory {
    fn len(&self) -> usize {
        self.inner.len()
    }

    fn grow_to(&mut self, new_len: usize) -> Result<(), Trap> {
        let extra = new_len.saturating_sub(self.inner.len());
        if !reserve(extra) {
            return Err(Trap::OutOfMemory);
        }
        self.inner.grow_to(new_len).inspect_err(|_| release(extra))
    }

    fn read(&self, address: usize, destination: &mut [u8]) -> usize {
        self.inner.read(address, destination)
    }

    fn write(&mut self, address: usize, source: &[u8]) -> usize {
        self.inner.write(address, source)
    }

    fn write_all(&mut self, address: usize, source: &[u8]) -> Option<()> {
        self.inner.write_all(address, source)
    }

    fn fill(&mut self, address: usize, length: usize, value: u8) -> Option<()> {
        self.inner.fill(address, length, value)
    }

    fn copy_within(&mut self, destination: usize, source: usize, length: usize) -> Option<()> {
        self.inner.copy_within(destination, source, length)
    }

    fn read_exact(&self, address: usize, destination: &mut [u8]) -> Option<()> {
        self.inner.read_exact(address, destination)
    }

    fn read_vec(&self, address: usize, length: usize) -> Option<alloc::vec::Vec<u8>> {
        self.inner.read_vec(address, length)
    }

    fn read_8(&self, address: usize) -> Result<[u8; 1], Trap> {
        self.inner.read_8(address)
    }

    fn read_16(&self, address: usize) -> Result<[u8; 2], Trap> {
        self.inner.read_16(address)
    }

    fn read_32(&self, address: usize) -> Result<[u8; 4], Trap> {
        self.inner.read_32(address)
    }

    fn read_64(&self, address: usize) -> Result<[u8; 8], Trap> {
        self.inner.read_64(address)
    }

    fn read_128(&self, address: usize) -> Result<[u8; 16], Trap> {
        self.inner.read_128(address)
    }

    fn write_8(&mut self, address: usize, bytes: &[u8]) -> Result<(), Trap> {
        self.inner.write_8(address, bytes)
    }

    fn write_16(&mut self, address: usize, bytes: &[u8]) -> Result<(), Trap> {
        self.inner.write_16(address, bytes)
    }

    fn write_32(&mut self, address: usize, bytes: &[u8]) -> Result<(), Trap> {
        self.inner.write_32(address, bytes)
    }

    fn write_64(&mut self, address: usize, bytes: &[u8]) -> Result<(), Trap> {
        self.inner.write_64(address, bytes)
    }

    fn write_128(&mut self, address: usize, bytes: &[u8]) -> Result<(), Trap> {
        self.inner.write_128(address, bytes)
    }
}
