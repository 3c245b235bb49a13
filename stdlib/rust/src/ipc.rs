//! Messages between processes: named services, one-way messages, and calls
//! that wait for a reply.
//!
//! Every process has a queue of up to 64 messages of at most
//! [`MESSAGE_MAX`] bytes. A server registers a name ([`Service::register`]),
//! then loops over [`receive`] and [`reply`]; a client finds it with
//! [`lookup`] and talks to it with [`call`] (or [`send`], which gets no
//! answer). A server that ends while calls wait gives each caller
//! [`Error::EPIPE`].
//!
//! ```ignore
//! let server = ipc::lookup("kv")?;
//! let mut answer = [0; ipc::MESSAGE_MAX];
//! let length = ipc::call(server, b"Gcolour", &mut answer)?;
//! ```

use crate::error::{Error, Result};
use crate::process::Pid;
use crate::sys;
use alloc::string::{String, ToString};

pub use crate::sys::MESSAGE_MAX;

/// A name this process is registered under, from [`Service::register`].
///
/// The name is dropped by the kernel when the process ends (there is no
/// call to drop it earlier).
#[derive(Debug)]
pub struct Service {
    name: String,
}

impl Service {
    /// Registers this process under `name` (1-64 bytes), so that other
    /// processes find it with [`lookup`]. `EEXIST` if the name is taken,
    /// `EINVAL` for a bad name.
    pub fn register(name: &str) -> Result<Service> {
        // SAFETY: the pointer and length describe `name`, which is only read.
        Error::check(unsafe { sys::service_register(name.as_ptr(), name.len()) })?;
        Ok(Service { name: name.to_string() })
    }

    /// The name registered.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// The pid of the process registered under `name`; `ENOENT` if none is.
pub fn lookup(name: &str) -> Result<Pid> {
    // SAFETY: the pointer and length describe `name`, which is only read.
    Error::check(unsafe { sys::service_lookup(name.as_ptr(), name.len()) }).map(|pid| pid as Pid)
}

/// A message taken by [`receive`]; its bytes are at the start of the buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message {
    /// The sender's pid.
    pub sender: Pid,
    /// 0 for a message from [`send`]; else the call to answer with [`reply`].
    pub call: i32,
    /// The message's length in bytes.
    pub length: usize,
}

impl Message {
    /// Whether the sender waits for a [`reply`] (it came from [`call`]).
    pub fn is_call(&self) -> bool {
        self.call != 0
    }
}

/// Queues `data` for process `pid`, waiting while its queue is full.
/// `ESRCH` no such process, `EMSGSIZE` above [`MESSAGE_MAX`] bytes.
pub fn send(pid: Pid, data: &[u8]) -> Result<()> {
    send_with_flags(pid, data, 0)
}

/// Like [`send`], but `EAGAIN` at once instead of waiting for room.
pub fn try_send(pid: Pid, data: &[u8]) -> Result<()> {
    send_with_flags(pid, data, sys::MSG_NONBLOCK)
}

fn send_with_flags(pid: Pid, data: &[u8], flags: i32) -> Result<()> {
    // SAFETY: the pointer and length describe `data`, which is only read.
    Error::check(unsafe { sys::msg_send(pid, data.as_ptr(), data.len(), flags) }).map(drop)
}

/// Sends `request` to process `pid` and waits for its [`reply`], which is
/// copied to `answer`; returns the reply's length.
///
/// `EPIPE` if `pid` ended before replying, `EMSGSIZE` if the reply is
/// longer than `answer` (it is lost) or the request above [`MESSAGE_MAX`],
/// `ESRCH` no such process.
pub fn call(pid: Pid, request: &[u8], answer: &mut [u8]) -> Result<usize> {
    // SAFETY: the first pair describes `request`, only read; the second
    // `answer`, which the call may fill.
    Error::check(unsafe { sys::msg_call(pid, request.as_ptr(), request.len(), answer.as_mut_ptr(), answer.len()) })
}

/// Takes the oldest message of this process's queue into `buffer`, waiting
/// for one. `EMSGSIZE` if `buffer` is too small (the message stays queued;
/// a buffer of [`MESSAGE_MAX`] bytes always fits).
pub fn receive(buffer: &mut [u8]) -> Result<Message> {
    receive_with_flags(buffer, 0)
}

/// Like [`receive`], but `None` at once when the queue is empty.
pub fn try_receive(buffer: &mut [u8]) -> Result<Option<Message>> {
    match receive_with_flags(buffer, sys::MSG_NONBLOCK) {
        Ok(message) => Ok(Some(message)),
        Err(error) if error == Error::EAGAIN => Ok(None),
        Err(error) => Err(error),
    }
}

fn receive_with_flags(buffer: &mut [u8], flags: i32) -> Result<Message> {
    let mut info = sys::MessageInfo::default();
    // SAFETY: the pointer and length describe `buffer`, which the call may
    // fill, and `info` is a writable `wasmos_message` record.
    let length = Error::check(unsafe { sys::msg_receive(buffer.as_mut_ptr(), buffer.len(), &mut info, flags) })?;
    Ok(Message {
        sender: info.sender,
        call: info.call,
        length,
    })
}

/// Answers call `call` of process `sender` (both from a [`Message`]) with
/// `data`. `ESRCH` if that caller no longer waits (it ended or was killed).
pub fn reply(sender: Pid, call: i32, data: &[u8]) -> Result<()> {
    // SAFETY: the pointer and length describe `data`, which is only read.
    Error::check(unsafe { sys::msg_reply(sender, call, data.as_ptr(), data.len()) }).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_from_send_is_not_a_call() {
        let sent = Message {
            sender: 4,
            call: 0,
            length: 1,
        };
        assert!(!sent.is_call());
        assert!(Message { call: 7, ..sent }.is_call());
    }

    #[test]
    fn off_target_messages_are_not_implemented() {
        let mut buffer = [0; 16];
        assert_eq!(Service::register("kv").err(), Some(Error::ENOSYS));
        assert_eq!(lookup("kv"), Err(Error::ENOSYS));
        assert_eq!(call(2, b"G", &mut buffer), Err(Error::ENOSYS));
        assert_eq!(try_receive(&mut buffer), Err(Error::ENOSYS));
        assert_eq!(reply(2, 1, b"0"), Err(Error::ENOSYS));
    }
}
