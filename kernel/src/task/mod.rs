//! Tasks and the scheduler. Every process runs as a task: a fiber (a kernel
//! stack of its own) that the scheduler resumes and that suspends back to it
//! when it blocks or when its fuel slice ends. Switches happen only there, so
//! kernel structures are never seen half-changed; a task must not hold a
//! `RefCell` borrow of shared kernel state across [`Scheduler::block`] or
//! [`Scheduler::yield_now`].
//!
//! Life of a task: [`Scheduler::spawn`] makes it `Ready` at the back of the
//! run queue; the loop ([`Scheduler::run_once`]) resumes the first ready task;
//! the task runs until it yields (back of the queue), blocks (off the queue,
//! until [`Scheduler::wake`], a [`WaitQueue`] or its deadline makes it ready)
//! or finishes. A finished task's stack is freed by the loop, which is not
//! running on it.
#![deny(unsafe_code)]

pub mod preempt;
mod wait_queue;

pub use wait_queue::WaitQueue;

use alloc::boxed::Box;
use alloc::collections::{BTreeMap, BTreeSet, VecDeque};
use alloc::rc::Rc;
use core::cell::{Cell, RefCell};

use crate::arch::fiber::{Fiber, FiberState};
use crate::errno::{Errno, KernelResult};

/// A task's number: the pid of the process it runs.
pub type TaskId = u32;

/// Kernel stack of every task. The interpreter recurses on it for nested
/// calls (`call_protected`), which stop nesting when less than
/// [`crate::system::STACK_RESERVE`] is left.
pub const TASK_STACK_BYTES: usize = 768 * 1024;

/// What a task is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskState {
    /// In the run queue.
    Ready,
    /// Running now.
    Running,
    /// Waiting to be woken (or for its deadline).
    Blocked,
    /// Not scheduled until continued (`SIGSTOP`, Ctrl-Z).
    Stopped,
    /// Its body returned.
    Finished,
}

/// One task.
pub struct Task {
    /// Its number.
    pub id: TaskId,
    fiber: Box<Fiber>,
    state: Cell<TaskState>,
    /// Woken then if still blocked.
    deadline: Cell<Option<u64>>,
    /// Stopped while it was blocked: blocked again when continued.
    stopped_while_blocked: Cell<bool>,
    /// Monotonic nanoseconds spent running.
    cpu_ns: Cell<u64>,
    /// Suspended by the timer in guest code (see [`preempt`]), not at a
    /// yield or a block: it may never reach a point where it can end itself.
    preempted: Cell<bool>,
}

impl Task {
    /// What the task is doing.
    pub fn state(&self) -> TaskState {
        self.state.get()
    }

    /// Nanoseconds it has spent running.
    pub fn cpu_ns(&self) -> u64 {
        self.cpu_ns.get()
    }
}

/// The scheduler: round robin over ready tasks.
pub struct Scheduler {
    tasks: RefCell<BTreeMap<TaskId, Rc<Task>>>,
    ready: RefCell<VecDeque<TaskId>>,
    /// Blocked tasks with a deadline, by (deadline, task).
    timers: RefCell<BTreeSet<(u64, TaskId)>>,
    current: Cell<Option<TaskId>>,
    slice_started: Cell<u64>,
}

impl Default for Scheduler {
    fn default() -> Self {
        Self::new()
    }
}

impl Scheduler {
    /// A scheduler with no tasks.
    pub fn new() -> Self {
        Scheduler {
            tasks: RefCell::new(BTreeMap::new()),
            ready: RefCell::new(VecDeque::new()),
            timers: RefCell::new(BTreeSet::new()),
            current: Cell::new(None),
            slice_started: Cell::new(0),
        }
    }

