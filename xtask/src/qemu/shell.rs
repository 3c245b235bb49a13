//! The WasmOS shell on the serial console: booting to its prompt and typing commands.

use std::path::Path;
use std::time::Duration;

use anyhow::Result;

use crate::qemu::expect::Session;
use crate::qemu::machine;

/// How long a boot to the prompt may take under emulation.
pub const BOOT_TIMEOUT: Duration = Duration::from_secs(120);
/// How long one ordinary shell command may take.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
/// The shell's prompt.
pub const PROMPT: &str = "$ ";

/// Waits for the motd and the first prompt.
pub fn wait_for_prompt(session: &mut Session, timeout: Duration) -> Result<()> {
    session.expect("Welcome to WasmOS", timeout)?;
    session.expect(PROMPT, timeout)?;
    Ok(())
}

/// Boots `image` headless on BIOS and waits for the shell's prompt.
pub fn boot_to_prompt(image: &Path) -> Result<Session> {
    let mut session = machine::headless(image, false)?;
    wait_for_prompt(&mut session, BOOT_TIMEOUT)?;
    Ok(session)
}

/// Types `command` at the shell and returns its output up to the next prompt.
pub fn run(session: &mut Session, command: &str, timeout: Duration) -> Result<String> {
    session.send(&format!("{command}\r"))?;
    // The echoed command line, then the output, then the next prompt.
    session.expect(&format!("{command}\n"), timeout)?;
    session.expect(PROMPT, timeout)
}
