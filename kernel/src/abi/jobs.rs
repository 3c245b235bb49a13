//! Concurrent processes and jobs: spawn, wait, pids, signals, the console's
//! foreground group, pipes and poll.

use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::encoding::{self, SpawnOptions, POLLFD_SIZE, POLLNVAL, SPAWN_FD_INHERIT, SPAWN_FD_NONE, SPAWN_OPTIONS_SIZE};
use super::guest::{self, Guest};
use super::Context;
use crate::errno::{Errno, KernelResult};
use crate::process::Signal;
use crate::system::{SpawnRequest, Stdio};
use crate::task::WaitQueue;
use crate::vfs::pipe::Pipe;

/// The most records one `poll` takes.
const POLL_MOST: usize = 1024;

/// Reads a table of `count` (pointer, length) words as strings, within the
/// caller's argument limits.
pub(super) fn read_words(context: &Context, guest: &Guest, table: i32, count: i32) -> KernelResult<Vec<String>> {
    let count = usize::try_from(count).map_err(|_| Errno::EINVAL)?;
    let limits = context.process.limits.get();
    if count > limits.arguments {
        return Err(Errno::E2BIG);
    }
    let table_length = count.checked_mul(8).ok_or(Errno::E2BIG)?;
    let table = guest.read_at(guest::unsigned(table)?, table_length)?;
    let mut words = Vec::with_capacity(count);
    let mut total = 0usize;
    for (pointer, length) in encoding::words(&table) {
        total = total.saturating_add(guest::unsigned(length).unwrap_or(usize::MAX));
        if total > limits.argument_bytes {
            return Err(Errno::E2BIG);
        }
        words.push(guest.string(pointer, length)?);
    }
    Ok(words)
}

pub(super) fn spawn(context: &Context, guest: &mut Guest, argv: i32, count: i32, options: i32) -> KernelResult<i32> {
    spawn_preopened(context, guest, argv, count, options, 0, -1)
}

/// `spawn`, and for a WASI program the directories it gets preopened:
/// `preopen_count` (host path, name) pairs of words at `preopens`, or -1 for
/// the usual `/` and working directory.
pub(super) fn spawn_preopened(
    context: &Context,
    guest: &mut Guest,
    argv: i32,
    count: i32,
    options: i32,
    preopens: i32,
    preopen_count: i32,
) -> KernelResult<i32> {
    if count <= 0 {
        return Err(Errno::EINVAL);
    }
    let args = read_words(context, guest, argv, count)?;
    let mut request = SpawnRequest::inheriting(args);
    if options != 0 {
        let record = guest.read(options, encoding::count(SPAWN_OPTIONS_SIZE)?)?;
        let record: [u8; SPAWN_OPTIONS_SIZE] = record.try_into().map_err(|_| Errno::EFAULT)?;
        apply_options(context, guest, &mut request, encoding::spawn_options(&record)?)?;
    }
    if preopen_count != -1 {
        let pairs = usize::try_from(preopen_count).map_err(|_| Errno::EINVAL)?;
        if pairs > MOST_PREOPENS {
            return Err(Errno::EINVAL);
        }
        let words = read_words(context, guest, preopens, preopen_count.saturating_mul(2))?;
        let cwd = request
            .cwd
            .clone()
            .unwrap_or_else(|| context.process.cwd.borrow().clone());
        let mut list = Vec::with_capacity(pairs);
        for [host, name] in words.as_chunks::<2>().0 {
            // Host paths are taken from the child's working directory.
            list.push((context.system.vfs.directory_path(&cwd, host)?, name.clone()));
        }
        request.preopens = Some(list);
    }
    let pid = context.system.start(request, Some(&context.process))?;
    i32::try_from(pid).map_err(|_| Errno::EOVERFLOW)
}

/// The most directories `spawn_preopened` preopens.
const MOST_PREOPENS: usize = 64;

fn apply_options(
    context: &Context,
    guest: &Guest,
    request: &mut SpawnRequest,
    options: SpawnOptions,
) -> KernelResult<()> {
    let fds = context.process.fds.borrow();
    for (slot, fd) in request.stdio.iter_mut().zip(options.stdio) {
        *slot = match fd {
            SPAWN_FD_INHERIT => Stdio::Inherit,
            SPAWN_FD_NONE => Stdio::Closed,
            fd => Stdio::File(fds.get(fd)?),
        };
    }
    drop(fds);
    request.group = options.group;
    let (cwd, cwd_length) = options.cwd;
    if cwd_length != 0 {
        request.cwd = Some(guest.path(cwd, cwd_length)?);
    }
    let (env, env_count) = options.env;
    if env_count != -1 {
        let mut variables = BTreeMap::new();
        for word in read_words(context, guest, env, env_count)? {
            let (name, value) = word.split_once('=').ok_or(Errno::EINVAL)?;
            if name.is_empty() {
                return Err(Errno::EINVAL);
            }
            variables.insert(String::from(name), String::from(value));
        }
        request.env = Some(variables);
    }
    Ok(())
}

