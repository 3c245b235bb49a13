//! Ending this process and running others: [`run`] waits for a command,
//! [`Command`] starts a child that runs beside this process, [`Child`] waits
//! for it or ends it, and [`kill`] sends signals.

use crate::error::{Error, Result};
use crate::fs::File;
use crate::io::{OwnedFd, PipeReader, PipeWriter};
use crate::sys;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::{self, Display};

pub use crate::sys::{SIGABRT, SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGKILL, SIGPIPE, SIGQUIT, SIGSTOP, SIGTERM, SIGTSTP};

/// A process id (positive). A process group's id is the pid of the process
/// that started it.
pub type Pid = i32;

/// Ends the process with status `code & 255`, after flushing stdout.
pub fn exit(code: i32) -> ! {
    crate::io::flush_stdout();
    // SAFETY: plain integer; the call does not return.
    unsafe { sys::exit(code) }
}

/// Ends the process with status 134, the status of a trap.
pub fn abort() -> ! {
    exit(134)
}

/// Powers the machine off (the host runner exits with `code`).
pub fn poweroff(code: i32) -> ! {
    crate::io::flush_stdout();
    // SAFETY: plain integer; the call does not return.
    unsafe { sys::poweroff(code) }
}

/// Runs a command line and waits for it; returns its exit status (0-255).
///
/// Words are separated by whitespace, grouped by `'` or `"` quotes, and `\`
/// escapes the next character. Word 0 is a program name (looked up as
/// `/bin/<name>.wasm`) or a path to a `.wasm` file. Errors: `ENOENT` (no such
/// program), `ENOEXEC` (not a valid module), `EAGAIN` (nested too deeply),
/// `E2BIG`, `EINVAL` (empty line or unbalanced quotes).
pub fn run(command_line: &str) -> Result<i32> {
    crate::io::flush_stdout();
    // SAFETY: the pointer and length describe `command_line`, which is only read.
    Error::check(unsafe { sys::runapp(command_line.as_ptr(), command_line.len()) }).map(|status| status as i32)
}

/// Like [`run`] with the words already split: `words[0]` is the program.
pub fn run_args(words: &[&str]) -> Result<i32> {
    crate::io::flush_stdout();
    let vector: Vec<sys::Word> = words.iter().map(|text| word(text)).collect();
    let count = i32::try_from(vector.len()).map_err(|_| Error::E2BIG)?;
    // SAFETY: `vector` holds `count` (pointer, length) pairs describing
    // strings that outlive the call and are only read.
    Error::check(unsafe { sys::runargv(vector.as_ptr(), count) }).map(|status| status as i32)
}

/// This process's pid.
pub fn id() -> Pid {
    // SAFETY: no arguments.
    unsafe { sys::getpid() }
}

/// The parent's pid; 0 for the first process and for one whose parent has ended.
pub fn parent_id() -> Pid {
    // SAFETY: no arguments.
    unsafe { sys::getppid() }
}

/// Sends `signal` to process `pid`, or to every process of group `-pid`
/// when `pid` is negative.
///
/// [`SIGSTOP`] and [`SIGTSTP`] stop the process, [`SIGCONT`] resumes it, 0
/// only checks that it exists; the other signals of [`sys`] end it at once
/// (there are no handlers). `ESRCH` no such process or group, `EINVAL` an
/// unknown signal, `EPERM` for pid 1.
pub fn kill(pid: Pid, signal: i32) -> Result<()> {
    // SAFETY: plain integers.
    Error::check(unsafe { sys::kill(pid, signal) }).map(drop)
}

/// The console's foreground process group (the one Ctrl-C and Ctrl-Z reach).
pub fn foreground_group() -> Result<Pid> {
    // SAFETY: plain integer; 0 only queries.
    Error::check(unsafe { sys::console_foreground(0) }).map(|group| group as Pid)
}

/// Makes `group` the console's foreground process group; returns the
/// previous one. `ESRCH` if no process is in `group`.
pub fn set_foreground_group(group: Pid) -> Result<Pid> {
    if group <= 0 {
        return Err(Error::EINVAL);
    }
    // SAFETY: plain integer.
    Error::check(unsafe { sys::console_foreground(group) }).map(|previous| previous as Pid)
}

