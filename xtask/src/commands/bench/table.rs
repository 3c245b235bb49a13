//! The results table: one row per measure, WasmOS beside the Linux guest,
//! printed as the Markdown `docs/PERFORMANCE.md` records or as JSON.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use serde::Serialize;

use super::measure::Measured;
use super::output::Outcome;
use crate::util::progress;

/// One line of the results table.
#[derive(Serialize)]
pub struct Row {
    /// `boot`, `launch`, `wasm`, `console`, `native`, `syscall` or `memory`.
    pub group: &'static str,
    /// What is measured.
    pub name: String,
    /// `ms`, `ns/call`, `KiB` or `MiB`.
    pub unit: &'static str,
    /// The figure on WasmOS, if measured.
    #[serde(serialize_with = "three_decimals")]
    pub wasmos: Option<f64>,
    /// The figure on the Linux guest, if measured.
    #[serde(serialize_with = "three_decimals")]
    pub linux: Option<f64>,
}

/// A figure rounded to three decimals, or `null`.
fn three_decimals<S: serde::Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => serializer.serialize_f64((value * 1000.0).round() / 1000.0),
        None => serializer.serialize_none(),
    }
}

/// The median of `name` in milliseconds, if it was measured and its program
/// exited with status 0; a failed workload is reported and left out of the
/// table rather than shown with the time it took to fail.
fn succeeded(results: &BTreeMap<String, Outcome>, name: &str, system: &str) -> Option<f64> {
    let outcome = results.get(name)?;
    if outcome.status != 0 {
        progress::eprintln(&format!(
            "xtask: {name} failed on {system} (exit status {}); not shown",
            outcome.status
        ));
        return None;
    }
    Some(outcome.median_ns / 1e6)
}

/// The rows of the Wasm workloads, launches and console writes.
pub fn workload_rows(wasmos: &Measured, linux: &Measured) -> Vec<Row> {
    wasmos
        .results
        .keys()
        .map(|name| {
            let group = if name.starts_with("console-") {
                "console"
            } else if name.contains("hello") || name.contains("big") {
                "launch"
            } else {
                "wasm"
            };
            Row {
                group,
                name: name.clone(),
                unit: "ms",
                wasmos: succeeded(&wasmos.results, name, "WasmOS"),
                linux: succeeded(&linux.results, name, "the Linux guest"),
            }
        })
        .collect()
}

/// The rows of the native workloads: in the WasmOS kernel and as Linux programs.
pub fn native_rows(in_kernel: &BTreeMap<String, Outcome>, linux: &Measured) -> Vec<Row> {
    let names: BTreeSet<&String> = linux
        .results
        .keys()
        .chain(in_kernel.keys())
        .filter(|name| name.starts_with("native-"))
        .collect();
    names
        .into_iter()
        .map(|name| Row {
            group: "native",
            name: name.clone(),
            unit: "ms",
            wasmos: succeeded(in_kernel, name, "WasmOS"),
            linux: succeeded(&linux.results, name, "the Linux guest"),
        })
        .collect()
}

/// Prints `rows` as a Markdown table, or as a JSON array of objects with `json`.
pub fn print(rows: &[Row], json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(rows)?);
        return Ok(());
    }
    println!("| group | measure | unit | WasmOS | Linux guest | WasmOS / Linux |");
    println!("|---|---|---|---:|---:|---:|");
    let show = |value: Option<f64>| {
        value.map_or("-".to_string(), |value| {
            if value >= 100.0 {
                format!("{value:.0}")
            } else {
                format!("{value:.2}")
            }
        })
    };
    for row in rows {
        let ratio = match (row.wasmos, row.linux) {
            (Some(wasmos), Some(linux)) if linux > 0.0 => format!("{:.2}", wasmos / linux),
            _ => "-".to_string(),
        };
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            row.group,
            row.name,
            row.unit,
            show(row.wasmos),
            show(row.linux),
            ratio
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_rows_keep_their_fields_and_round_to_three_decimals() {
        let rows = [Row {
            group: "boot",
            name: "to \"prompt\"".into(),
            unit: "ms",
            wasmos: Some(1.23456),
            linux: None,
        }];
        let value: serde_json::Value = serde_json::from_str(&serde_json::to_string(&rows).unwrap()).unwrap();
        assert_eq!(
            value,
            serde_json::json!([{"group": "boot", "name": "to \"prompt\"", "unit": "ms", "wasmos": 1.235, "linux": null}])
        );
    }
}
