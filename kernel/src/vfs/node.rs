//! The one node type of the file system: a regular file, a directory or a device.

use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::sync::atomic::{AtomicU64, Ordering};

use crate::errno::{Errno, KernelResult};
use crate::task::WaitQueue;

/// A shared reference to a node.
pub type NodeRef = Rc<Node>;

/// What kind of node this is, as `stat` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// A regular file held in memory.
    File,
    /// A directory.
    Directory,
    /// A character device.
    Device,
}

/// Whether a device could be read or written without blocking (for `poll`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Readiness {
    /// A read would not block.
    pub readable: bool,
    /// A write would not block.
    pub writable: bool,
    /// The other end is gone (a pipe).
    pub hung_up: bool,
}

impl Readiness {
    /// Ready both ways, as files and most devices always are.
    pub const ALWAYS: Readiness = Readiness {
        readable: true,
        writable: true,
        hung_up: false,
    };
}

/// A device: each operation it does not support fails with `EINVAL`, so a
/// device implements only what it has. A read or write that would have to
/// wait returns `EAGAIN`; the caller then waits on [`Device::wait_queue`]
/// and tries again.
pub trait Device {
    /// Reads into `buffer`; returns the count, 0 at end of input.
    fn read(&self, _buffer: &mut [u8]) -> KernelResult<usize> {
        Err(Errno::EINVAL)
    }
    /// Writes `bytes`; returns the count.
    fn write(&self, _bytes: &[u8]) -> KernelResult<usize> {
        Err(Errno::EINVAL)
    }
    /// For `/dev/stdin`, `/dev/stdout` and `/dev/stderr`: the fd that opening duplicates.
    fn stdio_alias(&self) -> Option<i32> {
        None
    }
    /// For generated files such as `/proc/meminfo`: the contents at the time of opening.
    fn snapshot(&self) -> Option<Vec<u8>> {
        None
    }
    /// Whether a read or write would block now.
    fn readiness(&self) -> Readiness {
        Readiness::ALWAYS
    }
    /// Where a task waits for this device to become ready; `None` for a
    /// device that never blocks.
    fn wait_queue(&self) -> Option<&WaitQueue> {
        None
    }
    /// Whether it is one end of a pipe (a FIFO rather than a character device).
    fn is_pipe(&self) -> bool {
        false
    }
}

/// The contents of a node.
pub enum NodeContent {
    /// A regular file's bytes.
    File(RefCell<Vec<u8>>),
    /// A directory's entries, in name order.
    Directory(RefCell<BTreeMap<String, NodeRef>>),
    /// A device.
    Device(Rc<dyn Device>),
}

/// A file-system node.
pub struct Node {
    /// What the node holds.
    pub content: NodeContent,
    /// Its number, unique for the boot.
    inode: u64,
    modified_ns: Cell<i64>,
    accessed_ns: Cell<i64>,
    pinned: Cell<bool>,
}

/// The last inode number given out.
static LAST_INODE: AtomicU64 = AtomicU64::new(0);

impl Node {
    fn with_content(content: NodeContent, now_ns: i64) -> NodeRef {
        Rc::new(Node {
            content,
            inode: LAST_INODE.fetch_add(1, Ordering::Relaxed) + 1,
            modified_ns: Cell::new(now_ns),
            accessed_ns: Cell::new(now_ns),
            pinned: Cell::new(false),
        })
    }

    /// A new empty regular file.
    pub fn new_file(bytes: Vec<u8>, now_ns: i64) -> NodeRef {
        Self::with_content(NodeContent::File(RefCell::new(bytes)), now_ns)
    }

    /// A new empty directory.
    pub fn new_directory(now_ns: i64) -> NodeRef {
        Self::with_content(NodeContent::Directory(RefCell::new(BTreeMap::new())), now_ns)
    }

    /// A new device node.
    pub fn new_device(device: Rc<dyn Device>, now_ns: i64) -> NodeRef {
        Self::with_content(NodeContent::Device(device), now_ns)
    }

    /// Its number, unique for the boot.
    pub fn inode(&self) -> u64 {
        self.inode
    }

