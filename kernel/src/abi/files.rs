//! File system calls: open, read, write, seek, stat, times, directories, the working directory.

use alloc::rc::Rc;

use super::blocking;
use super::encoding::{self, STAT_SIZE};
use super::guest::Guest;
use super::Context;
use crate::errno::{Errno, KernelResult};

/// The most bytes one `read` call moves.
const READ_CHUNK: usize = 1 << 20;

pub(super) fn open(context: &Context, guest: &mut Guest, path: i32, length: i32, flags: i32) -> KernelResult<i32> {
    let path = guest.path(path, length)?;
    let flags = encoding::open_flags(flags)?;
    let cwd = context.process.cwd.borrow().clone();
    let file = context.system.vfs.open(&cwd, &path, flags)?;
    let mut fds = context.process.fds.borrow_mut();
    match file.stdio_alias() {
        Some(fd) => fds.dup(fd),
        None => fds.insert(Rc::new(file)),
    }
}

pub(super) fn close(context: &Context, _guest: &mut Guest, fd: i32) -> KernelResult<i32> {
    context.process.fds.borrow_mut().close(fd).map(|_| 0)
}

pub(super) fn dup(context: &Context, _guest: &mut Guest, fd: i32) -> KernelResult<i32> {
    context.process.fds.borrow_mut().dup(fd)
}

pub(super) fn dup2(context: &Context, _guest: &mut Guest, fd: i32, new_fd: i32) -> KernelResult<i32> {
    context.process.fds.borrow_mut().dup2(fd, new_fd)
}

pub(super) fn read(context: &Context, guest: &mut Guest, fd: i32, buffer: i32, length: i32) -> KernelResult<i32> {
    let file = context.process.fds.borrow().get(fd)?;
    let mut bytes = guest.buffer_for(buffer, length, READ_CHUNK)?;
    let count = blocking::read(context, &file, &mut bytes)?;
    guest.write(buffer, &bytes[..count])?;
    encoding::count(count)
}

pub(super) fn write(context: &Context, guest: &mut Guest, fd: i32, buffer: i32, length: i32) -> KernelResult<i32> {
    let file = context.process.fds.borrow().get(fd)?;
    // Straight from guest memory: no kernel copy, whatever the size.
    let bytes = guest.bytes(buffer, length)?;
    encoding::count(blocking::write(context, &file, bytes)?)
}

pub(super) fn lseek(context: &Context, _guest: &mut Guest, fd: i32, offset: i64, whence: i32) -> KernelResult<i64> {
    let file = context.process.fds.borrow().get(fd)?;
    encoding::count64(file.seek(offset, whence)?)
}

pub(super) fn stat(context: &Context, guest: &mut Guest, path: i32, length: i32, record: i32) -> KernelResult<i32> {
    let path = guest.path(path, length)?;
    guest.check_room(record, STAT_SIZE)?;
    let cwd = context.process.cwd.borrow().clone();
    let metadata = context.system.vfs.stat(&cwd, &path)?;
    guest.write(record, &encoding::stat_record(&metadata))?;
    Ok(0)
}

pub(super) fn fstat(context: &Context, guest: &mut Guest, fd: i32, record: i32) -> KernelResult<i32> {
    let file = context.process.fds.borrow().get(fd)?;
    guest.check_room(record, STAT_SIZE)?;
    guest.write(record, &encoding::stat_record(&file.metadata()))?;
    Ok(0)
}

pub(super) fn readdir(context: &Context, guest: &mut Guest, fd: i32, buffer: i32, length: i32) -> KernelResult<i32> {
    let file = context.process.fds.borrow().get(fd)?;
    let (_, capacity) = guest.range(buffer, length)?;
    match file.next_entry(capacity)? {
        Some(name) => {
            guest.write(buffer, name.as_bytes())?;
            encoding::count(name.len())
        }
        None => Ok(0),
    }
}

pub(super) fn utimens(
    context: &Context,
    guest: &mut Guest,
    path: i32,
    length: i32,
    accessed: i64,
    modified: i64,
    flags: i32,
) -> KernelResult<i32> {
    let (cwd, path) = with_path(context, guest, path, length)?;
    let (accessed, modified) = encoding::times(flags, accessed, modified, context.system.vfs.now())?;
    context.system.vfs.lookup(&cwd, &path)?.set_times(accessed, modified);
    Ok(0)
}

pub(super) fn futimens(
    context: &Context,
    _guest: &mut Guest,
    fd: i32,
    accessed: i64,
    modified: i64,
    flags: i32,
) -> KernelResult<i32> {
    let file = context.process.fds.borrow().get(fd)?;
    let (accessed, modified) = encoding::times(flags, accessed, modified, context.system.vfs.now())?;
    file.node().set_times(accessed, modified);
    Ok(0)
}

fn with_path(
    context: &Context,
    guest: &Guest,
    path: i32,
    length: i32,
) -> KernelResult<(alloc::string::String, alloc::string::String)> {
    let path = guest.path(path, length)?;
    let cwd = context.process.cwd.borrow().clone();
    Ok((cwd, path))
}

pub(super) fn mkdir(context: &Context, guest: &mut Guest, path: i32, length: i32) -> KernelResult<i32> {
    let (cwd, path) = with_path(context, guest, path, length)?;
    context.system.vfs.mkdir(&cwd, &path).map(|_| 0)
}

pub(super) fn rmdir(context: &Context, guest: &mut Guest, path: i32, length: i32) -> KernelResult<i32> {
    let (cwd, path) = with_path(context, guest, path, length)?;
    context.system.vfs.rmdir(&cwd, &path).map(|_| 0)
}

pub(super) fn unlink(context: &Context, guest: &mut Guest, path: i32, length: i32) -> KernelResult<i32> {
    let (cwd, path) = with_path(context, guest, path, length)?;
    context.system.vfs.unlink(&cwd, &path).map(|_| 0)
}

pub(super) fn rename(
    context: &Context,
    guest: &mut Guest,
    old: i32,
    old_length: i32,
    new: i32,
    new_length: i32,
) -> KernelResult<i32> {
    let (cwd, old) = with_path(context, guest, old, old_length)?;
    let new = guest.path(new, new_length)?;
    context.system.vfs.rename(&cwd, &old, &new).map(|_| 0)
}

pub(super) fn getcwd(context: &Context, guest: &mut Guest, buffer: i32, length: i32) -> KernelResult<i32> {
    let cwd = context.process.cwd.borrow().clone();
    let (_, capacity) = guest.range(buffer, length)?;
    if cwd.len() > capacity {
        return Err(Errno::ERANGE);
    }
    guest.write(buffer, cwd.as_bytes())?;
    encoding::count(cwd.len())
}

pub(super) fn chdir(context: &Context, guest: &mut Guest, path: i32, length: i32) -> KernelResult<i32> {
    let (cwd, path) = with_path(context, guest, path, length)?;
    let directory = context.system.vfs.directory_path(&cwd, &path)?;
    *context.process.cwd.borrow_mut() = directory;
    Ok(0)
}
