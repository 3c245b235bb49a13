//! The `fd_*` calls: reading and writing through scatter/gather vectors,
//! seeking, the descriptor's flags and rights, file status, preopened
//! directories, directory listings with cookies, renumbering.

use alloc::vec::Vec;

use super::layout::{self, FDFLAG_APPEND, FDFLAG_NONBLOCK, FDFLAG_SYNCS};
use super::rights;
use super::{file_with, Done};
use crate::abi::blocking;
use crate::abi::guest::Guest;
use crate::abi::Context;
use crate::errno::{Errno, KernelResult};
use crate::vfs::{Node, NodeKind, OpenFile};

/// The most bytes one vector of a read moves at a time.
const READ_CHUNK: usize = 1 << 20;
/// The most vectors one call takes (POSIX's `IOV_MAX`).
const MOST_VECTORS: usize = 1024;

/// Reads `count` `iovec`s at `at`: (pointer, length) pairs.
fn vectors(guest: &Guest, at: i32, count: i32) -> KernelResult<Vec<(i32, i32)>> {
    let count = usize::try_from(count).map_err(|_| Errno::EINVAL)?;
    if count > MOST_VECTORS {
        return Err(Errno::EINVAL);
    }
    let table = guest.read_at(crate::abi::guest::unsigned(at)?, count * layout::IOVEC_SIZE)?;
    table
        .as_chunks::<{ layout::IOVEC_SIZE }>()
        .0
        .iter()
        .map(|vector| {
            let pointer = layout::u32_at(vector, 0).cast_signed();
            let length = i32::try_from(layout::u32_at(vector, 4)).map_err(|_| Errno::EFAULT)?;
            Ok((pointer, length))
        })
        .collect()
}

/// Writes a `u32` result.
fn write_u32(guest: &mut Guest, at: i32, value: usize) -> KernelResult<()> {
    let value = u32::try_from(value).map_err(|_| Errno::EOVERFLOW)?;
    guest.write(at, &value.to_le_bytes())
}

/// Whether `file` is a stream (a device that is not a generated file, or a pipe): no offset.
fn is_stream(file: &OpenFile) -> bool {
    file.node().kind() == NodeKind::Device && !file.is_snapshot()
}

pub(super) fn fd_read(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    iovecs: i32,
    count: i32,
    read: i32,
) -> KernelResult<Done> {
    let (file, capability) = file_with(context, fd, rights::FD_READ)?;
    let vectors = vectors(guest, iovecs, count)?;
    guest.check_room(read, 4)?;
    let mut total = 0;
    for (pointer, length) in vectors {
        if length == 0 {
            continue;
        }
        let mut buffer = guest.buffer_for(pointer, length, READ_CHUNK)?;
        // Only the first read waits: after some bytes, take what is there.
        let result = if total == 0 && !capability.nonblocking {
            blocking::read(context, &file, &mut buffer)
        } else {
            file.read(&mut buffer)
        };
        let got = match result {
            Ok(got) => got,
            Err(Errno::EAGAIN) if total > 0 => break,
            Err(error) => return Err(error),
        };
        guest.write(pointer, &buffer[..got])?;
        total += got;
        if got < buffer.len() {
            break;
        }
    }
    write_u32(guest, read, total)?;
    Ok(Done)
}

pub(super) fn fd_write(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    iovecs: i32,
    count: i32,
    written: i32,
) -> KernelResult<Done> {
    let (file, capability) = file_with(context, fd, rights::FD_WRITE)?;
    let vectors = vectors(guest, iovecs, count)?;
    guest.check_room(written, 4)?;
    let mut total = 0;
    for (pointer, length) in vectors {
        let bytes = guest.bytes(pointer, length)?;
        if bytes.is_empty() {
            continue;
        }
        let result = if capability.nonblocking {
            file.write(bytes, || context.system.vfs.now())
        } else {
            blocking::write(context, &file, bytes)
        };
        let put = match result {
            Ok(put) => put,
            // Report what was written; an error shows again on the next call.
            Err(_) if total > 0 => break,
            Err(error) => return Err(error),
        };
        total += put;
        if put < bytes.len() {
            break;
        }
    }
    write_u32(guest, written, total)?;
    Ok(Done)
}

