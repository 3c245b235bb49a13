//! `HashMap` (seeded through `random_get`), `BTreeMap`, `String`
//! formatting and floating point, as a word count would use them.

use std::collections::{BTreeMap, HashMap, HashSet};

fn main() {
    let program = wasi_conformance::start("rs-collections");
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_default() += 1;
    }
    program.check(counts["the"] == 3 && counts.len() == 9, "word counts");
    let ordered: BTreeMap<&str, usize> = counts.iter().map(|(word, count)| (*word, *count)).collect();
    let line: Vec<String> = ordered.iter().map(|(word, count)| format!("{word}={count}")).collect();
    println!("{}", line.join(" "));
    let numbers: HashSet<u64> = (0..10_000u64).map(|number| number * 7919 % 10_007).collect();
    program.check(numbers.len() == 10_000, "10000 distinct numbers");
    let mean = numbers.iter().sum::<u64>() as f64 / numbers.len() as f64;
    println!("mean {mean:.3}, sqrt(2) {:.6}, {:>8.2e}", 2f64.sqrt(), 12345.678f64);
    program.ok();
}
