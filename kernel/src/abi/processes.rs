//! Process calls: arguments, environment, running other apps.

use super::encoding;
use super::guest::Guest;
use super::Context;
use crate::command_line;
use crate::errno::{Errno, KernelResult};
use crate::process::LimitKind;
use crate::runtime::{self, Unwind};

/// Copies `value` into the guest the `arg_get` way: at most `length` bytes, returning the full length.
fn copy_out(guest: &mut Guest, value: &[u8], buffer: i32, length: i32) -> KernelResult<i32> {
    let (_, capacity) = guest.range(buffer, length)?;
    let count = value.len().min(capacity);
    guest.write(buffer, &value[..count])?;
    encoding::count(value.len())
}

pub(super) fn arg_count(context: &Context, _guest: &mut Guest) -> KernelResult<i32> {
    encoding::count(context.process.args.len())
}

pub(super) fn arg_get(context: &Context, guest: &mut Guest, index: i32, buffer: i32, length: i32) -> KernelResult<i32> {
    let argument = usize::try_from(index)
        .ok()
        .and_then(|index| context.process.args.get(index))
        .ok_or(Errno::EINVAL)?;
    copy_out(guest, argument.as_bytes(), buffer, length)
}

pub(super) fn env_get(
    context: &Context,
    guest: &mut Guest,
    name: i32,
    name_length: i32,
    buffer: i32,
    length: i32,
) -> KernelResult<i32> {
    let name = guest.string(name, name_length)?;
    let value = context.process.env.borrow().get(&name).cloned().ok_or(Errno::ENOENT)?;
    copy_out(guest, value.as_bytes(), buffer, length)
}

pub(super) fn env_set(
    context: &Context,
    guest: &mut Guest,
    name: i32,
    name_length: i32,
    value: i32,
    value_length: i32,
) -> KernelResult<i32> {
    let name = guest.string(name, name_length)?;
    if name.is_empty() || name.contains('=') || name.contains('\0') {
        return Err(Errno::EINVAL);
    }
    let mut env = context.process.env.borrow_mut();
    if value_length == -1 {
        env.remove(&name);
    } else {
        let value = guest.string(value, value_length)?;
        env.insert(name, value);
    }
    Ok(0)
}

pub(super) fn runapp(context: &Context, guest: &mut Guest, command: i32, length: i32) -> KernelResult<i32> {
    let line = guest.string(command, length)?;
    let args = command_line::split(&line)?;
    if args.is_empty() {
        return Err(Errno::EINVAL);
    }
    context.system.spawn(args, Some(&context.process))
}

pub(super) fn runargv(context: &Context, guest: &mut Guest, argv: i32, count: i32) -> KernelResult<i32> {
    if count <= 0 {
        return Err(Errno::EINVAL);
    }
    let args = super::jobs::read_words(context, guest, argv, count)?;
    context.system.spawn(args, Some(&context.process))
}

/// `call_protected`, a host function shared by every process (see
/// [`super::table::Binding::Shared`]): it holds no reference to the
/// process's context while the guest runs inside it.
pub(super) fn call_protected(
    call: &mut tinywasm::FuncContext<'_>,
    function: i32,
    argument: i32,
) -> tinywasm::Result<i32> {
    let depth = |call: &tinywasm::FuncContext<'_>, change: i32| -> tinywasm::Result<()> {
        let process = &super::stored_context(call)?.process;
        process
            .protected_depth
            .set(process.protected_depth.get().saturating_add_signed(change));
        Ok(())
    };
    {
        let context = super::stored_context(call)?;
        if context.process.protected_depth.get() >= runtime::PROTECTED_DEPTH || !context.system.stack_has_room() {
            return Ok(Errno::EAGAIN.to_abi());
        }
    }
    if !runtime::has_invoke_export(call) {
        return Ok(Errno::ENOSYS.to_abi());
    }
    depth(call, 1)?;
    let result = runtime::invoke_protected(call, function, argument);
    depth(call, -1)?;
    Ok(result?.unwrap_or(0))
}

pub(super) fn throw(context: &Context, _guest: &mut Guest, code: i32) -> tinywasm::Error {
    // With no protected call to unwind to, the throw is the app's trap.
    if context.process.protected_depth.get() == 0 {
        return tinywasm::Error::Trap(tinywasm::Trap::Other("throw with no call_protected to catch it"));
    }
    Unwind::Throw(if code == 0 { 1 } else { code }).into()
}

pub(super) fn exit(_context: &Context, _guest: &mut Guest, status: i32) -> tinywasm::Error {
    Unwind::Exit(status & 0xff).into()
}

pub(super) fn poweroff(context: &Context, _guest: &mut Guest, status: i32) -> tinywasm::Error {
    context.system.platform.power_off(status)
}

pub(super) fn limit_get(context: &Context, _guest: &mut Guest, kind: i32) -> KernelResult<i64> {
    let kind = encoding::limit_kind(kind)?;
    encoding::count64(context.process.limits.get().get(kind))
}

pub(super) fn limit_set(context: &Context, _guest: &mut Guest, kind: i32, value: i64) -> KernelResult<i32> {
    let kind = encoding::limit_kind(kind)?;
    let value = u64::try_from(value).map_err(|_| Errno::EINVAL)?;
    let mut limits = context.process.limits.get();
    limits.set(kind, value)?;
    if kind == LimitKind::OpenFiles {
        let capacity = usize::try_from(value).map_err(|_| Errno::EINVAL)?;
        context.process.fds.borrow_mut().set_capacity(capacity)?;
    }
    context.process.limits.set(limits);
    Ok(0)
}
