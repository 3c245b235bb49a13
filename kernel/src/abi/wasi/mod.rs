//! Import module `wasi_snapshot_preview1`: WASI preview 1 over the same
//! kernel services as `wasmos` (one VFS, one process model, one file table).
//! What is WASI's own lives here: its errno numbers, its record layouts
//! (`layout`), rights and preopened directories as capabilities (the
//! process's [`crate::process::Capabilities`]), paths relative to directory
//! descriptors. docs/ABI.md's WASI section lists every function's status.
// The specification fixes the calls' parameters, some of them many.
#![allow(clippy::too_many_arguments)]

mod environment;
mod fd;
mod layout;
mod path;
mod poll;
pub mod rights;

use alloc::rc::Rc;
use alloc::string::{String, ToString};

use super::guest::Guest;
use super::table::{abi_table, Reply};
use super::Context;
use crate::errno::{Errno, KernelResult};
use crate::process::{Capability, DirectoryGrant, Process};
use crate::system::System;
use crate::vfs::{NodeKind, OpenFile, OpenFlags};

/// The import module's name.
pub const MODULE: &str = "wasi_snapshot_preview1";

/// A WASI call that succeeded: the guest sees errno 0.
pub struct Done;

/// A WASI result: `ESUCCESS` (0) or the error's WASI errno (positive).
impl Reply<i32> for KernelResult<Done> {
    fn reply(self) -> tinywasm::Result<i32> {
        Ok(match self {
            Ok(Done) => 0,
            Err(error) => errno(error),
        })
    }
}

/// The WASI errno number of a kernel error.
pub fn errno(error: Errno) -> i32 {
    match error {
        Errno::E2BIG => 1,
        Errno::EACCES => 2,
        Errno::EAGAIN => 6,
        Errno::EBADF => 8,
        Errno::EBUSY => 10,
        Errno::ECHILD => 12,
        Errno::EEXIST => 20,
        Errno::EFAULT => 21,
        Errno::EFBIG => 22,
        Errno::EINTR => 27,
        Errno::EINVAL => 28,
        Errno::EIO => 29,
        Errno::EISDIR => 31,
        Errno::EMFILE => 33,
        Errno::EMSGSIZE => 35,
        Errno::ENAMETOOLONG => 37,
        Errno::ENOENT => 44,
        Errno::ENOEXEC => 45,
        Errno::ENOMEM => 48,
        Errno::ENOSPC => 51,
        Errno::ENOSYS => 52,
        Errno::ENOTDIR => 54,
        Errno::ENOTEMPTY => 55,
        Errno::ENOTSOCK => 57,
        Errno::ENOTSUP => 58,
        Errno::EOVERFLOW => 61,
        Errno::EPERM => 63,
        Errno::EPIPE => 64,
        Errno::ERANGE => 68,
        Errno::ESPIPE => 70,
        Errno::ESRCH => 71,
        Errno::ENOTCAPABLE => 76,
    }
}

