//! A lock for the library's few globals (stdout, stderr, stdin buffers).
//!
//! Apps are single-threaded, so the lock never waits: `try_lock` fails only
//! on re-entry (a `Display` impl that prints while stdout is being written,
//! a panic in the middle of a print). Callers then fall back to an
//! unbuffered path instead of deadlocking.

use core::cell::UnsafeCell;
use core::ops::{Deref, DerefMut};
use core::sync::atomic::{AtomicBool, Ordering};

/// A value guarded by a non-blocking lock.
pub(crate) struct TryLock<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: access to `value` goes only through a `Guard`, and at most one
// guard exists at a time (the atomic swap in `try_lock`), so sharing the lock
// between threads never creates two references to `value`. `T: Send` because
// the guard hands the value to whichever thread holds the lock.
unsafe impl<T: Send> Sync for TryLock<T> {}

impl<T> TryLock<T> {
    pub(crate) const fn new(value: T) -> Self {
        TryLock {
            locked: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    /// The guarded value, or `None` while someone else holds it.
    pub(crate) fn try_lock(&self) -> Option<Guard<'_, T>> {
        if self.locked.swap(true, Ordering::Acquire) {
            None
        } else {
            Some(Guard { lock: self })
        }
    }
}

/// Exclusive access to a [`TryLock`]'s value until dropped.
pub(crate) struct Guard<'a, T> {
    lock: &'a TryLock<T>,
}

impl<T> Deref for Guard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: this guard is the only one (see `TryLock`), so no `&mut`
        // to the value exists elsewhere while it lives.
        unsafe { &*self.lock.value.get() }
    }
}

impl<T> DerefMut for Guard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`; `&mut self` makes this borrow unique too.
        unsafe { &mut *self.lock.value.get() }
    }
}

impl<T> Drop for Guard<'_, T> {
    fn drop(&mut self) {
        self.lock.locked.store(false, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_fails_until_the_first_is_dropped() {
        let lock = TryLock::new(5);
        let mut guard = lock.try_lock().expect("first lock");
        *guard += 1;
        assert!(lock.try_lock().is_none());
        drop(guard);
        assert_eq!(*lock.try_lock().expect("lock after drop"), 6);
    }
}
