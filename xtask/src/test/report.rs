//! Test results: each check passes or fails with its output, and the run ends
//! with one line `N passed, N failed`.

use std::time::Instant;

use anyhow::{bail, Result};

use crate::build::image;
use crate::util::{progress, symbolize};

/// The results of a test run.
pub struct Results {
    passed: usize,
    failed: usize,
    failures: Vec<String>,
    started: Instant,
}

impl Default for Results {
    fn default() -> Results {
        Results {
            passed: 0,
            failed: 0,
            failures: Vec::new(),
            started: Instant::now(),
        }
    }
}

impl Results {
    /// Records one check.
    pub fn record(&mut self, name: &str, outcome: Result<()>) {
        match outcome {
            Ok(()) => {
                self.passed += 1;
                progress::println(&format!("PASS {name}"));
            }
            Err(error) => {
                // Name the functions of any kernel backtrace in the output.
                let detail = symbolize::annotate(&format!("{error:#}"), &image::unstripped_kernel());
                self.failed += 1;
                progress::println(&format!("FAIL {name}\n{}", indent(&detail)));
                self.failures.push(name.to_string());
            }
        }
    }

    /// Records a whole suite's counts (from `cargo test`).
    pub fn record_counts(&mut self, name: &str, passed: usize, failed: usize, detail: &str) {
        self.passed += passed;
        self.failed += failed;
        if failed > 0 {
            progress::println(&format!(
                "FAIL {name}: {failed} of {} failed\n{}",
                passed + failed,
                indent(detail)
            ));
            self.failures.push(name.to_string());
        } else {
            progress::println(&format!("PASS {name}: {passed} tests"));
        }
    }

    /// Prints the summary, ending with `N passed, N failed`; fails if any check failed.
    pub fn finish(self) -> Result<()> {
        println!();
        if !self.failures.is_empty() {
            println!("failed: {}", self.failures.join(", "));
        }
        println!("test time: {:.0} s", self.started.elapsed().as_secs_f64());
        println!("{} passed, {} failed", self.passed, self.failed);
        if self.failed > 0 {
            bail!("{} test(s) failed", self.failed);
        }
        Ok(())
    }
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| format!("    {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}
