//! Console, time and randomness calls.

use super::blocking;
use super::encoding;
use super::guest::Guest;
use super::Context;
use crate::errno::{Errno, KernelResult};

/// The most random bytes one call fills at a time (larger requests loop).
const RANDOM_CHUNK: usize = 64 * 1024;

pub(super) fn putchar(context: &Context, _guest: &mut Guest, character: i32) -> KernelResult<i32> {
    let file = context.process.fds.borrow().get(1)?;
    let [byte, ..] = character.to_le_bytes();
    blocking::write(context, &file, &[byte])?;
    Ok(i32::from(byte))
}

pub(super) fn getchar(context: &Context, _guest: &mut Guest) -> i32 {
    let Ok(file) = context.process.fds.borrow().get(0) else {
        return -1;
    };
    let mut byte = [0u8; 1];
    match blocking::read(context, &file, &mut byte) {
        Ok(1) => i32::from(byte[0]),
        _ => -1,
    }
}

pub(super) fn console_mode(context: &Context, _guest: &mut Guest, mode: i32) -> KernelResult<i32> {
    let mode = encoding::console_mode(mode)?;
    let previous = context.system.console.set_mode(mode);
    if context.process.console_mode_before.get().is_none() {
        context.process.console_mode_before.set(Some(previous));
    }
    Ok(encoding::console_mode_number(previous))
}

pub(super) fn timesinceboot(context: &Context, _guest: &mut Guest) -> i64 {
    encoding::nanoseconds(context.system.platform.monotonic_ns())
}

pub(super) fn cputime(context: &Context, _guest: &mut Guest) -> i64 {
    encoding::nanoseconds(context.system.cpu_time_ns(&context.process))
}

pub(super) fn walltime(context: &Context, _guest: &mut Guest) -> i64 {
    context.system.platform.wall_clock_ns()
}

pub(super) fn sleep(context: &Context, _guest: &mut Guest, nanoseconds: i64) -> KernelResult<i32> {
    let nanoseconds = u64::try_from(nanoseconds).map_err(|_| Errno::EINVAL)?;
    context.system.sleep(&context.process, nanoseconds)?;
    Ok(0)
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
