//! An open file description: a node, an offset and the mode it was opened in.
//! Descriptors made by `dup` share one of these.

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};

use super::node::{Metadata, NodeContent, NodeRef};
use crate::errno::{Errno, KernelResult};

/// The mode an open file was opened in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenFlags {
    /// Reading allowed.
    pub read: bool,
    /// Writing allowed.
    pub write: bool,
    /// Create the file if missing.
    pub create: bool,
    /// With `create`: fail if it exists.
    pub exclusive: bool,
    /// Empty the file on opening.
    pub truncate: bool,
    /// Every write goes to the end.
    pub append: bool,
    /// Must be a directory.
    pub directory: bool,
}

impl OpenFlags {
    /// Read-only.
    pub fn read_only() -> Self {
        OpenFlags {
            read: true,
            ..Default::default()
        }
    }

    /// Read and write.
    pub fn read_write() -> Self {
        OpenFlags {
            read: true,
            write: true,
            ..Default::default()
        }
    }
}

/// An open file.
pub struct OpenFile {
    node: NodeRef,
    flags: Cell<OpenFlags>,
    offset: Cell<u64>,
    snapshot: Option<Vec<u8>>,
    directory_cursor: RefCell<Option<String>>,
}

impl OpenFile {
    /// Opens `node` in mode `flags` (checks were made by the caller).
    pub fn new(node: NodeRef, flags: OpenFlags) -> Self {
        let snapshot = match &node.content {
            NodeContent::Device(device) => device.snapshot(),
            _ => None,
        };
        OpenFile {
            node,
            flags: Cell::new(flags),
            offset: Cell::new(0),
            snapshot,
            directory_cursor: RefCell::new(None),
        }
    }

    /// The mode it was opened in.
    pub fn flags(&self) -> OpenFlags {
        self.flags.get()
    }

    /// Turns append mode on or off (the one part of the mode that may change).
    pub fn set_append(&self, append: bool) {
        let mut flags = self.flags.get();
        flags.append = append;
        self.flags.set(flags);
    }

    /// The offset the next read or write starts at.
    pub fn offset(&self) -> u64 {
        self.offset.get()
    }

    /// Reads at `offset` without moving the file's own offset. `ESPIPE` for
    /// devices, `EISDIR` for directories.
    pub fn read_at(&self, offset: u64, buffer: &mut [u8]) -> KernelResult<usize> {
        if !self.flags.get().read {
            return Err(Errno::EBADF);
        }
        let mut read = |source: &[u8]| {
            let start = usize::try_from(offset).unwrap_or(usize::MAX).min(source.len());
            let count = buffer.len().min(source.len() - start);
            buffer[..count].copy_from_slice(&source[start..start + count]);
            count
        };
        match (&self.snapshot, &self.node.content) {
            (Some(snapshot), _) => Ok(read(snapshot)),
            (None, NodeContent::File(bytes)) => Ok(read(&bytes.borrow())),
            (None, NodeContent::Directory(_)) => Err(Errno::EISDIR),
            (None, NodeContent::Device(_)) => Err(Errno::ESPIPE),
        }
    }

    /// Writes at `offset` without moving the file's own offset (in append
    /// mode too, as POSIX `pwrite` leaves that to the system: here the
    /// offset given is used).
    pub fn write_at(&self, offset: u64, bytes: &[u8], now_ns: impl FnOnce() -> i64) -> KernelResult<usize> {
        if !self.flags.get().write {
            return Err(Errno::EBADF);
        }
        match &self.node.content {
            NodeContent::File(contents) => {
                let mut contents = contents.borrow_mut();
                let start = usize::try_from(offset).map_err(|_| Errno::EFBIG)?;
                let end = start.checked_add(bytes.len()).ok_or(Errno::EFBIG)?;
                let current = contents.len();
                if end > current {
                    contents.try_reserve(end - current).map_err(|_| Errno::ENOSPC)?;
                    contents.resize(end, 0);
                }
                contents[start..end].copy_from_slice(bytes);
                drop(contents);
                self.node.touch(now_ns());
                Ok(bytes.len())
            }
            NodeContent::Directory(_) => Err(Errno::EISDIR),
            NodeContent::Device(_) => Err(Errno::ESPIPE),
        }
    }

    /// The node.
    pub fn node(&self) -> &NodeRef {
        &self.node
    }

    /// For `/dev/stdin` and the like, the fd that opening them duplicates.
    pub fn stdio_alias(&self) -> Option<i32> {
        match &self.node.content {
            NodeContent::Device(device) => device.stdio_alias(),
            _ => None,
        }
    }

