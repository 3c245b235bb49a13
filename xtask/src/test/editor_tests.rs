//! The full-screen editor `edit`, driven by scripts of keys: on the host
//! runner through the shell's standard input, and in QEMU over the serial
//! console. Each script opens a file, moves, edits, searches, saves and
//! quits; `cat` in the same shell then shows what was saved (the host
//! runner keeps its files in memory, so only that shell sees them).
//!
//! In QEMU each group of keys is sent once the screen shows what the group
//! before it did, which checks the editor's drawing over serial too; on the
//! host all keys arrive at once and the editor draws little but its prompts.

use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::build::image::{self, Flavor};
use crate::qemu::expect::Session;
use crate::qemu::shell::{self, COMMAND_TIMEOUT, PROMPT};
use crate::test::host_tests::{run_arguments, run_case, AppCase};
use crate::test::report::Results;
use crate::test::Step;

const ENTER: &str = "\r";
const UP: &str = "\x1b[A";
const DOWN: &str = "\x1b[B";
const HOME: &str = "\x1b[H";
const END: &str = "\x1b[F";
const PAGE_UP: &str = "\x1b[5~";
const PAGE_DOWN: &str = "\x1b[6~";
const DELETE: &str = "\x1b[3~";
const BACKSPACE: &str = "\x7f";
const ESCAPE: &str = "\x1b";
const TAB: &str = "\t";
const CTRL_F: &str = "\x06";
const CTRL_O: &str = "\x0f";
const CTRL_Q: &str = "\x11";
const CTRL_S: &str = "\x13";
const CTRL_X: &str = "\x18";

/// What the editor shows first, once its console is in raw mode.
const HELP: &str = "Ctrl-S save  Ctrl-Q quit  Ctrl-F find";
/// The question before quitting with unsaved changes.
const QUIT_QUESTION: &str = "unsaved changes: quit anyway? (y/n)";

/// Keys typed together, and text the screen then shows.
pub struct Keys {
    /// The keys, one after the other.
    pub keys: &'static [&'static str],
    /// Text the editor draws after them; QEMU waits for it ("" for none).
    pub shows: &'static str,
}

const fn keys(keys: &'static [&'static str], shows: &'static str) -> Keys {
    Keys { keys, shows }
}

/// One run of the editor.
pub struct EditorRun {
    /// The shell command that starts it.
    pub command: &'static str,
    /// The keys typed; the last group quits.
    pub keys: &'static [Keys],
}

/// A script: shell commands that prepare a file, editor runs, and what the
/// file must hold afterwards.
pub struct EditorScript {
    /// The check's name.
    pub name: &'static str,
    /// Shell commands run first.
    pub setup: &'static [&'static str],
    /// The editor runs, in order.
    pub runs: &'static [EditorRun],
    /// The file shown afterwards.
    pub file: &'static str,
    /// What it must hold.
    pub expected: fn() -> String,
    /// Texts the host run's output must contain, in order (the prompts,
    /// which the editor draws even with keys waiting).
    pub host_shows: &'static [&'static str],
}

/// `line 1` to `line 60`, one a line: the file the long-file script edits.
fn sixty_lines() -> Vec<String> {
    (1..=60).map(|number| format!("line {number}")).collect()
}

fn long_file_after_editing() -> String {
    let mut lines = sixty_lines();
    lines[0] = ">line 1".into();
    lines[4] = "#line 5".into();
    lines[41] = "Xline 42!".into();
    lines[42] = "Line 43".into();
    lines[59] = "<line 60".into();
    lines[8] = "line 9line 10".into();
    lines.remove(9);
    lines.iter().map(|line| format!("{line}\n")).collect()
}

