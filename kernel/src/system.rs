//! The kernel core as one object: the file system, the console, the limits and
//! the launching of processes. Both WasmOS and the host runner build one.
#![deny(unsafe_code)]

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::cell::Cell;

use crate::console::Console;
use crate::errno::{Errno, KernelResult};
use crate::platform::Platform;
use crate::process::{FdTable, Limits, Process};
use crate::program_cache::ProgramCache;
use crate::runtime::{self, LoadError, Outcome};
use crate::vfs::devices::{self, ConsoleErrorDevice};
use crate::vfs::{Node, NodeContent, NodeRef, OpenFile, OpenFlags, Vfs};

/// Exit status of a process that trapped.
pub const STATUS_TRAPPED: i32 = 134;
/// Exit status of a process stopped by Ctrl-C.
pub const STATUS_INTERRUPTED: i32 = 130;
/// Kernel heap kept free beyond what parsing a module needs.
const PARSE_HEADROOM: usize = 4 << 20;
/// Native stack kept free below any nested interpreter: `runapp` and
/// `call_protected` refuse (`EAGAIN`) to nest deeper when less is left.
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
    next_pid: Cell<u32>,
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
        devices::install(&vfs, platform, &console)?;
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
            next_pid: Cell::new(1),
            launches: Cell::new(0),
        }))
    }

    /// Whether there is native stack enough to nest one more interpreter.
    pub fn stack_has_room(&self) -> bool {
        self.platform
            .stack_remaining()
            .is_none_or(|remaining| remaining >= STACK_RESERVE)
    }

    /// How many processes have been started since boot.
    pub fn launches(&self) -> u64 {
        self.launches.get()
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
                let _ = file.write(message.as_bytes(), || self.vfs.now());
            }
            None => self.console.write(message.as_bytes()),
        }
    }

    /// Runs `args` as a new process and waits for it; `args[0]` names the
    /// program (see [`System::find_program`]). The child gets `parent`'s
    /// standard files, environment and working directory (or the console and `/`).
    /// Returns its exit status, or the error that kept it from starting.
    pub fn spawn(self: &Rc<Self>, args: Vec<String>, parent: Option<&Process>) -> KernelResult<i32> {
        self.spawn_program(None, args, parent)
    }

    /// Like [`System::spawn`], but runs the module at `program` (a path)
    /// whatever `args[0]` says, so the process can keep the name the user gave.
    pub fn spawn_program(
        self: &Rc<Self>,
        program: Option<&str>,
        args: Vec<String>,
        parent: Option<&Process>,
    ) -> KernelResult<i32> {
        let (depth, limits) = self.admit(&args, parent)?;
        let (fds, env, cwd) = self.starting_state(parent, &limits)?;
        let loaded = self.load_program(program.unwrap_or(&args[0]), &args[0], &cwd, &limits, fds.get(2).ok())?;
        let process = self.new_process(args, env, cwd, fds, depth, limits);
        let result = self.execute(&loaded, &process);
        let stderr = process.fds.borrow().get(2).ok();
        match result {
            Ok(outcome) => Ok(self.exit_status(outcome, &process.name, stderr)),
            Err(error) => {
                self.report(stderr, &format!("{}: {error}\n", process.name));
                Err(Errno::ENOEXEC)
            }
        }
    }

    /// Checks that a process may start: nesting, native stack, arguments.
    /// Returns its depth and the limits it inherits.
    fn admit(&self, args: &[String], parent: Option<&Process>) -> KernelResult<(u32, Limits)> {
        let depth = parent.map_or(1, |parent| parent.depth + 1);
        let limits = parent.map_or(self.limits, |parent| parent.limits.get());
        if depth > limits.nesting || !self.stack_has_room() {
            return Err(Errno::EAGAIN);
        }
        if args.is_empty() {
            return Err(Errno::EINVAL);
        }
        if args.len() > limits.arguments || args.iter().map(String::len).sum::<usize>() > limits.argument_bytes {
            return Err(Errno::E2BIG);
        }
        Ok((depth, limits))
    }

    /// The standard files, environment and working directory a new process
    /// starts with: its parent's, or the console's and the defaults.
    fn starting_state(
        &self,
        parent: Option<&Process>,
        limits: &Limits,
    ) -> KernelResult<(FdTable, BTreeMap<String, String>, String)> {
        let (mut fds, env, cwd) = match parent {
            Some(parent) => (
                FdTable::inherit_stdio(&parent.fds.borrow()),
                parent.env.borrow().clone(),
                parent.cwd.borrow().clone(),
            ),
            None => (self.console_stdio()?, default_environment(), "/".to_string()),
        };
        fds.set_capacity(limits.open_files)?;
        Ok((fds, env, cwd))
    }

    /// Finds, parses and checks the program `path` for process `name`
    /// (parsing only if the cache does not hold it), reporting a refusal on
    /// `stderr`.
    fn load_program(
        &self,
        path: &str,
        name: &str,
        cwd: &str,
        limits: &Limits,
        stderr: Option<Rc<OpenFile>>,
    ) -> KernelResult<runtime::Program> {
        let node = self.find_program(path, cwd)?;
        let NodeContent::File(contents) = &node.content else {
            return Err(Errno::EACCES);
        };
        let bytes = contents.borrow();
        let key = self.programs.key(&bytes);
        let program = match self.programs.get(&key) {
            Some(program) => program,
            None => {
                // Parsing allocates from the kernel heap without a way to fail
                // softly: refuse a module that could not be parsed with room
                // to spare, after giving back what the cache holds.
                let needed = bytes.len().saturating_mul(8) + PARSE_HEADROOM;
                if !self.heap_has_room(needed) {
                    self.programs.clear();
                    if !self.heap_has_room(needed) {
                        self.report(stderr, &format!("{name}: not enough kernel memory to load it\n"));
                        return Err(Errno::ENOMEM);
                    }
                }
                let before = self.platform.heap_stats().used;
                let program = runtime::parse(&bytes).map_err(|error| {
                    self.report(stderr.clone(), &format!("{name}: {error}\n"));
                    Errno::ENOEXEC
                })?;
                let cost = self.platform.heap_stats().used.saturating_sub(before);
                self.programs.insert(key, program.clone(), cost);
                program
            }
        };
        program.check_limits(limits).map_err(|error| {
            self.report(stderr, &format!("{name}: {error}\n"));
            Errno::ENOEXEC
        })?;
        Ok(program)
    }

    /// Whether the kernel heap has `bytes` free (always, where its size is unknown).
    fn heap_has_room(&self, bytes: usize) -> bool {
        let heap = self.platform.heap_stats();
        heap.total == 0 || heap.total.saturating_sub(heap.used) >= bytes
    }

    /// A new process record with the next pid, counted as a launch.
    fn new_process(
        &self,
        args: Vec<String>,
        env: BTreeMap<String, String>,
        cwd: String,
        fds: FdTable,
        depth: u32,
        limits: Limits,
    ) -> Rc<Process> {
        let pid = self.next_pid.get();
        self.next_pid.set(pid.wrapping_add(1));
        self.launches.set(self.launches.get() + 1);
        let now = self.platform.monotonic_ns();
        Rc::new(Process::new(pid, args, env, cwd, fds, depth, now, limits))
    }

    /// Runs `program` as `process` until it ends, with Ctrl-C able to stop
    /// it; the console mode it leaves behind is put back.
    fn execute(self: &Rc<Self>, program: &runtime::Program, process: &Rc<Process>) -> Result<Outcome, LoadError> {
        let console_mode = self.console.mode();
        let limits = process.limits.get();
        let mut store = runtime::new_store(&limits);
        let imports = crate::abi::imports(self, process);
        let console = self.console.clone();
        let result = runtime::run(program, &mut store, imports, &|| console.take_interrupt());
        drop(store);
        self.console.set_mode(console_mode);
        result
    }

    /// The exit status for `outcome`, with a trap or an interruption
    /// reported on `stderr`. Ctrl-C typed while the process ran belongs to
    /// it, even if it ended first.
    fn exit_status(&self, outcome: Outcome, name: &str, stderr: Option<Rc<OpenFile>>) -> i32 {
        let outcome = if self.console.take_interrupt() {
            Outcome::Interrupted
        } else {
            outcome
        };
        match outcome {
            Outcome::Returned => 0,
            Outcome::Exited(status) => status & 0xff,
            Outcome::Trapped(reason) => {
                self.report(stderr, &format!("{name}: trapped: {reason}\n"));
                STATUS_TRAPPED
            }
            Outcome::Interrupted => {
                self.report(stderr, &format!("{name}: interrupted\n"));
                STATUS_INTERRUPTED
            }
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
