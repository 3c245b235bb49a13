//! The scheduler loop and blocking: the loop that runs ready tasks and idles
//! the machine when none is; what a task does between its fuel slices (look
//! at the console, let others run, stop if told); waiting on a queue with
//! signals and deadlines in mind.

use super::System;
use crate::errno::{Errno, KernelResult};
use crate::process::{Process, Signal};
use crate::task::WaitQueue;

impl System {
    /// Runs tasks until `done()` holds. Returns false if it cannot: no task
    /// is ready, none has a deadline and no input can ever arrive.
    pub fn run_until(&self, done: &dyn Fn() -> bool) -> bool {
        let now = || self.platform.monotonic_ns();
        loop {
            if done() {
                return true;
            }
            self.poll_events();
            if self.scheduler.run_once(&now).is_some() {
                continue;
            }
            let next_deadline = self.scheduler.expire_timers(now());
            if self.scheduler.has_ready() {
                continue;
            }
            if next_deadline.is_none() && self.console.input_closed() {
                return done();
            }
            self.platform.wait_for_event();
            // Serial input has no interrupt-driven queue of its own: its
            // readers look again after every event.
            self.serial_waiters.wake_all(&self.scheduler);
        }
    }

    /// Takes in console input (waking its readers) and turns Ctrl-C and
    /// Ctrl-Z into signals to the foreground group; wakes tasks whose
    /// deadline passed.
    pub fn poll_events(&self) {
        if self.console.pump() {
            self.console.readers.wake_all(&self.scheduler);
        }
        if self.console.take_interrupt() {
            self.signal_group(self.foreground.get(), Signal::INTERRUPT);
        }
        if self.console.take_suspend() {
            self.signal_group(self.foreground.get(), Signal::TERMINAL_STOP);
        }
        self.scheduler.expire_timers(self.platform.monotonic_ns());
    }

    /// What the running process does after each fuel slice: let the screen
    /// catch up, look at the console, give the other tasks their turn, wait
    /// while stopped. Returns the signal that ends it, if one came.
    pub(super) fn between_slices(&self, process: &Process) -> Option<Signal> {
        self.platform.console_flush_if_due();
        self.poll_events();
        self.scheduler.yield_now();
        self.scheduler.park_if_stopped();
        process.pending_end.get()
    }

    /// Blocks the running task of `process` on `queue` until woken, or until
    /// `deadline` (monotonic nanoseconds). `EINTR` if a signal ends the
    /// process meanwhile (or already had); a stop parks it first.
    pub fn block_on(&self, process: &Process, queue: &WaitQueue, deadline: Option<u64>) -> KernelResult<()> {
        self.block_on_any(process, &[queue], deadline)
    }

    /// Like [`System::block_on`], woken by any of `queues`.
    pub fn block_on_any(&self, process: &Process, queues: &[&WaitQueue], deadline: Option<u64>) -> KernelResult<()> {
        if process.pending_end.get().is_some() {
            return Err(Errno::EINTR);
        }
        match self.scheduler.current() {
            Some(task) if task == process.pid => {
                for queue in queues {
                    queue.add(task);
                }
                self.scheduler.block(deadline);
                for queue in queues {
                    queue.remove(task);
                }
                self.scheduler.park_if_stopped();
            }
            _ => {
                // Not on its own task (a host test calling in directly): let
                // the others run until something happens instead of blocking.
                self.poll_events();
                let now = || self.platform.monotonic_ns();
                if self.scheduler.run_once(&now).is_none() {
                    self.platform.wait_for_event();
                }
            }
        }
        if process.pending_end.get().is_some() {
            return Err(Errno::EINTR);
        }
        Ok(())
    }

    /// Sleeps the running process for `nanoseconds`; `EINTR` if a signal ends it first.
    pub fn sleep(&self, process: &Process, nanoseconds: u64) -> KernelResult<()> {
        let deadline = self.platform.monotonic_ns().saturating_add(nanoseconds);
        let never_woken = WaitQueue::new();
        while self.platform.monotonic_ns() < deadline {
            self.block_on(process, &never_woken, Some(deadline))?;
        }
        Ok(())
    }
}
