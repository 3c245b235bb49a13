//! Arguments, environment, clocks, randomness, process exit, yielding, and
//! sockets (none exist yet: every descriptor is `ENOTSOCK`).

use alloc::vec::Vec;

use super::Done;
use crate::abi::guest::Guest;
use crate::abi::Context;
use crate::errno::{Errno, KernelResult};
use crate::runtime::Unwind;

/// Writes `strings` for `args_get`/`environ_get`: the pointer table at
/// `table`, the NUL-terminated strings one after the other at `buffer`.
fn write_strings(guest: &mut Guest, table: i32, buffer: i32, strings: &[Vec<u8>]) -> KernelResult<Done> {
    let mut pointers = Vec::with_capacity(strings.len() * 4);
    let mut bytes = Vec::new();
    let base = buffer.cast_unsigned();
    for string in strings {
        let offset = u32::try_from(bytes.len()).map_err(|_| Errno::EOVERFLOW)?;
        pointers.extend_from_slice(&base.wrapping_add(offset).to_le_bytes());
        bytes.extend_from_slice(string);
        bytes.push(0);
    }
    guest.check_room(table, pointers.len())?;
    guest.check_room(buffer, bytes.len())?;
    guest.write(table, &pointers)?;
    guest.write(buffer, &bytes)?;
    Ok(Done)
}

/// Writes `count` and `size` for the `*_sizes_get` calls.
fn write_sizes(guest: &mut Guest, count_at: i32, size_at: i32, strings: &[Vec<u8>]) -> KernelResult<Done> {
    let count = u32::try_from(strings.len()).map_err(|_| Errno::EOVERFLOW)?;
    let size: usize = strings.iter().map(|string| string.len() + 1).sum();
    let size = u32::try_from(size).map_err(|_| Errno::EOVERFLOW)?;
    guest.check_room(count_at, 4)?;
    guest.check_room(size_at, 4)?;
    guest.write(count_at, &count.to_le_bytes())?;
    guest.write(size_at, &size.to_le_bytes())?;
    Ok(Done)
}

fn arguments(context: &Context) -> Vec<Vec<u8>> {
    context
        .process
        .args
        .iter()
        .map(|argument| argument.as_bytes().to_vec())
        .collect()
}

fn environment(context: &Context) -> Vec<Vec<u8>> {
    context
        .process
        .env
        .borrow()
        .iter()
        .map(|(name, value)| {
            let mut entry = name.as_bytes().to_vec();
            entry.push(b'=');
            entry.extend_from_slice(value.as_bytes());
            entry
        })
        .collect()
}

pub(super) fn args_get(context: &Context, guest: &mut Guest, argv: i32, buffer: i32) -> KernelResult<Done> {
    write_strings(guest, argv, buffer, &arguments(context))
}

pub(super) fn args_sizes_get(context: &Context, guest: &mut Guest, count: i32, size: i32) -> KernelResult<Done> {
    write_sizes(guest, count, size, &arguments(context))
}

pub(super) fn environ_get(context: &Context, guest: &mut Guest, environ: i32, buffer: i32) -> KernelResult<Done> {
    write_strings(guest, environ, buffer, &environment(context))
}

pub(super) fn environ_sizes_get(context: &Context, guest: &mut Guest, count: i32, size: i32) -> KernelResult<Done> {
    write_sizes(guest, count, size, &environment(context))
}

/// `clockid`: wall-clock time.
const CLOCK_REALTIME: i32 = 0;
/// `clockid`: time since boot.
const CLOCK_MONOTONIC: i32 = 1;
/// `clockid`: the process's CPU time.
const CLOCK_PROCESS_CPUTIME: i32 = 2;
/// `clockid`: the thread's CPU time (a process has one thread).
const CLOCK_THREAD_CPUTIME: i32 = 3;

/// Reads clock `id` in nanoseconds.
pub(super) fn read_clock(context: &Context, id: i32) -> KernelResult<u64> {
    let platform = context.system.platform;
    match id {
        CLOCK_REALTIME => u64::try_from(platform.wall_clock_ns()).map_err(|_| Errno::EOVERFLOW),
        CLOCK_MONOTONIC => Ok(platform.monotonic_ns()),
        CLOCK_PROCESS_CPUTIME | CLOCK_THREAD_CPUTIME => Ok(context.system.cpu_time_ns(&context.process)),
        _ => Err(Errno::EINVAL),
    }
}

pub(super) fn clock_res_get(_context: &Context, guest: &mut Guest, id: i32, resolution: i32) -> KernelResult<Done> {
    if !(CLOCK_REALTIME..=CLOCK_THREAD_CPUTIME).contains(&id) {
        return Err(Errno::EINVAL);
    }
    // Every clock is read in whole nanoseconds (from the TSC, calibrated at boot).
    guest.check_room(resolution, 8)?;
    guest.write(resolution, &1u64.to_le_bytes())?;
    Ok(Done)
}

pub(super) fn clock_time_get(
    context: &Context,
    guest: &mut Guest,
    id: i32,
    _precision: i64,
    time: i32,
) -> KernelResult<Done> {
    let now = read_clock(context, id)?;
    guest.check_room(time, 8)?;
    guest.write(time, &now.to_le_bytes())?;
    Ok(Done)
}

pub(super) fn proc_exit(_context: &Context, _guest: &mut Guest, code: i32) -> tinywasm::Error {
    Unwind::Exit(code & 0xff).into()
}

pub(super) fn proc_raise(_context: &Context, _guest: &mut Guest, _signal: i32) -> KernelResult<Done> {
    // There are no signal handlers to run, and preview 1 deprecates it.
    Err(Errno::ENOSYS)
}

pub(super) fn sched_yield(context: &Context, _guest: &mut Guest) -> KernelResult<Done> {
    if context.system.scheduler.current() == Some(context.process.pid) {
        context.system.scheduler.yield_now();
    }
    Ok(Done)
}

pub(super) fn random_get(context: &Context, guest: &mut Guest, buffer: i32, length: i32) -> KernelResult<Done> {
    let (start, length) = guest.range(buffer, length)?;
    let mut chunk = [0u8; 4096];
    let mut done = 0;
    while done < length {
        let count = (length - done).min(chunk.len());
        context.system.platform.fill_random(&mut chunk[..count]);
        guest.write_at(start + done, &chunk[..count])?;
        done += count;
    }
    Ok(Done)
}

/// Every socket call: `EBADF` for a closed descriptor, else `ENOTSOCK`
/// (WasmOS has no sockets yet).
fn not_a_socket(context: &Context, fd: i32) -> KernelResult<Done> {
    context.process.fds.borrow().get(fd)?;
    Err(Errno::ENOTSOCK)
}

pub(super) fn sock_accept(
    context: &Context,
    _guest: &mut Guest,
    fd: i32,
    _flags: i32,
    _accepted: i32,
) -> KernelResult<Done> {
    not_a_socket(context, fd)
}

pub(super) fn sock_recv(
    context: &Context,
    _guest: &mut Guest,
    fd: i32,
    _iovecs: i32,
    _count: i32,
    _flags: i32,
    _received: i32,
    _out_flags: i32,
) -> KernelResult<Done> {
    not_a_socket(context, fd)
}

pub(super) fn sock_send(
    context: &Context,
    _guest: &mut Guest,
    fd: i32,
    _iovecs: i32,
    _count: i32,
    _flags: i32,
    _sent: i32,
) -> KernelResult<Done> {
    not_a_socket(context, fd)
}

pub(super) fn sock_shutdown(context: &Context, _guest: &mut Guest, fd: i32, _how: i32) -> KernelResult<Done> {
    not_a_socket(context, fd)
}
