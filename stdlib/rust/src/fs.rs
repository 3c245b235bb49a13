//! Files and directories of the WasmOS file system.
//!
//! Paths are `&str`; relative ones are resolved against the working
//! directory ([`crate::env::current_dir`]). Call [`Read`] and [`Write`]
//! methods on a [`File`] with those traits in scope (`use
//! wasmos::prelude::*`).

use crate::error::{Error, Result};
use crate::io::{Read, SeekFrom, Write};
use crate::sys;
use crate::time::SystemTime;
use alloc::string::String;
use alloc::vec::Vec;

/// An open file, directory or device; closed when dropped.
#[derive(Debug)]
pub struct File {
    fd: i32,
}

/// How to open a file: a builder for [`File`]s, like `std::fs::OpenOptions`.
#[derive(Clone, Copy, Debug, Default)]
pub struct OpenOptions {
    read: bool,
    write: bool,
    append: bool,
    truncate: bool,
    create: bool,
    create_new: bool,
}

impl OpenOptions {
    /// Options with nothing set (opening reads, as with `read(true)`).
    pub fn new() -> Self {
        Self::default()
    }
    /// Open for reading.
    pub fn read(&mut self, read: bool) -> &mut Self {
        self.read = read;
        self
    }
    /// Open for writing.
    pub fn write(&mut self, write: bool) -> &mut Self {
        self.write = write;
        self
    }
    /// Open for writing at the end of the file.
    pub fn append(&mut self, append: bool) -> &mut Self {
        self.append = append;
        self
    }
    /// Empty the file on opening.
    pub fn truncate(&mut self, truncate: bool) -> &mut Self {
        self.truncate = truncate;
        self
    }
    /// Create the file if it does not exist.
    pub fn create(&mut self, create: bool) -> &mut Self {
        self.create = create;
        self
    }
    /// Create the file, failing with `EEXIST` if it exists.
    pub fn create_new(&mut self, create_new: bool) -> &mut Self {
        self.create_new = create_new;
        self
    }

    /// The `open` flags these options stand for.
    fn flags(&self) -> i32 {
        let writes = self.write || self.append;
        let mut flags = match (self.read, writes) {
            (true, true) => sys::O_RDWR,
            (false, true) => sys::O_WRONLY,
            _ => sys::O_RDONLY,
        };
        if self.create || self.create_new {
            flags |= sys::O_CREAT;
        }
        if self.create_new {
            flags |= sys::O_EXCL;
        }
        if self.truncate {
            flags |= sys::O_TRUNC;
        }
        if self.append {
            flags |= sys::O_APPEND;
        }
        flags
    }

    /// Opens `path` with these options.
    pub fn open(&self, path: &str) -> Result<File> {
        open_with_flags(path, self.flags())
    }
}

fn open_with_flags(path: &str, flags: i32) -> Result<File> {
    // SAFETY: the pointer and length describe `path`, which is only read.
    let fd = Error::check(unsafe { sys::open(path.as_ptr(), path.len(), flags) })?;
    Ok(File { fd: fd as i32 })
}

impl File {
    /// Opens `path` for reading.
    pub fn open(path: &str) -> Result<File> {
        OpenOptions::new().read(true).open(path)
    }

    /// Opens `path` for writing, creating it or emptying it.
    pub fn create(path: &str) -> Result<File> {
        OpenOptions::new().write(true).create(true).truncate(true).open(path)
    }

    /// Opens `path` for writing at its end, creating it if needed.
    pub fn append(path: &str) -> Result<File> {
        OpenOptions::new().append(true).create(true).open(path)
    }

    /// A builder for other ways of opening.
    pub fn options() -> OpenOptions {
        OpenOptions::new()
    }

    /// Size, kind and modification time of the open file.
    pub fn metadata(&self) -> Result<Metadata> {
        let mut stat = sys::Stat::default();
        // SAFETY: `stat` is a writable 24-byte `wasmos_stat` record.
        Error::check(unsafe { sys::fstat(self.fd, &mut stat) })?;
        Ok(Metadata { stat })
    }

