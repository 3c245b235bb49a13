//! What a descriptor lets its process do beyond reading and writing: the
//! rights it carries and, for a directory, the part of the file system it
//! grants. WASI programs hold their descriptors as capabilities: a path is
//! always taken relative to a directory descriptor and may not leave the
//! directory tree that descriptor's preopen granted (`..` included). The
//! `wasmos` ABI ignores this record; the WASI layer keeps it beside the
//! process's file table, keyed by descriptor number.

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use crate::errno::{Errno, KernelResult};
use crate::vfs::path;

/// A directory a descriptor grants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirectoryGrant {
    /// The directory's absolute path.
    pub path: String,
    /// The absolute path that paths through it may not leave (its preopen's).
    pub root: String,
    /// For a preopened directory, the name the program knows it by.
    pub preopen_name: Option<String>,
}

impl DirectoryGrant {
    /// Resolves `relative` (a path as a WASI program passes it) inside the
    /// grant: `ENOTCAPABLE` if it is absolute or if `..` would climb above
    /// the root at any point.
    pub fn resolve(&self, relative: &str) -> KernelResult<String> {
        if relative.starts_with('/') {
            return Err(Errno::ENOTCAPABLE);
        }
        let root_depth = path::resolve("/", &self.root)?.len();
        let mut components: Vec<String> = path::resolve("/", &self.path)?;
        if relative.is_empty() {
            return Err(Errno::ENOENT);
        }
        if relative.len() > path::PATH_MAX {
            return Err(Errno::ENAMETOOLONG);
        }
        if relative.contains('\0') {
            return Err(Errno::EINVAL);
        }
        for part in relative.split('/') {
            match part {
                "" | "." => {}
                ".." => {
                    if components.len() <= root_depth {
                        return Err(Errno::ENOTCAPABLE);
                    }
                    components.pop();
                }
                name => {
                    if name.len() > path::NAME_MAX {
                        return Err(Errno::ENAMETOOLONG);
                    }
                    components.push(name.into());
                }
            }
        }
        Ok(path::join(&components))
    }
}

/// One descriptor's capability record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Capability {
    /// Rights of the descriptor itself (WASI's `rights` bits).
    pub rights_base: u64,
    /// Rights that descriptors opened through it may have.
    pub rights_inheriting: u64,
    /// The directory it grants, if it is one.
    pub directory: Option<DirectoryGrant>,
    /// Reads and writes return `EAGAIN` instead of waiting.
    pub nonblocking: bool,
    /// The synchronisation flags asked for (WASI `dsync`, `rsync`, `sync`).
    /// Every write to the in-memory file system is complete when it
    /// returns, so they hold without further work.
    pub sync_flags: u16,
}

/// The capability records of one process, by descriptor.
#[derive(Default)]
pub struct Capabilities {
    by_fd: BTreeMap<i32, Capability>,
}

impl Capabilities {
    /// The record of `fd`, if one was made.
    pub fn get(&self, fd: i32) -> Option<&Capability> {
        self.by_fd.get(&fd)
    }

    /// The record of `fd`, to change, if one was made.
    pub fn get_mut(&mut self, fd: i32) -> Option<&mut Capability> {
        self.by_fd.get_mut(&fd)
    }

    /// Records `capability` for `fd`, replacing any.
    pub fn set(&mut self, fd: i32, capability: Capability) {
        self.by_fd.insert(fd, capability);
    }

    /// Forgets `fd`'s record.
    pub fn remove(&mut self, fd: i32) -> Option<Capability> {
        self.by_fd.remove(&fd)
    }

    /// The preopened directories, by descriptor.
    pub fn preopens(&self) -> impl Iterator<Item = (i32, &DirectoryGrant)> {
        self.by_fd.iter().filter_map(|(fd, capability)| {
            let grant = capability.directory.as_ref()?;
            grant.preopen_name.as_ref().map(|_| (*fd, grant))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(path: &str, root: &str) -> DirectoryGrant {
        DirectoryGrant {
            path: path.into(),
            root: root.into(),
            preopen_name: None,
        }
    }

    #[test]
    fn paths_stay_inside_their_grant() {
        let home = grant("/home/user", "/home");
        assert_eq!(home.resolve("a/b.txt").unwrap(), "/home/user/a/b.txt");
        assert_eq!(home.resolve("../other/./x").unwrap(), "/home/other/x");
        assert_eq!(home.resolve("."), Ok("/home/user".into()));
        assert_eq!(home.resolve("../.."), Err(Errno::ENOTCAPABLE));
        // Leaving and coming back is refused too.
        assert_eq!(home.resolve("../../home/user"), Err(Errno::ENOTCAPABLE));
        assert_eq!(home.resolve("/etc/motd"), Err(Errno::ENOTCAPABLE));
        assert_eq!(home.resolve(""), Err(Errno::ENOENT));
    }

    #[test]
    fn the_root_grant_allows_everything_below_it() {
        let root = grant("/", "/");
        assert_eq!(root.resolve("etc/motd").unwrap(), "/etc/motd");
        assert_eq!(root.resolve(".."), Err(Errno::ENOTCAPABLE));
    }
}
