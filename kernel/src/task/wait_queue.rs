//! A wait queue: the tasks blocked until something happens to one object (a
//! pipe's buffer, the console's input, a process's children, a message queue).

use alloc::vec::Vec;
use core::cell::RefCell;

use super::{Scheduler, TaskId};

/// Tasks waiting for one event.
#[derive(Default)]
pub struct WaitQueue {
    waiters: RefCell<Vec<TaskId>>,
}

impl WaitQueue {
    /// An empty queue.
    pub fn new() -> Self {
        Self::default()
    }

    /// Blocks the running task until the queue is woken or `deadline` (monotonic
    /// nanoseconds) passes. The caller re-checks its condition afterwards.
    pub fn wait(&self, scheduler: &Scheduler, deadline: Option<u64>) {
        let Some(id) = scheduler.current() else { return };
        self.add(id);
        scheduler.block(deadline);
        self.remove(id);
    }

    /// Puts task `id` in the queue without blocking it (for waiting on several
    /// queues at once: add to each, block once, remove from each).
    pub fn add(&self, id: TaskId) {
        let mut waiters = self.waiters.borrow_mut();
        if !waiters.contains(&id) {
            waiters.push(id);
        }
    }

    /// Takes task `id` out of the queue.
    pub fn remove(&self, id: TaskId) {
        self.waiters.borrow_mut().retain(|waiter| *waiter != id);
    }

    /// Makes every waiting task ready.
    pub fn wake_all(&self, scheduler: &Scheduler) {
        let waiters = core::mem::take(&mut *self.waiters.borrow_mut());
        for id in waiters {
            scheduler.wake(id);
        }
    }

    /// Whether no task waits.
    pub fn is_empty(&self) -> bool {
        self.waiters.borrow().is_empty()
    }
}
