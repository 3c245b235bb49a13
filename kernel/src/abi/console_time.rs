//! Console, time and randomness calls.

use super::encoding;
use super::guest::Guest;
use super::Context;
use crate::errno::{Errno, KernelResult};

/// The most random bytes one call fills at a time (larger requests loop).
const RANDOM_CHUNK: usize = 64 * 1024;

pub(super) fn putchar(context: &Context, _guest: &mut Guest, character: i32) -> KernelResult<i32> {
    let file = context.process.fds.borrow().get(1)?;
    let [byte, ..] = character.to_le_bytes();
    file.write(&[byte], || context.system.vfs.now())?;
    Ok(i32::from(byte))
}

pub(super) fn getchar(context: &Context, _guest: &mut Guest) -> i32 {
    let Ok(file) = context.process.fds.borrow().get(0) else {
        return -1;
    };
    let mut byte = [0u8; 1];
    let started = context.system.platform.monotonic_ns();
    let result = file.read(&mut byte);
    context
        .process
        .add_waiting(context.system.platform.monotonic_ns().saturating_sub(started));
    match result {
        Ok(1) => i32::from(byte[0]),
        _ => -1,
    }
}

pub(super) fn console_mode(context: &Context, _guest: &mut Guest, mode: i32) -> KernelResult<i32> {
    let mode = encoding::console_mode(mode)?;
    Ok(encoding::console_mode_number(context.system.console.set_mode(mode)))
}

pub(super) fn timesinceboot(context: &Context, _guest: &mut Guest) -> i64 {
    encoding::nanoseconds(context.system.platform.monotonic_ns())
}

pub(super) fn cputime(context: &Context, _guest: &mut Guest) -> i64 {
    encoding::nanoseconds(context.process.cpu_time_ns(context.system.platform.monotonic_ns()))
}

pub(super) fn walltime(context: &Context, _guest: &mut Guest) -> i64 {
    context.system.platform.wall_clock_ns()
}

pub(super) fn sleep(context: &Context, _guest: &mut Guest, nanoseconds: i64) -> KernelResult<i32> {
    let nanoseconds = u64::try_from(nanoseconds).map_err(|_| Errno::EINVAL)?;
    let platform = context.system.platform;
    let started = platform.monotonic_ns();
    let deadline = started.saturating_add(nanoseconds);
    let mut result = Ok(0);
    while platform.monotonic_ns() < deadline {
        context.system.console.pump();
        if context.system.console.interrupt_pending() {
            result = Err(Errno::EINTR);
            break;
        }
        platform.wait_for_event();
    }
    context
        .process
        .add_waiting(platform.monotonic_ns().saturating_sub(started));
    result
}

pub(super) fn random(context: &Context, guest: &mut Guest, buffer: i32, length: i32) -> KernelResult<i32> {
    let (start, length) = guest.range(buffer, length)?;
    let mut chunk = alloc::vec![0u8; length.min(RANDOM_CHUNK)];
    let mut done = 0;
    while done < length {
        let count = (length - done).min(RANDOM_CHUNK);
        context.system.platform.fill_random(&mut chunk[..count]);
        guest.write_at(start + done, &chunk[..count])?;
        done += count;
    }
    encoding::count(length)
}
