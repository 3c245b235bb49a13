//! The results table: one row per measure, WasmOS beside the Linux guest, each
//! figure a median with its min-max spread, printed as the Markdown
//! `docs/PERFORMANCE.md` records or as JSON.

use std::fmt::Write;

use anyhow::Result;
use serde::Serialize;

use super::figure::{three_decimals, Figure};

/// One line of the results table.
#[derive(Serialize)]
pub struct Row {
    /// `boot`, `launch`, `wasm`, `console`, `process`, `native`, `syscall` or `memory`.
    pub group: &'static str,
    /// What is measured.
    pub name: String,
    /// `ms`, `ns/call`, `us/round trip`, `MiB/s` (the one where more is better), `KiB` or `MiB`.
    pub unit: &'static str,
    /// The figure on WasmOS, if measured.
    pub wasmos: Option<Figure>,
    /// The figure on the Linux guest, if measured.
    pub linux: Option<Figure>,
    /// WasmOS's median over the Linux guest's, when both were measured.
    #[serde(serialize_with = "optional_three_decimals")]
    pub ratio: Option<f64>,
    /// Whether the two systems' min-max ranges overlap, so that the ratio is
    /// inside the noise of these runs; `null` without a ratio or for a figure
    /// measured once (a size).
    pub within_noise: Option<bool>,
}

impl Row {
    /// The row of `name`, with its ratio and noise verdict worked out.
    pub fn new(
        group: &'static str,
        name: &str,
        unit: &'static str,
        wasmos: Option<Figure>,
        linux: Option<Figure>,
    ) -> Row {
        let (ratio, within_noise) = match (&wasmos, &linux) {
            (Some(ours), Some(theirs)) if theirs.median() > 0.0 => {
                let repeated = ours.samples().len() > 1 && theirs.samples().len() > 1;
                let within_noise = repeated.then(|| ours.overlaps(theirs));
                (Some(ours.median() / theirs.median()), within_noise)
            }
            _ => (None, None),
        };
        Row {
            group,
            name: name.to_string(),
            unit,
            wasmos,
            linux,
            ratio,
            within_noise,
        }
    }
}

fn optional_three_decimals<S: serde::Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => serializer.serialize_f64(three_decimals(*value)),
        None => serializer.serialize_none(),
    }
}

/// A value with about three significant digits.
fn number(value: f64) -> String {
    if value >= 100.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
    }
}

/// A figure as `median (min-max)`, or its one value, or `-`.
fn cell(figure: Option<&Figure>) -> String {
    match figure {
        None => "-".to_string(),
        Some(figure) if figure.samples().len() == 1 => number(figure.median()),
        Some(figure) => format!(
            "{} ({}-{})",
            number(figure.median()),
            number(figure.min()),
            number(figure.max())
        ),
    }
}

/// `rows` as a Markdown table with a note on the marks, or as a JSON array.
pub fn render(rows: &[Row], json: bool) -> Result<String> {
    if json {
        return Ok(serde_json::to_string_pretty(rows)? + "\n");
    }
    let mut text = String::new();
    writeln!(
        text,
        "| group | measure | unit | WasmOS | Linux guest | WasmOS / Linux |"
    )?;
    writeln!(text, "|---|---|---|---:|---:|---:|")?;
    for row in rows {
        let ratio = match (row.ratio, row.within_noise) {
            (Some(ratio), Some(true)) => format!("~{ratio:.2}"),
            (Some(ratio), _) => format!("{ratio:.2}"),
            _ => "-".to_string(),
        };
        writeln!(
            text,
            "| {} | {} | {} | {} | {} | {} |",
            row.group,
            row.name,
            row.unit,
            cell(row.wasmos.as_ref()),
            cell(row.linux.as_ref()),
            ratio
        )?;
    }
    writeln!(
        text,
        "\nEach figure: median (min-max) of its runs. `~`: the two min-max ranges overlap, so the ratio is within the noise."
    )?;
    Ok(text)
}

/// Prints `rows` on standard output (see [`render`]).
pub fn print(rows: &[Row], json: bool) -> Result<()> {
    print!("{}", render(rows, json)?);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<Row> {
        vec![
            Row::new(
                "boot",
                "to \"prompt\"",
                "ms",
                Figure::of(vec![1.23456, 2.0, 1.5]),
                Figure::of(vec![1.0, 1.4, 1.2]),
            ),
            Row::new(
                "wasm",
                "fib",
                "ms",
                Figure::of(vec![30.0, 31.0]),
                Figure::of(vec![10.0, 11.0]),
            ),
            Row::new("memory", "heap", "KiB", Some(Figure::single(3244.0)), None),
            Row::new(
                "memory",
                "image",
                "KiB",
                Some(Figure::single(2353.0)),
                Some(Figure::single(8054.0)),
            ),
        ]
    }

    #[test]
    fn json_output_is_json_alone_with_every_figure() {
        let text = render(&rows(), true).unwrap();
        // The whole output parses as one JSON value: nothing before or after it.
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            value[0],
            serde_json::json!({
                "group": "boot", "name": "to \"prompt\"", "unit": "ms",
                "wasmos": {"median": 1.5, "min": 1.235, "max": 2.0, "samples": [1.235, 2.0, 1.5]},
                "linux": {"median": 1.2, "min": 1.0, "max": 1.4, "samples": [1.0, 1.4, 1.2]},
                "ratio": 1.25, "within_noise": true
            })
        );
        assert_eq!(value[1]["within_noise"], false);
        assert_eq!(value[2]["linux"], serde_json::Value::Null);
        assert_eq!(value[2]["ratio"], serde_json::Value::Null);
        // Sizes are measured once: a ratio, but no noise to be within.
        assert_eq!(value[3]["ratio"], 0.292);
        assert_eq!(value[3]["within_noise"], serde_json::Value::Null);
    }

    #[test]
    fn the_text_table_shows_spreads_and_marks_ratios_within_noise() {
        let text = render(&rows(), false).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[2],
            "| boot | to \"prompt\" | ms | 1.50 (1.23-2.00) | 1.20 (1.00-1.40) | ~1.25 |"
        );
        assert_eq!(
            lines[3],
            "| wasm | fib | ms | 30.50 (30.00-31.00) | 10.50 (10.00-11.00) | 2.90 |"
        );
        assert_eq!(lines[4], "| memory | heap | KiB | 3244 | - | - |");
        assert_eq!(lines[5], "| memory | image | KiB | 2353 | 8054 | 0.29 |");
    }
}
