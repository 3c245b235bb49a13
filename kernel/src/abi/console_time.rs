//! Console, time and randomness calls.

use super::guest::Guest;
use super::Context;
use crate::console::ConsoleMode;
use crate::errno::{Errno, KernelResult};

/// The most random bytes one call fills at a time (larger requests loop).
const RANDOM_CHUNK: usize = 64 * 1024;

pub(super) fn putchar(context: &Context, character: i32) -> KernelResult<i32> {
    let file = context.process.fds.borrow().get(1)?;
    let byte = (character & 0xff) as u8;
    file.write(&[byte], context.system.vfs.now())?;
    Ok(i32::from(byte))
}

pub(super) fn getchar(context: &Context) -> i32 {
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

pub(super) fn console_mode(context: &Context, mode: i32) -> KernelResult<i32> {
    let mode = ConsoleMode::from_abi(mode).ok_or(Errno::EINVAL)?;
    Ok(context.system.console.set_mode(mode).to_abi())
}

pub(super) fn sleep(context: &Context, nanoseconds: i64) -> KernelResult<i32> {
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
        guest.write((start + done) as i32, &chunk[..count])?;
        done += count;
    }
    Ok(length as i32)
}