    /// Moves the file offset; returns the new offset from the start.
    pub fn seek(&mut self, position: SeekFrom) -> Result<u64> {
        let (offset, whence) = match position {
            SeekFrom::Start(offset) => (i64::try_from(offset).map_err(|_| Error::EINVAL)?, sys::SEEK_SET),
            SeekFrom::Current(offset) => (offset, sys::SEEK_CUR),
            SeekFrom::End(offset) => (offset, sys::SEEK_END),
        };
        // SAFETY: plain integers.
        Error::check64(unsafe { sys::lseek(self.fd, offset, whence) })
    }

    /// The file descriptor (still owned by this `File`).
    pub fn as_raw_fd(&self) -> i32 {
        self.fd
    }
}

impl Read for File {
    fn read(&mut self, buffer: &mut [u8]) -> Result<usize> {
        // SAFETY: the pointer and length describe `buffer`, which the call may fill.
        Error::check(unsafe { sys::read(self.fd, buffer.as_mut_ptr(), buffer.len()) })
    }

    fn read_to_end(&mut self, buffer: &mut Vec<u8>) -> Result<usize> {
        // Size the buffer once for regular files; devices report 0.
        if let Ok(metadata) = self.metadata() {
            buffer.reserve(usize::try_from(metadata.len()).unwrap_or(0).saturating_add(1));
        }
        crate::io::read_to_end_in_chunks(self, buffer)
    }
}

impl Write for File {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        // SAFETY: the pointer and length describe `data`, which the call only reads.
        Error::check(unsafe { sys::write(self.fd, data.as_ptr(), data.len()) })
    }
}

impl Drop for File {
    fn drop(&mut self) {
        // SAFETY: plain integer; this `File` owns the descriptor.
        unsafe { sys::close(self.fd) };
    }
}

/// What kind of thing a path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileType {
    /// A regular file.
    File,
    /// A directory.
    Directory,
    /// A character device (`/dev/...`).
    Device,
    /// A kind this library does not know.
    Unknown,
}

/// Size, kind and modification time of a file, from [`metadata`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Metadata {
    stat: sys::Stat,
}

impl Metadata {
    /// Size in bytes.
    pub fn len(&self) -> u64 {
        self.stat.size
    }
    /// Whether the size is zero.
    pub fn is_empty(&self) -> bool {
        self.stat.size == 0
    }
    /// The kind of file.
    pub fn file_type(&self) -> FileType {
        match self.stat.kind {
            sys::KIND_FILE => FileType::File,
            sys::KIND_DIRECTORY => FileType::Directory,
            sys::KIND_DEVICE => FileType::Device,
            _ => FileType::Unknown,
        }
    }
    /// Whether this is a regular file.
    pub fn is_file(&self) -> bool {
        self.file_type() == FileType::File
    }
    /// Whether this is a directory.
    pub fn is_dir(&self) -> bool {
        self.file_type() == FileType::Directory
    }
    /// Whether this is a device.
    pub fn is_device(&self) -> bool {
        self.file_type() == FileType::Device
    }
    /// Last modification time.
    pub fn modified(&self) -> SystemTime {
        SystemTime::from_unix_nanos(self.stat.mtime_ns)
    }
}

/// Size, kind and modification time of the file at `path`.
pub fn metadata(path: &str) -> Result<Metadata> {
    let mut stat = sys::Stat::default();
    // SAFETY: `path` is only read; `stat` is a writable 24-byte record.
    Error::check(unsafe { sys::stat(path.as_ptr(), path.len(), &mut stat) })?;
    Ok(Metadata { stat })
}

/// The whole contents of the file at `path`.
pub fn read(path: &str) -> Result<Vec<u8>> {
    let mut contents = Vec::new();
    File::open(path)?.read_to_end(&mut contents)?;
    Ok(contents)
}

/// The whole contents of the file at `path` as text ([`Error::EILSEQ`] if
/// it is not UTF-8).
pub fn read_to_string(path: &str) -> Result<String> {
    String::from_utf8(read(path)?).map_err(|_| Error::EILSEQ)
}

/// Replaces the contents of the file at `path` (creating it) with `contents`.
pub fn write(path: &str, contents: impl AsRef<[u8]>) -> Result<()> {
    File::create(path)?.write_all(contents.as_ref())
}

/// Creates the directory `path`; its parent must exist.
pub fn create_dir(path: &str) -> Result<()> {
    // SAFETY: the pointer and length describe `path`, which is only read.
    Error::check(unsafe { sys::mkdir(path.as_ptr(), path.len()) }).map(drop)
}

