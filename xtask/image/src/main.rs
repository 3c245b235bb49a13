//! `wasmos-image <kernel-elf> <output-directory>`: writes `wasmos-bios.img` and
//! `wasmos-uefi.img` with the bootloader's own log output switched off.

use std::path::PathBuf;
use std::process::ExitCode;

use bootloader::{BiosBoot, BootConfig, UefiBoot};

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let [kernel, output] = arguments.as_slice() else {
        eprintln!("usage: wasmos-image <kernel-elf> <output-directory>");
        return ExitCode::from(2);
    };
    let kernel = PathBuf::from(kernel);
    let output = PathBuf::from(output);
    if let Err(error) = std::fs::create_dir_all(&output) {
        eprintln!("wasmos-image: {}: {error}", output.display());
        return ExitCode::FAILURE;
    }
    let mut config = BootConfig::default();
    config.serial_logging = false;
    config.frame_buffer_logging = false;

    let bios = output.join("wasmos-bios.img");
    if let Err(error) = BiosBoot::new(&kernel).set_boot_config(&config).create_disk_image(&bios) {
        eprintln!("wasmos-image: building the BIOS image: {error:#}");
        return ExitCode::FAILURE;
    }
    let uefi = output.join("wasmos-uefi.img");
    if let Err(error) = UefiBoot::new(&kernel).set_boot_config(&config).create_disk_image(&uefi) {
        eprintln!("wasmos-image: building the UEFI image: {error:#}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