/// How a child ended (or stopped): the POSIX wait status that
/// [`Child::wait`] reads.
///
/// `Display` gives `exit status 3`, `killed by signal 9` or `stopped by signal 20`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExitStatus {
    raw: i32,
}

impl ExitStatus {
    /// The status for a raw wait status (low 7 bits the signal, bits 8-15 the exit code).
    pub const fn from_raw(raw: i32) -> ExitStatus {
        ExitStatus { raw }
    }

    /// The raw wait status.
    pub const fn into_raw(self) -> i32 {
        self.raw
    }

    /// The exit code (0-255) if the process exited (returned from `_start`
    /// or called `exit`), `None` if a signal ended or stopped it.
    pub const fn code(&self) -> Option<i32> {
        if self.raw & 0x7f == 0 {
            Some((self.raw >> 8) & 0xff)
        } else {
            None
        }
    }

    /// The signal that ended the process: [`SIGKILL`], [`SIGTERM`], ...,
    /// [`SIGINT`] for Ctrl-C, [`SIGABRT`] for a trap.
    pub const fn signal(&self) -> Option<i32> {
        match self.raw & 0x7f {
            0 | 0x7f => None,
            signal => Some(signal),
        }
    }

    /// The signal that stopped the process, if it is stopped rather than ended.
    pub const fn stopped_signal(&self) -> Option<i32> {
        if self.raw & 0xff == 0x7f {
            Some((self.raw >> 8) & 0xff)
        } else {
            None
        }
    }

    /// Whether the process exited with code 0.
    pub const fn success(&self) -> bool {
        matches!(self.code(), Some(0))
    }

    /// The status [`run`] and the shell's `$?` give for the same ending:
    /// the exit code, or 128 plus the signal.
    pub const fn shell_status(&self) -> i32 {
        match (self.code(), self.signal(), self.stopped_signal()) {
            (Some(code), _, _) => code,
            (_, Some(signal), _) | (_, _, Some(signal)) => 128 + signal,
            _ => 128,
        }
    }
}

impl fmt::Display for ExitStatus {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(code) = self.code() {
            write!(formatter, "exit status {code}")
        } else if let Some(signal) = self.stopped_signal() {
            write!(formatter, "stopped by signal {signal}")
        } else {
            write!(formatter, "killed by signal {}", self.raw & 0x7f)
        }
    }
}

/// Where a child's standard stream goes: for [`Command::stdin`],
/// [`Command::stdout`] and [`Command::stderr`].
///
/// A pipe end or [`File`] given to a `Command` moves into the child:
/// [`Command::spawn`] closes this process's copy once the child has its
/// own, so that a pipe's reader sees end of input when the child ends (a
/// second `spawn` of the same `Command` is then `EBADF` until the stream
/// is set again).
#[derive(Debug)]
pub struct Stdio(Source);

#[derive(Debug)]
enum Source {
    /// The same stream as this process.
    Inherit,
    /// No stream: the child's descriptor is not open.
    Null,
    /// A descriptor the caller keeps owning.
    Borrowed(i32),
    /// A pipe end, handed to the child.
    Pipe(OwnedFd),
    /// An open file, handed to the child.
    File(File),
    /// A pipe end or file already handed to an earlier child.
    Given,
}

impl Stdio {
    /// This process's own stream (the default).
    pub fn inherit() -> Stdio {
        Stdio(Source::Inherit)
    }

    /// None: the child's descriptor is left closed.
    pub fn null() -> Stdio {
        Stdio(Source::Null)
    }

    /// This process's descriptor `fd`, which stays open and owned by the
    /// caller (`Stdio::fd(2)` for the child's stdout sends it to our stderr).
    pub fn fd(fd: i32) -> Stdio {
        Stdio(Source::Borrowed(fd))
    }

