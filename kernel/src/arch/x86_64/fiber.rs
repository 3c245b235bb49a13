//! Fibers: stacks of their own that code can leave and come back to. The
//! scheduler runs every process on a fiber, so that a system call can block
//! by switching stacks whatever the interpreter's state. A fiber is resumed
//! from its resumer's stack (the scheduler loop) and suspends back to it.
//! Switches happen only at these two calls; the one caller that suspends
//! behind the running code's back is the kernel's timer interrupt, and only
//! while that code is guest code run by the interpreter (see
//! [`crate::task::preempt`]).
//!
//! A fiber owns its entry function for its whole life (it is called in
//! place, never moved onto the stack), so that a fiber dropped while
//! suspended (abandoned) frees what the function holds with it.
//!
//! This is plain x86_64 System V code (no privileged instructions but, in the
//! kernel, putting back the interrupt flag), so the host runner and the host
//! unit tests use it as the kernel does.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::arch::naked_asm;
use core::cell::{Cell, UnsafeCell};
use core::mem::MaybeUninit;
use core::sync::atomic::{AtomicPtr, Ordering};

/// Written at the lowest address of every fiber stack and checked at each
/// switch: a changed value means the stack overflowed into its neighbour.
const CANARY: u64 = 0x5741_534d_4f53_5354;

/// The MXCSR and x87 control word a new fiber starts with (all exceptions
/// masked, round to nearest), as after reset.
const INITIAL_MXCSR: u32 = 0x1f80;
const INITIAL_FPU_CONTROL: u32 = 0x037f;

/// The fiber running now on this CPU (on the host: this thread), or null.
#[cfg_attr(not(target_os = "none"), thread_local)]
static CURRENT: AtomicPtr<Fiber> = AtomicPtr::new(core::ptr::null_mut());

/// Suspends the fiber the caller runs on (see [`Fiber::suspend`]); returns
/// when it is resumed. The caller keeps no reference to the fiber while it is
/// away, so that its owner may drop it (abandoning it) in the meantime.
///
/// # Panics
/// If the caller does not run on a fiber.
pub fn suspend_current() {
    let fiber = CURRENT.load(Ordering::Relaxed);
    assert!(!fiber.is_null(), "suspending outside any fiber");
    // SAFETY: CURRENT is set by `resume` to a live boxed fiber for as long as
    // it runs, and the caller runs on it: its owner cannot drop it meanwhile.
    unsafe { &*fiber }.suspend();
}

/// Whether the caller runs on a fiber.
pub fn on_a_fiber() -> bool {
    !CURRENT.load(Ordering::Relaxed).is_null()
}

/// Where a fiber is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FiberState {
    /// Made, never resumed.
    New,
    /// Running right now, on its own stack.
    Running,
    /// Suspended; resuming continues after its `suspend`.
    Suspended,
    /// Its entry function returned.
    Finished,
}

/// A stack with a function to run on it.
pub struct Fiber {
    stack: Box<[MaybeUninit<u128>]>,
    /// The fiber's stack pointer while it is not running.
    saved: UnsafeCell<usize>,
    /// The resumer's stack pointer while the fiber runs.
    resumer: UnsafeCell<usize>,
    state: Cell<FiberState>,
    /// Called once, in place, when the fiber first runs; dropped with the fiber.
    entry: UnsafeCell<Box<dyn FnMut()>>,
}

impl Fiber {
    /// A fiber with a stack of `stack_bytes` (rounded to 16) that will run
    /// `entry` when first resumed. Returns `None` if the kernel heap cannot
    /// hold the stack. It is boxed because it must not move once resumed.
    /// `entry` is called once; it stays owned by the fiber (see the module
    /// documentation), which is why it is `FnMut` rather than `FnOnce`.
    pub fn new(stack_bytes: usize, entry: Box<dyn FnMut()>) -> Option<Box<Fiber>> {
        let slots = stack_bytes.div_ceil(16).max(64);
        let mut stack = Vec::new();
        stack.try_reserve_exact(slots).ok()?;
        stack.resize_with(slots, MaybeUninit::uninit);
        let mut stack = stack.into_boxed_slice();
        stack[0] = MaybeUninit::new(u128::from(CANARY));
        let fiber = Box::new(Fiber {
            stack,
            saved: UnsafeCell::new(0),
            resumer: UnsafeCell::new(0),
            state: Cell::new(FiberState::New),
            entry: UnsafeCell::new(entry),
        });
        // The first frame `switch_stacks` restores, from the lowest address:
        // MXCSR and x87 control word, r15, r14, r13, r12 (the fiber), rbx,
        // rbp, the return address (the trampoline), and one spare slot so
        // that the trampoline starts with a 16-byte aligned stack.
        let top = fiber.stack.as_ptr() as usize + slots * 16;
        let frame = [
            u64::from(INITIAL_MXCSR) | (u64::from(INITIAL_FPU_CONTROL) << 32),
            0,
            0,
            0,
            &*fiber as *const Fiber as u64,
            0,
            0,
            fiber_trampoline as *const () as u64,
            0,
        ];
        let frame_start = top - 16 - 8 * (frame.len() - 1);
        let frame_start = frame_start & !15;
        // SAFETY: `frame_start..frame_start + 72` lies inside the stack just
        // allocated (it has at least 64 slots of 16 bytes) and is 8-aligned;
        // nothing else refers to that memory yet.
        unsafe {
            let slots = frame_start as *mut u64;
            for (index, value) in frame.iter().enumerate() {
                slots.add(index).write(*value);
            }
        }
        // After the restored words and `ret` the stack pointer is
        // `frame_start + 64`, 16-aligned for the trampoline's `call`.
        debug_assert_eq!(frame_start % 16, 0);
        // SAFETY: no one else holds the fiber yet.
        unsafe { *fiber.saved.get() = frame_start };
        Some(fiber)
    }

