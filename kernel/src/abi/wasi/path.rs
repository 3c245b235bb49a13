//! The `path_*` calls: every path is relative to a directory descriptor and
//! resolved inside the tree its preopen granted (see
//! [`crate::process::DirectoryGrant::resolve`]). The file system has no
//! symbolic or hard links: `path_symlink` and `path_link` are `ENOTSUP`, and
//! `path_readlink` finds nothing to read.

use alloc::rc::Rc;

use super::layout::{self, FDFLAG_APPEND, FDFLAG_NONBLOCK, FDFLAG_SYNCS};
use super::rights;
use super::{directory_with, resolve, Done};
use crate::abi::guest::Guest;
use crate::abi::Context;
use crate::errno::{Errno, KernelResult};
use crate::process::{Capability, DirectoryGrant};
use crate::vfs::{NodeKind, OpenFlags};

/// `oflags`.
const OPEN_CREATE: i32 = 1;
const OPEN_DIRECTORY: i32 = 2;
const OPEN_EXCLUSIVE: i32 = 4;
const OPEN_TRUNCATE: i32 = 8;

/// `lookupflags`: follow symbolic links (there are none to follow).
const LOOKUP_SYMLINK_FOLLOW: i32 = 1;

fn check_lookup(flags: i32) -> KernelResult<()> {
    if flags & !LOOKUP_SYMLINK_FOLLOW != 0 {
        return Err(Errno::EINVAL);
    }
    Ok(())
}

pub(super) fn path_open(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    lookup: i32,
    path: i32,
    length: i32,
    open: i32,
    base: i64,
    inheriting: i64,
    flags: i32,
    opened: i32,
) -> KernelResult<Done> {
    check_lookup(lookup)?;
    if open & !(OPEN_CREATE | OPEN_DIRECTORY | OPEN_EXCLUSIVE | OPEN_TRUNCATE) != 0 {
        return Err(Errno::EINVAL);
    }
    let fdflags = u16::try_from(flags).map_err(|_| Errno::EINVAL)?;
    if fdflags & !(FDFLAG_APPEND | FDFLAG_NONBLOCK | FDFLAG_SYNCS) != 0 {
        return Err(Errno::EINVAL);
    }
    let mut needed = rights::PATH_OPEN;
    if open & OPEN_CREATE != 0 {
        needed |= rights::PATH_CREATE_FILE;
    }
    if open & OPEN_TRUNCATE != 0 {
        needed |= rights::PATH_FILESTAT_SET_SIZE;
    }
    let (directory, grant) = directory_with(context, fd, needed)?;
    let (base, inheriting) = (base.cast_unsigned(), inheriting.cast_unsigned());
    // A new descriptor gets at most what its directory may hand down.
    let base = base & directory.rights_inheriting;
    let inheriting = inheriting & directory.rights_inheriting;
    let target = super::resolve_in(context, &grant, &guest.path(path, length)?)?;
    guest.check_room(opened, 4)?;
    // A directory is never opened for writing; a file is when a writing
    // right is asked for (or truncation).
    let writes = open & OPEN_DIRECTORY == 0 && (base & rights::WRITING != 0 || open & OPEN_TRUNCATE != 0);
    let open_flags = OpenFlags {
        read: base & (rights::FD_READ | rights::FD_READDIR) != 0 || !writes,
        write: writes,
        create: open & OPEN_CREATE != 0,
        exclusive: open & OPEN_EXCLUSIVE != 0,
        truncate: open & OPEN_TRUNCATE != 0,
        append: fdflags & FDFLAG_APPEND != 0,
        directory: open & OPEN_DIRECTORY != 0,
    };
    let vfs = &context.system.vfs;
    let file = vfs.open("/", &target, open_flags)?;
    let kind = file.node().kind();
    let (kind_base, kind_inheriting) = rights::natural(&file);
    let file = Rc::new(file);
    let new_fd = context.process.fds.borrow_mut().insert(file)?;
    context.process.capabilities.borrow_mut().set(
        new_fd,
        Capability {
            rights_base: base & kind_base,
            rights_inheriting: inheriting & kind_inheriting,
            directory: (kind == NodeKind::Directory).then(|| DirectoryGrant {
                path: target.clone(),
                root: grant.root.clone(),
                preopen_name: None,
            }),
            nonblocking: fdflags & FDFLAG_NONBLOCK != 0,
            sync_flags: fdflags & FDFLAG_SYNCS,
        },
    );
    guest.write(opened, &new_fd.cast_unsigned().to_le_bytes())?;
    Ok(Done)
}