abi_table! {
    /// Every function of WASI preview 1, in the order of the specification.
    pub static WASI = "wasi_snapshot_preview1" {
        args_get(argv: i32, buffer: i32) -> i32 = environment::args_get;
        args_sizes_get(count: i32, size: i32) -> i32 = environment::args_sizes_get;
        environ_get(environ: i32, buffer: i32) -> i32 = environment::environ_get;
        environ_sizes_get(count: i32, size: i32) -> i32 = environment::environ_sizes_get;
        clock_res_get(id: i32, resolution: i32) -> i32 = environment::clock_res_get;
        clock_time_get(id: i32, precision: i64, time: i32) -> i32 = environment::clock_time_get;
        fd_advise(fd: i32, offset: i64, length: i64, advice: i32) -> i32 = fd::fd_advise;
        fd_allocate(fd: i32, offset: i64, length: i64) -> i32 = fd::fd_allocate;
        fd_close(fd: i32) -> i32 = fd::fd_close;
        fd_datasync(fd: i32) -> i32 = fd::fd_datasync;
        fd_fdstat_get(fd: i32, record: i32) -> i32 = fd::fd_fdstat_get;
        fd_fdstat_set_flags(fd: i32, flags: i32) -> i32 = fd::fd_fdstat_set_flags;
        fd_fdstat_set_rights(fd: i32, base: i64, inheriting: i64) -> i32 = fd::fd_fdstat_set_rights;
        fd_filestat_get(fd: i32, record: i32) -> i32 = fd::fd_filestat_get;
        fd_filestat_set_size(fd: i32, size: i64) -> i32 = fd::fd_filestat_set_size;
        fd_filestat_set_times(fd: i32, accessed: i64, modified: i64, flags: i32) -> i32 = fd::fd_filestat_set_times;
        fd_pread(fd: i32, iovecs: i32, count: i32, offset: i64, read: i32) -> i32 = fd::fd_pread;
        fd_prestat_get(fd: i32, record: i32) -> i32 = fd::fd_prestat_get;
        fd_prestat_dir_name(fd: i32, buffer: i32, length: i32) -> i32 = fd::fd_prestat_dir_name;
        fd_pwrite(fd: i32, iovecs: i32, count: i32, offset: i64, written: i32) -> i32 = fd::fd_pwrite;
        fd_read(fd: i32, iovecs: i32, count: i32, read: i32) -> i32 = fd::fd_read;
        fd_readdir(fd: i32, buffer: i32, length: i32, cookie: i64, used: i32) -> i32 = fd::fd_readdir;
        fd_renumber(fd: i32, to: i32) -> i32 = fd::fd_renumber;
        fd_seek(fd: i32, offset: i64, whence: i32, position: i32) -> i32 = fd::fd_seek;
        fd_sync(fd: i32) -> i32 = fd::fd_sync;
        fd_tell(fd: i32, position: i32) -> i32 = fd::fd_tell;
        fd_write(fd: i32, iovecs: i32, count: i32, written: i32) -> i32 = fd::fd_write;
        path_create_directory(fd: i32, path: i32, length: i32) -> i32 = path::path_create_directory;
        path_filestat_get(fd: i32, flags: i32, path: i32, length: i32, record: i32) -> i32 = path::path_filestat_get;
        path_filestat_set_times(fd: i32, flags: i32, path: i32, length: i32, accessed: i64, modified: i64, which: i32) -> i32 = path::path_filestat_set_times;
        path_link(old_fd: i32, old_flags: i32, old_path: i32, old_length: i32, new_fd: i32, new_path: i32, new_length: i32) -> i32 = path::path_link;
        path_open(fd: i32, lookup: i32, path: i32, length: i32, open: i32, base: i64, inheriting: i64, flags: i32, opened: i32) -> i32 = path::path_open;
        path_readlink(fd: i32, path: i32, length: i32, buffer: i32, capacity: i32, used: i32) -> i32 = path::path_readlink;
        path_remove_directory(fd: i32, path: i32, length: i32) -> i32 = path::path_remove_directory;
        path_rename(fd: i32, old_path: i32, old_length: i32, new_fd: i32, new_path: i32, new_length: i32) -> i32 = path::path_rename;
        path_symlink(old_path: i32, old_length: i32, fd: i32, new_path: i32, new_length: i32) -> i32 = path::path_symlink;
        path_unlink_file(fd: i32, path: i32, length: i32) -> i32 = path::path_unlink_file;
        poll_oneoff(subscriptions: i32, events: i32, count: i32, written: i32) -> i32 = poll::poll_oneoff;
        proc_exit(code: i32) -> () = environment::proc_exit;
        proc_raise(signal: i32) -> i32 = environment::proc_raise;
        sched_yield() -> i32 = environment::sched_yield;
        random_get(buffer: i32, length: i32) -> i32 = environment::random_get;
        sock_accept(fd: i32, flags: i32, accepted: i32) -> i32 = environment::sock_accept;
        sock_recv(fd: i32, iovecs: i32, count: i32, flags: i32, received: i32, out_flags: i32) -> i32 = environment::sock_recv;
        sock_send(fd: i32, iovecs: i32, count: i32, flags: i32, sent: i32) -> i32 = environment::sock_send;
        sock_shutdown(fd: i32, how: i32) -> i32 = environment::sock_shutdown;
    }
}

