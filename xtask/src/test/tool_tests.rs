//! Our everyday tools against GNU's (coreutils, grep, findutils, diffutils)
//! on the host: each case runs the same command line, with the same standard
//! input and the same fixture files, once through the host runner and once
//! with the host's tool, and needs byte-identical standard output and the
//! same exit status (and standard error too, where a case asks).
//!
//! Both run in a scratch copy of `rootfs/` with `tests/fixtures/tools/`
//! copied in as `fixtures/`: GNU's tool with that copy as its working
//! directory, ours with `/` (the copy's root) as its own, so relative paths
//! such as `fixtures/words.txt` name the same file, and names printed back
//! match. The cases live in `tool_cases/`, one file per group of tools.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{bail, Context, Result};

use super::tool_cases;
use crate::test::report::Results;
use crate::test::Step;
use crate::util::files;

/// One command line run by both.
pub struct ToolCase {
    /// The check's name.
    pub name: &'static str,
    /// The command and its arguments (the tool's name first: ours is
    /// `/bin/<name>.wasm`, GNU's is found on the host's `PATH`).
    pub command: &'static [&'static str],
    /// Standard input.
    pub stdin: &'static str,
    /// Whether standard error must match too (else only whether both wrote some).
    pub compare_stderr: bool,
}

/// A case comparing standard output and status.
pub const fn case(name: &'static str, command: &'static [&'static str], stdin: &'static str) -> ToolCase {
    ToolCase {
        name,
        command,
        stdin,
        compare_stderr: false,
    }
}

/// A case comparing standard error as well.
pub const fn case_with_stderr(name: &'static str, command: &'static [&'static str], stdin: &'static str) -> ToolCase {
    ToolCase {
        name,
        command,
        stdin,
        compare_stderr: true,
    }
}

/// What one run gave.
struct Ran {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: i32,
}

/// Runs `command` with `stdin` fed in, for at most 60 s.
fn run(mut command: Command, stdin: &str) -> Result<Ran> {
    let output = crate::util::process::capture_with_input(&mut command, stdin, Duration::from_secs(60))?;
    Ok(Ran {
        stdout: output.stdout,
        stderr: output.stderr,
        status: output.status.code().unwrap_or(-1),
    })
}

/// The scratch root: a copy of `rootfs/` with the fixtures in `fixtures/`.
fn prepare_root() -> Result<PathBuf> {
    let root = crate::root();
    // One per run, so that runs at the same time do not trip over each other.
    let scratch = root.join(format!("target/tool-tests/root-{}", std::process::id()));
    if scratch.exists() {
        std::fs::remove_dir_all(&scratch).with_context(|| format!("removing {}", scratch.display()))?;
    }
    copy_tree(&root.join("rootfs"), &scratch)?;
    copy_tree(&root.join("tests/fixtures/tools"), &scratch.join("fixtures"))?;
    Ok(scratch)
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    files::create_directory(to)?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .with_context(|| format!("copying {} to {}", entry.path().display(), target.display()))?;
        }
    }
    Ok(())
}

/// Runs one case both ways and compares.
fn compare(runner: &Path, scratch: &Path, case: &ToolCase) -> Result<()> {
    let mut ours = Command::new(runner);
    ours.arg("--rootfs").arg(scratch).args(case.command);
    let ours = run(ours, case.stdin).context("our tool")?;
    let mut gnu = Command::new(case.command[0]);
    gnu.args(&case.command[1..])
        .current_dir(scratch)
        .env("LC_ALL", "C")
        .env("TZ", "UTC");
    let gnu = run(gnu, case.stdin).with_context(|| format!("the host's {}", case.command[0]))?;
    let show = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    if ours.stdout != gnu.stdout {
        bail!(
            "standard output differs\n--- ours\n{}\n--- GNU\n{}\n--- our stderr\n{}",
            show(&ours.stdout),
            show(&gnu.stdout),
            show(&ours.stderr)
        );
    }
    if ours.status != gnu.status {
        bail!(
            "exit status {} (GNU: {})\n--- our stderr\n{}\n--- GNU stderr\n{}",
            ours.status,
            gnu.status,
            show(&ours.stderr),
            show(&gnu.stderr)
        );
    }
    if case.compare_stderr && ours.stderr != gnu.stderr {
        bail!(
            "standard error differs\n--- ours\n{}\n--- GNU\n{}",
            show(&ours.stderr),
            show(&gnu.stderr)
        );
    }
    if ours.stderr.is_empty() != gnu.stderr.is_empty() {
        bail!(
            "only one wrote to standard error\n--- ours\n{}\n--- GNU\n{}",
            show(&ours.stderr),
            show(&gnu.stderr)
        );
    }
    Ok(())
}

/// Runs every tool case.
fn tool_cases(results: &mut Results) {
    let runner = match crate::build::runner::build() {
        Ok(runner) => runner,
        Err(error) => return results.record("tools: host runner builds", Err(error)),
    };
    let scratch = match prepare_root() {
        Ok(scratch) => scratch,
        Err(error) => return results.record("tools: scratch root with the fixtures", Err(error)),
    };
    let mut names = std::collections::BTreeSet::new();
    for case in tool_cases::ALL.iter().flat_map(|group| group.iter()) {
        let outcome = if names.insert(case.name) {
            compare(&runner, &scratch, case)
        } else {
            Err(anyhow::anyhow!("two cases are named {}", case.name))
        };
        results.record(&format!("tools: {}", case.name), outcome);
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

/// The comparison against GNU's tools: one step.
pub fn steps() -> Vec<Step> {
    vec![Step::new("tools against GNU's", tool_cases)]
}
