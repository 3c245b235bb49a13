//! Naming the functions in a kernel backtrace: `kernel+0x...` offsets are
//! looked up in the unstripped kernel's symbol table (`llvm-nm`).

use std::path::Path;
use std::process::Command;

use crate::tools;

/// (address, name) pairs of the kernel's functions, sorted by address.
fn symbols(kernel: &Path) -> Result<Vec<(u64, String)>, String> {
    let output = tools::capture(
        Command::new(tools::llvm_tool("llvm-nm")?)
            .args(["--demangle", "--numeric-sort", "--defined-only"])
            .arg(kernel),
    )?;
    let text = String::from_utf8_lossy(&output.stdout);
    let mut table = Vec::new();
    for line in text.lines() {
        let mut parts = line.splitn(3, ' ');
        let (Some(address), Some(kind), Some(name)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        if !matches!(kind, "t" | "T") {
            continue;
        }
        if let Ok(address) = u64::from_str_radix(address, 16) {
            table.push((address, name.to_string()));
        }
    }
    Ok(table)
}

/// `text` with every `kernel+0x...` followed by the function it falls in.
pub fn annotate(text: &str, kernel: &Path) -> String {
    if !text.contains("kernel+0x") {
        return text.to_string();
    }
    let Ok(table) = symbols(kernel) else {
        return text.to_string();
    };
    text.lines()
        .map(|line| {
            let Some(start) = line.find("kernel+0x") else {
                return line.to_string();
            };
            let digits: String = line[start + 9..].chars().take_while(char::is_ascii_hexdigit).collect();
            let Ok(offset) = u64::from_str_radix(&digits, 16) else {
                return line.to_string();
            };
            // A return address points after the call: look up the byte before it.
            let lookup = offset.saturating_sub(1);
            match table
                .partition_point(|(address, _)| *address <= lookup)
                .checked_sub(1)
                .map(|index| &table[index])
            {
                Some((address, name)) => format!("{line} {name}+{:#x}", offset - address),
                None => line.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `cargo xtask symbolize`: annotates a backtrace read from standard input.
pub fn from_stdin() -> Result<(), String> {
    let images = crate::image::build(crate::image::Flavor::Normal)?;
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).map_err(|error| error.to_string())?;
    println!("{}", annotate(&text, &images.unstripped));
    Ok(())
}