/// Every script, run on the host runner and in QEMU.
pub const SCRIPTS: &[EditorScript] = &[
    EditorScript {
        name: "edit_creates_a_new_file_with_what_was_typed",
        setup: &[],
        runs: &[EditorRun {
            command: "edit /tmp/new.txt",
            keys: &[
                // CR LF is one Enter.
                keys(&["hello world", "\r\n", "second line"], "2:12  2 lines"),
                keys(&[CTRL_S], "saved /tmp/new.txt: 2 lines, 24 bytes"),
                keys(&[CTRL_Q], ""),
            ],
        }],
        file: "/tmp/new.txt",
        expected: || "hello world\nsecond line\n".into(),
        host_shows: &[],
    },
    EditorScript {
        name: "edit_searches_scrolls_and_edits_a_file_longer_than_the_screen",
        setup: &["lua -e \"for i = 1, 60 do print('line ' .. i) end\" > /tmp/long.txt"],
        runs: &[EditorRun {
            command: "edit /tmp/long.txt",
            keys: &[
                keys(&[CTRL_F, "line 42", ENTER], "42:1  60 lines"),
                keys(&["X", END, "!"], "Xline 42!"),
                // (The capital tells the edited line from the one shown before.)
                keys(&[DOWN, HOME, DELETE, "L"], "Line 43"),
                keys(&[PAGE_DOWN, HOME, "<"], "<line 60"),
                keys(&[PAGE_UP, PAGE_UP, PAGE_UP, HOME, ">"], ">line 1"),
                // The first match is on the cursor's line; Ctrl-F goes on to
                // the next; Backspace at a line's start joins it to the one above.
                keys(&[CTRL_F, "line 1", CTRL_F, ENTER, BACKSPACE], "line 9line 10"),
                // Up finds the match before the cursor, wrapping if need be.
                keys(&[CTRL_F, "line 5", UP, ENTER, "#"], "#line 5"),
                keys(&[CTRL_F, "nowhere", ENTER], "not found: nowhere"),
                keys(&[CTRL_F, "line 2", ESCAPE], "search cancelled"),
                keys(&[CTRL_S], "saved /tmp/long.txt: 59 lines"),
                keys(&[CTRL_Q], ""),
            ],
        }],
        file: "/tmp/long.txt",
        expected: long_file_after_editing,
        host_shows: &[],
    },
    EditorScript {
        name: "edit_asks_before_quitting_with_unsaved_changes",
        setup: &["echo one > /tmp/quit.txt"],
        runs: &[
            EditorRun {
                command: "edit /tmp/quit.txt",
                keys: &[
                    keys(&["abc", CTRL_Q], QUIT_QUESTION),
                    keys(&["n"], "not quitting"),
                    keys(&[CTRL_S], "saved /tmp/quit.txt: 1 line, 7 bytes"),
                    // Nothing unsaved: no question.
                    keys(&[CTRL_Q], ""),
                ],
            },
            EditorRun {
                command: "edit /tmp/quit.txt",
                keys: &[keys(&["zzz", CTRL_X], QUIT_QUESTION), keys(&["y"], "")],
            },
        ],
        file: "/tmp/quit.txt",
        expected: || "abcone\n".into(),
        host_shows: &[QUIT_QUESTION, QUIT_QUESTION],
    },
    EditorScript {
        name: "edit_starts_at_a_line_and_scrolls_sideways_along_a_long_line",
        setup: &["lua -e \"print('first') print(string.rep('ab', 100)) print('third')\" > /tmp/wide.txt"],
        runs: &[EditorRun {
            command: "edit +2 /tmp/wide.txt",
            keys: &[
                keys(&[END, "END"], "2:204  3 lines"),
                // Back at the left edge; the tab shows as spaces to column 8.
                keys(&[HOME, "START", TAB], "START   abab"),
                keys(&[CTRL_O], "saved /tmp/wide.txt: 3 lines"),
                keys(&[CTRL_X], ""),
            ],
        }],
        file: "/tmp/wide.txt",
        expected: || format!("first\nSTART\t{}END\nthird\n", "ab".repeat(100)),
        host_shows: &[],
    },
];

/// The shell's input for `script` on the host runner: the setup, each run
/// with all its keys, and the file shown between two markers.
fn host_input(script: &EditorScript) -> String {
    let mut input = String::new();
    for command in script.setup {
        input.push_str(&format!("{command}\n"));
    }
    for run in script.runs {
        input.push_str(&format!("{}\n", run.command));
        for group in run.keys {
            input.push_str(&group.keys.concat());
        }
    }
    // The quotes keep the echoed command line from matching the markers.
    input.push_str(&format!(
        "echo \"<<\"saved; cat {}; echo \"<<\"end\nexit\n",
        script.file
    ));
    input
}

fn run_on_host(runner: &Path, script: &EditorScript) -> Result<()> {
    let shown = format!("<<saved\n{}<<end\n", (script.expected)());
    let mut expected: Vec<&str> = script.host_shows.to_vec();
    expected.push(&shown);
    run_arguments(
        runner,
        &["cli"],
        &host_input(script),
        &expected,
        &["was not saved", "out of memory"],
        0,
    )
}

/// The editor run with `arguments` and `input` on the host runner: it
/// prints `shows` and ends with `status`.
const fn command_line(
    name: &'static str,
    arguments: &'static [&'static str],
    input: &'static str,
    shows: &'static [&'static str],
    status: i32,
) -> AppCase {
    AppCase {
        name,
        arguments,
        input,
        expected: shows,
        unexpected: &[],
        status,
    }
}

