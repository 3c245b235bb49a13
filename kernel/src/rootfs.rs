//! The initial file system embedded in the kernel image by the top-level `build.rs`.
#![deny(unsafe_code)]

use alloc::vec::Vec;

include!(concat!(env!("OUT_DIR"), "/rootfs.rs"));

/// The embedded files, decompressed, for [`crate::system::System::new`], and
/// the paths of any whose compressed block does not decode (a damaged image).
pub fn files() -> (Vec<(&'static str, Vec<u8>)>, Vec<&'static str>) {
    let mut files = Vec::with_capacity(FILES.len());
    let mut damaged = Vec::new();
    for (path, size, compressed) in FILES {
        match lz4_flex::block::decompress(compressed, *size) {
            Ok(contents) if contents.len() == *size => files.push((*path, contents)),
            _ => damaged.push(*path),
        }
    }
    (files, damaged)
}
