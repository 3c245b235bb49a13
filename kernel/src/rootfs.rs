//! The initial file system embedded in the kernel image by the top-level `build.rs`.

include!(concat!(env!("OUT_DIR"), "/rootfs.rs"));

/// The embedded files as (path, contents) pairs for [`crate::system::System::new`].
pub fn files() -> impl Iterator<Item = (&'static str, alloc::vec::Vec<u8>)> {
    FILES.iter().map(|(path, bytes)| (*path, bytes.to_vec()))
}
