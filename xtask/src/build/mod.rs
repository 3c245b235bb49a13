//! Building what WasmOS is made of: the apps into `rootfs/bin`, the kernel and its disk images,
//! the host runner.

pub mod apps;
pub mod bootloader_patch;
pub mod image;
pub mod runner;
