//! Writing a `newc` cpio archive, the format of a Linux initramfs.

use std::io::Write;

use anyhow::{Context, Result};

/// An initramfs under construction.
#[derive(Default)]
pub struct Archive {
    bytes: Vec<u8>,
    next_inode: u32,
}

const DIRECTORY: u32 = 0o040755;
const REGULAR: u32 = 0o100644;
const EXECUTABLE: u32 = 0o100755;
const CHARACTER_DEVICE: u32 = 0o020600;

impl Archive {
    fn entry(&mut self, path: &str, mode: u32, contents: &[u8], device: (u32, u32)) {
        self.next_inode += 1;
        let name_size = path.len() + 1;
        let header = format!(
            "070701{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}{:08x}",
            self.next_inode,
            mode,
            0,
            0,
            1,
            0,
            contents.len(),
            0,
            0,
            device.0,
            device.1,
            name_size,
            0
        );
        self.bytes.extend_from_slice(header.as_bytes());
        self.bytes.extend_from_slice(path.as_bytes());
        self.bytes.push(0);
        self.pad();
        self.bytes.extend_from_slice(contents);
        self.pad();
    }

    fn pad(&mut self) {
        while !self.bytes.len().is_multiple_of(4) {
            self.bytes.push(0);
        }
    }

    /// Adds a directory (its parents must have been added first).
    pub fn directory(&mut self, path: &str) {
        self.entry(path, DIRECTORY, &[], (0, 0));
    }

    /// Adds a regular file.
    pub fn file(&mut self, path: &str, contents: &[u8], executable: bool) {
        self.entry(path, if executable { EXECUTABLE } else { REGULAR }, contents, (0, 0));
    }

    /// Adds a character device node.
    pub fn character_device(&mut self, path: &str, major: u32, minor: u32) {
        self.entry(path, CHARACTER_DEVICE, &[], (major, minor));
    }

    /// Finishes the archive and writes it to `path`.
    pub fn write_to(mut self, path: &std::path::Path) -> Result<()> {
        self.entry("TRAILER!!!", 0, &[], (0, 0));
        let mut file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
        file.write_all(&self.bytes)
            .with_context(|| format!("writing {}", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_aligned_and_end_with_the_trailer() {
        let mut archive = Archive::default();
        archive.directory("dev");
        archive.file("init", b"abc", true);
        let path = std::env::temp_dir().join(format!("cpio-test-{}", std::process::id()));
        archive.write_to(&path).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert!(bytes.starts_with(b"070701"));
        assert_eq!(bytes.len() % 4, 0);
        assert!(bytes.windows(10).any(|window| window == b"TRAILER!!!"));
    }
}
