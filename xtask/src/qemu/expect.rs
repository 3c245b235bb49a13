//! An expect-style driver for a program on pipes (QEMU's serial console):
//! wait for text with a timeout, send input, and keep the whole transcript.

use std::io::{Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// A running program whose output is watched.
pub struct Session {
    child: Child,
    input: Option<ChildStdin>,
    output: Arc<Mutex<Vec<u8>>>,
    cursor: usize,
    started: Instant,
}

impl Session {
    /// Starts `command` with piped standard streams.
    pub fn start(mut command: Command) -> Result<Session> {
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| format!("cannot start {command:?}"))?;
        let output = Arc::new(Mutex::new(Vec::new()));
        for stream in [
            Box::new(child.stdout.take().expect("stdout is piped")) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().expect("stderr is piped")),
        ] {
            let sink = output.clone();
            std::thread::spawn(move || {
                let mut stream = stream;
                let mut buffer = [0u8; 4096];
                while let Ok(count) = stream.read(&mut buffer) {
                    if count == 0 {
                        break;
                    }
                    sink.lock()
                        .expect("transcript lock")
                        .extend_from_slice(&buffer[..count]);
                }
            });
        }
        let input = child.stdin.take();
        Ok(Session {
            child,
            input,
            output,
            cursor: 0,
            started: Instant::now(),
        })
    }

    /// Time since the program started.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// The whole transcript so far, with carriage returns removed.
    pub fn transcript(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().expect("transcript lock")).replace('\r', "")
    }

    /// The last `lines` lines of the transcript, for error reports.
    pub fn tail(&self, lines: usize) -> String {
        let transcript = self.transcript();
        let all: Vec<&str> = transcript.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    /// Waits until `needle` appears after the cursor; returns the text up to and
    /// including it and moves the cursor past it.
    pub fn expect(&mut self, needle: &str, timeout: Duration) -> Result<String> {
        let deadline = Instant::now() + timeout;
        loop {
            let transcript = self.transcript();
            if let Some(position) = transcript.get(self.cursor..).and_then(|rest| rest.find(needle)) {
                let end = self.cursor + position + needle.len();
                let text = transcript[self.cursor..end].to_string();
                self.cursor = end;
                return Ok(text);
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                // Let the reader threads drain what is left.
                std::thread::sleep(Duration::from_millis(100));
                if self
                    .transcript()
                    .get(self.cursor..)
                    .is_some_and(|rest| rest.contains(needle))
                {
                    continue;
                }
                bail!(
                    "the program exited ({status}) before printing {needle:?}; last output:\n{}",
                    self.tail(25)
                );
            }
            if Instant::now() >= deadline {
                bail!(
                    "timed out after {timeout:?} waiting for {needle:?}; last output:\n{}",
                    self.tail(25)
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends bytes to the program's input.
    pub fn send(&mut self, text: &str) -> Result<()> {
        let input = self.input.as_mut().context("the input is closed")?;
        input
            .write_all(text.as_bytes())
            .and_then(|_| input.flush())
            .context("sending input")
    }

    /// Waits for the program to exit; returns its exit code.
    pub fn wait_exit(&mut self, timeout: Duration) -> Result<Option<i32>> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait()? {
                std::thread::sleep(Duration::from_millis(100));
                return Ok(status.code());
            }
            if Instant::now() >= deadline {
                bail!("did not exit within {timeout:?}; last output:\n{}", self.tail(25));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