/// What `fd_pread`/`fd_pwrite` work on: the file (not a stream; with
/// `needed` and `FD_SEEK`), the offset and the vectors, once the result's
/// place (`result`) is known to be writable.
fn positioned(
    context: &Context,
    guest: &Guest,
    fd: i32,
    needed: u64,
    (iovecs, count): (i32, i32),
    at: i64,
    result: i32,
) -> KernelResult<Positioned> {
    let (file, _) = file_with(context, fd, 0)?;
    if is_stream(&file) {
        return Err(Errno::ESPIPE);
    }
    file_with(context, fd, needed | rights::FD_SEEK)?;
    let start = u64::try_from(at).map_err(|_| Errno::EINVAL)?;
    let vectors = vectors(guest, iovecs, count)?;
    guest.check_room(result, 4)?;
    Ok(Positioned { file, start, vectors })
}

/// What a positioned read or write works on.
struct Positioned {
    file: alloc::rc::Rc<OpenFile>,
    start: u64,
    vectors: Vec<(i32, i32)>,
}

pub(super) fn fd_pread(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    iovecs: i32,
    count: i32,
    at: i64,
    read: i32,
) -> KernelResult<Done> {
    let Positioned { file, start, vectors } =
        positioned(context, guest, fd, rights::FD_READ, (iovecs, count), at, read)?;
    let mut total = 0;
    for (pointer, length) in vectors {
        let mut buffer = guest.buffer_for(pointer, length, READ_CHUNK)?;
        let got = file.read_at(start + total as u64, &mut buffer)?;
        guest.write(pointer, &buffer[..got])?;
        total += got;
        if got < buffer.len() {
            break;
        }
    }
    write_u32(guest, read, total)?;
    Ok(Done)
}

pub(super) fn fd_pwrite(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    iovecs: i32,
    count: i32,
    at: i64,
    written: i32,
) -> KernelResult<Done> {
    let Positioned { file, start, vectors } =
        positioned(context, guest, fd, rights::FD_WRITE, (iovecs, count), at, written)?;
    let mut total = 0;
    for (pointer, length) in vectors {
        let bytes = guest.bytes(pointer, length)?;
        total += file.write_at(start + total as u64, bytes, || context.system.vfs.now())?;
    }
    write_u32(guest, written, total)?;
    Ok(Done)
}

pub(super) fn fd_seek(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    offset: i64,
    whence: i32,
    position: i32,
) -> KernelResult<Done> {
    let (file, capability) = file_with(context, fd, 0)?;
    if is_stream(&file) {
        return Err(Errno::ESPIPE);
    }
    let only_telling = offset == 0 && whence == 1;
    let allowed = capability.rights_base & rights::FD_SEEK != 0
        || (only_telling && capability.rights_base & rights::FD_TELL != 0);
    if !allowed {
        return Err(Errno::ENOTCAPABLE);
    }
    if !(0..=2).contains(&whence) {
        return Err(Errno::EINVAL);
    }
    guest.check_room(position, 8)?;
    let new = file.seek(offset, whence)?;
    guest.write(position, &new.to_le_bytes())?;
    Ok(Done)
}

pub(super) fn fd_tell(context: &Context, guest: &mut Guest, fd: i32, position: i32) -> KernelResult<Done> {
    let (file, capability) = file_with(context, fd, 0)?;
    if is_stream(&file) {
        return Err(Errno::ESPIPE);
    }
    if capability.rights_base & (rights::FD_TELL | rights::FD_SEEK) == 0 {
        return Err(Errno::ENOTCAPABLE);
    }
    guest.check_room(position, 8)?;
    guest.write(position, &file.offset().to_le_bytes())?;
    Ok(Done)
}

pub(super) fn fd_close(context: &Context, _guest: &mut Guest, fd: i32) -> KernelResult<Done> {
    context.process.fds.borrow_mut().close(fd)?;
    context.process.capabilities.borrow_mut().remove(fd);
    Ok(Done)
}

pub(super) fn fd_renumber(context: &Context, _guest: &mut Guest, fd: i32, to: i32) -> KernelResult<Done> {
    {
        let mut fds = context.process.fds.borrow_mut();
        fds.get(fd)?;
        fds.get(to)?;
        if fd == to {
            return Ok(Done);
        }
        fds.dup2(fd, to)?;
        fds.close(fd)?;
    }
    let mut capabilities = context.process.capabilities.borrow_mut();
    capabilities.remove(to);
    if let Some(capability) = capabilities.remove(fd) {
        capabilities.set(to, capability);
    }
    Ok(Done)
}

pub(super) fn fd_fdstat_get(context: &Context, guest: &mut Guest, fd: i32, record: i32) -> KernelResult<Done> {
    let (file, capability) = file_with(context, fd, 0)?;
    let mut flags = capability.sync_flags;
    if file.flags().append {
        flags |= FDFLAG_APPEND;
    }
    if capability.nonblocking {
        flags |= FDFLAG_NONBLOCK;
    }
    let stat = layout::fdstat(
        layout::open_filetype(&file),
        flags,
        capability.rights_base,
        capability.rights_inheriting,
    );
    guest.check_room(record, stat.len())?;
    guest.write(record, &stat)?;
    Ok(Done)
}