    /// Reads at the offset into `buffer`.
    pub fn read(&self, buffer: &mut [u8]) -> KernelResult<usize> {
        if !self.flags.get().read {
            return Err(Errno::EBADF);
        }
        if let Some(snapshot) = &self.snapshot {
            return Ok(self.read_from(snapshot, buffer));
        }
        match &self.node.content {
            NodeContent::File(bytes) => Ok(self.read_from(&bytes.borrow(), buffer)),
            NodeContent::Directory(_) => Err(Errno::EISDIR),
            NodeContent::Device(device) => device.read(buffer),
        }
    }

    fn read_from(&self, source: &[u8], buffer: &mut [u8]) -> usize {
        let offset = self.offset.get();
        if offset >= source.len() as u64 {
            return 0;
        }
        let start = offset as usize;
        let count = buffer.len().min(source.len() - start);
        buffer[..count].copy_from_slice(&source[start..start + count]);
        self.offset.set(offset + count as u64);
        count
    }

    /// Writes `bytes` at the offset (at the end in append mode); `now_ns` gives
    /// the time that stamps a regular file (devices never ask for it).
    pub fn write(&self, bytes: &[u8], now_ns: impl FnOnce() -> i64) -> KernelResult<usize> {
        if !self.flags.get().write {
            return Err(Errno::EBADF);
        }
        match &self.node.content {
            NodeContent::File(contents) => {
                let mut contents = contents.borrow_mut();
                let start = if self.flags.get().append {
                    contents.len()
                } else {
                    self.offset.get() as usize
                };
                let end = start.checked_add(bytes.len()).ok_or(Errno::EINVAL)?;
                let current = contents.len();
                if end > current {
                    contents.try_reserve(end - current).map_err(|_| Errno::ENOSPC)?;
                    contents.resize(end, 0);
                }
                contents[start..end].copy_from_slice(bytes);
                self.offset.set(end as u64);
                drop(contents);
                self.node.touch(now_ns());
                Ok(bytes.len())
            }
            NodeContent::Directory(_) => Err(Errno::EISDIR),
            NodeContent::Device(device) => device.write(bytes),
        }
    }

    /// Moves the offset: `whence` 0 from the start, 1 from the current offset, 2 from the end.
    pub fn seek(&self, offset: i64, whence: i32) -> KernelResult<u64> {
        let size = match (&self.snapshot, &self.node.content) {
            (Some(snapshot), _) => snapshot.len() as i64,
            (None, NodeContent::File(bytes)) => bytes.borrow().len() as i64,
            (None, NodeContent::Directory(_)) => return Err(Errno::EISDIR),
            (None, NodeContent::Device(_)) => return Err(Errno::ESPIPE),
        };
        let base = match whence {
            0 => 0,
            1 => self.offset.get() as i64,
            2 => size,
            _ => return Err(Errno::EINVAL),
        };
        let target = base.checked_add(offset).ok_or(Errno::EINVAL)?;
        if target < 0 {
            return Err(Errno::EINVAL);
        }
        self.offset.set(target as u64);
        Ok(target as u64)
    }

    /// Whether it reads a snapshot taken at opening (a generated file such
    /// as `/proc/meminfo`): a regular file in all but its node.
    pub fn is_snapshot(&self) -> bool {
        self.snapshot.is_some()
    }

    /// Whether it is one end of a pipe.
    pub fn is_pipe(&self) -> bool {
        matches!(&self.node.content, NodeContent::Device(device) if device.is_pipe())
    }

    /// The open node's metadata.
    pub fn metadata(&self) -> Metadata {
        let mut metadata = self.node.metadata();
        if let Some(snapshot) = &self.snapshot {
            metadata.size = snapshot.len() as u64;
        }
        metadata
    }

    /// The next directory entry's name, if it fits in `capacity` bytes.
    /// `Ok(None)` when the listing is over; `ERANGE` if the name is too long
    /// (the entry stays for the next call).
    pub fn next_entry(&self, capacity: usize) -> KernelResult<Option<String>> {
        let entries = self.node.entries()?.borrow();
        let mut cursor = self.directory_cursor.borrow_mut();
        let next = match cursor.as_ref() {
            None => entries.keys().next(),
            Some(last) => entries
                .range::<String, _>((core::ops::Bound::Excluded(last), core::ops::Bound::Unbounded))
                .map(|(name, _)| name)
                .next(),
        };
        let Some(name) = next else {
            return Ok(None);
        };
        if name.len() > capacity {
            return Err(Errno::ERANGE);
        }
        *cursor = Some(name.clone());
        Ok(Some(name.clone()))
    }
}
