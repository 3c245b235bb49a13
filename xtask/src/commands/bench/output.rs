//! Reading what the workloads print: `BENCH` result lines and single figures.

use std::collections::BTreeMap;

/// A workload's result: its median time in nanoseconds and its exit status.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    /// The median of its runs, in nanoseconds.
    pub median_ns: f64,
    /// Its exit status (0 when it worked).
    pub status: i32,
}

/// The `BENCH <name> runs=.. median_ns=.. status=..` lines of `text`, by name.
pub fn bench_lines(text: &str) -> BTreeMap<String, Outcome> {
    let mut found = BTreeMap::new();
    for line in text.lines().filter(|line| line.starts_with("BENCH ")) {
        let mut words = line.split_whitespace().skip(1);
        let Some(name) = words.next() else { continue };
        let fields: BTreeMap<&str, &str> = words.filter_map(|word| word.split_once('=')).collect();
        if let Some(median_ns) = fields.get("median_ns").and_then(|value| value.parse::<f64>().ok()) {
            let status = fields.get("status").and_then(|value| value.parse().ok()).unwrap_or(-1);
            found.insert(name.to_string(), Outcome { median_ns, status });
        }
    }
    found
}

/// The number after `label` in `text`.
pub fn number_after(text: &str, label: &str) -> Option<f64> {
    let start = text.find(label)? + label.len();
    let digits: String = text[start..]
        .trim_start()
        .chars()
        .take_while(|character| character.is_ascii_digit() || *character == '.')
        .collect();
    digits.parse().ok()
}

/// The number just before `label` (as in `12 ns per call`).
pub fn number_before(text: &str, label: &str) -> Option<f64> {
    let end = text.find(label)?;
    let before = text[..end].trim_end();
    let digits: String = before
        .chars()
        .rev()
        .take_while(|character| character.is_ascii_digit() || *character == '.')
        .collect();
    digits.chars().rev().collect::<String>().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bench_lines_give_the_median_and_status_by_name() {
        let text = "noise\nBENCH fib runs=3 median_ns=1500 status=0\nBENCH bad runs=3 median_ns=7 status=1\n";
        let lines = bench_lines(text);
        assert_eq!(
            lines["fib"],
            Outcome {
                median_ns: 1500.0,
                status: 0
            }
        );
        assert_eq!(lines["bad"].status, 1);
    }

    #[test]
    fn numbers_are_found_beside_their_labels() {
        assert_eq!(number_after("HeapUsed:   2048 bytes", "HeapUsed:"), Some(2048.0));
        assert_eq!(number_before("write: 12.5 ns per call", "ns per call"), Some(12.5));
    }
}
