//! Messages between processes: named services, sends, calls with replies,
//! receives. A sender waits while the receiver's queue is full; a caller
//! waits for its reply, and gets `EPIPE` if the server ends first.

use alloc::string::String;
use alloc::vec::Vec;

use super::System;
use crate::errno::{Errno, KernelResult};
use crate::ipc::{Message, ReplySlot, MESSAGE_MAX, SERVICE_NAME_MAX};
use crate::process::Process;

impl System {
    /// Registers `process` as the service `name`.
    pub fn register_service(&self, process: &Process, name: String) -> KernelResult<()> {
        if name.is_empty() || name.len() > SERVICE_NAME_MAX {
            return Err(Errno::EINVAL);
        }
        let mut services = self.services.borrow_mut();
        if let Some(owner) = services.get(&name) {
            if self.process(*owner).is_some_and(|owner| !owner.has_ended()) {
                return Err(Errno::EEXIST);
            }
        }
        services.insert(name, process.pid);
        Ok(())
    }

    /// The pid registered as `name`.
    pub fn lookup_service(&self, name: &str) -> KernelResult<u32> {
        self.services.borrow().get(name).copied().ok_or(Errno::ENOENT)
    }

    /// The live process `pid`, as the target of a message.
    fn receiver(&self, pid: u32) -> KernelResult<alloc::rc::Rc<Process>> {
        self.process(pid)
            .filter(|process| !process.has_ended() && !process.mailbox.closed.get())
            .ok_or(Errno::ESRCH)
    }

    /// Queues `bytes` from `sender` for process `pid` (a plain message when
    /// `call` is 0), waiting for room unless `no_wait` (then `EAGAIN`).
    pub fn send_message(
        &self,
        sender: &Process,
        pid: u32,
        bytes: Vec<u8>,
        call: u32,
        no_wait: bool,
    ) -> KernelResult<()> {
        if bytes.len() > MESSAGE_MAX {
            return Err(Errno::EMSGSIZE);
        }
        loop {
            let receiver = self.receiver(pid)?;
            if !receiver.mailbox.is_full() {
                receiver.mailbox.queue.borrow_mut().push_back(Message {
                    sender: sender.pid,
                    call,
                    bytes,
                });
                receiver.mailbox.receivers.wake_all(&self.scheduler);
                return Ok(());
            }
            if no_wait {
                return Err(Errno::EAGAIN);
            }
            self.block_on(sender, &receiver.mailbox.senders, None)?;
        }
    }

    /// Sends a call to `pid` and waits for its reply, which must fit in
    /// `capacity` bytes (`EMSGSIZE`). `EPIPE` if `pid` ends first.
    pub fn call(&self, caller: &Process, pid: u32, bytes: Vec<u8>, capacity: usize) -> KernelResult<Vec<u8>> {
        let call = self.next_call.get();
        self.next_call.set(call.wrapping_add(1).max(1));
        *caller.mailbox.reply.borrow_mut() = ReplySlot::Waiting { call, server: pid };
        let result = self
            .send_message(caller, pid, bytes, call, false)
            .and_then(|()| self.await_reply(caller));
        *caller.mailbox.reply.borrow_mut() = ReplySlot::Idle;
        let reply = result?;
        if reply.len() > capacity {
            return Err(Errno::EMSGSIZE);
        }
        Ok(reply)
    }

    fn await_reply(&self, caller: &Process) -> KernelResult<Vec<u8>> {
        loop {
            let slot = core::mem::replace(&mut *caller.mailbox.reply.borrow_mut(), ReplySlot::Idle);
            match slot {
                ReplySlot::Answered(bytes) => return Ok(bytes),
                ReplySlot::Failed => return Err(Errno::EPIPE),
                ReplySlot::Idle => return Err(Errno::EPIPE),
                waiting @ ReplySlot::Waiting { server, .. } => {
                    *caller.mailbox.reply.borrow_mut() = waiting;
                    if self.receiver(server).is_err() {
                        return Err(Errno::EPIPE);
                    }
                    self.block_on(caller, &caller.mailbox.reply_ready, None)?;
                }
            }
        }
    }

    /// Takes the oldest message of `process`'s queue if it fits in
    /// `capacity` bytes (else `EMSGSIZE`, and it stays), waiting for one
    /// unless `no_wait` (then `EAGAIN`).
    pub fn receive_message(&self, process: &Process, capacity: usize, no_wait: bool) -> KernelResult<Message> {
        loop {
            let message = {
                let mut queue = process.mailbox.queue.borrow_mut();
                match queue.front() {
                    Some(message) if message.bytes.len() > capacity => return Err(Errno::EMSGSIZE),
                    Some(_) => queue.pop_front(),
                    None => None,
                }
            };
            if let Some(message) = message {
                if message.call != 0 {
                    process
                        .mailbox
                        .unanswered
                        .borrow_mut()
                        .push((message.sender, message.call));
                }
                process.mailbox.senders.wake_all(&self.scheduler);
                return Ok(message);
            }
            if no_wait {
                return Err(Errno::EAGAIN);
            }
            self.block_on(process, &process.mailbox.receivers, None)?;
        }
    }

    /// Answers call `call` of process `pid` with `bytes`. `ESRCH` if that
    /// call is not waiting for `server`'s answer.
    pub fn reply(&self, server: &Process, pid: u32, call: u32, bytes: Vec<u8>) -> KernelResult<()> {
        if bytes.len() > MESSAGE_MAX {
            return Err(Errno::EMSGSIZE);
        }
        {
            let mut unanswered = server.mailbox.unanswered.borrow_mut();
            let position = unanswered
                .iter()
                .position(|entry| *entry == (pid, call))
                .ok_or(Errno::ESRCH)?;
            unanswered.swap_remove(position);
        }
        let caller = self
            .process(pid)
            .filter(|caller| !caller.has_ended())
            .ok_or(Errno::ESRCH)?;
        let mut slot = caller.mailbox.reply.borrow_mut();
        match *slot {
            ReplySlot::Waiting {
                call: waiting,
                server: to,
            } if waiting == call && to == server.pid => {
                *slot = ReplySlot::Answered(bytes);
                drop(slot);
                caller.mailbox.reply_ready.wake_all(&self.scheduler);
                Ok(())
            }
            _ => Err(Errno::ESRCH),
        }
    }

    /// Closes the mailbox of a process that ended: its services go, and every
    /// call queued for it or taken and not answered fails with `EPIPE`.
    pub(super) fn close_mailbox(&self, process: &Process) {
        let mailbox = &process.mailbox;
        mailbox.closed.set(true);
        self.services.borrow_mut().retain(|_, owner| *owner != process.pid);
        let queued: Vec<Message> = mailbox.queue.borrow_mut().drain(..).collect();
        let mut callers: Vec<(u32, u32)> = core::mem::take(&mut *mailbox.unanswered.borrow_mut());
        callers.extend(
            queued
                .iter()
                .filter(|message| message.call != 0)
                .map(|message| (message.sender, message.call)),
        );
        for (pid, call) in callers {
            let Some(caller) = self.process(pid) else { continue };
            let mut slot = caller.mailbox.reply.borrow_mut();
            if matches!(*slot, ReplySlot::Waiting { call: waiting, server } if waiting == call && server == process.pid)
            {
                *slot = ReplySlot::Failed;
                drop(slot);
                caller.mailbox.reply_ready.wake_all(&self.scheduler);
            }
        }
        mailbox.senders.wake_all(&self.scheduler);
        *mailbox.reply.borrow_mut() = ReplySlot::Idle;
    }
}
