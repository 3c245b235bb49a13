//! The virtual file system: one tree of nodes in memory, initialised from the
//! embedded rootfs, with devices under `/dev` and generated files under `/proc`.
#![deny(unsafe_code)]

pub mod devices;
pub mod node;
pub mod open_file;
pub mod path;
pub mod pipe;

use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::errno::{Errno, KernelResult};
use crate::platform::Platform;
pub use node::{Device, Metadata, Node, NodeContent, NodeKind, NodeRef, Readiness};
pub use open_file::{OpenFile, OpenFlags};

/// The file system.
pub struct Vfs {
    root: NodeRef,
    platform: &'static dyn Platform,
}

impl Vfs {
    /// An empty file system whose modification times come from `platform`'s clock.
    pub fn new(platform: &'static dyn Platform) -> Self {
        Vfs {
            root: Node::new_directory(platform.wall_clock_ns()),
            platform,
        }
    }

    /// The current time for modification stamps.
    pub fn now(&self) -> i64 {
        self.platform.wall_clock_ns()
    }

    /// The root directory.
    pub fn root(&self) -> &NodeRef {
        &self.root
    }

    fn walk(&self, components: &[String]) -> KernelResult<NodeRef> {
        let mut node = self.root.clone();
        for component in components {
            let next = node.entries()?.borrow().get(component).cloned().ok_or(Errno::ENOENT)?;
            node = next;
        }
        Ok(node)
    }

    /// Finds the node at `path` (resolved against `cwd`).
    pub fn lookup(&self, cwd: &str, path: &str) -> KernelResult<NodeRef> {
        self.walk(&path::resolve(cwd, path)?)
    }

    /// The parent directory of `path` and the last component's name.
    fn parent_of(&self, cwd: &str, path: &str) -> KernelResult<(NodeRef, String)> {
        let mut components = path::resolve(cwd, path)?;
        let name = components.pop().ok_or(Errno::EBUSY)?;
        let parent = self.walk(&components)?;
        parent.entries()?;
        Ok((parent, name))
    }

    /// Adds `node` at `path`; fails with `EEXIST` if something is there.
    pub fn insert(&self, cwd: &str, path: &str, node: NodeRef) -> KernelResult<()> {
        let (parent, name) = self.parent_of(cwd, path)?;
        let mut entries = parent.entries()?.borrow_mut();
        if entries.contains_key(&name) {
            return Err(Errno::EEXIST);
        }
        entries.insert(name, node);
        drop(entries);
        parent.touch(self.now());
        Ok(())
    }

    /// Creates the directories along `path` as needed (for building the initial tree).
    pub fn create_directories(&self, path: &str) -> KernelResult<NodeRef> {
        let mut node = self.root.clone();
        for component in path::resolve("/", path)? {
            let existing = node.entries()?.borrow().get(&component).cloned();
            node = match existing {
                Some(child) => child,
                None => {
                    let child = Node::new_directory(self.now());
                    node.entries()?.borrow_mut().insert(component, child.clone());
                    child
                }
            };
        }
        Ok(node)
    }

    /// Writes a whole file at an absolute path, creating directories on the way.
    pub fn install_file(&self, path: &str, bytes: Vec<u8>) -> KernelResult<()> {
        let mut components = path::resolve("/", path)?;
        let name = components.pop().ok_or(Errno::EISDIR)?;
        let parent = self.create_directories(&path::join(&components))?;
        parent
            .entries()?
            .borrow_mut()
            .insert(name, Node::new_file(bytes, self.now()));
        Ok(())
    }

    /// Opens `path` with `flags`, creating or truncating a regular file as asked.
    pub fn open(&self, cwd: &str, path: &str, flags: OpenFlags) -> KernelResult<OpenFile> {
        let node = match self.lookup(cwd, path) {
            Ok(node) => {
                if flags.create && flags.exclusive {
                    return Err(Errno::EEXIST);
                }
                node
            }
            Err(Errno::ENOENT) if flags.create => {
                if flags.directory {
                    return Err(Errno::EINVAL);
                }
                let node = Node::new_file(Vec::new(), self.now());
                self.insert(cwd, path, node.clone())?;
                node
            }
            Err(error) => return Err(error),
        };
        match node.kind() {
            NodeKind::Directory if flags.write => return Err(Errno::EISDIR),
            NodeKind::File | NodeKind::Device if flags.directory => return Err(Errno::ENOTDIR),
            _ => {}
        }
        if flags.truncate && flags.write {
            if let NodeContent::File(bytes) = &node.content {
                bytes.borrow_mut().clear();
                node.touch(self.now());
            }
        }
        Ok(OpenFile::new(node, flags))
    }

    /// Makes a directory.
    pub fn mkdir(&self, cwd: &str, path: &str) -> KernelResult<()> {
        self.insert(cwd, path, Node::new_directory(self.now()))
    }

