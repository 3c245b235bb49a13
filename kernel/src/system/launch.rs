//! Starting a process: admit it (limits, memory for its task), give it its
//! starting state (standard files, environment, directory, group), load and
//! instantiate its program in the caller's context (so that a bad program is
//! the caller's error), then hand it to the scheduler as a new task that runs
//! `_start` in fuel slices and ends the process with its wait status.

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::{default_environment, System, PARSE_HEADROOM};
use crate::errno::{Errno, KernelResult};
use crate::process::signal::{exited_status, shell_status};
use crate::process::{FdTable, Limits, Process, Signal};
use crate::runtime::{self, LoadError, Outcome};
use crate::task::TASK_STACK_BYTES;
use crate::vfs::{NodeContent, OpenFile};

/// What becomes one of a new process's standard files.
#[derive(Clone)]
pub enum Stdio {
    /// The parent's file of the same number (the console for the first process).
    Inherit,
    /// Nothing: the descriptor is closed.
    Closed,
    /// This open file.
    File(Rc<OpenFile>),
}

/// What a process's task runs with, owned by the task's body.
struct ProcessRun {
    system: Rc<System>,
    process: Rc<Process>,
    store: tinywasm::Store,
    instance: Option<tinywasm::ModuleInstance>,
}

/// Which process group a new process joins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupChoice {
    /// The parent's.
    Parent,
    /// A new group whose id is the new pid.
    New,
    /// An existing group.
    Join(u32),
}

/// Everything needed to start a process.
pub struct SpawnRequest {
    /// The arguments; `args[0]` names the program unless `program` is given.
    pub args: Vec<String>,
    /// The program to run (a name or path), if not `args[0]`.
    pub program: Option<String>,
    /// What becomes fds 0, 1 and 2.
    pub stdio: [Stdio; 3],
    /// Its process group.
    pub group: GroupChoice,
    /// Its working directory, if not the parent's.
    pub cwd: Option<String>,
    /// Its whole environment, if not the parent's.
    pub env: Option<BTreeMap<String, String>>,
    /// For a WASI program, its preopened directories (`(directory, name it
    /// sees)`), if not `/` and its working directory.
    pub preopens: Option<Vec<(String, String)>>,
}

impl SpawnRequest {
    /// A request to run `args` with everything inherited.
    pub fn inheriting(args: Vec<String>) -> Self {
        SpawnRequest {
            args,
            program: None,
            stdio: [Stdio::Inherit, Stdio::Inherit, Stdio::Inherit],
            group: GroupChoice::Parent,
            cwd: None,
            env: None,
            preopens: None,
        }
    }
}

