//! QEMU command lines: the machine WasmOS boots on, interactively or under test.

use std::path::Path;
use std::process::Command;

use crate::image::Images;
use crate::prerequisites;

/// Guest memory for runs and tests.
pub const MEMORY: &str = "128M";

/// The QEMU command that boots `image` (with UEFI firmware if `uefi`), without display or serial options.
pub fn machine(image: &Path, uefi: bool) -> Result<Command, String> {
    machine_with_memory(image, uefi, MEMORY)
}

/// [`machine`] with `memory` (QEMU's `-m`) instead of [`MEMORY`].
pub fn machine_with_memory(image: &Path, uefi: bool, memory: &str) -> Result<Command, String> {
    let mut command = Command::new("qemu-system-x86_64");
    command
        .arg("-drive")
        // snapshot: writes go to a temporary overlay, so the image stays as
        // built and several machines may boot it at once.
        .arg(format!("format=raw,file={},snapshot=on", image.display()))
        .args(["-m", memory, "-no-reboot"])
        .args(["-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]);
    if uefi {
        let firmware = prerequisites::ovmf().ok_or("UEFI firmware (OVMF) is missing: apt-get install ovmf")?;
        command.arg("-bios").arg(firmware);
    }
    Ok(command)
}

/// Sets `command` up to be driven by a program: no display, the serial port
/// on standard input and output, and QEMU's monitor on the Unix socket
/// `monitor` (for `sendkey` and `screendump`) or nowhere.
pub fn drive_over_serial(command: &mut Command, monitor: Option<&Path>) {
    command.args(["-display", "none", "-serial", "stdio", "-monitor"]);
    match monitor {
        Some(socket) => command.arg(format!("unix:{},server,nowait", socket.display())),
        None => command.arg("none"),
    };
}

fn display_available() -> bool {
    std::env::var_os("DISPLAY").is_some_and(|value| !value.is_empty())
        || std::env::var_os("WAYLAND_DISPLAY").is_some_and(|value| !value.is_empty())
}

/// Boots WasmOS for a person: a window if a display is available (serial
/// mirrored on this terminal), otherwise the serial console right here.
pub fn run_interactive(images: &Images, uefi: bool, headless: bool) -> Result<(), String> {
    let image = if uefi { &images.uefi } else { &images.bios };
    let mut command = machine(image, uefi)?;
    if headless || !display_available() {
        eprintln!(
            "xtask: booting {} headless; the serial console is this terminal (Ctrl-A X quits QEMU)",
            image.display()
        );
        command.args(["-display", "none", "-serial", "mon:stdio"]);
    } else {
        eprintln!(
            "xtask: booting {} in a QEMU window; serial output also appears here",
            image.display()
        );
        command.args(["-serial", "stdio"]);
    }
    let status = command
        .status()
        .map_err(|error| format!("cannot start QEMU: {error}"))?;
    match status.code() {
        // ACPI power-off, or the kernel's debug-exit "success".
        Some(0) | Some(33) => Ok(()),
        Some(35) => Err("the kernel stopped on a fault (QEMU exit status 35); see the output above".to_string()),
        Some(code) => Err(format!("QEMU exited with status {code}")),
        None => Err("QEMU was killed by a signal".to_string()),
    }
}
