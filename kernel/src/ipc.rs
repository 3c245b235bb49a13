//! Message passing between processes: each process has a bounded queue of
//! messages (a [`Mailbox`]) and a slot for the reply to its own call. The
//! operations that involve two processes (send, call, receive, reply) are in
//! `system/ipc.rs`, which knows the process table.
#![deny(unsafe_code)]

use alloc::collections::VecDeque;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};

use crate::task::WaitQueue;

/// The largest message, either way.
pub const MESSAGE_MAX: usize = 4096;
/// Messages a mailbox holds before senders wait.
pub const MAILBOX_CAPACITY: usize = 64;
/// The longest service name.
pub const SERVICE_NAME_MAX: usize = 64;

/// One queued message.
pub struct Message {
    /// The sender's pid.
    pub sender: u32,
    /// 0 for a plain message, else the call the sender waits on.
    pub call: u32,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// The state of a process's own outstanding call.
pub enum ReplySlot {
    /// No call.
    Idle,
    /// Waiting for server `server` to answer call `call`.
    Waiting {
        /// The call's number.
        call: u32,
        /// The pid it was sent to.
        server: u32,
    },
    /// Answered with these bytes.
    Answered(Vec<u8>),
    /// The server ended without answering.
    Failed,
}

/// A process's message queue and reply slot.
pub struct Mailbox {
    /// Messages not yet received.
    pub queue: RefCell<VecDeque<Message>>,
    /// Calls received and not yet answered: (sender, call).
    pub unanswered: RefCell<Vec<(u32, u32)>>,
    /// This process's own call.
    pub reply: RefCell<ReplySlot>,
    /// Set when the process ended: nothing more is queued.
    pub closed: Cell<bool>,
    /// Tasks waiting for a message (the owner).
    pub receivers: WaitQueue,
    /// Tasks waiting for room in the queue.
    pub senders: WaitQueue,
    /// The owner waiting for its reply.
    pub reply_ready: WaitQueue,
}

impl Default for Mailbox {
    fn default() -> Self {
        Self::new()
    }
}

impl Mailbox {
    /// An empty, open mailbox.
    pub fn new() -> Self {
        Mailbox {
            queue: RefCell::new(VecDeque::new()),
            unanswered: RefCell::new(Vec::new()),
            reply: RefCell::new(ReplySlot::Idle),
            closed: Cell::new(false),
            receivers: WaitQueue::new(),
            senders: WaitQueue::new(),
            reply_ready: WaitQueue::new(),
        }
    }

    /// Whether the queue is full.
    pub fn is_full(&self) -> bool {
        self.queue.borrow().len() >= MAILBOX_CAPACITY
    }
}