pub(super) fn fd_fdstat_set_flags(context: &Context, _guest: &mut Guest, fd: i32, flags: i32) -> KernelResult<Done> {
    let (file, mut capability) = file_with(context, fd, rights::FD_FDSTAT_SET_FLAGS)?;
    let flags = u16::try_from(flags).map_err(|_| Errno::EINVAL)?;
    if flags & !(FDFLAG_APPEND | FDFLAG_NONBLOCK | FDFLAG_SYNCS) != 0 {
        return Err(Errno::EINVAL);
    }
    file.set_append(flags & FDFLAG_APPEND != 0);
    capability.nonblocking = flags & FDFLAG_NONBLOCK != 0;
    capability.sync_flags = flags & FDFLAG_SYNCS;
    context.process.capabilities.borrow_mut().set(fd, capability);
    Ok(Done)
}

pub(super) fn fd_fdstat_set_rights(
    context: &Context,
    _guest: &mut Guest,
    fd: i32,
    base: i64,
    inheriting: i64,
) -> KernelResult<Done> {
    let (_, mut capability) = file_with(context, fd, 0)?;
    let (base, inheriting) = (base.cast_unsigned(), inheriting.cast_unsigned());
    // Rights can only be given up.
    if base & !capability.rights_base != 0 || inheriting & !capability.rights_inheriting != 0 {
        return Err(Errno::ENOTCAPABLE);
    }
    capability.rights_base = base;
    capability.rights_inheriting = inheriting;
    context.process.capabilities.borrow_mut().set(fd, capability);
    Ok(Done)
}

pub(super) fn fd_filestat_get(context: &Context, guest: &mut Guest, fd: i32, record: i32) -> KernelResult<Done> {
    let (file, _) = file_with(context, fd, rights::FD_FILESTAT_GET)?;
    let stat = layout::filestat(&file.metadata(), layout::open_filetype(&file));
    guest.check_room(record, stat.len())?;
    guest.write(record, &stat)?;
    Ok(Done)
}

pub(super) fn fd_filestat_set_size(context: &Context, _guest: &mut Guest, fd: i32, size: i64) -> KernelResult<Done> {
    let (file, _) = file_with(context, fd, rights::FD_FILESTAT_SET_SIZE)?;
    let size = u64::try_from(size).map_err(|_| Errno::EINVAL)?;
    file.node().set_size(size, context.system.vfs.now())?;
    Ok(Done)
}

/// `fstflags`.
const SET_ACCESSED: i32 = 1;
const SET_ACCESSED_NOW: i32 = 2;
const SET_MODIFIED: i32 = 4;
const SET_MODIFIED_NOW: i32 = 8;

/// Applies `fd_filestat_set_times`/`path_filestat_set_times` to `node`.
pub(super) fn set_times(node: &Node, now: i64, accessed: i64, modified: i64, which: i32) -> KernelResult<()> {
    let known = SET_ACCESSED | SET_ACCESSED_NOW | SET_MODIFIED | SET_MODIFIED_NOW;
    if which & !known != 0
        || which & (SET_ACCESSED | SET_ACCESSED_NOW) == SET_ACCESSED | SET_ACCESSED_NOW
        || which & (SET_MODIFIED | SET_MODIFIED_NOW) == SET_MODIFIED | SET_MODIFIED_NOW
    {
        return Err(Errno::EINVAL);
    }
    let pick = |given: i32, now_flag: i32, value: i64| {
        if which & now_flag != 0 {
            Some(now)
        } else if which & given != 0 {
            Some(value)
        } else {
            None
        }
    };
    node.set_times(
        pick(SET_ACCESSED, SET_ACCESSED_NOW, accessed),
        pick(SET_MODIFIED, SET_MODIFIED_NOW, modified),
    );
    Ok(())
}

pub(super) fn fd_filestat_set_times(
    context: &Context,
    _guest: &mut Guest,
    fd: i32,
    accessed: i64,
    modified: i64,
    which: i32,
) -> KernelResult<Done> {
    let (file, _) = file_with(context, fd, rights::FD_FILESTAT_SET_TIMES)?;
    set_times(file.node(), context.system.vfs.now(), accessed, modified, which)?;
    Ok(Done)
}