    /// The value of the `wasmos_spawn` field; `EBADF` for a stream
    /// already handed to an earlier child.
    fn raw(&self) -> Result<i32> {
        match &self.0 {
            Source::Inherit => Ok(sys::FD_INHERIT),
            Source::Null => Ok(sys::FD_NONE),
            Source::Borrowed(fd) => Ok(*fd),
            Source::Pipe(fd) => Ok(fd.raw()),
            Source::File(file) => Ok(file.as_raw_fd()),
            Source::Given => Err(Error::EBADF),
        }
    }

    /// Closes this process's copy of a pipe end or file that a child now has.
    fn hand_over(&mut self) {
        if matches!(self.0, Source::Pipe(_) | Source::File(_)) {
            self.0 = Source::Given;
        }
    }
}

impl From<PipeReader> for Stdio {
    fn from(reader: PipeReader) -> Stdio {
        Stdio(Source::Pipe(reader.fd))
    }
}

impl From<PipeWriter> for Stdio {
    fn from(writer: PipeWriter) -> Stdio {
        Stdio(Source::Pipe(writer.fd))
    }
}

impl From<File> for Stdio {
    fn from(file: File) -> Stdio {
        Stdio(Source::File(file))
    }
}

/// A builder for a child process, like `std::process::Command`.
///
/// ```ignore
/// let (mut reader, writer) = wasmos::io::pipe()?;
/// let mut child = Command::new("ls").arg("/bin").stdout(writer).spawn()?;
/// // `spawn` closed our copy of `writer`: `reader` ends when `ls` does.
/// let mut listing = String::new();
/// reader.read_to_string(&mut listing)?;
/// let status = child.wait()?;
/// ```
#[derive(Debug)]
pub struct Command {
    program: String,
    arguments: Vec<String>,
    /// Whether the child starts from an empty environment instead of ours.
    clear_environment: bool,
    /// Variables set (`Some`) or removed (`None`), in call order.
    variables: Vec<(String, Option<String>)>,
    current_dir: Option<String>,
    stdin: Stdio,
    stdout: Stdio,
    stderr: Stdio,
    /// The `group` field of `wasmos_spawn`.
    group: i32,
}

impl Command {
    /// A command for `program`: a name looked up as `/bin/<name>.wasm`, or
    /// a path to a `.wasm` file. It is also the child's argument 0.
    pub fn new(program: &str) -> Command {
        Command {
            program: program.to_string(),
            arguments: Vec::new(),
            clear_environment: false,
            variables: Vec::new(),
            current_dir: None,
            stdin: Stdio::inherit(),
            stdout: Stdio::inherit(),
            stderr: Stdio::inherit(),
            group: sys::GROUP_INHERIT,
        }
    }

    /// Adds an argument.
    pub fn arg(&mut self, argument: &str) -> &mut Command {
        self.arguments.push(argument.to_string());
        self
    }