    /// Where the fiber is in its life.
    pub fn state(&self) -> FiberState {
        self.state.get()
    }

    /// Runs the fiber until it suspends or finishes; returns its new state.
    ///
    /// # Panics
    /// If the fiber is running or finished (a broken scheduler invariant), or
    /// if its stack overflowed.
    pub fn resume(&self) -> FiberState {
        assert!(
            matches!(self.state.get(), FiberState::New | FiberState::Suspended),
            "resuming a fiber that is {:?}",
            self.state.get()
        );
        self.check_canary();
        self.state.set(FiberState::Running);
        let previous = CURRENT.swap(self as *const Fiber as *mut Fiber, Ordering::Relaxed);
        assert!(previous.is_null(), "a fiber resumed another fiber");
        let interrupts = interrupt_flag::save();
        // SAFETY: the fiber's saved stack pointer points at a frame laid out by
        // `new` or by `switch_stacks` when it suspended, on a stack it owns;
        // the resumer's registers are saved in `resumer` and restored when the
        // fiber switches back. `self` stays in place (boxed) meanwhile.
        unsafe { switch_stacks(self.resumer.get(), *self.saved.get()) };
        // A fiber the timer interrupt suspended comes back with interrupts
        // off (it left from inside the handler): the resumer gets its own
        // setting back.
        interrupt_flag::restore(interrupts);
        CURRENT.store(core::ptr::null_mut(), Ordering::Relaxed);
        self.check_canary();
        self.state.get()
    }

    /// Leaves the fiber for its resumer; returns when it is resumed again.
    ///
    /// # Panics
    /// If called from anywhere but this fiber's own stack.
    pub fn suspend(&self) {
        assert!(
            self.state.get() == FiberState::Running && self.contains(stack_pointer()),
            "suspending a fiber from outside it"
        );
        self.state.set(FiberState::Suspended);
        // SAFETY: we run on this fiber's stack (checked above), so `resumer`
        // holds the stack pointer saved by the `resume` that is running it.
        unsafe { switch_stacks(self.saved.get(), *self.resumer.get()) };
    }

    /// Bytes of stack left below the caller, if the caller runs on this fiber.
    pub fn stack_remaining(&self) -> Option<usize> {
        let pointer = stack_pointer();
        self.contains(pointer)
            .then(|| pointer.saturating_sub(self.stack.as_ptr() as usize + 16))
    }

    /// The stack's size in bytes.
    pub fn stack_bytes(&self) -> usize {
        self.stack.len() * 16
    }

    fn contains(&self, address: usize) -> bool {
        let bottom = self.stack.as_ptr() as usize;
        (bottom..bottom + self.stack.len() * 16).contains(&address)
    }

    fn check_canary(&self) {
        // SAFETY: slot 0 was initialised with the canary in `new`; the fiber's
        // code only ever writes it by overflowing, which is what we look for.
        let bottom = unsafe { self.stack[0].assume_init_read() };
        assert!(bottom == u128::from(CANARY), "a task overflowed its kernel stack");
    }

    /// The first code a fiber runs (called by the trampoline with the fiber
    /// in `rdi`): the entry function, then back to the resumer for good.
    extern "C" fn run(fiber: *const Fiber) -> ! {
        // SAFETY: the trampoline passes the pointer `new` stored, to a fiber
        // that is boxed and alive while it runs (its owner drops it only when
        // it is not running).
        let fiber = unsafe { &*fiber };
        // SAFETY: only this call ever touches the entry while the fiber
        // lives, and the fiber (so the box) is not dropped while it runs.
        let entry = unsafe { &mut *fiber.entry.get() };
        entry();
        fiber.state.set(FiberState::Finished);
        // SAFETY: as in `suspend`; this fiber is never resumed again.
        unsafe { switch_stacks(fiber.saved.get(), *fiber.resumer.get()) };
        unreachable!("a finished fiber was resumed");
    }
}

