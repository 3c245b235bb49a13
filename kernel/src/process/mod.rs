//! A process: one instantiated module with its own file table, arguments,
//! environment, working directory, clocks and limits, its place in the
//! process tree (parent, group) and its life (running, stopped, ended).
#![deny(unsafe_code)]

pub mod capabilities;
pub mod fd_table;
pub mod limits;
pub mod signal;

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::sync::atomic::{AtomicUsize, Ordering};

pub use capabilities::{Capabilities, Capability, DirectoryGrant};
pub use fd_table::{FdTable, MAX_FDS};
pub use limits::{LimitKind, Limits};
pub use signal::Signal;

use crate::console::ConsoleMode;
use crate::ipc::Mailbox;
use crate::task::WaitQueue;

/// Where a process is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProcessState {
    /// Running, ready or blocked in a call.
    Running,
    /// Stopped by this signal; `reported` once a `WUNTRACED` wait saw it.
    Stopped {
        /// The signal that stopped it.
        signal: Signal,
        /// Whether the parent was told.
        reported: bool,
    },
    /// Ended with this wait status, not yet reaped.
    Ended(i32),
}

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
    /// How many generations below the first process it is (the first is 1).
    pub depth: u32,
    /// Its CPU time once it ended (while it runs, its task keeps the count).
    pub final_cpu_ns: Cell<u64>,
    /// The console mode before this process first changed it, to restore at its end.
    pub console_mode_before: Cell<Option<ConsoleMode>>,
    /// How many `call_protected` calls are active.
    pub protected_depth: Cell<u32>,
    /// This process's limits, inherited by its children.
    pub limits: Cell<Limits>,
    /// The parent's pid; 0 for none (the kernel reaps it).
    pub parent: Cell<u32>,
    /// The process group.
    pub group: Cell<u32>,
    /// Running, stopped or ended.
    pub state: Cell<ProcessState>,
    /// A signal that ends the process, delivered at its next chance.
    pub pending_end: Cell<Option<Signal>>,
    /// Woken when a child ends or stops (the parent's `wait` sleeps here).
    pub children_changed: WaitQueue,
    /// Messages sent to this process.
    pub mailbox: Mailbox,
    /// Bytes of linear memory it holds (shared with its memory budget).
    pub memory_bytes: Arc<AtomicUsize>,
    /// Its descriptors' rights and directory grants (WASI programs).
    pub capabilities: RefCell<Capabilities>,
}

impl Process {
    /// A new process record.
    pub fn new(
        pid: u32,
        args: Vec<String>,
        env: BTreeMap<String, String>,
        cwd: String,
        fds: FdTable,
        depth: u32,
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
            final_cpu_ns: Cell::new(0),
            console_mode_before: Cell::new(None),
            protected_depth: Cell::new(0),
            limits: Cell::new(limits),
            parent: Cell::new(0),
            group: Cell::new(pid),
            state: Cell::new(ProcessState::Running),
            pending_end: Cell::new(None),
            children_changed: WaitQueue::new(),
            mailbox: Mailbox::new(),
            memory_bytes: Arc::new(AtomicUsize::new(0)),
            capabilities: RefCell::new(Capabilities::default()),
        }
    }

    /// Whether it has ended (it may not be reaped yet).
    pub fn has_ended(&self) -> bool {
        matches!(self.state.get(), ProcessState::Ended(_))
    }

    /// Pages of 64 KiB of linear memory it holds.
    pub fn memory_pages(&self) -> usize {
        self.memory_bytes.load(Ordering::Relaxed) / (64 * 1024)
    }
}
