//! Signals, as far as WasmOS has them: there are no handlers, so a signal
//! either ends the process, stops it or continues it. Numbers are Linux's.

/// A signal the kernel knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signal(i32);

/// What a signal does to the process that gets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignalAction {
    /// Ends it; its wait status is the signal.
    End,
    /// Stops it until `SIGCONT`.
    Stop,
    /// Continues it if stopped.
    Continue,
}

impl Signal {
    /// Hang-up.
    pub const HANGUP: Signal = Signal(1);
    /// Ctrl-C.
    pub const INTERRUPT: Signal = Signal(2);
    /// Abort: also the status of a trap.
    pub const ABORT: Signal = Signal(6);
    /// Kill.
    pub const KILL: Signal = Signal(9);
    /// A write to a pipe nobody reads.
    pub const PIPE: Signal = Signal(13);
    /// Terminate (the default of `kill`).
    pub const TERMINATE: Signal = Signal(15);
    /// Continue a stopped process.
    pub const CONTINUE: Signal = Signal(18);
    /// Stop (cannot be refused).
    pub const STOP: Signal = Signal(19);
    /// Ctrl-Z.
    pub const TERMINAL_STOP: Signal = Signal(20);

    /// The signal numbered `number`, if the kernel knows it (0 is not a signal).
    pub fn from_number(number: i32) -> Option<Signal> {
        matches!(number, 1 | 2 | 3 | 6 | 9 | 13 | 14 | 15 | 18 | 19 | 20).then_some(Signal(number))
    }

    /// Its Linux number.
    pub fn number(self) -> i32 {
        self.0
    }

    /// What it does.
    pub fn action(self) -> SignalAction {
        match self.0 {
            18 => SignalAction::Continue,
            19 | 20 => SignalAction::Stop,
            _ => SignalAction::End,
        }
    }

    /// The wait status of a process it ended.
    pub fn ended_status(self) -> i32 {
        self.0
    }

    /// The wait status of a process it stopped.
    pub fn stopped_status(self) -> i32 {
        (self.0 << 8) | 0x7f
    }
}

/// The wait status of a process that exited with `code`.
pub fn exited_status(code: i32) -> i32 {
    (code & 0xff) << 8
}

/// The shell's status (`runapp`'s result) for a wait status: the exit code,
/// or 128 plus the signal that ended it.
pub fn shell_status(wait_status: i32) -> i32 {
    match wait_status & 0x7f {
        0 => (wait_status >> 8) & 0xff,
        signal => 128 + signal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_use_the_posix_encoding() {
        assert_eq!(exited_status(3), 0x300);
        assert_eq!(shell_status(exited_status(3)), 3);
        assert_eq!(shell_status(Signal::KILL.ended_status()), 137);
        assert_eq!(shell_status(Signal::INTERRUPT.ended_status()), 130);
        assert_eq!(Signal::TERMINAL_STOP.stopped_status(), 0x147f);
    }

    #[test]
    fn only_known_signals_exist() {
        assert_eq!(Signal::from_number(0), None);
        assert_eq!(Signal::from_number(5), None);
        assert_eq!(Signal::from_number(9).map(Signal::action), Some(SignalAction::End));
        assert_eq!(Signal::from_number(20).map(Signal::action), Some(SignalAction::Stop));
    }
}
