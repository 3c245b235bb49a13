//! wordfreq: counts the words of files (or of standard input) and prints the
//! most frequent ones. A WASI program written against Rust's real `std`
//! (`wasm32-wasip1`): arguments from `std::env`, files through `std::fs`,
//! standard input through `std::io::stdin().lines()`, a `HashMap`, and
//! `std::time` for the timing line on standard error.
//!
//! ```text
//! wordfreq [--top N] [--quiet] [FILE...]     (`-` or no file: standard input)
//! ```

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

const USAGE: &str = "usage: wordfreq [--top N] [--quiet] [FILE...]\n\
    Counts words (letters, digits and inner apostrophes, case folded) in the\n\
    files, or standard input without any (or for `-`), and prints the N most\n\
    frequent (10 by default; 0: all). --quiet leaves out the timing line.";

/// What the command line asks for.
struct Options {
    top: usize,
    quiet: bool,
    files: Vec<String>,
}

fn parse_arguments(arguments: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        top: 10,
        quiet: false,
        files: Vec::new(),
    };
    let mut arguments = arguments.peekable();
    let parse_count = |text: &str| {
        text.parse::<usize>()
            .map_err(|_| format!("--top wants a number, not {text:?}"))
    };
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--help" | "-h" => return Err(String::new()),
            "--quiet" | "-q" => options.quiet = true,
            "--top" | "-n" => {
                let count = arguments.next().ok_or("--top wants a number")?;
                options.top = parse_count(&count)?;
            }
            "--" => options.files.extend(arguments.by_ref()),
            _ => {
                if let Some(count) = argument.strip_prefix("--top=") {
                    options.top = parse_count(count)?;
                } else if argument.starts_with('-') && argument != "-" {
                    return Err(format!("unknown option {argument}"));
                } else {
                    options.files.push(argument);
                }
            }
        }
    }
    Ok(options)
}

/// The counts so far.
#[derive(Default)]
struct Counter {
    words: HashMap<String, u64>,
    total: u64,
    lines: u64,
    bytes: u64,
}

impl Counter {
    /// Counts the words of one line: runs of letters and digits, with
    /// apostrophes inside a word kept (`don't`), lower-cased.
    fn add_line(&mut self, line: &str) {
        self.lines += 1;
        self.bytes += line.len() as u64 + 1;
        let mut word = String::new();
        let mut characters = line.chars().peekable();
        while let Some(character) = characters.next() {
            let inner_apostrophe = (character == '\'' || character == '\u{2019}')
                && !word.is_empty()
                && characters.peek().is_some_and(|next| next.is_alphanumeric());
            if character.is_alphanumeric() || inner_apostrophe {
                word.extend(character.to_lowercase());
            } else if !word.is_empty() {
                self.add_word(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            self.add_word(word);
        }
    }

    fn add_word(&mut self, word: String) {
        self.total += 1;
        *self.words.entry(word).or_insert(0) += 1;
    }

    /// Counts every line of `reader`.
    fn add_lines(&mut self, lines: impl Iterator<Item = io::Result<String>>) -> io::Result<()> {
        for line in lines {
            self.add_line(&line?);
        }
        Ok(())
    }

    /// The words, most frequent first, ties in alphabetical order.
    fn ranking(&self) -> Vec<(&str, u64)> {
        let mut ranking: Vec<(&str, u64)> = self.words.iter().map(|(word, count)| (word.as_str(), *count)).collect();
        ranking.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        ranking
    }
}

/// A date and time in UTC from seconds since 1970, as `YYYY-MM-DD hh:mm:ss`.
fn format_utc(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let time = seconds % 86_400;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}",
        time / 3600,
        time / 60 % 60,
        time % 60
    )
}

/// Prints the table of the `top` most frequent words (all for 0).
fn print_table(counter: &Counter, top: usize, output: &mut impl Write) -> io::Result<()> {
    let ranking = counter.ranking();
    let shown = if top == 0 {
        ranking.len()
    } else {
        top.min(ranking.len())
    };
    let width = ranking
        .iter()
        .take(shown)
        .map(|(word, _)| word.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    writeln!(
        output,
        "{:>4}  {:<width$}  {:>7}  {:>6}",
        "rank", "word", "count", "share"
    )?;
    for (rank, (word, count)) in ranking.iter().take(shown).enumerate() {
        let share = 100.0 * *count as f64 / counter.total as f64;
        writeln!(output, "{:>4}  {word:<width$}  {count:>7}  {share:>5.1}%", rank + 1)?;
    }
    writeln!(
        output,
        "{} words, {} distinct, {} lines",
        counter.total,
        counter.words.len(),
        counter.lines
    )
}

fn main() -> ExitCode {
    let options = match parse_arguments(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("wordfreq: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if message.is_empty() { 0 } else { 2 });
        }
    };
    let started = Instant::now();
    let wall_clock = SystemTime::now();
    let mut counter = Counter::default();
    let mut status = ExitCode::SUCCESS;
    let sources = if options.files.is_empty() {
        vec!["-".to_string()]
    } else {
        options.files.clone()
    };
    for source in &sources {
        let outcome = if source == "-" {
            counter.add_lines(io::stdin().lines())
        } else {
            File::open(source).and_then(|file| counter.add_lines(BufReader::new(file).lines()))
        };
        if let Err(error) = outcome {
            eprintln!("wordfreq: {source}: {error}");
            status = ExitCode::FAILURE;
        }
    }
    let mut output = io::stdout().lock();
    if let Err(error) = print_table(&counter, options.top, &mut output).and_then(|()| output.flush()) {
        eprintln!("wordfreq: writing the table: {error}");
        return ExitCode::FAILURE;
    }
    if !options.quiet {
        let elapsed = started.elapsed();
        let date = wall_clock
            .duration_since(UNIX_EPOCH)
            .map(|since| format!("{} UTC", format_utc(since.as_secs())))
            .unwrap_or_else(|_| "before 1970".to_string());
        eprintln!(
            "wordfreq: {} bytes from {} source(s) in {:.3} ms (started {date})",
            counter.bytes,
            sources.len(),
            elapsed.as_secs_f64() * 1000.0
        );
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_and_ranked() {
        let mut counter = Counter::default();
        counter.add_line("The cat and THE dog; the end. Don't stop, 'quoted' it's");
        let ranking = counter.ranking();
        assert_eq!(ranking[0], ("the", 3));
        assert!(ranking.contains(&("don't", 1)));
        assert!(ranking.contains(&("quoted", 1)));
        assert!(ranking.contains(&("it's", 1)));
        assert_eq!(counter.total, 11);
    }

    #[test]
    fn dates_are_civil() {
        assert_eq!(format_utc(0), "1970-01-01 00:00:00");
        assert_eq!(format_utc(951_782_400), "2000-02-29 00:00:00");
        assert_eq!(format_utc(1_700_000_000), "2023-11-14 22:13:20");
    }
}