    /// Last access as set by [`Node::set_times`] (the file system does not
    /// track reads; it starts as the creation time), nanoseconds since 1970.
    pub fn accessed_ns(&self) -> i64 {
        self.accessed_ns.get()
    }

    /// Sets the access and modification times, each if given.
    pub fn set_times(&self, accessed_ns: Option<i64>, modified_ns: Option<i64>) {
        if let Some(time) = accessed_ns {
            self.accessed_ns.set(time);
        }
        if let Some(time) = modified_ns {
            self.modified_ns.set(time);
        }
    }

    /// Cuts a regular file to `size` bytes or extends it with zeros. `EISDIR`
    /// for a directory, `EINVAL` for a device, `ENOSPC` when memory is short.
    pub fn set_size(&self, size: u64, now_ns: i64) -> KernelResult<()> {
        let NodeContent::File(bytes) = &self.content else {
            return Err(if self.kind() == NodeKind::Directory {
                Errno::EISDIR
            } else {
                Errno::EINVAL
            });
        };
        let size = usize::try_from(size).map_err(|_| Errno::EFBIG)?;
        let mut bytes = bytes.borrow_mut();
        let current = bytes.len();
        if size > current {
            bytes.try_reserve(size - current).map_err(|_| Errno::ENOSPC)?;
        }
        bytes.resize(size, 0);
        drop(bytes);
        self.touch(now_ns);
        Ok(())
    }

    /// Pins the node: it can no longer be renamed, removed or replaced
    /// (devices, and the `/dev` and `/proc` directories that hold them).
    pub fn pin(&self) {
        self.pinned.set(true);
    }

    /// Whether the node is pinned.
    pub fn is_pinned(&self) -> bool {
        self.pinned.get()
    }

    /// Whether a read or write would block now (files never block).
    pub fn readiness(&self) -> Readiness {
        match &self.content {
            NodeContent::Device(device) => device.readiness(),
            _ => Readiness::ALWAYS,
        }
    }

    /// Where a task waits for this node to become ready, if it can block.
    pub fn wait_queue(&self) -> Option<&WaitQueue> {
        match &self.content {
            NodeContent::Device(device) => device.wait_queue(),
            _ => None,
        }
    }

    /// The node's kind.
    pub fn kind(&self) -> NodeKind {
        match self.content {
            NodeContent::File(_) => NodeKind::File,
            NodeContent::Directory(_) => NodeKind::Directory,
            NodeContent::Device(_) => NodeKind::Device,
        }
    }

    /// The size in bytes (files), or the number of entries (directories).
    pub fn size(&self) -> u64 {
        match &self.content {
            NodeContent::File(bytes) => bytes.borrow().len() as u64,
            NodeContent::Directory(entries) => entries.borrow().len() as u64,
            NodeContent::Device(_) => 0,
        }
    }

    /// Last modification, nanoseconds since 1970.
    pub fn modified_ns(&self) -> i64 {
        self.modified_ns.get()
    }

    /// Records a modification at `now_ns`.
    pub fn touch(&self, now_ns: i64) {
        self.modified_ns.set(now_ns);
    }

    /// The directory's entries, or `ENOTDIR`.
    pub fn entries(&self) -> KernelResult<&RefCell<BTreeMap<String, NodeRef>>> {
        match &self.content {
            NodeContent::Directory(entries) => Ok(entries),
            _ => Err(Errno::ENOTDIR),
        }
    }
}

/// What `stat` reports about a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Metadata {
    /// Size in bytes.
    pub size: u64,
    /// Kind of node.
    pub kind: NodeKind,
    /// Last modification, nanoseconds since 1970.
    pub modified_ns: i64,
    /// Last access as set (see [`Node::accessed_ns`]).
    pub accessed_ns: i64,
    /// The node's number.
    pub inode: u64,
}

impl Node {
    /// The node's metadata.
    pub fn metadata(&self) -> Metadata {
        Metadata {
            size: self.size(),
            kind: self.kind(),
            modified_ns: self.modified_ns(),
            accessed_ns: self.accessed_ns(),
            inode: self.inode,
        }
    }
}
