//! Shell scripts on the host runner: every `tests/scripts/*.sh` is run by
//! the shell (`cli /tests/scripts/NAME.sh`) in a scratch copy of `rootfs/`
//! that has `tests/scripts/` copied in as `/tests/scripts`. Its standard
//! output and error, together as on a terminal, must equal `NAME.expected`
//! beside it, whose last line `exit status N` gives the status when it is
//! not 0. Sessions typed at the prompt are checked the same way: each
//! `tests/scripts/interactive/NAME.input` is fed to `cli`, and what the
//! shell shows from its first prompt on (the motd before it is not the
//! shell's), without the carriage returns of the echoed lines, must equal
//! `NAME.expected`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::test::report::Results;
use crate::test::Step;
use crate::util::files;

/// Where the scripts are, in the repository and in the scratch root.
const SCRIPTS: &str = "tests/scripts";
/// The prompt `/etc/profile` sets, in the root directory.
const FIRST_PROMPT: &str = "/$ ";

/// What one run gave: standard output and error together, and the status.
struct Ran {
    output: String,
    status: i32,
}

/// Runs the shell on the host runner with `arguments` and `input`, for at most 60 s.
fn run_shell(runner: &Path, root: &Path, arguments: &[&str], input: &str) -> Result<Ran> {
    // Standard error shares the pipe of standard output, as on a terminal.
    let mut command = Command::new("sh");
    command
        .args(["-c", "exec \"$0\" \"$@\" 2>&1"])
        .arg(runner)
        .arg("--rootfs")
        .arg(root)
        .arg("cli")
        .args(arguments);
    let output = crate::util::process::capture_with_input(&mut command, input, Duration::from_secs(60))?;
    Ok(Ran {
        output: format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
        status: output.status.code().unwrap_or(-1),
    })
}

/// Reads `NAME.expected` next to `file`: the output, and the exit status
/// from a last line `exit status N` (0 without one).
fn expected_run(file: &Path) -> Result<Ran> {
    let expected = file.with_extension("expected");
    let text = std::fs::read_to_string(&expected).with_context(|| format!("reading {}", expected.display()))?;
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let status = match lines
        .last()
        .and_then(|line| line.trim_end().strip_prefix("exit status "))
    {
        Some(number) => {
            let status = number
                .parse()
                .with_context(|| format!("{}: bad exit status line", expected.display()))?;
            lines.pop();
            status
        }
        None => 0,
    };
    Ok(Ran {
        output: lines.concat(),
        status,
    })
}

/// Fails with both texts, and the first line where they part, unless they match.
fn compare(expected: &Ran, actual: &Ran) -> Result<()> {
    if expected.output != actual.output {
        let line = expected
            .output
            .lines()
            .zip(actual.output.lines())
            .position(|(want, got)| want != got)
            .unwrap_or_else(|| expected.output.lines().count().min(actual.output.lines().count()))
            + 1;
        bail!(
            "the output differs from line {line}\n--- expected\n{}--- got\n{}",
            expected.output,
            actual.output
        );
    }
    if expected.status != actual.status {
        bail!(
            "exit status {}, expected {}\n--- output\n{}",
            actual.status,
            expected.status,
            actual.output
        );
    }
    Ok(())
}

fn check_script(runner: &Path, root: &Path, script: &Path) -> Result<()> {
    let name = script.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let path = format!("/{SCRIPTS}/{name}");
    let actual = run_shell(runner, root, &[path.as_str()], "")?;
    compare(&expected_run(script)?, &actual)
}

fn check_session(runner: &Path, root: &Path, input_file: &Path) -> Result<()> {
    let input = std::fs::read_to_string(input_file).with_context(|| format!("reading {}", input_file.display()))?;
    let mut actual = run_shell(runner, root, &[], &input)?;
    let Some(start) = actual.output.find(FIRST_PROMPT) else {
        bail!("no prompt {FIRST_PROMPT:?} in the output:\n{}", actual.output);
    };
    // The line editor ends each echoed line with \r\n, as a terminal needs.
    actual.output = actual.output[start..].replace('\r', "");
    compare(&expected_run(input_file)?, &actual)
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

/// The scratch root: a copy of `rootfs/` with the scripts in `/tests/scripts`.
fn prepare_root() -> Result<PathBuf> {
    let root = crate::root();
    // One per run, so that runs at the same time do not trip over each other.
    let scratch = root.join(format!("target/script-tests/root-{}", std::process::id()));
    if scratch.exists() {
        std::fs::remove_dir_all(&scratch).with_context(|| format!("removing {}", scratch.display()))?;
    }
    copy_tree(&root.join("rootfs"), &scratch)?;
    copy_tree(&root.join(SCRIPTS), &scratch.join(SCRIPTS))?;
    Ok(scratch)
}

/// Runs every script and session.
fn script_cases(results: &mut Results) {
    let runner = match crate::build::runner::build() {
        Ok(runner) => runner,
        Err(error) => return results.record("scripts: host runner builds", Err(error)),
    };
    let scratch = match prepare_root() {
        Ok(scratch) => scratch,
        Err(error) => return results.record("scripts: scratch root with the scripts", Err(error)),
    };
    let directory = crate::root().join(SCRIPTS);
    for script in files::files_in(&directory, ".sh") {
        let stem = script.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        results.record(&format!("script: {stem}"), check_script(&runner, &scratch, &script));
    }
    for input in files::files_in(&directory.join("interactive"), ".input") {
        let stem = input.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        results.record(
            &format!("script: interactive {stem}"),
            check_session(&runner, &scratch, &input),
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

/// The shell's scripts and sessions against their expected output: one step.
pub fn steps() -> Vec<Step> {
    vec![Step::new("shell scripts", script_cases)]
}