/// The interrupt flag around a switch. Only the kernel has one to keep.
#[cfg(target_os = "none")]
mod interrupt_flag {
    use x86_64::instructions::interrupts;

    pub fn save() -> bool {
        interrupts::are_enabled()
    }

    pub fn restore(enabled: bool) {
        if enabled {
            interrupts::enable();
        }
    }
}

#[cfg(not(target_os = "none"))]
mod interrupt_flag {
    pub fn save() -> bool {
        false
    }

    pub fn restore(_: bool) {}
}

/// The stack pointer of the caller.
fn stack_pointer() -> usize {
    let pointer: usize;
    // SAFETY: reading RSP has no effects.
    unsafe { core::arch::asm!("mov {}, rsp", out(reg) pointer, options(nomem, nostack, preserves_flags)) };
    pointer
}

/// Where a new fiber starts: hands the fiber pointer (left in r12 by
/// `new`'s frame) to [`Fiber::run`].
#[unsafe(naked)]
extern "C" fn fiber_trampoline() -> ! {
    naked_asm!("mov rdi, r12", "call {run}", "ud2", run = sym Fiber::run)
}

/// Saves the callee-saved registers, MXCSR and the x87 control word on the
/// current stack, stores the stack pointer at `save`, switches to `load` and
/// restores the same from there.
///
/// # Safety
/// `load` must be a stack pointer saved by this function (or laid out like it
/// by [`Fiber::new`]) on a stack that is still allocated and not in use.
#[unsafe(naked)]
unsafe extern "C" fn switch_stacks(save: *mut usize, load: usize) {
    naked_asm!(
        "push rbp",
        "push rbx",
        "push r12",
        "push r13",
        "push r14",
        "push r15",
        "sub rsp, 8",
        "stmxcsr [rsp]",
        "fnstcw [rsp + 4]",
        "mov [rdi], rsp",
        "mov rsp, rsi",
        "ldmxcsr [rsp]",
        "fldcw [rsp + 4]",
        "add rsp, 8",
        "pop r15",
        "pop r14",
        "pop r13",
        "pop r12",
        "pop rbx",
        "pop rbp",
        "ret",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::rc::Rc;
    use alloc::vec;

    /// A fiber whose entry can reach the fiber itself, through a slot filled after it is made.
    fn fiber_with(mut body: impl FnMut(&Fiber) + 'static) -> Box<Fiber> {
        let slot: Rc<Cell<*const Fiber>> = Rc::new(Cell::new(core::ptr::null()));
        let inner = slot.clone();
        let fiber = Fiber::new(
            64 * 1024,
            Box::new(move || {
                // SAFETY: the slot holds the address of the boxed fiber running this closure.
                let fiber = unsafe { &*inner.get() };
                body(fiber)
            }),
        )
        .unwrap();
        slot.set(&*fiber);
        fiber
    }

    #[test]
    fn fibers_interleave_keep_their_floats_and_finish() {
        let log = Rc::new(core::cell::RefCell::new(vec![]));
        let (first_log, second_log) = (log.clone(), log.clone());
        let first = fiber_with(move |fiber| {
            for step in 0..3 {
                first_log.borrow_mut().push(step);
                fiber.suspend();
            }
        });
        let second = fiber_with(move |fiber| {
            let mut sum = 0.5f64;
            for step in 0..2 {
                sum = sum * 3.0 + f64::from(step);
                fiber.suspend();
            }
            second_log.borrow_mut().push(sum as i32 * 100);
        });
        let mut rounds = 0;
        while first.state() != FiberState::Finished || second.state() != FiberState::Finished {
            for fiber in [&first, &second] {
                if fiber.state() != FiberState::Finished {
                    fiber.resume();
                }
            }
            rounds += 1;
            assert!(rounds < 10);
        }
        // 0.5 * 3 + 0 = 1.5; 1.5 * 3 + 1 = 5.5.
        assert_eq!(*log.borrow(), vec![0, 1, 2, 500]);
        assert_eq!(rounds, 4);
    }

    #[test]
    fn stack_remaining_is_known_only_on_the_fiber() {
        let fiber = fiber_with(|fiber| {
            let remaining = fiber.stack_remaining().unwrap();
            assert!(remaining > 60 * 1024 && remaining < 64 * 1024);
        });
        assert_eq!(fiber.stack_remaining(), None);
        assert_eq!(fiber.stack_bytes(), 64 * 1024);
        assert_eq!(fiber.resume(), FiberState::Finished);
    }

    #[test]
    fn a_suspended_fiber_can_be_dropped_and_frees_what_its_entry_holds() {
        let held = Rc::new(5);
        let inside = held.clone();
        let fiber = fiber_with(move |fiber| loop {
            assert_eq!(*inside, 5);
            fiber.suspend()
        });
        assert_eq!(fiber.resume(), FiberState::Suspended);
        assert_eq!(Rc::strong_count(&held), 2);
        drop(fiber);
        assert_eq!(Rc::strong_count(&held), 1);
    }
}