impl System {
    /// Runs `args` as a new process and waits for it; `args[0]` names the
    /// program (see [`System::find_program`]). The child gets `parent`'s
    /// standard files, environment, working directory and group (or the
    /// console and `/`). Returns its status as the shell sees it (0-255), or
    /// the error that kept it from starting.
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
        let mut request = SpawnRequest::inheriting(args);
        request.program = program.map(str::to_string);
        let pid = self.start(request, parent)?;
        let status = match parent {
            Some(parent) => self.wait_for_child(parent, pid)?,
            None => self.run_to_end(pid),
        };
        Ok(shell_status(status))
    }

    /// Starts a process as `request` says, as a child of `parent` (or of the
    /// kernel), and returns its pid without waiting for it.
    pub fn start(self: &Rc<Self>, request: SpawnRequest, parent: Option<&Process>) -> KernelResult<u32> {
        let SpawnRequest {
            args,
            program,
            stdio,
            group,
            cwd,
            env,
            preopens,
        } = request;
        let (depth, limits) = self.admit(&args, parent)?;
        let fds = self.starting_files(parent, stdio, &limits)?;
        let env = match (env, parent) {
            (Some(env), _) => env,
            (None, Some(parent)) => parent.env.borrow().clone(),
            (None, None) => default_environment(),
        };
        let parent_cwd = parent.map_or_else(|| "/".to_string(), |parent| parent.cwd.borrow().clone());
        let cwd = match cwd {
            Some(path) => self.vfs.directory_path(&parent_cwd, &path)?,
            None => parent_cwd,
        };
        let group = match group {
            GroupChoice::Parent => parent.map(|parent| parent.group.get()),
            GroupChoice::New => None,
            GroupChoice::Join(group) => {
                if !self.group_exists(group) {
                    return Err(Errno::ESRCH);
                }
                Some(group)
            }
        };
        let stderr = fds.get(2).ok();
        let program = self.load_program(
            program.as_deref().unwrap_or(&args[0]),
            &args[0],
            &cwd,
            &limits,
            stderr.clone(),
        )?;
        // A module may ask for a deeper call stack (`wasmos.call_depth`).
        let limits = match program.call_depth() {
            Some(frames) => limits.with_call_depth_at_least(frames),
            None => limits,
        };
        let process = self.new_process(args, env, cwd, fds, depth, limits);
        if program.imports_from(crate::abi::wasi::MODULE) {
            // A WASI program sees the file system through preopened directories.
            let preopens = match preopens {
                Some(preopens) => preopens,
                None => crate::abi::wasi::default_preopens(&process.cwd.borrow()).to_vec(),
            };
            crate::abi::wasi::install_preopens(self, &process, &preopens)?;
        }
        process.parent.set(parent.map_or(0, |parent| parent.pid));
        process.group.set(group.unwrap_or(process.pid));
        let store = runtime::new_store(&limits, process.memory_bytes.clone());
        let (mut store, imports) = crate::abi::imports(self, &process, store);
        let instance = match runtime::instantiate(&program, &mut store, imports) {
            Ok(Ok(instance)) => Some(instance),
            Ok(Err(trap)) => {
                // A trap in a start function or a segment belongs to the process.
                self.report(stderr, &format!("{}: trapped: {trap}\n", process.name));
                None
            }
            Err(error) => {
                self.report(stderr, &format!("{}: {error}\n", process.name));
                return Err(match error {
                    LoadError::OutOfMemory => Errno::ENOMEM,
                    _ => Errno::ENOEXEC,
                });
            }
        };
        let pid = process.pid;
        self.processes.borrow_mut().insert(pid, process.clone());
        self.install_proc_files(&process);
        // Everything the process's run holds lives in the task's body, not
        // on its stack: a task abandoned in guest code (see
        // `System::end_preempted`) frees it all when the body is dropped.
        let mut run = Some(ProcessRun {
            system: self.clone(),
            process,
            store,
            instance,
        });
        let body = Box::new(move || {
            let Some(ProcessRun {
                system,
                process,
                store,
                instance,
            }) = run.as_mut()
            else {
                return;
            };
            let outcome = instance
                .as_ref()
                .map(|instance| runtime::run(instance, store, &mut || system.between_slices(process)));
            if let Some(ProcessRun {
                system,
                process,
                store,
                instance,
            }) = run.take()
            {
                // The app's memory is gone before its parent hears of its end.
                drop((instance, store));
                system.conclude(&process, outcome);
            }
        });
        if let Err(error) = self.scheduler.spawn(pid, body) {
            // The stack did not fit: the process never ran.
            if let Some(process) = self.process(pid) {
                self.finish(&process, Signal::ABORT.ended_status());
                self.reap(pid);
            }
            return Err(error);
        }
        Ok(pid)
    }

    /// Ends `process` after its run: with its wait status for `outcome`
    /// (`None`: instantiation trapped, already reported), the console mode
    /// it changed put back.
    pub(super) fn conclude(&self, process: &Process, outcome: Option<Outcome>) {
        let status = match outcome {
            Some(outcome) => self.wait_status(outcome, process),
            None => Signal::ABORT.ended_status(),
        };
        if let Some(mode) = process.console_mode_before.take() {
            self.console.set_mode(mode);
        }
        self.finish(process, status);
    }

    /// Checks that a process may start: nesting, the process limit, room for
    /// its task, arguments. Returns its depth and the limits it inherits.
    fn admit(&self, args: &[String], parent: Option<&Process>) -> KernelResult<(u32, Limits)> {
        let depth = parent.map_or(1, |parent| parent.depth + 1);
        let limits = parent.map_or(self.limits, |parent| parent.limits.get());
        if depth > limits.nesting {
            return Err(Errno::EAGAIN);
        }
        let alive = self
            .processes
            .borrow()
            .values()
            .filter(|process| !process.has_ended())
            .count();
        if alive >= limits.processes || !self.heap_has_room(TASK_STACK_BYTES + PARSE_HEADROOM) {
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

    /// The standard files a new process starts with.
    fn starting_files(&self, parent: Option<&Process>, stdio: [Stdio; 3], limits: &Limits) -> KernelResult<FdTable> {
        let inherited = match parent {
            Some(parent) => FdTable::inherit_stdio(&parent.fds.borrow()),
            None => self.console_stdio()?,
        };
        let mut fds = FdTable::new();
        for (fd, choice) in (0..3).zip(stdio) {
            let file = match choice {
                Stdio::Inherit => inherited.get(fd).ok(),
                Stdio::Closed => None,
                Stdio::File(file) => Some(file),
            };
            if let Some(file) = file {
                fds.install(fd, file)?;
            }
        }
        fds.set_capacity(limits.open_files)?;
        Ok(fds)
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

    /// A new process record with the next free pid, counted as a launch.
    fn new_process(
        &self,
        args: Vec<String>,
        env: BTreeMap<String, String>,
        cwd: String,
        fds: FdTable,
        depth: u32,
        limits: Limits,
    ) -> Rc<Process> {
        let mut pid = self.next_pid.get();
        while pid == 0 || self.processes.borrow().contains_key(&pid) || self.group_exists(pid) {
            pid = pid.wrapping_add(1) & 0x7fff_ffff;
        }
        self.next_pid.set((pid + 1) & 0x7fff_ffff);
        self.launches.set(self.launches.get() + 1);
        Rc::new(Process::new(pid, args, env, cwd, fds, depth, limits))
    }

    /// The wait status for `outcome`, with a trap or an interruption
    /// reported on the process's standard error.
    fn wait_status(&self, outcome: Outcome, process: &Process) -> i32 {
        let stderr = process.fds.borrow().get(2).ok();
        match outcome {
            Outcome::Returned => exited_status(0),
            Outcome::Exited(status) => exited_status(status),
            Outcome::Trapped(reason) => {
                self.report(stderr, &format!("{}: trapped: {reason}\n", process.name));
                Signal::ABORT.ended_status()
            }
            Outcome::Killed(signal) => {
                if signal == Signal::INTERRUPT {
                    self.report(stderr, &format!("{}: interrupted\n", process.name));
                }
                signal.ended_status()
            }
        }
    }
}
