//! `/proc/<pid>/status`, `cmdline` and `environ`: generated when opened
//! from the live process, installed when it starts and removed when it is
//! reaped.

use alloc::format;
use alloc::rc::{Rc, Weak};
use alloc::string::String;
use alloc::vec::Vec;

use super::System;
use crate::process::{Process, ProcessState};
use crate::task::TaskState;
use crate::vfs::Device;

/// `/proc/<pid>/status`.
struct StatusFile {
    system: Weak<System>,
    process: Weak<Process>,
}

impl Device for StatusFile {
    fn snapshot(&self) -> Option<Vec<u8>> {
        let (Some(system), Some(process)) = (self.system.upgrade(), self.process.upgrade()) else {
            return Some(Vec::new());
        };
        let state = match process.state.get() {
            ProcessState::Ended(_) => "Z (ended)",
            ProcessState::Stopped { .. } => "T (stopped)",
            ProcessState::Running => match system.scheduler.task(process.pid).map(|task| task.state()) {
                Some(TaskState::Blocked) => "S (blocked)",
                _ => "R (running)",
            },
        };
        let fds: Vec<String> = process.fds.borrow().open_fds().map(|fd| format!("{fd}")).collect();
        let text = format!(
            "Name:\t{}\nState:\t{}\nPid:\t{}\nPPid:\t{}\nPGid:\t{}\nMemoryPages:\t{}\nCpuTimeNs:\t{}\nFds:\t{}\n",
            process.name,
            state,
            process.pid,
            process.parent.get(),
            process.group.get(),
            process.memory_pages(),
            system.cpu_time_ns(&process),
            fds.join(" ")
        );
        Some(text.into_bytes())
    }
}

/// `/proc/<pid>/cmdline`.
struct CommandLineFile(Weak<Process>);

impl Device for CommandLineFile {
    fn snapshot(&self) -> Option<Vec<u8>> {
        let mut text = Vec::new();
        if let Some(process) = self.0.upgrade() {
            for argument in &process.args {
                text.extend_from_slice(argument.as_bytes());
                text.push(0);
            }
        }
        Some(text)
    }
}

/// `/proc/<pid>/environ`: `NAME=value` entries, each followed by a NUL byte.
struct EnvironmentFile(Weak<Process>);

impl Device for EnvironmentFile {
    fn snapshot(&self) -> Option<Vec<u8>> {
        let mut text = Vec::new();
        if let Some(process) = self.0.upgrade() {
            for (name, value) in process.env.borrow().iter() {
                text.extend_from_slice(name.as_bytes());
                text.push(b'=');
                text.extend_from_slice(value.as_bytes());
                text.push(0);
            }
        }
        Some(text)
    }
}

impl System {
    /// Installs `/proc/<pid>/` for a new process.
    pub(super) fn install_proc_files(self: &Rc<Self>, process: &Rc<Process>) {
        let directory = format!("/proc/{}", process.pid);
        let status = StatusFile {
            system: Rc::downgrade(self),
            process: Rc::downgrade(process),
        };
        // The paths are well formed and /proc exists: these cannot fail.
        let _ = self.vfs.install_device(&format!("{directory}/status"), Rc::new(status));
        let _ = self.vfs.install_device(
            &format!("{directory}/cmdline"),
            Rc::new(CommandLineFile(Rc::downgrade(process))),
        );
        let _ = self.vfs.install_device(
            &format!("{directory}/environ"),
            Rc::new(EnvironmentFile(Rc::downgrade(process))),
        );
    }

    /// Removes `/proc/<pid>/`.
    pub(super) fn remove_proc_files(&self, pid: u32) {
        let _ = self.vfs.remove_installed(&format!("/proc/{pid}"));
    }
}
