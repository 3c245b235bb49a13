//! The kernel core as one object: the file system, the console, the
//! scheduler, the process table and the services. Both WasmOS and the host
//! runner build one. Its work is split by area: starting processes
//! (`launch.rs`), their ends, waits and signals (`lifecycle.rs`), the
//! scheduler loop and blocking (`scheduling.rs`), messages (`ipc.rs`) and
//! the `/proc/<pid>` files (`proc_files.rs`).
#![deny(unsafe_code)]

mod ipc;
mod launch;
pub mod lifecycle;
mod proc_files;
mod scheduling;

pub use launch::{GroupChoice, SpawnRequest, Stdio};

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::cell::Cell;
use core::cell::RefCell;

use crate::console::Console;
use crate::errno::{Errno, KernelResult};
use crate::platform::Platform;
use crate::process::{FdTable, Limits, Process};
use crate::program_cache::ProgramCache;
use crate::runtime;
use crate::task::{Scheduler, WaitQueue};
use crate::vfs::devices::{self, ConsoleErrorDevice};
use crate::vfs::{Node, NodeContent, NodeRef, OpenFile, OpenFlags, Vfs};

/// Kernel heap kept free beyond what parsing a module needs.
const PARSE_HEADROOM: usize = 4 << 20;
/// Native stack kept free below any nested interpreter: `call_protected`
/// refuses (`EAGAIN`) to nest deeper when less is left.
pub const STACK_RESERVE: usize = 256 * 1024;
/// Kernel heap that app memories may never take: the kernel's own reserve
/// (this much, or an eighth of the heap if that is more).
const KERNEL_RESERVE: usize = 4 << 20;
/// What the parsed-program cache may hold where the heap's size is not
/// known (the host runner); on WasmOS it is half the kernel's reserve.
const HOSTED_CACHE_CAPACITY: usize = 64 << 20;

/// The kernel core.
pub struct System {
    /// The machine underneath.
    pub platform: &'static dyn Platform,
    /// The file system.
    pub vfs: Vfs,
    /// The console.
    pub console: Rc<Console>,
    /// Limits for new processes.
    pub limits: Limits,
    /// Parsed programs, for launching them again without parsing.
    pub programs: ProgramCache,
    /// The scheduler of every process's task.
    pub scheduler: Rc<Scheduler>,
    /// The host functions every process shares.
    pub shared_functions: crate::abi::SharedFunctions,
    /// Every process not yet reaped, by pid.
    processes: RefCell<BTreeMap<u32, Rc<Process>>>,
    /// Registered service names and their pids.
    services: RefCell<BTreeMap<String, u32>>,
    /// The console's foreground process group.
    foreground: Cell<u32>,
    /// Readers of `/dev/serial0`, woken whenever the machine had an event.
    serial_waiters: Rc<WaitQueue>,
    next_pid: Cell<u32>,
    next_call: Cell<u32>,
    launches: Cell<u64>,
}

impl System {
    /// A kernel core over `platform` whose file system holds `files` (absolute path, contents).
    pub fn new<'a>(
        platform: &'static dyn Platform,
        files: impl IntoIterator<Item = (&'a str, Vec<u8>)>,
    ) -> KernelResult<Rc<Self>> {
        let vfs = Vfs::new(platform);
        for directory in ["/bin", "/etc", "/tmp", "/home"] {
            vfs.create_directories(directory)?;
        }
        for (path, bytes) in files {
            vfs.install_file(path, bytes)?;
        }
        let console = Rc::new(Console::new(platform));
        let serial_waiters = Rc::new(WaitQueue::new());
        devices::install(&vfs, platform, &console, serial_waiters.clone())?;
        let heap = platform.heap_stats();
        let mut cache_capacity = HOSTED_CACHE_CAPACITY;
        if heap.total > 0 {
            let reserve = KERNEL_RESERVE.max(heap.total / 8);
            runtime::memory::set_budget(heap.total.saturating_sub(heap.used).saturating_sub(reserve));
            cache_capacity = reserve / 2;
        }
        let mut seed = [0; 16];
        platform.fill_random(&mut seed);
        let (low, high) = seed.split_at(8);
        let seed = [
            u64::from_le_bytes(low.try_into().unwrap_or_default()),
            u64::from_le_bytes(high.try_into().unwrap_or_default()),
        ];
        Ok(Rc::new(System {
            platform,
            vfs,
            console,
            limits: Limits::default(),
            programs: ProgramCache::new(cache_capacity, seed),
            scheduler: Rc::new(Scheduler::new()),
            shared_functions: Default::default(),
            processes: RefCell::new(BTreeMap::new()),
            services: RefCell::new(BTreeMap::new()),
            foreground: Cell::new(1),
            serial_waiters,
            next_pid: Cell::new(1),
            next_call: Cell::new(1),
            launches: Cell::new(0),
        }))
    }

