//! QEMU's human monitor on a Unix socket: `sendkey` types on the PS/2
//! keyboard, `screendump` saves the framebuffer.

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

/// A connection to the monitor.
pub struct Monitor {
    stream: UnixStream,
}

impl Monitor {
    /// Connects to the monitor socket at `path`, waiting up to 10 s for QEMU to open it.
    pub fn connect(path: &Path) -> Result<Monitor> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match UnixStream::connect(path) {
                Ok(stream) => {
                    stream.set_read_timeout(Some(Duration::from_millis(200)))?;
                    return Ok(Monitor { stream });
                }
                Err(error) if Instant::now() > deadline => return Err(error).context("monitor socket"),
                Err(_) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }

    /// Sends one monitor command.
    pub fn command(&mut self, line: &str) -> Result<()> {
        self.stream
            .write_all(format!("{line}\n").as_bytes())
            .context("writing to the monitor")?;
        // Drain the monitor's echo so the socket never fills.
        let mut buffer = [0u8; 4096];
        let _ = self.stream.read(&mut buffer);
        Ok(())
    }

    /// Types `text` (lowercase letters, digits, spaces) and Enter on the keyboard.
    pub fn type_line(&mut self, text: &str) -> Result<()> {
        for character in text.chars() {
            let key = match character {
                ' ' => "spc".to_string(),
                other => other.to_string(),
            };
            self.command(&format!("sendkey {key}"))?;
            std::thread::sleep(Duration::from_millis(30));
        }
        self.command("sendkey ret")
    }
}