/// The capability record of `fd`: the one made when it was opened through
/// WASI, or for a descriptor that came otherwise (standard files, or opened
/// through `wasmos`) the rights its kind and mode allow.
fn capability(process: &Process, fd: i32, file: &OpenFile) -> Capability {
    if let Some(capability) = process.capabilities.borrow().get(fd) {
        return capability.clone();
    }
    let (base, inheriting) = rights::natural(file);
    Capability {
        rights_base: base,
        rights_inheriting: inheriting,
        directory: None,
        nonblocking: false,
        sync_flags: 0,
    }
}

/// The open file `fd` and its capability, if it holds every right in `needed`
/// (`EBADF` for no such descriptor, `ENOTCAPABLE` for a missing right).
fn file_with(context: &Context, fd: i32, needed: u64) -> KernelResult<(Rc<OpenFile>, Capability)> {
    let file = context.process.fds.borrow().get(fd)?;
    let capability = capability(&context.process, fd, &file);
    if capability.rights_base & needed != needed {
        return Err(Errno::ENOTCAPABLE);
    }
    Ok((file, capability))
}

/// The directory `fd` grants (it must hold `needed`): `ENOTDIR` for a
/// descriptor that is not a directory opened through WASI.
fn directory_with(context: &Context, fd: i32, needed: u64) -> KernelResult<(Capability, DirectoryGrant)> {
    let (file, capability) = file_with(context, fd, 0)?;
    let Some(grant) = capability.directory.clone() else {
        return Err(if file.node().kind() == NodeKind::Directory {
            Errno::ENOTCAPABLE
        } else {
            Errno::ENOTDIR
        });
    };
    if capability.rights_base & needed != needed {
        return Err(Errno::ENOTCAPABLE);
    }
    Ok((capability, grant))
}

/// The absolute path `path` (guest memory) names inside directory `fd`,
/// which must hold `needed`.
fn resolve(context: &Context, guest: &Guest, fd: i32, path: i32, length: i32, needed: u64) -> KernelResult<String> {
    let (_, grant) = directory_with(context, fd, needed)?;
    resolve_in(context, &grant, &guest.path(path, length)?)
}

/// Resolves `relative` inside `grant`. A trailing `/` names a directory:
/// `ENOTDIR` when something else is there.
fn resolve_in(context: &Context, grant: &DirectoryGrant, relative: &str) -> KernelResult<String> {
    let target = grant.resolve(relative)?;
    if relative.ends_with('/') {
        if let Ok(node) = context.system.vfs.lookup("/", &target) {
            if node.kind() != NodeKind::Directory {
                return Err(Errno::ENOTDIR);
            }
        }
    }
    Ok(target)
}

/// The preopened directories a WASI program starts with: `(host path, name
/// the program sees)`. Started by name, it gets `/` and its working directory.
pub fn default_preopens(cwd: &str) -> [(String, String); 2] {
    [("/".to_string(), "/".to_string()), (cwd.to_string(), ".".to_string())]
}

/// Opens each of `preopens` (`(host directory, name)`) for `process` as
/// descriptors 3, 4, ... with every directory right, each a root that paths
/// through it may not leave.
pub fn install_preopens(system: &System, process: &Process, preopens: &[(String, String)]) -> KernelResult<()> {
    let directory = OpenFlags {
        read: true,
        directory: true,
        ..Default::default()
    };
    for (index, (host, name)) in preopens.iter().enumerate() {
        let host = system.vfs.directory_path("/", host)?;
        let file = system.vfs.open("/", &host, directory)?;
        let fd = 3 + i32::try_from(index).map_err(|_| Errno::EMFILE)?;
        process.fds.borrow_mut().install(fd, Rc::new(file))?;
        process.capabilities.borrow_mut().set(
            fd,
            Capability {
                rights_base: rights::DIRECTORY_BASE,
                rights_inheriting: rights::DIRECTORY_BASE | rights::FILE_BASE,
                directory: Some(DirectoryGrant {
                    path: host.clone(),
                    root: host,
                    preopen_name: Some(name.clone()),
                }),
                nonblocking: false,
                sync_flags: 0,
            },
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests;