    /// Adds arguments.
    pub fn args<I, S>(&mut self, arguments: I) -> &mut Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.arguments
            .extend(arguments.into_iter().map(|argument| argument.as_ref().to_string()));
        self
    }

    /// Sets environment variable `name` for the child.
    pub fn env(&mut self, name: &str, value: &str) -> &mut Command {
        self.variables.push((name.to_string(), Some(value.to_string())));
        self
    }

    /// Removes environment variable `name` for the child.
    pub fn env_remove(&mut self, name: &str) -> &mut Command {
        self.variables.push((name.to_string(), None));
        self
    }

    /// Starts the child from an empty environment (plus the variables set
    /// after this call) instead of a copy of ours.
    pub fn env_clear(&mut self) -> &mut Command {
        self.clear_environment = true;
        self.variables.clear();
        self
    }

    /// The child's working directory (ours by default).
    pub fn current_dir(&mut self, directory: &str) -> &mut Command {
        self.current_dir = Some(directory.to_string());
        self
    }

    /// The child's standard input (fd 0).
    pub fn stdin<T: Into<Stdio>>(&mut self, choice: T) -> &mut Command {
        self.stdin = choice.into();
        self
    }

    /// The child's standard output (fd 1).
    pub fn stdout<T: Into<Stdio>>(&mut self, choice: T) -> &mut Command {
        self.stdout = choice.into();
        self
    }

    /// The child's standard error (fd 2).
    pub fn stderr<T: Into<Stdio>>(&mut self, choice: T) -> &mut Command {
        self.stderr = choice.into();
        self
    }

    /// Puts the child in a new process group whose id is its pid (`true`),
    /// or in ours (`false`, the default).
    pub fn new_process_group(&mut self, new: bool) -> &mut Command {
        self.group = if new { sys::GROUP_NEW } else { sys::GROUP_INHERIT };
        self
    }

    /// Puts the child in the existing process group `group` (the next
    /// stage of a pipeline joining the first's).
    pub fn process_group(&mut self, group: Pid) -> &mut Command {
        self.group = group;
        self
    }

    /// Starts the child and returns at once; it runs beside this process.
    ///
    /// Errors: `ENOENT` (no such program, or no such directory), `ENOEXEC`
    /// (not a valid module; the reason goes to the child's stderr),
    /// `EAGAIN` (too many processes), `E2BIG`, `EBADF` (a stream's fd is
    /// not open), `ESRCH` (no process in the group to join), `ENOTDIR`,
    /// `EINVAL`.
    pub fn spawn(&mut self) -> Result<Child> {
        crate::io::flush_stdout();
        let words: Vec<sys::Word> = core::iter::once(&self.program)
            .chain(&self.arguments)
            .map(|text| word(text))
            .collect();
        let count = i32::try_from(words.len()).map_err(|_| Error::E2BIG)?;
        let environment = self.clear_environment.then(|| self.explicit_environment());
        let environment_words: Vec<sys::Word> = environment.iter().flatten().map(|text| word(text)).collect();
        let directory = self.current_dir.as_deref().unwrap_or("");
        let options = sys::SpawnOptions {
            stdin: self.stdin.raw()?,
            stdout: self.stdout.raw()?,
            stderr: self.stderr.raw()?,
            group: self.group,
            cwd: directory.as_ptr(),
            cwd_len: directory.len(),
            env: environment_words.as_ptr(),
            env_count: match environment {
                Some(_) => i32::try_from(environment_words.len()).map_err(|_| Error::E2BIG)?,
                None => -1,
            },
        };
        // SAFETY: `words` and `environment_words` hold (pointer, length)
        // pairs of strings that outlive the call, `options` is a complete
        // `wasmos_spawn` record pointing at them and at `directory`; the
        // kernel only reads all of it.
        let start = || unsafe { sys::spawn(words.as_ptr(), count, &options) };
        let result = if self.clear_environment || self.variables.is_empty() {
            start()
        } else {
            // No call lists our environment, so the child inherits it with
            // the changes made in ours for the moment of the call.
            with_environment_changes(&self.variables, start)?
        };
        let pid = Error::check(result)?;
        for stream in [&mut self.stdin, &mut self.stdout, &mut self.stderr] {
            stream.hand_over();
        }
        Ok(Child {
            pid: pid as Pid,
            status: None,
        })
    }

    /// Starts the child and waits for it to end.
    pub fn status(&mut self) -> Result<ExitStatus> {
        self.spawn()?.wait()
    }

    /// The `NAME=value` words of the child's whole environment after
    /// [`Command::env_clear`]: the last setting of each name wins.
    fn explicit_environment(&self) -> Vec<String> {
        let mut variables: BTreeMap<&str, Option<&str>> = BTreeMap::new();
        for (name, value) in &self.variables {
            variables.insert(name, value.as_deref());
        }
        variables
            .into_iter()
            .filter_map(|(name, value)| value.map(|value| format!("{name}={value}")))
            .collect()
    }
}

/// One (pointer, length) word of an argument vector, borrowing `text`.
fn word(text: &str) -> sys::Word {
    sys::Word {
        ptr: text.as_ptr(),
        len: text.len(),
    }
}

/// The raw value of our environment variable `name`, if it is set.
fn saved_variable(name: &str) -> Option<Vec<u8>> {
    let mut value = Vec::new();
    loop {
        // SAFETY: `name` is only read; the pointer and length describe
        // `value`, which the call may fill.
        let result = unsafe { sys::env_get(name.as_ptr(), name.len(), value.as_mut_ptr(), value.len()) };
        let length = Error::check(result).ok()?;
        if length <= value.len() {
            value.truncate(length);
            return Some(value);
        }
        value.resize(length, 0);
    }
}

