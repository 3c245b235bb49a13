//! QEMU command lines: the machine WasmOS boots on, interactively or under test.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::build::image::Images;
use crate::qemu::expect::Session;
use crate::util::prerequisites;

/// Guest memory for runs and tests.
pub const MEMORY: &str = "128M";

/// The QEMU command that boots `image` (with UEFI firmware if `uefi`), without display or serial options.
pub fn machine(image: &Path, uefi: bool) -> Result<Command> {
    machine_with_memory(image, uefi, MEMORY)
}

/// [`machine`] with `memory` (QEMU's `-m`) instead of [`MEMORY`].
pub fn machine_with_memory(image: &Path, uefi: bool, memory: &str) -> Result<Command> {
    let mut command = Command::new("qemu-system-x86_64");
    command
        .arg("-drive")
        // snapshot: writes go to a temporary overlay, so the image stays as
        // built and several machines may boot it at once.
        .arg(format!("format=raw,file={},snapshot=on", image.display()))
        .args(["-m", memory, "-no-reboot"])
        .args(["-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]);
    if uefi {
        let firmware = prerequisites::ovmf().context("UEFI firmware (OVMF) is missing: apt-get install ovmf")?;
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

/// The QEMU command booting `image` with its serial port for a program to drive.
pub fn headless_command(image: &Path, uefi: bool) -> Result<Command> {
    let mut command = machine(image, uefi)?;
    drive_over_serial(&mut command, None);
    Ok(command)
}

/// Boots `image` with its serial port driven by a [`Session`].
pub fn headless(image: &Path, uefi: bool) -> Result<Session> {
    Session::start(headless_command(image, uefi)?)
}

fn display_available() -> bool {
    std::env::var_os("DISPLAY").is_some_and(|value| !value.is_empty())
        || std::env::var_os("WAYLAND_DISPLAY").is_some_and(|value| !value.is_empty())
}

/// Boots WasmOS for a person: a window if a display is available (serial
/// mirrored on this terminal), otherwise the serial console right here.
pub fn run_interactive(images: &Images, uefi: bool, headless: bool) -> Result<()> {
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
    let status = command.status().context("cannot start QEMU")?;
    match status.code() {
        // ACPI power-off, or the kernel's debug-exit "success".
        Some(0) | Some(33) => Ok(()),
        Some(35) => bail!("the kernel stopped on a fault (QEMU exit status 35); see the output above"),
        Some(code) => bail!("QEMU exited with status {code}"),
        None => bail!("QEMU was killed by a signal"),
    }
}