/// The command line, its errors, and the end of input.
const COMMAND_LINE_CASES: &[AppCase] = &[
    command_line(
        "edit_help_shows_the_usage",
        &["edit", "--help"],
        "",
        &["usage: edit [+LINE] FILE"],
        0,
    ),
    command_line("edit_needs_a_file", &["edit"], "", &["edit: missing file operand"], 2),
    command_line(
        "edit_rejects_an_unknown_option",
        &["edit", "-z", "f"],
        "",
        &["edit: invalid option -- 'z'"],
        2,
    ),
    command_line(
        "edit_rejects_a_bad_line_number",
        &["edit", "+x", "f"],
        "",
        &["edit: invalid line number: 'x'"],
        2,
    ),
    command_line(
        "edit_rejects_a_second_file",
        &["edit", "a", "b"],
        "",
        &["edit: extra operand 'b'"],
        2,
    ),
    command_line(
        "edit_cannot_open_a_directory",
        &["edit", "/bin"],
        "",
        &["edit: /bin: Is a directory"],
        1,
    ),
    command_line(
        "edit_reports_unsaved_changes_when_input_ends",
        &["edit", "/tmp/eof.txt"],
        "abc",
        &["edit: end of input: /tmp/eof.txt was not saved"],
        1,
    ),
];

/// Every script and command-line case on the host runner (its files are
/// an in-memory copy of `rootfs/`, so nothing on disk changes).
fn host_scripts(results: &mut Results) {
    let runner = match crate::build::runner::build() {
        Ok(runner) => runner,
        Err(error) => return results.record("edit: host runner builds", Err(error)),
    };
    for script in SCRIPTS {
        results.record(&format!("host: {}", script.name), run_on_host(&runner, script));
    }
    for case in COMMAND_LINE_CASES {
        results.record(&format!("host: {}", case.name), run_case(&runner, case));
    }
}

/// Runs `script` at the shell on the serial console.
fn run_in_qemu(session: &mut Session, script: &EditorScript) -> Result<()> {
    for command in script.setup {
        shell::run(session, command, COMMAND_TIMEOUT).with_context(|| format!("running {command}"))?;
    }
    for run in script.runs {
        session.send(&format!("{}\r", run.command))?;
        session.expect(&format!("{}\n", run.command), COMMAND_TIMEOUT)?;
        // The first frame comes once the console is raw: keys may follow.
        session.expect(HELP, COMMAND_TIMEOUT)?;
        for group in run.keys {
            session.send(&group.keys.concat())?;
            if !group.shows.is_empty() {
                session
                    .expect(group.shows, COMMAND_TIMEOUT)
                    .with_context(|| format!("after the keys {:?}", group.keys))?;
            }
        }
        session
            .expect(PROMPT, COMMAND_TIMEOUT)
            .context("the shell's prompt after the editor quit")?;
    }
    let output = shell::run(session, &format!("cat {}", script.file), COMMAND_TIMEOUT)?;
    let expected = (script.expected)();
    // The output runs up to the next prompt, `/$ `.
    let shown = output.strip_suffix(PROMPT).and_then(|rest| rest.strip_suffix('/'));
    if shown != Some(expected.as_str()) {
        bail!("{} holds\n{output}\nexpected\n{expected}", script.file);
    }
    Ok(())
}

/// Every script in one boot of the BIOS image.
fn qemu_scripts(results: &mut Results) {
    let images = match image::build(Flavor::Normal) {
        Ok(images) => images,
        Err(error) => return results.record("qemu edit: image builds", Err(error)),
    };
    let mut session = match shell::boot_to_prompt(&images.bios) {
        Ok(session) => session,
        Err(error) => return results.record("qemu edit: boots to the prompt", Err(error)),
    };
    for script in SCRIPTS {
        results.record(&format!("qemu: {}", script.name), run_in_qemu(&mut session, script));
    }
}

/// The host runner's step (for the host group).
pub fn steps() -> Vec<Step> {
    vec![Step::new("host: the editor driven by scripts of keys", host_scripts)]
}

/// The QEMU step (for the qemu group): the same scripts over serial.
pub fn qemu_steps() -> Vec<Step> {
    vec![Step::new("qemu: the editor over the serial console", qemu_scripts)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_input_runs_the_setup_then_each_run_then_shows_the_file() {
        let input = host_input(&SCRIPTS[2]);
        assert!(input.starts_with("echo one > /tmp/quit.txt\nedit /tmp/quit.txt\nabc\x11n\x13\x11edit /tmp/quit.txt\n"));
        assert!(input.ends_with("cat /tmp/quit.txt; echo \"<<\"end\nexit\n"));
    }

    #[test]
    fn the_long_file_loses_one_line_to_the_join() {
        assert_eq!(long_file_after_editing().lines().count(), 59);
    }
}