pub(super) fn wait(context: &Context, guest: &mut Guest, pid: i32, status: i32, flags: i32) -> KernelResult<i32> {
    let flags = encoding::wait_flags(flags)?;
    if status != 0 {
        guest.check_room(status, 4)?;
    }
    if pid == 0 || pid < -1 {
        return Err(Errno::EINVAL);
    }
    match context.system.wait(&context.process, pid, flags)? {
        Some((child, wait_status)) => {
            if status != 0 {
                guest.write(status, &wait_status.to_le_bytes())?;
            }
            i32::try_from(child).map_err(|_| Errno::EOVERFLOW)
        }
        None => Ok(0),
    }
}

pub(super) fn getpid(context: &Context, _guest: &mut Guest) -> KernelResult<i32> {
    i32::try_from(context.process.pid).map_err(|_| Errno::EOVERFLOW)
}

pub(super) fn getppid(context: &Context, _guest: &mut Guest) -> KernelResult<i32> {
    i32::try_from(context.process.parent.get()).map_err(|_| Errno::EOVERFLOW)
}

pub(super) fn kill(context: &Context, _guest: &mut Guest, pid: i32, signal: i32) -> KernelResult<i32> {
    let signal = match signal {
        0 => None,
        number => Some(Signal::from_number(number).ok_or(Errno::EINVAL)?),
    };
    if pid == 0 || pid == i32::MIN {
        return Err(Errno::ESRCH);
    }
    context.system.kill(pid, signal)?;
    Ok(0)
}

pub(super) fn console_foreground(context: &Context, _guest: &mut Guest, group: i32) -> KernelResult<i32> {
    let group = u32::try_from(group).map_err(|_| Errno::EINVAL)?;
    let previous = context.system.set_foreground(group)?;
    i32::try_from(previous).map_err(|_| Errno::EOVERFLOW)
}

pub(super) fn pipe(context: &Context, guest: &mut Guest, fds: i32) -> KernelResult<i32> {
    guest.check_room(fds, 8)?;
    let (reader, writer) = Pipe::open(context.system.scheduler.clone(), context.system.vfs.now());
    let mut table = context.process.fds.borrow_mut();
    let read_fd = table.insert(Rc::new(reader))?;
    let write_fd = match table.insert(Rc::new(writer)) {
        Ok(fd) => fd,
        Err(error) => {
            let _ = table.close(read_fd);
            return Err(error);
        }
    };
    drop(table);
    let mut record = [0u8; 8];
    record[..4].copy_from_slice(&read_fd.to_le_bytes());
    record[4..].copy_from_slice(&write_fd.to_le_bytes());
    guest.write(fds, &record)?;
    Ok(0)
}

pub(super) fn poll(context: &Context, guest: &mut Guest, records: i32, count: i32, timeout: i64) -> KernelResult<i32> {
    let count = usize::try_from(count).map_err(|_| Errno::EINVAL)?;
    if count > POLL_MOST {
        return Err(Errno::EINVAL);
    }
    let start = guest::unsigned(records)?;
    let mut table = guest.read_at(start, count * POLLFD_SIZE)?;
    let platform = context.system.platform;
    let deadline = u64::try_from(timeout)
        .ok()
        .map(|timeout| platform.monotonic_ns().saturating_add(timeout));
    loop {
        let mut ready = 0;
        let mut queues: Vec<Rc<crate::vfs::OpenFile>> = Vec::new();
        {
            let fds = context.process.fds.borrow();
            for record in table.as_chunks_mut::<POLLFD_SIZE>().0 {
                let fd = i32::from_le_bytes([record[0], record[1], record[2], record[3]]);
                let events = i16::from_le_bytes([record[4], record[5]]);
                let revents = if fd < 0 {
                    0
                } else {
                    match fds.get(fd) {
                        Ok(file) => {
                            let flags = file.flags();
                            let revents =
                                encoding::poll_events(events, flags.read, flags.write, file.node().readiness());
                            if file.node().wait_queue().is_some() {
                                queues.push(file);
                            }
                            revents
                        }
                        Err(_) => POLLNVAL,
                    }
                };
                record[6..8].copy_from_slice(&revents.to_le_bytes());
                if revents != 0 {
                    ready += 1;
                }
            }
        }
        let timed_out = deadline.is_some_and(|deadline| platform.monotonic_ns() >= deadline);
        if ready > 0 || timed_out {
            guest.write_at(start, &table)?;
            return encoding::count(ready);
        }
        let waits: Vec<&WaitQueue> = queues.iter().filter_map(|file| file.node().wait_queue()).collect();
        context.system.block_on_any(&context.process, &waits, deadline)?;
    }
}
