//! The end of a process and what follows it: releasing what it held, telling
//! its parent, reaping; waiting for children; signals (end, stop, continue)
//! to a process or a group; the console's foreground group.

use alloc::vec::Vec;

use super::System;
use crate::errno::{Errno, KernelResult};
use crate::process::signal::SignalAction;
use crate::process::{Process, ProcessState, Signal};

/// What a wait may report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WaitFlags {
    /// Return at once when no child has changed.
    pub no_hang: bool,
    /// Report stopped children too.
    pub untraced: bool,
}

impl System {
    /// Ends `process` with `status` (a wait status): closes its files, drops
    /// its services, fails the calls waiting on it, gives its children to the
    /// kernel and tells its parent (or, with none, reaps it at once).
    pub(super) fn finish(&self, process: &Process, status: i32) {
        if process.has_ended() {
            return;
        }
        process.final_cpu_ns.set(self.cpu_time_ns(process));
        process.state.set(ProcessState::Ended(status));
        // Dropping the open files closes pipe ends, which wakes their peers.
        let files = core::mem::take(&mut *process.fds.borrow_mut());
        drop(files);
        self.close_mailbox(process);
        for process_entry in self.processes() {
            if process_entry.parent.get() == process.pid {
                process_entry.parent.set(0);
                if process_entry.has_ended() {
                    self.reap(process_entry.pid);
                }
            }
        }
        match self.process(process.parent.get()) {
            Some(parent) if !parent.has_ended() => parent.children_changed.wake_all(&self.scheduler),
            _ => {
                process.parent.set(0);
                self.reap(process.pid);
            }
        }
    }

    /// Forgets an ended process: its table entry and its `/proc` files.
    pub(super) fn reap(&self, pid: u32) {
        let removed = self.processes.borrow_mut().remove(&pid);
        if removed.is_some() {
            self.remove_proc_files(pid);
        }
    }

    /// Waits (blocking the calling task) for child `pid` of `parent` to end,
    /// reaps it and returns its wait status.
    pub fn wait_for_child(&self, parent: &Process, pid: u32) -> KernelResult<i32> {
        let flags = WaitFlags {
            no_hang: false,
            untraced: false,
        };
        let pid = i32::try_from(pid).map_err(|_| Errno::ECHILD)?;
        match self.wait(parent, pid, flags)? {
            Some((_, status)) => Ok(status),
            None => Err(Errno::ECHILD),
        }
    }

    /// Waits for a child of `parent` (`pid`, or any with -1) to end (or with
    /// `untraced`, to stop). Returns its pid and wait status, reaping it if it
    /// ended; `None` with `no_hang` when none has changed. `ECHILD` when
    /// there is no such child; `EINTR` if the caller gets a signal.
    pub fn wait(&self, parent: &Process, pid: i32, flags: WaitFlags) -> KernelResult<Option<(u32, i32)>> {
        loop {
            let children: Vec<_> = self
                .processes()
                .into_iter()
                .filter(|child| child.parent.get() == parent.pid)
                .filter(|child| pid == -1 || i32::try_from(child.pid) == Ok(pid))
                .collect();
            if children.is_empty() {
                return Err(Errno::ECHILD);
            }
            for child in &children {
                match child.state.get() {
                    ProcessState::Ended(status) => {
                        self.reap(child.pid);
                        return Ok(Some((child.pid, status)));
                    }
                    ProcessState::Stopped {
                        signal,
                        reported: false,
                    } if flags.untraced => {
                        child.state.set(ProcessState::Stopped { signal, reported: true });
                        return Ok(Some((child.pid, signal.stopped_status())));
                    }
                    _ => {}
                }
            }
            if flags.no_hang {
                return Ok(None);
            }
            drop(children);
            self.block_on(parent, &parent.children_changed, None)?;
        }
    }

    /// Runs the scheduler until process `pid` (started by the kernel, with no
    /// parent) ends; returns its wait status. For callers outside any task:
    /// the boot code, the host runner, tests.
    pub fn run_to_end(&self, pid: u32) -> i32 {
        let Some(process) = self.process(pid) else {
            return Signal::ABORT.ended_status();
        };
        if !self.run_until(&|| process.has_ended()) {
            // Every task is blocked and nothing can wake them: end them all.
            for stuck in self.processes() {
                self.signal_process(&stuck, Signal::KILL);
            }
            self.run_until(&|| process.has_ended());
        }
        let status = match process.state.get() {
            ProcessState::Ended(status) => status,
            _ => Signal::KILL.ended_status(),
        };
        self.reap(pid);
        status
    }

