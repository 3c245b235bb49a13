//! The progress line of long runs (the tests, the benchmark): which step, how
//! many of how many, and the time since the run started, as in
//! `[3/12 qemu: BIOS shell] 2m14s`. It goes to standard error, so standard
//! output stays the results alone (`bench --json` prints pure JSON). On a
//! terminal one line is redrawn every second; otherwise each step prints one
//! plain line when it starts.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The run in progress, if any.
static STATE: Mutex<Option<State>> = Mutex::new(None);

struct State {
    /// Steps in the whole run.
    total: usize,
    /// The step running now (1-based; 0 before the first).
    current: usize,
    /// Its name.
    step: String,
    /// What within the step is running now (see [`note`]), if anything.
    detail: String,
    /// When the run started.
    started: Instant,
    /// Whether standard error is a terminal (redraw in place) or not (plain lines).
    interactive: bool,
    /// Whether the line is on the screen now.
    shown: bool,
    /// How many [`Hold`]s keep the line off the screen.
    holds: usize,
}

impl State {
    fn line(&self) -> String {
        let separator = if self.detail.is_empty() { "" } else { ": " };
        format!(
            "[{}/{} {}{separator}{}] {}",
            self.current,
            self.total,
            self.step,
            self.detail,
            duration(self.started.elapsed())
        )
    }

    /// Removes the line from the terminal, if it is drawn.
    fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            let _ = std::io::stderr().flush();
            self.shown = false;
        }
    }

    /// Draws the line again, unless held off or not on a terminal.
    fn draw(&mut self) {
        if self.interactive && self.holds == 0 && self.current > 0 {
            eprint!("\r\x1b[K{}", self.line());
            let _ = std::io::stderr().flush();
            self.shown = true;
        }
    }
}

/// `75s` as `1m15s`; `3725s` as `1h02m05s`.
pub fn duration(elapsed: Duration) -> String {
    let seconds = elapsed.as_secs();
    match (seconds / 3600, seconds / 60 % 60, seconds % 60) {
        (0, 0, seconds) => format!("{seconds}s"),
        (0, minutes, seconds) => format!("{minutes}m{seconds:02}s"),
        (hours, minutes, seconds) => format!("{hours}h{minutes:02}m{seconds:02}s"),
    }
}

fn with_state<T>(action: impl FnOnce(&mut Option<State>) -> T) -> T {
    let mut state = STATE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    action(&mut state)
}

/// A run with a progress line; the line goes away when this is dropped.
#[must_use = "the progress line lasts as long as this value"]
pub struct Run {
    _private: (),
}

/// Starts a run of `total` steps.
pub fn start(total: usize) -> Run {
    let interactive = std::io::stderr().is_terminal();
    with_state(|state| {
        *state = Some(State {
            total,
            current: 0,
            step: String::new(),
            detail: String::new(),
            started: Instant::now(),
            interactive,
            shown: false,
            holds: 0,
        })
    });
    if interactive {
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_secs(1));
            let running = with_state(|state| match state {
                Some(state) => {
                    state.draw();
                    true
                }
                None => false,
            });
            if !running {
                break;
            }
        });
    }
    Run { _private: () }
}

impl Run {
    /// Starts the next step, named `name`.
    pub fn step(&self, name: &str) {
        with_state(|state| {
            if let Some(state) = state {
                state.current = (state.current + 1).min(state.total);
                state.step = name.to_string();
                state.detail.clear();
                if state.interactive {
                    state.draw();
                } else {
                    eprintln!("{}", state.line());
                }
            }
        });
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        with_state(|state| {
            if let Some(state) = state {
                state.clear();
            }
            *state = None;
        });
    }
}

/// Names what within the current step runs now, as in `[3/5 workloads: fib] 2m14s`
/// (a plain line of its own when standard error is not a terminal).
pub fn note(text: &str) {
    with_state(|state| {
        if let Some(state) = state {
            state.detail = text.to_string();
            if state.interactive {
                state.draw();
            } else {
                eprintln!("{}", state.line());
            }
        }
    });
}

/// Keeps the progress line off the terminal while a child process writes to it.
#[must_use = "the line stays away as long as this value"]
pub struct Hold {
    _private: (),
}

/// Removes the progress line until the returned value is dropped.
pub fn hold() -> Hold {
    with_state(|state| {
        if let Some(state) = state {
            state.clear();
            state.holds += 1;
        }
    });
    Hold { _private: () }
}

impl Drop for Hold {
    fn drop(&mut self) {
        with_state(|state| {
            if let Some(state) = state {
                state.holds = state.holds.saturating_sub(1);
                state.draw();
            }
        });
    }
}

/// Prints `text` and a newline on standard output, around the progress line.
pub fn println(text: &str) {
    with_state(|state| {
        if let Some(state) = state.as_mut() {
            state.clear();
        }
        println!("{text}");
        let _ = std::io::stdout().flush();
        if let Some(state) = state {
            state.draw();
        }
    });
}

/// Prints `text` and a newline on standard error, around the progress line.
pub fn eprintln(text: &str) {
    with_state(|state| {
        if let Some(state) = state.as_mut() {
            state.clear();
        }
        eprintln!("{text}");
        if let Some(state) = state {
            state.draw();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_hours_minutes_and_seconds() {
        assert_eq!(duration(Duration::from_secs(9)), "9s");
        assert_eq!(duration(Duration::from_secs(134)), "2m14s");
        assert_eq!(duration(Duration::from_secs(3725)), "1h02m05s");
    }
}