    /// Makes task `id` that will run `body` (once), ready to run. The task
    /// owns `body` until it is removed, even if it is abandoned: what `body`
    /// holds is dropped with it. `EAGAIN` if the kernel heap cannot hold its
    /// stack, `EEXIST` if the id is taken.
    pub fn spawn(&self, id: TaskId, body: Box<dyn FnMut()>) -> KernelResult<()> {
        if self.tasks.borrow().contains_key(&id) {
            return Err(Errno::EEXIST);
        }
        let fiber = Fiber::new(TASK_STACK_BYTES, body).ok_or(Errno::EAGAIN)?;
        let task = Rc::new(Task {
            id,
            fiber,
            state: Cell::new(TaskState::Ready),
            deadline: Cell::new(None),
            stopped_while_blocked: Cell::new(false),
            cpu_ns: Cell::new(0),
            preempted: Cell::new(false),
        });
        self.tasks.borrow_mut().insert(id, task);
        self.ready.borrow_mut().push_back(id);
        Ok(())
    }

    /// The running task, if the caller runs on one.
    pub fn current(&self) -> Option<TaskId> {
        self.current.get()
    }

    /// Task `id`, if it exists.
    pub fn task(&self, id: TaskId) -> Option<Rc<Task>> {
        self.tasks.borrow().get(&id).cloned()
    }

    /// How many tasks exist (finished ones are gone).
    pub fn task_count(&self) -> usize {
        self.tasks.borrow().len()
    }

    /// Whether any task is ready to run.
    pub fn has_ready(&self) -> bool {
        !self.ready.borrow().is_empty()
    }

    /// When the running task was last resumed (monotonic nanoseconds).
    pub fn slice_started(&self) -> u64 {
        self.slice_started.get()
    }

    /// Bytes of stack left to the running task, if the caller runs on one.
    pub fn stack_remaining(&self) -> Option<usize> {
        let task = self.task(self.current.get()?)?;
        task.fiber.stack_remaining()
    }

    fn current_task(&self) -> Rc<Task> {
        self.current
            .get()
            .and_then(|id| self.task(id))
            .expect("a blocking call made outside any task")
    }

    /// Lets other ready tasks run; the caller continues after them. Returns
    /// at once if no other task is ready.
    pub fn yield_now(&self) {
        if self.current_is_stopped() {
            // Stopped while running (Ctrl-Z reaches the running job between
            // its slices): park here rather than go back on the queue.
            self.park_if_stopped();
            return;
        }
        if self.ready.borrow().is_empty() {
            return;
        }
        let task = self.current_task();
        task.state.set(TaskState::Ready);
        self.ready.borrow_mut().push_back(task.id);
        Self::suspend(task);
    }

    /// Blocks the running task until it is woken (by [`Scheduler::wake`] or a
    /// [`WaitQueue`]) or, with a deadline, until the monotonic clock passes
    /// it. Wake-ups can be spurious: callers re-check their condition.
    pub fn block(&self, deadline: Option<u64>) {
        let task = self.current_task();
        task.state.set(TaskState::Blocked);
        task.deadline.set(deadline);
        if let Some(deadline) = deadline {
            self.timers.borrow_mut().insert((deadline, task.id));
        }
        Self::suspend(task);
    }

    /// Suspends the running task's fiber, keeping no reference to the task on
    /// its stack while it is away (the scheduler holds it).
    fn suspend(task: Rc<Task>) {
        drop(task);
        crate::arch::fiber::suspend_current();
    }

    /// Makes a blocked task ready. Does nothing to a task that is not blocked.
    pub fn wake(&self, id: TaskId) {
        let Some(task) = self.task(id) else { return };
        if task.state.get() == TaskState::Blocked {
            self.make_ready(&task);
        } else if task.state.get() == TaskState::Stopped {
            // Woken while stopped: continue runs it instead of blocking it again.
            task.stopped_while_blocked.set(false);
        }
    }

    fn make_ready(&self, task: &Task) {
        if let Some(deadline) = task.deadline.take() {
            self.timers.borrow_mut().remove(&(deadline, task.id));
        }
        task.state.set(TaskState::Ready);
        self.ready.borrow_mut().push_back(task.id);
    }

    /// Stops a task (it is not scheduled until [`Scheduler::resume_stopped`]).
    pub fn stop(&self, id: TaskId) {
        let Some(task) = self.task(id) else { return };
        match task.state.get() {
            TaskState::Ready => {
                self.ready.borrow_mut().retain(|ready| *ready != id);
                task.stopped_while_blocked.set(false);
            }
            TaskState::Blocked => task.stopped_while_blocked.set(true),
            // The running task stops at its next yield (see `yield_now`'s caller).
            TaskState::Running => task.stopped_while_blocked.set(false),
            TaskState::Stopped | TaskState::Finished => return,
        }
        task.state.set(TaskState::Stopped);
    }