/// Sets (or, with `None`, removes) our variable `name` to a raw value.
fn set_raw_variable(name: &str, value: Option<&[u8]>) -> Result<()> {
    let (pointer, length) = match value {
        Some(bytes) => (bytes.as_ptr(), isize::try_from(bytes.len()).map_err(|_| Error::E2BIG)?),
        None => (core::ptr::null(), -1),
    };
    // SAFETY: both (pointer, length) pairs describe bytes that are only
    // read; a length of -1 means "remove" and reads no value.
    Error::check(unsafe { sys::env_set(name.as_ptr(), name.len(), pointer, length) }).map(drop)
}

/// Runs `action` with `changes` made to our environment, then undoes them.
fn with_environment_changes<T>(changes: &[(String, Option<String>)], action: impl FnOnce() -> T) -> Result<T> {
    let mut saved: Vec<(&str, Option<Vec<u8>>)> = Vec::new();
    let mut outcome = Ok(());
    for (name, value) in changes {
        saved.push((name, saved_variable(name)));
        outcome = set_raw_variable(name, value.as_deref().map(str::as_bytes));
        if outcome.is_err() {
            break;
        }
    }
    let result = outcome.map(|()| action());
    // In reverse, so a name changed twice gets its first value back.
    for (name, value) in saved.iter().rev() {
        let _ = set_raw_variable(name, value.as_deref());
    }
    result
}

/// A child process started by [`Command::spawn`].
///
/// Dropping it neither waits for the child nor ends it; a child never
/// waited for is reaped by the kernel when this process ends.
#[derive(Debug)]
pub struct Child {
    pid: Pid,
    /// Set once the child has been reaped, for later calls.
    status: Option<ExitStatus>,
}

impl Child {
    /// The child's pid (and, after [`Command::new_process_group`], its group's id).
    pub fn id(&self) -> Pid {
        self.pid
    }

    /// Waits for the child to end and returns how it ended.
    pub fn wait(&mut self) -> Result<ExitStatus> {
        if let Some(status) = self.status {
            return Ok(status);
        }
        let mut raw = 0;
        // SAFETY: `raw` is a writable `i32` for the wait status.
        Error::check(unsafe { sys::wait(self.pid, &mut raw, 0) })?;
        let status = ExitStatus::from_raw(raw);
        self.status = Some(status);
        Ok(status)
    }

    /// How the child ended, or `None` at once if it is still running.
    pub fn try_wait(&mut self) -> Result<Option<ExitStatus>> {
        if let Some(status) = self.status {
            return Ok(Some(status));
        }
        let mut raw = 0;
        // SAFETY: `raw` is a writable `i32` for the wait status.
        let reaped = Error::check(unsafe { sys::wait(self.pid, &mut raw, sys::WNOHANG) })?;
        if reaped == 0 {
            return Ok(None);
        }
        let status = ExitStatus::from_raw(raw);
        self.status = Some(status);
        Ok(Some(status))
    }

    /// Ends the child with [`SIGKILL`]; nothing to do if it was already
    /// waited for. [`Child::wait`] then reports `killed by signal 9`.
    pub fn kill(&mut self) -> Result<()> {
        if self.status.is_some() {
            return Ok(());
        }
        kill(self.pid, SIGKILL)
    }
}

/// What `main` may return; [`crate::main!`] turns it into the exit status.
pub trait Termination {
    /// The exit status, after reporting any error.
    fn report(self) -> i32;
}

impl Termination for () {
    fn report(self) -> i32 {
        0
    }
}

impl Termination for i32 {
    fn report(self) -> i32 {
        self
    }
}

