//! Running external commands with clear errors.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{bail, Context, Result};

use crate::util::progress;

/// Whether [`run`] sends its children's standard output to standard error.
static OUTPUT_TO_STANDARD_ERROR: AtomicBool = AtomicBool::new(false);

/// From now on, children started by [`run`] write their standard output to
/// standard error, so that this program's standard output holds its results
/// alone (`cargo xtask bench`, whose `--json` output is piped to other tools).
pub fn keep_standard_output_for_results() {
    OUTPUT_TO_STANDARD_ERROR.store(true, Ordering::Relaxed);
}

/// Runs `command`, streaming its output; an error names the command.
pub fn run(command: &mut Command) -> Result<()> {
    if OUTPUT_TO_STANDARD_ERROR.load(Ordering::Relaxed) {
        command.stdout(std::io::stderr());
    }
    // The child writes to this terminal: no progress line may cut into its output.
    let _quiet = progress::hold();
    let status = command.status().with_context(|| format!("cannot start {command:?}"))?;
    if !status.success() {
        bail!("{command:?} failed ({status})");
    }
    Ok(())
}

/// Runs `command` with `input` on its standard input, capturing its
/// output; kills it and fails if it has not ended within `limit`.
pub fn capture_with_input(command: &mut Command, input: &str, limit: std::time::Duration) -> Result<Output> {
    use std::io::Write;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start {command:?}"))?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_string();
    // Fed from a thread, so that a child that writes before it reads cannot block us both.
    std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let deadline = std::time::Instant::now() + limit;
    while child.try_wait()?.is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            bail!("did not finish within {} s", limit.as_secs());
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    Ok(child.wait_with_output()?)
}

/// Runs `command` capturing its output.
pub fn capture(command: &mut Command) -> Result<Output> {
    command
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("cannot start {command:?}"))
}

/// Runs `command` capturing its output; fails, showing its standard error,
/// unless it succeeds. Returns its standard output.
pub fn capture_success(command: &mut Command) -> Result<String> {
    let output = capture(command)?;
    if !output.status.success() {
        bail!(
            "{command:?} failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Whether `program` can be started (found on PATH).
pub fn exists(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// A tool of the pinned toolchain's `llvm-tools` component (`llvm-ar`, `llvm-objcopy`, `llvm-nm`, ...).
pub fn llvm_tool(name: &str) -> Result<PathBuf> {
    let root = crate::root();
    let sysroot = capture_success(Command::new("rustc").args(["--print", "sysroot"]).current_dir(&root))?;
    let host = capture_success(Command::new("rustc").args(["--print", "host-tuple"]).current_dir(&root))
        .map(|host| host.trim().to_string())
        .unwrap_or_else(|_| "x86_64-unknown-linux-gnu".to_string());
    let tool = PathBuf::from(sysroot.trim())
        .join("lib/rustlib")
        .join(host)
        .join("bin")
        .join(name);
    if !tool.is_file() {
        bail!("{} is missing: run `rustup component add llvm-tools`", tool.display());
    }
    Ok(tool)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_write_their_output_to_standard_error_once_asked() {
        keep_standard_output_for_results();
        // The child's standard output, set to /dev/null here, must now be its standard error.
        run(Command::new("sh")
            .args(["-c", "test /proc/self/fd/1 -ef /proc/self/fd/2"])
            .stdout(Stdio::null()))
        .unwrap();
    }
}
