//! Formatting to a locked, buffered standard output: 200 lines, then a
//! flush; `eprintln!` on standard error.

use std::io::Write;

fn main() {
    let program = wasi_conformance::start("rs-stdout-lines");
    let mut output = std::io::BufWriter::new(std::io::stdout().lock());
    let mut total = 0u64;
    for number in 1..=200u64 {
        total += number * number;
        program.get(
            writeln!(output, "{number:>3} squared is {:>6}", number * number),
            "writeln",
        );
    }
    program.get(writeln!(output, "sum of squares {total}"), "writeln");
    program.get(output.flush(), "flush");
    drop(output);
    eprintln!("rs-stdout-lines: a line on standard error");
    program.check(total == 2_686_700, "the sum of squares");
    program.ok();
}
