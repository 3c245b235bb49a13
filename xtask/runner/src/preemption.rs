//! The timer interrupt the host lacks, for the kernel core's preemption of
//! guest code that runs without fuel (`wasmos_kernel::task::preempt`): a
//! thread sends the main thread `SIGURG` every 2 ms, and the handler, on the
//! main thread's current stack like the kernel's interrupt handler, does
//! what the kernel's timer does. The allocator's count of its callers stands
//! in for the kernel heap's lock. `SA_NODEFER` keeps the signal deliverable
//! while a preempted task sits inside the handler (it may never come back:
//! a killed task is abandoned there); `SA_RESTART` restarts the system calls
//! it interrupts.

use std::time::Duration;

use wasmos_kernel::task::preempt;

/// How often the stand-in timer ticks.
const TICK: Duration = Duration::from_millis(2);

extern "C" fn on_tick(_signal: libc::c_int) {
    if preempt::tick_is_due() && crate::host_platform::allocator_is_free() {
        preempt::preempt();
    }
}

/// Installs the handler and starts the ticking thread. Returns false (and
/// the runner then goes without preemption) if the handler cannot be set.
pub fn start() -> bool {
    // SAFETY: a zeroed sigaction is a valid starting point; the handler is an
    // `extern "C" fn(c_int)`, as `sa_sigaction` expects without SA_SIGINFO.
    let installed = unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_tick as extern "C" fn(libc::c_int) as libc::sighandler_t;
        action.sa_flags = libc::SA_RESTART | libc::SA_NODEFER;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGURG, &action, std::ptr::null_mut()) == 0
    };
    if !installed {
        return false;
    }
    // SAFETY: pthread_self has no preconditions.
    let main = unsafe { libc::pthread_self() };
    std::thread::spawn(move || loop {
        std::thread::sleep(TICK);
        // SAFETY: `main` is the main thread, which lives as long as the
        // process (the runner ends by leaving `main`, which ends this thread).
        if unsafe { libc::pthread_kill(main, libc::SIGURG) } != 0 {
            break;
        }
    });
    true
}
