//! Messages between processes: services, send, call, receive, reply.

use super::encoding;
use super::guest::{self, Guest};
use super::Context;
use crate::errno::{Errno, KernelResult};
use crate::ipc::MESSAGE_MAX;

/// Copies a message out of the guest, refusing one above the size limit.
fn message_bytes(guest: &Guest, buffer: i32, length: i32) -> KernelResult<alloc::vec::Vec<u8>> {
    if guest::unsigned(length)? > MESSAGE_MAX {
        return Err(Errno::EMSGSIZE);
    }
    guest.read(buffer, length)
}

pub(super) fn service_register(context: &Context, guest: &mut Guest, name: i32, length: i32) -> KernelResult<i32> {
    let name = guest.string(name, length)?;
    context.system.register_service(&context.process, name)?;
    Ok(0)
}

pub(super) fn service_lookup(context: &Context, guest: &mut Guest, name: i32, length: i32) -> KernelResult<i32> {
    let name = guest.string(name, length)?;
    let pid = context.system.lookup_service(&name)?;
    i32::try_from(pid).map_err(|_| Errno::EOVERFLOW)
}

pub(super) fn msg_send(
    context: &Context,
    guest: &mut Guest,
    pid: i32,
    buffer: i32,
    length: i32,
    flags: i32,
) -> KernelResult<i32> {
    let no_wait = encoding::message_no_wait(flags)?;
    let bytes = message_bytes(guest, buffer, length)?;
    context
        .system
        .send_message(&context.process, encoding::pid(pid)?, bytes, 0, no_wait)?;
    Ok(0)
}

pub(super) fn msg_call(
    context: &Context,
    guest: &mut Guest,
    pid: i32,
    buffer: i32,
    length: i32,
    reply: i32,
    reply_length: i32,
) -> KernelResult<i32> {
    let (_, capacity) = guest.range(reply, reply_length)?;
    let bytes = message_bytes(guest, buffer, length)?;
    let answer = context
        .system
        .call(&context.process, encoding::pid(pid)?, bytes, capacity)?;
    guest.write(reply, &answer)?;
    encoding::count(answer.len())
}

pub(super) fn msg_receive(
    context: &Context,
    guest: &mut Guest,
    buffer: i32,
    length: i32,
    info: i32,
    flags: i32,
) -> KernelResult<i32> {
    let no_wait = encoding::message_no_wait(flags)?;
    let (_, capacity) = guest.range(buffer, length)?;
    if info != 0 {
        guest.check_room(info, 8)?;
    }
    let message = context.system.receive_message(&context.process, capacity, no_wait)?;
    guest.write(buffer, &message.bytes)?;
    if info != 0 {
        guest.write(info, &encoding::message_record(message.sender, message.call))?;
    }
    encoding::count(message.bytes.len())
}

pub(super) fn msg_reply(
    context: &Context,
    guest: &mut Guest,
    pid: i32,
    call: i32,
    buffer: i32,
    length: i32,
) -> KernelResult<i32> {
    let bytes = message_bytes(guest, buffer, length)?;
    let call = u32::try_from(call).map_err(|_| Errno::ESRCH)?;
    context
        .system
        .reply(&context.process, encoding::pid(pid)?, call, bytes)?;
    Ok(0)
}