    /// Whether any process (not ended) is in `group`.
    pub fn group_exists(&self, group: u32) -> bool {
        self.processes
            .borrow()
            .values()
            .any(|process| process.group.get() == group && !process.has_ended())
    }

    /// Sends `signal` to process `pid` (or group `-pid`) on behalf of `sender`.
    /// `None` only checks that the target exists. `EPERM` for pid 1.
    pub fn kill(&self, pid: i32, signal: Option<Signal>) -> KernelResult<()> {
        let targets: Vec<_> = if pid < 0 {
            let group = pid.unsigned_abs();
            self.processes()
                .into_iter()
                .filter(|process| process.group.get() == group && !process.has_ended())
                .collect()
        } else {
            let pid = u32::try_from(pid).map_err(|_| Errno::ESRCH)?;
            self.process(pid).into_iter().collect()
        };
        if targets.is_empty() {
            return Err(Errno::ESRCH);
        }
        if pid == 1 && signal.is_some() {
            return Err(Errno::EPERM);
        }
        if let Some(signal) = signal {
            for target in targets {
                if target.pid != 1 {
                    self.signal_process(&target, signal);
                }
            }
        }
        Ok(())
    }

    /// Sends every process of `group` (except pid 1) `signal`.
    pub fn signal_group(&self, group: u32, signal: Signal) {
        for process in self.processes() {
            if process.group.get() == group && process.pid != 1 && !process.has_ended() {
                self.signal_process(&process, signal);
            }
        }
    }

    /// Applies `signal` to `process`: an ending signal is left pending and the
    /// task woken so that it ends at its next chance (a blocked call returns,
    /// a running one stops at its next fuel slice); a stop takes it off the
    /// run queue; a continue puts it back.
    pub fn signal_process(&self, process: &Process, signal: Signal) {
        if process.has_ended() {
            return;
        }
        match signal.action() {
            SignalAction::End => {
                if process.pending_end.get().is_none() {
                    process.pending_end.set(Some(signal));
                }
                if self.scheduler.is_preempted(process.pid) {
                    self.end_preempted(process, signal);
                    return;
                }
                if matches!(process.state.get(), ProcessState::Stopped { .. }) {
                    process.state.set(ProcessState::Running);
                    self.scheduler.resume_stopped(process.pid);
                }
                self.scheduler.wake(process.pid);
            }
            SignalAction::Stop => {
                if process.state.get() == ProcessState::Running {
                    process.state.set(ProcessState::Stopped {
                        signal,
                        reported: false,
                    });
                    self.scheduler.stop(process.pid);
                    self.tell_parent(process);
                }
            }
            SignalAction::Continue => {
                if matches!(process.state.get(), ProcessState::Stopped { .. }) {
                    process.state.set(ProcessState::Running);
                    self.scheduler.resume_stopped(process.pid);
                }
            }
        }
    }

    /// Ends a process whose task was preempted in guest code run without
    /// fuel (see [`crate::task::preempt`]): that code may never call the
    /// kernel again to notice `signal`, so the task is abandoned where it
    /// stands. Its stack is freed and never resumed; everything its run held
    /// (the app's store, its references to the process) lives in the task's
    /// body, not on that stack, and is dropped with it. One thing is lost:
    /// tinywasm's nested executor takes the store's value stack for as long
    /// as it runs and keeps it in a local, so that buffer (its capacity,
    /// 3 KiB for a Lua loop) stays allocated. Only an interpreter that can
    /// interrupt a nested call could give it back.
    fn end_preempted(&self, process: &Process, signal: Signal) {
        process.final_cpu_ns.set(self.cpu_time_ns(process));
        self.scheduler.remove(process.pid);
        self.conclude(process, Some(crate::runtime::Outcome::Killed(signal)));
    }

    fn tell_parent(&self, process: &Process) {
        if let Some(parent) = self.process(process.parent.get()) {
            parent.children_changed.wake_all(&self.scheduler);
        }
    }

    /// Makes `group` the console's foreground group; returns the previous one.
    /// `group` 0 only returns it.
    pub fn set_foreground(&self, group: u32) -> KernelResult<u32> {
        if group == 0 {
            return Ok(self.foreground.get());
        }
        if !self.group_exists(group) {
            return Err(Errno::ESRCH);
        }
        Ok(self.foreground.replace(group))
    }
}
