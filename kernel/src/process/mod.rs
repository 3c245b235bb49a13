//! A process: one instantiated module with its own file table, arguments,
//! environment, working directory, clocks and limits.
#![deny(unsafe_code)]

pub mod fd_table;
pub mod limits;

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};

pub use fd_table::{FdTable, MAX_FDS};
pub use limits::{LimitKind, Limits};

/// A running (or just finished) app.
pub struct Process {
    /// Process id, unique for the boot.
    pub pid: u32,
    /// The program's name as the user typed it (argument 0).
    pub name: String,
    /// The arguments, including the name at index 0.
    pub args: Vec<String>,
    /// Environment variables.
    pub env: RefCell<BTreeMap<String, String>>,
    /// The absolute working directory.
    pub cwd: RefCell<String>,
    /// Open files.
    pub fds: RefCell<FdTable>,
    /// How many `runapp` calls deep this process is (the first is 1).
    pub depth: u32,
    started_ns: u64,
    waiting_ns: Cell<u64>,
    /// How many `call_protected` calls are active.
    pub protected_depth: Cell<u32>,
    /// This process's limits, inherited by its children.
    pub limits: Cell<Limits>,
}

impl Process {
    /// A new process record.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        pid: u32,
        args: Vec<String>,
        env: BTreeMap<String, String>,
        cwd: String,
        fds: FdTable,
        depth: u32,
        now_ns: u64,
        limits: Limits,
    ) -> Self {
        Process {
            pid,
            name: args.first().cloned().unwrap_or_default(),
            args,
            env: RefCell::new(env),
            cwd: RefCell::new(cwd),
            fds: RefCell::new(fds),
            depth,
            started_ns: now_ns,
            waiting_ns: Cell::new(0),
            protected_depth: Cell::new(0),
            limits: Cell::new(limits),
        }
    }

    /// Adds time spent blocked (on input, sleeping) or waiting for a child.
    pub fn add_waiting(&self, nanoseconds: u64) {
        self.waiting_ns.set(self.waiting_ns.get().saturating_add(nanoseconds));
    }

    /// Nanoseconds this process has spent running, at time `now_ns`.
    pub fn cpu_time_ns(&self, now_ns: u64) -> u64 {
        now_ns
            .saturating_sub(self.started_ns)
            .saturating_sub(self.waiting_ns.get())
    }
}
