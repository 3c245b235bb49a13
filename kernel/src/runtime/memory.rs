//! Linear memories with a kernel-wide budget: every app's memory lives in the
//! kernel heap, so their sum is kept below the heap's size minus a reserve that
//! the kernel itself needs. Growing past the budget fails like any failed
//! `memory.grow` (it returns -1); it never exhausts the kernel heap.
//!
//! The interpreter asks a [`Budget`] (one per store, so one per process)
//! before it allocates or grows a memory or a table. The budget applies the
//! process's own [`Limits`] (memory pages, table entries) and the kernel-wide
//! count, charges that count, and gives back everything it charged when the
//! store is dropped at the end of the process.

use alloc::sync::Arc;
use core::sync::atomic::{AtomicUsize, Ordering};

use tinywasm::{ResourceLimiter, Trap};

use crate::process::Limits;

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

/// One process's memory and tables: its limits, and what its memories were
/// allowed to take from the kernel-wide budget.
///
/// A growth the budget allowed but the heap then refused (the interpreter
/// reports it as a failed `memory.grow`) stays charged until the process
/// ends: the count errs on the side of less memory, never more.
pub struct Budget {
    memory_bytes: usize,
    table_entries: usize,
    /// What this budget charged: the process's linear memory, in bytes
    /// (shared with the process record, for `/proc`).
    charged: Arc<AtomicUsize>,
}

impl Budget {
    /// A budget for a process with `limits`, that has charged nothing yet and
    /// keeps its count in `charged`.
    pub fn new(limits: &Limits, charged: Arc<AtomicUsize>) -> Self {
        let pages = usize::try_from(limits.memory_pages).unwrap_or(usize::MAX);
        Budget {
            memory_bytes: pages.saturating_mul(PAGE_SIZE),
            table_entries: usize::try_from(limits.table_entries).unwrap_or(usize::MAX),
            charged,
        }
    }
}

/// Bytes in a page of linear memory.
const PAGE_SIZE: usize = 64 * 1024;

impl ResourceLimiter for Budget {
    fn memory_growing(&self, current: usize, desired: usize, _maximum: Option<usize>) -> Result<bool, Trap> {
        if desired > self.memory_bytes {
            return Ok(false);
        }
        let extra = desired.saturating_sub(current);
        if !reserve(extra) {
            return Ok(false);
        }
        self.charged.fetch_add(extra, Ordering::SeqCst);
        Ok(true)
    }

    fn table_growing(&self, _current: usize, desired: usize, _maximum: Option<usize>) -> Result<bool, Trap> {
        Ok(desired <= self.table_entries)
    }
}

impl Drop for Budget {
    fn drop(&mut self) {
        release(self.charged.swap(0, Ordering::SeqCst));
    }
}