pub(super) fn fd_prestat_get(context: &Context, guest: &mut Guest, fd: i32, record: i32) -> KernelResult<Done> {
    let (_, capability) = file_with(context, fd, 0)?;
    let name = capability
        .directory
        .and_then(|grant| grant.preopen_name)
        .ok_or(Errno::EBADF)?;
    let stat = layout::prestat(u32::try_from(name.len()).map_err(|_| Errno::EOVERFLOW)?);
    guest.check_room(record, stat.len())?;
    guest.write(record, &stat)?;
    Ok(Done)
}

pub(super) fn fd_prestat_dir_name(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    buffer: i32,
    length: i32,
) -> KernelResult<Done> {
    let (_, capability) = file_with(context, fd, 0)?;
    let name = capability
        .directory
        .and_then(|grant| grant.preopen_name)
        .ok_or(Errno::EBADF)?;
    let (_, capacity) = guest.range(buffer, length)?;
    if capacity < name.len() {
        return Err(Errno::ENAMETOOLONG);
    }
    guest.write(buffer, name.as_bytes())?;
    Ok(Done)
}

pub(super) fn fd_readdir(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    buffer: i32,
    length: i32,
    cookie: i64,
    used: i32,
) -> KernelResult<Done> {
    let (file, capability) = file_with(context, fd, rights::FD_READDIR)?;
    let (start, capacity) = guest.range(buffer, length)?;
    guest.check_room(used, 4)?;
    let node = file.node();
    let entries = node.entries()?;
    let parent_inode = capability
        .directory
        .as_ref()
        .and_then(|grant| {
            let components = crate::vfs::path::resolve("/", &grant.path).ok()?;
            let parent = crate::vfs::path::join(&components[..components.len().saturating_sub(1)]);
            context.system.vfs.lookup("/", &parent).ok()
        })
        .map_or(node.inode(), |parent| parent.inode());
    let first = usize::try_from(cookie).map_err(|_| Errno::EINVAL)?;
    let mut listing = Vec::new();
    let dot = [
        (".", node.inode(), layout::FILETYPE_DIRECTORY),
        ("..", parent_inode, layout::FILETYPE_DIRECTORY),
    ];
    let children = entries.borrow();
    let all = dot
        .iter()
        .map(|(name, inode, kind)| (name.as_bytes(), *inode, *kind))
        .chain(
            children
                .iter()
                .map(|(name, child)| (name.as_bytes(), child.inode(), layout::filetype(child.kind()))),
        );
    for (index, (name, inode, kind)) in all.enumerate().skip(first) {
        if listing.len() >= capacity {
            break;
        }
        listing.extend_from_slice(&layout::dirent(index as u64 + 1, inode, name, kind));
    }
    drop(children);
    // A buffer filled to the brim tells the caller that more may follow.
    listing.truncate(capacity);
    guest.write_at(start, &listing)?;
    write_u32(guest, used, listing.len())?;
    Ok(Done)
}

pub(super) fn fd_sync(context: &Context, _guest: &mut Guest, fd: i32) -> KernelResult<Done> {
    // The in-memory file system has nothing to flush: a write is complete when it returns.
    file_with(context, fd, rights::FD_SYNC)?;
    Ok(Done)
}

pub(super) fn fd_datasync(context: &Context, _guest: &mut Guest, fd: i32) -> KernelResult<Done> {
    file_with(context, fd, rights::FD_DATASYNC)?;
    Ok(Done)
}

pub(super) fn fd_advise(
    context: &Context,
    _guest: &mut Guest,
    fd: i32,
    offset: i64,
    length: i64,
    advice: i32,
) -> KernelResult<Done> {
    file_with(context, fd, rights::FD_ADVISE)?;
    if offset < 0 || length < 0 || !(0..=5).contains(&advice) {
        return Err(Errno::EINVAL);
    }
    // Advice is a hint; memory-held files have no read-ahead or cache to tune.
    Ok(Done)
}

pub(super) fn fd_allocate(
    context: &Context,
    _guest: &mut Guest,
    fd: i32,
    offset: i64,
    length: i64,
) -> KernelResult<Done> {
    let (file, _) = file_with(context, fd, rights::FD_ALLOCATE)?;
    let (offset, length) = (
        u64::try_from(offset).map_err(|_| Errno::EINVAL)?,
        u64::try_from(length).map_err(|_| Errno::EINVAL)?,
    );
    let end = offset.checked_add(length).ok_or(Errno::EFBIG)?;
    if end > file.metadata().size {
        file.node().set_size(end, context.system.vfs.now())?;
    }
    Ok(Done)
}