    /// Continues a stopped task.
    pub fn resume_stopped(&self, id: TaskId) {
        let Some(task) = self.task(id) else { return };
        if task.state.get() != TaskState::Stopped {
            return;
        }
        if task.stopped_while_blocked.take() {
            task.state.set(TaskState::Blocked);
        } else {
            self.make_ready(&task);
        }
    }

    /// Whether the running task was told to stop: it should call
    /// [`Scheduler::park_if_stopped`] at a safe point.
    pub fn current_is_stopped(&self) -> bool {
        self.current
            .get()
            .and_then(|id| self.task(id))
            .is_some_and(|task| task.state.get() == TaskState::Stopped)
    }

    /// Parks the running task while it is stopped.
    pub fn park_if_stopped(&self) {
        while self.current_is_stopped() {
            Self::suspend(self.current_task());
        }
    }

    /// Wakes every blocked task whose deadline is at or before `now`.
    /// Returns the earliest deadline still pending.
    pub fn expire_timers(&self, now: u64) -> Option<u64> {
        loop {
            let first = self.timers.borrow().first().copied();
            match first {
                Some((deadline, id)) if deadline <= now => {
                    self.timers.borrow_mut().remove(&(deadline, id));
                    if let Some(task) = self.task(id) {
                        if task.deadline.get() == Some(deadline) {
                            task.deadline.set(None);
                            if task.state.get() == TaskState::Blocked {
                                self.make_ready(&task);
                            }
                        }
                    }
                }
                Some((deadline, _)) => return Some(deadline),
                None => return None,
            }
        }
    }

    /// Runs the first ready task until it suspends or finishes; `now` reads
    /// the monotonic clock (for CPU time). Returns the task that ran and
    /// whether it finished (it is then gone), or `None` if no task was ready.
    pub fn run_once(&self, now: &dyn Fn() -> u64) -> Option<(TaskId, bool)> {
        let id = self.ready.borrow_mut().pop_front()?;
        let task = self.task(id)?;
        if task.state.get() != TaskState::Ready {
            // Stopped or woken twice: it is not (or already) in the queue.
            return Some((id, false));
        }
        task.state.set(TaskState::Running);
        self.current.set(Some(id));
        let started = now();
        self.slice_started.set(started);
        preempt::turn_started();
        task.preempted.set(false);
        let fiber_state = task.fiber.resume();
        task.preempted.set(preempt::take_preempted());
        task.cpu_ns.set(task.cpu_ns.get() + now().saturating_sub(started));
        self.current.set(None);
        if fiber_state == FiberState::Finished {
            task.state.set(TaskState::Finished);
            self.remove(id);
            return Some((id, true));
        }
        if task.state.get() == TaskState::Running {
            // Preempted (or a stop raced its yield): keep it runnable.
            self.make_ready(&task);
        }
        Some((id, false))
    }

    /// Whether task `id` was last suspended by preemption in guest code.
    pub fn is_preempted(&self, id: TaskId) -> bool {
        self.task(id).is_some_and(|task| task.preempted.get())
    }

    /// Forgets task `id`, freeing its stack. A task that is not finished is
    /// abandoned where it stands: its frames never run again (see
    /// [`crate::arch::fiber::Fiber`]); only the kernel's kill of a task stuck
    /// in guest code does that.
    pub fn remove(&self, id: TaskId) {
        let task = self.tasks.borrow_mut().remove(&id);
        if let Some(task) = task {
            if let Some(deadline) = task.deadline.take() {
                self.timers.borrow_mut().remove(&(deadline, id));
            }
            self.ready.borrow_mut().retain(|ready| *ready != id);
            assert!(
                self.current.get() != Some(id),
                "a task cannot remove itself while it runs"
            );
        }
    }
}

#[cfg(test)]
mod tests;
