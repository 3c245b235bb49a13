//! A process's table of file descriptors.

use alloc::rc::Rc;
use alloc::vec::Vec;

use crate::errno::{Errno, KernelResult};
use crate::vfs::OpenFile;

/// The most descriptors a process may hold open, unless its limit says otherwise.
pub const MAX_FDS: usize = 64;

/// File descriptors `0..capacity`, each empty or naming a shared open file.
pub struct FdTable {
    slots: Vec<Option<Rc<OpenFile>>>,
    capacity: usize,
}

impl Default for FdTable {
    fn default() -> Self {
        FdTable::new()
    }
}

impl FdTable {
    /// An empty table of the default capacity.
    pub fn new() -> Self {
        FdTable {
            slots: Vec::new(),
            capacity: MAX_FDS,
        }
    }

    /// Changes how many descriptors may be open; fails with `EMFILE` if more are open now.
    pub fn set_capacity(&mut self, capacity: usize) -> KernelResult<()> {
        if self.slots.iter().skip(capacity).any(Option::is_some) {
            return Err(Errno::EMFILE);
        }
        self.slots.truncate(capacity);
        self.capacity = capacity;
        Ok(())
    }

    /// A table holding the same open files as `parent`'s fds 0, 1 and 2.
    pub fn inherit_stdio(parent: &FdTable) -> Self {
        let mut table = FdTable::new();
        for fd in 0..3 {
            if let Ok(file) = parent.get(fd) {
                let _ = table.install(fd, file);
            }
        }
        table
    }

    fn index(&self, fd: i32) -> KernelResult<usize> {
        usize::try_from(fd)
            .ok()
            .filter(|index| *index < self.capacity)
            .ok_or(Errno::EBADF)
    }

    /// The open file behind `fd`.
    pub fn get(&self, fd: i32) -> KernelResult<Rc<OpenFile>> {
        let index = self.index(fd)?;
        self.slots.get(index).and_then(|slot| slot.clone()).ok_or(Errno::EBADF)
    }

    /// Puts `file` at the lowest free descriptor.
    pub fn insert(&mut self, file: Rc<OpenFile>) -> KernelResult<i32> {
        let index = match self.slots.iter().position(Option::is_none) {
            Some(index) => index,
            None if self.slots.len() < self.capacity => {
                self.slots.push(None);
                self.slots.len() - 1
            }
            None => return Err(Errno::EMFILE),
        };
        self.slots[index] = Some(file);
        Ok(index as i32)
    }

    /// Puts `file` at exactly `fd`, replacing what was there.
    pub fn install(&mut self, fd: i32, file: Rc<OpenFile>) -> KernelResult<i32> {
        let index = self.index(fd)?;
        if self.slots.len() <= index {
            self.slots.resize(index + 1, None);
        }
        self.slots[index] = Some(file);
        Ok(fd)
    }

    /// Closes `fd`.
    pub fn close(&mut self, fd: i32) -> KernelResult<()> {
        let index = self.index(fd)?;
        match self.slots.get_mut(index).and_then(Option::take) {
            Some(_) => Ok(()),
            None => Err(Errno::EBADF),
        }
    }

    /// A new descriptor sharing `fd`'s open file.
    pub fn dup(&mut self, fd: i32) -> KernelResult<i32> {
        let file = self.get(fd)?;
        self.insert(file)
    }

    /// Makes `new_fd` share `fd`'s open file.
    pub fn dup2(&mut self, fd: i32, new_fd: i32) -> KernelResult<i32> {
        let file = self.get(fd)?;
        self.index(new_fd)?;
        self.install(new_fd, file)
    }

    /// How many descriptors are open.
    pub fn open_count(&self) -> usize {
        self.slots.iter().filter(|slot| slot.is_some()).count()
    }

    /// The open descriptors, in order.
    pub fn open_fds(&self) -> impl Iterator<Item = usize> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, slot)| slot.is_some())
            .map(|(fd, _)| fd)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::testing::TestPlatform;
    use crate::vfs::{OpenFlags, Vfs};

    fn open_file() -> Rc<OpenFile> {
        let vfs = Vfs::new(TestPlatform::leak(b""));
        vfs.install_file("/a", b"abc".to_vec()).unwrap();
        Rc::new(vfs.open("/", "/a", OpenFlags::read_only()).unwrap())
    }

    #[test]
    fn insert_takes_the_lowest_free_descriptor() {
        let mut table = FdTable::new();
        let file = open_file();
        assert_eq!(table.insert(file.clone()), Ok(0));
        assert_eq!(table.insert(file.clone()), Ok(1));
        table.close(0).unwrap();
        assert_eq!(table.insert(file), Ok(0));
    }

    #[test]
    fn unknown_descriptors_are_ebadf() {
        let mut table = FdTable::new();
        assert_eq!(table.get(5).err(), Some(Errno::EBADF));
        assert_eq!(table.get(-1).err(), Some(Errno::EBADF));
        assert_eq!(table.close(70), Err(Errno::EBADF));
        assert_eq!(table.dup2(3, 1), Err(Errno::EBADF));
    }

    #[test]
    fn the_table_is_capped() {
        let mut table = FdTable::new();
        let file = open_file();
        for _ in 0..MAX_FDS {
            table.insert(file.clone()).unwrap();
        }
        assert_eq!(table.insert(file), Err(Errno::EMFILE));
    }

    #[test]
    fn duplicates_share_the_offset() {
        let mut table = FdTable::new();
        let fd = table.insert(open_file()).unwrap();
        let copy = table.dup(fd).unwrap();
        let mut buffer = [0u8; 2];
        table.get(fd).unwrap().read(&mut buffer).unwrap();
        table.get(copy).unwrap().read(&mut buffer[..1]).unwrap();
        assert_eq!(buffer[0], b'c');
    }
}
