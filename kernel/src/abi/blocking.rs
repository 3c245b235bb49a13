//! Reads and writes that wait: a device that would block answers `EAGAIN`,
//! and the caller's task then sleeps on the device's wait queue until it is
//! woken, a signal ends the process (`EINTR`) or the call can go on.

use alloc::rc::Rc;

use super::Context;
use crate::errno::{Errno, KernelResult};
use crate::process::Signal;
use crate::vfs::OpenFile;

/// Reads from `file` into `buffer`, waiting until something can be read.
pub(super) fn read(context: &Context, file: &Rc<OpenFile>, buffer: &mut [u8]) -> KernelResult<usize> {
    loop {
        match file.read(buffer) {
            Err(Errno::EAGAIN) => {}
            other => return other,
        }
        let queue = file.node().wait_queue().ok_or(Errno::EAGAIN)?;
        context.system.block_on(&context.process, queue, None)?;
    }
}

/// Writes all of `bytes` to `file`, waiting while it is full. Returns how
/// many were written: fewer only if a signal or an error stopped it after
/// some. A write to a pipe nobody reads ends the writer with `SIGPIPE`, as
/// on POSIX systems.
pub(super) fn write(context: &Context, file: &Rc<OpenFile>, bytes: &[u8]) -> KernelResult<usize> {
    let mut written = 0;
    loop {
        let error = match file.write(&bytes[written..], || context.system.vfs.now()) {
            Ok(count) => {
                written += count;
                if written == bytes.len() {
                    return Ok(written);
                }
                continue;
            }
            Err(Errno::EAGAIN) => match file.node().wait_queue() {
                Some(queue) => match context.system.block_on(&context.process, queue, None) {
                    Ok(()) => continue,
                    Err(error) => error,
                },
                None => Errno::EAGAIN,
            },
            Err(error) => error,
        };
        if error == Errno::EPIPE && context.process.pending_end.get().is_none() {
            context.process.pending_end.set(Some(Signal::PIPE));
        }
        return if written > 0 { Ok(written) } else { Err(error) };
    }
}