pub(super) fn path_create_directory(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    path: i32,
    length: i32,
) -> KernelResult<Done> {
    let target = resolve(context, guest, fd, path, length, rights::PATH_CREATE_DIRECTORY)?;
    context.system.vfs.mkdir("/", &target)?;
    Ok(Done)
}

pub(super) fn path_remove_directory(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    path: i32,
    length: i32,
) -> KernelResult<Done> {
    let target = resolve(context, guest, fd, path, length, rights::PATH_REMOVE_DIRECTORY)?;
    let node = context.system.vfs.lookup("/", &target)?;
    if node.kind() != NodeKind::Directory {
        return Err(Errno::ENOTDIR);
    }
    context.system.vfs.rmdir("/", &target)?;
    Ok(Done)
}

pub(super) fn path_unlink_file(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    path: i32,
    length: i32,
) -> KernelResult<Done> {
    let target = resolve(context, guest, fd, path, length, rights::PATH_UNLINK_FILE)?;
    context.system.vfs.unlink("/", &target)?;
    Ok(Done)
}

pub(super) fn path_rename(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    old_path: i32,
    old_length: i32,
    new_fd: i32,
    new_path: i32,
    new_length: i32,
) -> KernelResult<Done> {
    let old = resolve(context, guest, fd, old_path, old_length, rights::PATH_RENAME_SOURCE)?;
    let new = resolve(context, guest, new_fd, new_path, new_length, rights::PATH_RENAME_TARGET)?;
    context.system.vfs.rename("/", &old, &new)?;
    Ok(Done)
}

pub(super) fn path_filestat_get(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    lookup: i32,
    path: i32,
    length: i32,
    record: i32,
) -> KernelResult<Done> {
    check_lookup(lookup)?;
    let target = resolve(context, guest, fd, path, length, rights::PATH_FILESTAT_GET)?;
    let node = context.system.vfs.lookup("/", &target)?;
    let stat = layout::filestat(&node.metadata(), layout::filetype(node.kind()));
    guest.check_room(record, stat.len())?;
    guest.write(record, &stat)?;
    Ok(Done)
}

pub(super) fn path_filestat_set_times(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    lookup: i32,
    path: i32,
    length: i32,
    accessed: i64,
    modified: i64,
    which: i32,
) -> KernelResult<Done> {
    check_lookup(lookup)?;
    let target = resolve(context, guest, fd, path, length, rights::PATH_FILESTAT_SET_TIMES)?;
    let node = context.system.vfs.lookup("/", &target)?;
    super::fd::set_times(&node, context.system.vfs.now(), accessed, modified, which)?;
    Ok(Done)
}

pub(super) fn path_link(
    context: &Context,
    guest: &mut Guest,
    old_fd: i32,
    old_flags: i32,
    old_path: i32,
    old_length: i32,
    new_fd: i32,
    new_path: i32,
    new_length: i32,
) -> KernelResult<Done> {
    check_lookup(old_flags)?;
    let old = resolve(context, guest, old_fd, old_path, old_length, rights::PATH_LINK_SOURCE)?;
    resolve(context, guest, new_fd, new_path, new_length, rights::PATH_LINK_TARGET)?;
    context.system.vfs.lookup("/", &old)?;
    Err(Errno::ENOTSUP)
}

pub(super) fn path_symlink(
    context: &Context,
    guest: &mut Guest,
    old_path: i32,
    old_length: i32,
    fd: i32,
    new_path: i32,
    new_length: i32,
) -> KernelResult<Done> {
    guest.path(old_path, old_length)?;
    resolve(context, guest, fd, new_path, new_length, rights::PATH_SYMLINK)?;
    Err(Errno::ENOTSUP)
}

pub(super) fn path_readlink(
    context: &Context,
    guest: &mut Guest,
    fd: i32,
    path: i32,
    length: i32,
    buffer: i32,
    capacity: i32,
    used: i32,
) -> KernelResult<Done> {
    let target = resolve(context, guest, fd, path, length, rights::PATH_READLINK)?;
    guest.range(buffer, capacity)?;
    guest.check_room(used, 4)?;
    // It exists and is not a symbolic link (there are none): EINVAL, as readlink(2).
    context.system.vfs.lookup("/", &target)?;
    Err(Errno::EINVAL)
}