    /// Removes an empty directory.
    pub fn rmdir(&self, cwd: &str, path: &str) -> KernelResult<()> {
        self.remove(cwd, path, |node| {
            if node.entries()?.borrow().is_empty() {
                Ok(())
            } else {
                Err(Errno::ENOTEMPTY)
            }
        })
    }

    /// Removes a file or device node.
    pub fn unlink(&self, cwd: &str, path: &str) -> KernelResult<()> {
        self.remove(cwd, path, |node| match node.kind() {
            NodeKind::Directory => Err(Errno::EISDIR),
            _ => Ok(()),
        })
    }

    /// Removes the entry at `path` once `removable` accepts its node and
    /// unless it is pinned (`EBUSY`): the common part of `rmdir` and `unlink`.
    fn remove(&self, cwd: &str, path: &str, removable: impl FnOnce(&Node) -> KernelResult<()>) -> KernelResult<()> {
        let (parent, name) = self.parent_of(cwd, path)?;
        let mut entries = parent.entries()?.borrow_mut();
        let node = entries.get(&name).ok_or(Errno::ENOENT)?;
        removable(node)?;
        if node.is_pinned() {
            return Err(Errno::EBUSY);
        }
        entries.remove(&name);
        drop(entries);
        parent.touch(self.now());
        Ok(())
    }

    /// Moves `old` to `new`, replacing a file (or an empty directory by a directory) there.
    pub fn rename(&self, cwd: &str, old: &str, new: &str) -> KernelResult<()> {
        let old_components = path::resolve(cwd, old)?;
        let new_components = path::resolve(cwd, new)?;
        if old_components.is_empty() || new_components.is_empty() {
            return Err(Errno::EBUSY);
        }
        let node = self.walk(&old_components)?;
        if node.is_pinned() {
            return Err(Errno::EBUSY);
        }
        if old_components == new_components {
            return Ok(());
        }
        if new_components.starts_with(&old_components) {
            return Err(Errno::EINVAL);
        }
        let (old_parent, old_name) = self.parent_of(cwd, old)?;
        let (new_parent, new_name) = self.parent_of(cwd, new)?;
        if let Some(existing) = new_parent.entries()?.borrow().get(&new_name) {
            if existing.is_pinned() {
                return Err(Errno::EBUSY);
            }
            match (node.kind(), existing.kind()) {
                (NodeKind::Directory, NodeKind::Directory) => {
                    if !existing.entries()?.borrow().is_empty() {
                        return Err(Errno::ENOTEMPTY);
                    }
                }
                (NodeKind::Directory, _) => return Err(Errno::ENOTDIR),
                (_, NodeKind::Directory) => return Err(Errno::EISDIR),
                _ => {}
            }
        }
        old_parent.entries()?.borrow_mut().remove(&old_name);
        new_parent.entries()?.borrow_mut().insert(new_name, node);
        let now = self.now();
        old_parent.touch(now);
        new_parent.touch(now);
        Ok(())
    }

    /// The metadata of the node at `path`.
    pub fn stat(&self, cwd: &str, path: &str) -> KernelResult<Metadata> {
        Ok(self.lookup(cwd, path)?.metadata())
    }

    /// Checks that `path` names a directory and returns its normalised form.
    pub fn directory_path(&self, cwd: &str, path: &str) -> KernelResult<String> {
        let components = path::resolve(cwd, path)?;
        self.walk(&components)?.entries()?;
        Ok(path::join(&components))
    }

    /// The names in the directory at `path`, in order.
    pub fn list(&self, cwd: &str, path: &str) -> KernelResult<Vec<String>> {
        let node = self.lookup(cwd, path)?;
        let names = node.entries()?.borrow().keys().map(|name| name.to_string()).collect();
        Ok(names)
    }

    /// Adds a device node at an absolute path.
    pub fn install_device(&self, path: &str, device: Rc<dyn Device>) -> KernelResult<()> {
        let mut components = path::resolve("/", path)?;
        let name = components.pop().ok_or(Errno::EINVAL)?;
        let parent = self.create_directories(&path::join(&components))?;
        parent.pin();
        let node = Node::new_device(device, self.now());
        node.pin();
        parent.entries()?.borrow_mut().insert(name, node);
        Ok(())
    }

    /// Removes what the kernel installed at an absolute path (a generated
    /// file or a directory of them, such as `/proc/<pid>`), pinned or not.
    pub fn remove_installed(&self, path: &str) -> KernelResult<()> {
        let mut components = path::resolve("/", path)?;
        let name = components.pop().ok_or(Errno::EBUSY)?;
        let parent = self.lookup("/", &path::join(&components))?;
        let removed = parent.entries()?.borrow_mut().remove(&name);
        removed.map(|_| ()).ok_or(Errno::ENOENT)
    }
}

#[cfg(test)]
mod tests;
