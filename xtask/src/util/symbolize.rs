//! Naming the functions in a kernel backtrace: `kernel+0x...` offsets are
//! looked up in the unstripped kernel's symbol table (`llvm-nm`).

use std::path::Path;
use std::process::Command;

use anyhow::Result;

use crate::util::process;

/// (address, name) pairs of the kernel's functions, sorted by address.
fn symbols(kernel: &Path) -> Result<Vec<(u64, String)>> {
    let text = process::capture_success(
        Command::new(process::llvm_tool("llvm-nm")?)
            .args(["--demangle", "--numeric-sort", "--defined-only"])
            .arg(kernel),
    )?;
    Ok(text.lines().filter_map(function_symbol).collect())
}

/// Whether `kernel` defines a function whose demangled name contains `needle`.
pub fn has_function(kernel: &Path, needle: &str) -> Result<bool> {
    Ok(symbols(kernel)?.iter().any(|(_, name)| name.contains(needle)))
}

/// One `llvm-nm` line (`<address> <kind> <name>`) if it names a function.
fn function_symbol(line: &str) -> Option<(u64, String)> {
    let mut parts = line.splitn(3, ' ');
    let (address, kind, name) = (parts.next()?, parts.next()?, parts.next()?);
    if !matches!(kind, "t" | "T") {
        return None;
    }
    let address = u64::from_str_radix(address, 16).ok()?;
    Some((address, name.to_string()))
}

/// `line` followed by the function its `kernel+0x...` offset falls in, if any.
fn annotate_line(line: &str, table: &[(u64, String)]) -> String {
    let Some(start) = line.find("kernel+0x") else {
        return line.to_string();
    };
    let digits: String = line[start + "kernel+0x".len()..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect();
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
        .map(|line| annotate_line(line, &table))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_named_by_the_function_before_them() {
        let table = vec![(0x100, "first".to_string()), (0x200, "second".to_string())];
        assert_eq!(annotate_line("  kernel+0x210", &table), "  kernel+0x210 second+0x10");
        assert_eq!(annotate_line("  kernel+0x200", &table), "  kernel+0x200 first+0x100");
        assert_eq!(annotate_line("  kernel+0x50", &table), "  kernel+0x50");
        assert_eq!(annotate_line("no address", &table), "no address");
    }

    #[test]
    fn only_function_symbols_are_kept() {
        assert_eq!(function_symbol("00000100 T main"), Some((0x100, "main".to_string())));
        assert_eq!(function_symbol("00000100 D data"), None);
    }
}