/// `Ok` is the inner value's status; `Err(e)` prints `Error: {e}` to
/// stderr and is status 1.
impl<T: Termination, E: Display> Termination for core::result::Result<T, E> {
    fn report(self) -> i32 {
        match self {
            Ok(value) => value.report(),
            Err(error) => {
                crate::eprintln!("Error: {error}");
                1
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_status_decodes_an_exit() {
        let status = ExitStatus::from_raw(3 << 8);
        assert_eq!(
            (status.code(), status.signal(), status.stopped_signal()),
            (Some(3), None, None)
        );
        assert!(!status.success());
        assert!(ExitStatus::from_raw(0).success());
        assert_eq!(status.shell_status(), 3);
        assert_eq!(status.to_string(), "exit status 3");
    }

    #[test]
    fn exit_status_decodes_a_signal() {
        let killed = ExitStatus::from_raw(SIGKILL);
        assert_eq!(
            (killed.code(), killed.signal(), killed.stopped_signal()),
            (None, Some(9), None)
        );
        assert!(!killed.success());
        assert_eq!(killed.shell_status(), 137);
        assert_eq!(killed.to_string(), "killed by signal 9");
        // A trap is reported as SIGABRT, Ctrl-C as SIGINT: the statuses `run` gives.
        assert_eq!(ExitStatus::from_raw(SIGABRT).shell_status(), 134);
        assert_eq!(ExitStatus::from_raw(SIGINT).shell_status(), 130);
    }

    #[test]
    fn exit_status_decodes_a_stop() {
        let stopped = ExitStatus::from_raw((SIGTSTP << 8) | 0x7f);
        assert_eq!(
            (stopped.code(), stopped.signal(), stopped.stopped_signal()),
            (None, None, Some(20))
        );
        assert_eq!(stopped.to_string(), "stopped by signal 20");
        assert_eq!(stopped.into_raw(), 0x147f);
    }

    #[test]
    fn spawn_options_default_to_inheriting_everything() {
        let options = sys::SpawnOptions::default();
        assert_eq!((options.stdin, options.stdout, options.stderr), (-1, -1, -1));
        assert_eq!((options.group, options.cwd_len, options.env_count), (0, 0, -1));
        assert_eq!(core::mem::offset_of!(sys::SpawnOptions, cwd), 16);
        assert_eq!(core::mem::size_of::<sys::MessageInfo>(), 8);
    }

    #[test]
    fn stdio_choices_give_the_spawn_record_fields() {
        assert_eq!(Stdio::inherit().raw(), Ok(sys::FD_INHERIT));
        assert_eq!(Stdio::null().raw(), Ok(sys::FD_NONE));
        let mut borrowed = Stdio::fd(2);
        borrowed.hand_over();
        assert_eq!(borrowed.raw(), Ok(2));
        let mut given = Stdio(Source::Pipe(OwnedFd::new(-1)));
        given.hand_over();
        assert_eq!(given.raw(), Err(Error::EBADF));
    }

    #[test]
    fn command_builds_arguments_groups_and_a_cleared_environment() {
        let mut command = Command::new("ls");
        command.args(["-l", "/bin"]).arg("x").new_process_group(true);
        assert_eq!(command.arguments, ["-l", "/bin", "x"]);
        assert_eq!(command.group, sys::GROUP_NEW);
        command.process_group(7);
        assert_eq!(command.group, 7);
        command
            .env("DROPPED", "1")
            .env_clear()
            .env("B", "2")
            .env("A", "1")
            .env("B", "3");
        command.env("C", "4").env_remove("C");
        assert_eq!(command.explicit_environment(), ["A=1", "B=3"]);
    }

    #[test]
    fn off_target_spawning_is_not_implemented() {
        assert_eq!(Command::new("true").spawn().err(), Some(Error::ENOSYS));
        assert_eq!(Command::new("true").env("A", "1").status(), Err(Error::ENOSYS));
        assert_eq!(kill(2, SIGTERM), Err(Error::ENOSYS));
        assert_eq!(set_foreground_group(0), Err(Error::EINVAL));
    }

    #[test]
    fn termination_maps_results_to_statuses() {
        assert_eq!(().report(), 0);
        assert_eq!(7.report(), 7);
        assert_eq!(Ok::<i32, Error>(3).report(), 3);
        assert_eq!(Ok::<(), Error>(()).report(), 0);
    }
}