/// Creates the directory `path` and any missing parents.
pub fn create_dir_all(path: &str) -> Result<()> {
    for prefix in directory_prefixes(path) {
        match create_dir(prefix) {
            Err(error) if error == Error::EEXIST && metadata(prefix)?.is_dir() => {}
            other => other?,
        }
    }
    Ok(())
}

/// `a`, `a/b`, `a/b/c` for `a/b/c` (ignoring empty components).
fn directory_prefixes(path: &str) -> impl Iterator<Item = &str> {
    path.char_indices()
        .filter(|&(_, character)| character == '/')
        .map(|(index, _)| index)
        .chain(core::iter::once(path.len()))
        .filter(move |&end| end > 0 && !path[..end].ends_with('/'))
        .map(move |end| &path[..end])
}

/// Removes the file `path` (`EISDIR` for a directory).
pub fn remove_file(path: &str) -> Result<()> {
    // SAFETY: the pointer and length describe `path`, which is only read.
    Error::check(unsafe { sys::unlink(path.as_ptr(), path.len()) }).map(drop)
}

/// Removes the empty directory `path`.
pub fn remove_dir(path: &str) -> Result<()> {
    // SAFETY: the pointer and length describe `path`, which is only read.
    Error::check(unsafe { sys::rmdir(path.as_ptr(), path.len()) }).map(drop)
}

/// Moves or renames `from` to `to`, replacing a file at `to`.
pub fn rename(from: &str, to: &str) -> Result<()> {
    // SAFETY: both pointer/length pairs describe strings that are only read.
    Error::check(unsafe { sys::rename(from.as_ptr(), from.len(), to.as_ptr(), to.len()) }).map(drop)
}

/// The names in the directory `path`, in name order, without `.` and `..`.
pub fn read_dir(path: &str) -> Result<ReadDir> {
    let directory = open_with_flags(path, sys::O_RDONLY | sys::O_DIRECTORY)?;
    Ok(ReadDir {
        directory,
        name: Vec::new(),
        finished: false,
    })
}

/// An iterator over the entry names of a directory, from [`read_dir`].
pub struct ReadDir {
    directory: File,
    name: Vec<u8>,
    finished: bool,
}

impl Iterator for ReadDir {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Result<String>> {
        if self.finished {
            return None;
        }
        if self.name.is_empty() {
            // A name component is at most 255 bytes.
            self.name.resize(256, 0);
        }
        loop {
            // SAFETY: the pointer and length describe `self.name`, which the call may fill.
            let result = unsafe { sys::readdir(self.directory.fd, self.name.as_mut_ptr(), self.name.len()) };
            match Error::check(result) {
                Ok(0) => {
                    self.finished = true;
                    return None;
                }
                Ok(length) => {
                    return Some(String::from_utf8(self.name[..length].to_vec()).map_err(|_| Error::EILSEQ));
                }
                Err(error) if error == Error::ERANGE => {
                    let larger = self.name.len() * 2;
                    self.name.resize(larger, 0);
                }
                Err(error) => {
                    self.finished = true;
                    return Some(Err(error));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_options_map_to_abi_flags() {
        assert_eq!(OpenOptions::new().read(true).flags(), sys::O_RDONLY);
        assert_eq!(
            OpenOptions::new().write(true).create(true).truncate(true).flags(),
            0x241
        );
        assert_eq!(OpenOptions::new().append(true).create(true).flags(), 0x441);
        assert_eq!(OpenOptions::new().read(true).write(true).create_new(true).flags(), 0xC2);
    }

    #[test]
    fn directory_prefixes_list_each_ancestor_once() {
        let prefixes: Vec<&str> = directory_prefixes("/a/b//c/").collect();
        assert_eq!(prefixes, ["/a", "/a/b", "/a/b//c"]);
        let prefixes: Vec<&str> = directory_prefixes("x/y").collect();
        assert_eq!(prefixes, ["x", "x/y"]);
        assert_eq!(directory_prefixes("/").count(), 0);
    }

    #[test]
    fn calls_off_target_fail_with_enosys() {
        assert_eq!(File::open("/etc/motd").unwrap_err(), Error::ENOSYS);
        assert_eq!(metadata("/").unwrap_err().to_string(), "Function not implemented");
    }
}