    /// Whether there is native stack enough to nest one more interpreter.
    pub fn stack_has_room(&self) -> bool {
        self.scheduler
            .stack_remaining()
            .or_else(|| self.platform.stack_remaining())
            .is_none_or(|remaining| remaining >= STACK_RESERVE)
    }

    /// How many processes have been started since boot.
    pub fn launches(&self) -> u64 {
        self.launches.get()
    }

    /// Process `pid`, if it exists (it may have ended and not been reaped).
    pub fn process(&self, pid: u32) -> Option<Rc<Process>> {
        self.processes.borrow().get(&pid).cloned()
    }

    /// Every process not yet reaped, in pid order.
    pub fn processes(&self) -> Vec<Rc<Process>> {
        self.processes.borrow().values().cloned().collect()
    }

    /// The process whose task is running, if any.
    pub fn current_process(&self) -> Option<Rc<Process>> {
        self.process(self.scheduler.current()?)
    }

    /// Nanoseconds process `process` has spent running.
    pub fn cpu_time_ns(&self, process: &Process) -> u64 {
        match self.scheduler.task(process.pid) {
            Some(task) => {
                let running = if self.scheduler.current() == Some(process.pid) {
                    self.platform
                        .monotonic_ns()
                        .saturating_sub(self.scheduler.slice_started())
                } else {
                    0
                };
                task.cpu_ns() + running
            }
            None => process.final_cpu_ns.get(),
        }
    }

    /// Standard input, output and error on the console, for the first
    /// process; error goes through the console's error stream.
    pub fn console_stdio(&self) -> KernelResult<FdTable> {
        let mut table = FdTable::new();
        for _ in 0..2 {
            let file = self.vfs.open("/", "/dev/console", OpenFlags::read_write())?;
            table.insert(Rc::new(file))?;
        }
        let error_device = Node::new_device(Rc::new(ConsoleErrorDevice(self.console.clone())), self.vfs.now());
        table.insert(Rc::new(OpenFile::new(error_device, OpenFlags::read_write())))?;
        Ok(table)
    }

    /// Finds the program file for `name`: a bare name is `/bin/<name>.wasm`, anything with a `/` a path.
    pub fn find_program(&self, name: &str, cwd: &str) -> KernelResult<NodeRef> {
        if name.is_empty() {
            return Err(Errno::ENOENT);
        }
        let path = if name.contains('/') {
            name.to_string()
        } else if name.ends_with(".wasm") {
            format!("/bin/{name}")
        } else {
            format!("/bin/{name}.wasm")
        };
        let node = self.vfs.lookup(cwd, &path)?;
        match &node.content {
            NodeContent::File(_) => Ok(node),
            NodeContent::Directory(_) => Err(Errno::EACCES),
            NodeContent::Device(_) => Err(Errno::EACCES),
        }
    }

    /// Writes a message to a process's standard error (or the console).
    pub fn report(&self, stderr: Option<Rc<OpenFile>>, message: &str) {
        match stderr {
            Some(file) => {
                // A full pipe would block: a report is worth losing rather than that.
                let _ = file.write(message.as_bytes(), || self.vfs.now());
            }
            None => self.console.write(message.as_bytes()),
        }
    }
}

/// The environment of the first process.
fn default_environment() -> BTreeMap<String, String> {
    let mut env = BTreeMap::new();
    env.insert("PATH".to_string(), "/bin".to_string());
    env.insert("HOME".to_string(), "/home".to_string());
    env.insert("SHELL".to_string(), "/bin/cli.wasm".to_string());
    env
}

#[cfg(test)]
mod tests;
