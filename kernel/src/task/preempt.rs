//! Preemption of guest code that runs without fuel. A process's `_start`
//! runs in fuel slices and yields at their ends; but the interpreter runs a
//! nested call (`call_protected`, a Lua `pcall`) to its end with no fuel and
//! no way to stop it, so a loop in there would hold the CPU for good. While a
//! task runs such guest code, and only then, the kernel's timer interrupt
//! may suspend it in place ([`preempt`]): the interrupted code holds no
//! kernel borrow or lock (host functions mark themselves with [`HostCall`]),
//! so other tasks run meanwhile, and the scheduler resumes it later like a
//! task that yielded. A task suspended like this that gets an ending signal
//! cannot finish by itself (its code may never call the kernel again): the
//! kernel abandons its stack instead (see `System::end_preempted`).
//!
//! The host runner stands a signal from a timer thread in for the timer
//! interrupt, and an allocator that counts its callers in for the heap lock
//! (`xtask/runner/src/preemption.rs`).

use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// Timer ticks (1 ms each in the kernel) a task's turn lasts before guest
/// code running without fuel is preempted.
pub const PREEMPT_AFTER_TICKS: u32 = 10;

/// Whether the running task is in guest code that may be preempted.
#[cfg_attr(not(target_os = "none"), thread_local)]
static PREEMPTIBLE: AtomicBool = AtomicBool::new(false);

/// Set by [`preempt`], taken by the scheduler once the task is back on it.
#[cfg_attr(not(target_os = "none"), thread_local)]
static PREEMPTED: AtomicBool = AtomicBool::new(false);

/// Timer ticks since the running task was resumed.
#[cfg_attr(not(target_os = "none"), thread_local)]
static TURN_TICKS: AtomicU32 = AtomicU32::new(0);

/// Marks the caller's extent as guest code run without fuel: preemptible.
/// Restores the previous marking when dropped.
pub struct GuestCode {
    previous: bool,
}

impl GuestCode {
    /// Enters guest code.
    pub fn enter() -> Self {
        let guest = GuestCode {
            previous: PREEMPTIBLE.swap(true, Ordering::Relaxed),
        };
        #[cfg(test)]
        if tests::PREEMPT_AT_ENTRY.replace(false) {
            // The host has no timer interrupt: tests preempt here instead,
            // with the same frames on the stack but the nested interpreter's.
            preempt();
        }
        guest
    }
}

impl Drop for GuestCode {
    fn drop(&mut self) {
        PREEMPTIBLE.store(self.previous, Ordering::Relaxed);
    }
}

/// Marks the caller's extent as kernel code called by the guest (a host
/// function): never preempted. Restores the previous marking when dropped,
/// so it must be dropped after every borrow the host function took.
pub struct HostCall {
    previous: bool,
}

impl HostCall {
    /// Enters a host function.
    pub fn enter() -> Self {
        HostCall {
            previous: PREEMPTIBLE.swap(false, Ordering::Relaxed),
        }
    }
}

impl Drop for HostCall {
    fn drop(&mut self) {
        PREEMPTIBLE.store(self.previous, Ordering::Relaxed);
    }
}

/// Called by the scheduler as it resumes a task: its turn starts.
pub(super) fn turn_started() {
    TURN_TICKS.store(0, Ordering::Relaxed);
    PREEMPTED.store(false, Ordering::Relaxed);
}

/// Called by the scheduler when a task has suspended: whether it was preempted.
pub(super) fn take_preempted() -> bool {
    PREEMPTED.swap(false, Ordering::Relaxed)
}

/// Called on every timer tick (with interrupts off): whether the running
/// task should be preempted now, i.e. it runs guest code without fuel and
/// its turn is over. The caller must also make sure that no lock the
/// scheduler needs (the kernel heap's) is held before calling [`preempt`].
pub fn tick_is_due() -> bool {
    let ticks = TURN_TICKS.fetch_add(1, Ordering::Relaxed).saturating_add(1);
    // Guest code run outside any task (tests, fuzzing) has nowhere to go back to.
    ticks >= PREEMPT_AFTER_TICKS && PREEMPTIBLE.load(Ordering::Relaxed) && crate::arch::fiber::on_a_fiber()
}

/// Suspends the running task where it stands (from the timer interrupt,
/// after [`tick_is_due`]); returns when the scheduler resumes it.
pub fn preempt() {
    PREEMPTIBLE.store(false, Ordering::Relaxed);
    PREEMPTED.store(true, Ordering::Relaxed);
    crate::arch::fiber::suspend_current();
    PREEMPTIBLE.store(true, Ordering::Relaxed);
}

/// Whether the running code is marked preemptible (for tests).
pub fn is_preemptible() -> bool {
    PREEMPTIBLE.load(Ordering::Relaxed)
}

#[cfg(test)]
pub(crate) mod tests {
    use core::cell::Cell;

    std::thread_local! {
        /// Makes the next [`super::GuestCode::enter`] of this thread preempt
        /// its task, as the kernel's timer would.
        pub static PREEMPT_AT_ENTRY: Cell<bool> = const { Cell::new(false) };
    }
}
