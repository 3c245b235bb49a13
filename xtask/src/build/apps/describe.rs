//! The one-line description every program in `/bin` carries for the
//! shell's `help`: a custom section named `wasmos.description` in its own
//! module. An app declares it (`WASMOS_DESCRIPTION("...")` from
//! `<wasmos/description.h>` in C and C++, `#[link_section]` in Rust); for one
//! that does not, the build appends the section, taking the first sentence of
//! the comment its main source opens with (the house style says what a
//! program does there), so the text still comes from the app.
//!
//! Also installs the shell under its POSIX name, `sh`.

use std::path::Path;

use anyhow::{Context, Result};

use super::App;
use crate::util::files::{self, modified, up_to_date};

/// The custom section's name.
pub const SECTION: &str = "wasmos.description";

/// The longest description kept, in characters.
const MOST_CHARACTERS: usize = 70;

/// Gives `app`'s module a description if it is installed in `/bin` and has none.
pub fn ensure(app: &App) -> Result<()> {
    if app.installed_in != "bin" {
        return Ok(());
    }
    let path = app.output_path();
    let module = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
    if has_section(&module, SECTION) {
        return Ok(());
    }
    let Some(text) = description_from_source(&app.directory, &app.name) else {
        return Ok(());
    };
    let mut module = module;
    module.extend_from_slice(&custom_section(SECTION, text.as_bytes()));
    files::write(&path, module)
}

/// Copies the shell to `/bin/sh.wasm` when `/bin/cli.wasm` is newer.
pub fn install_sh() -> Result<()> {
    let bin = crate::root().join("rootfs/bin");
    let (shell, sh) = (bin.join("cli.wasm"), bin.join("sh.wasm"));
    if shell.is_file() && !up_to_date(&sh, modified(&shell)) {
        std::fs::copy(&shell, &sh).with_context(|| format!("installing {}", sh.display()))?;
    }
    Ok(())
}

/// Whether `module` has a custom section called `name`. A malformed module
/// counts as having one (it is left alone).
fn has_section(module: &[u8], name: &str) -> bool {
    let mut offset = 8;
    while offset < module.len() {
        let id = module[offset];
        let Some((size, length)) = leb128(&module[offset + 1..]) else {
            return true;
        };
        let body = offset + 1 + length;
        let Some(end) = body.checked_add(size).filter(|end| *end <= module.len()) else {
            return true;
        };
        if id == 0 {
            if let Some((name_length, length)) = leb128(&module[body..end]) {
                let start = body + length;
                if module.get(start..start + name_length) == Some(name.as_bytes()) {
                    return true;
                }
            }
        }
        offset = end;
    }
    false
}

/// Reads an unsigned LEB128 number: (value, bytes it took).
fn leb128(bytes: &[u8]) -> Option<(usize, usize)> {
    let mut value = 0usize;
    for (index, byte) in bytes.iter().enumerate().take(5) {
        value |= usize::from(byte & 0x7f) << (7 * index);
        if byte & 0x80 == 0 {
            return Some((value, index + 1));
        }
    }
    None
}

fn write_leb128(mut value: usize, out: &mut Vec<u8>) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A custom section: id 0, its size, the name's length, the name, the payload.
fn custom_section(name: &str, payload: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    write_leb128(name.len(), &mut body);
    body.extend_from_slice(name.as_bytes());
    body.extend_from_slice(payload);
    let mut section = vec![0];
    write_leb128(body.len(), &mut section);
    section.extend_from_slice(&body);
    section
}

/// The first sentence of the comment `app`'s main source opens with, without
/// a leading `name:`, cut to [`MOST_CHARACTERS`].
fn description_from_source(directory: &Path, name: &str) -> Option<String> {
    let source = ["main.c", "main.cpp", "main.cc", "src/main.rs", "src/lib.rs", "main.ts"]
        .iter()
        .find_map(|file| std::fs::read_to_string(directory.join(file)).ok())?;
    let comment = opening_comment(&source)?;
    let mut text = comment.split_whitespace().collect::<Vec<_>>().join(" ");
    for prefix in [format!("{name}:"), format!("`{name}`:")] {
        if let Some(rest) = text.strip_prefix(&prefix) {
            text = rest.trim_start().to_string();
        }
    }
    let sentence_end = text
        .char_indices()
        .find(|(index, character)| {
            (*character == '.' || *character == ';') && text[index + 1..].chars().next().is_none_or(char::is_whitespace)
        })
        .map_or(text.len(), |(index, _)| index);
    let mut sentence: String = text[..sentence_end].to_string();
    if sentence.chars().count() > MOST_CHARACTERS {
        sentence = sentence.chars().take(MOST_CHARACTERS - 3).collect::<String>() + "...";
    }
    // The shell prints it as it is: keep it to plain printable text.
    let sentence: String = sentence.chars().filter(|character| !character.is_control()).collect();
    (!sentence.is_empty()).then_some(sentence)
}

/// The text of the comment a source file opens with: a `/* */` block, or
/// `//!`/`//` lines.
fn opening_comment(source: &str) -> Option<String> {
    let source = source.trim_start();
    if let Some(rest) = source.strip_prefix("/*") {
        let end = rest.find("*/")?;
        let body = rest[..end]
            .lines()
            .map(|line| line.trim().trim_start_matches('*').trim())
            .collect::<Vec<_>>()
            .join(" ");
        return Some(body);
    }
    let lines: Vec<&str> = source
        .lines()
        .map(str::trim)
        .take_while(|line| line.starts_with("//"))
        .map(|line| line.trim_start_matches('/').trim_start_matches('!').trim())
        .collect();
    (!lines.is_empty()).then(|| lines.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_section_is_appended_and_found() {
        let mut module = b"\0asm\x01\0\0\0".to_vec();
        assert!(!has_section(&module, SECTION));
        module.extend_from_slice(&custom_section(SECTION, b"counts words"));
        assert!(has_section(&module, SECTION));
        assert!(!has_section(&module, "other"));
    }

    #[test]
    fn the_first_sentence_of_the_opening_comment_describes_the_app() {
        let c = "/* cksum: prints the POSIX checksum of files. More text. */\nint main;";
        assert_eq!(
            opening_comment(c).as_deref().map(str::trim),
            Some("cksum: prints the POSIX checksum of files. More text.")
        );
        let directory = std::env::temp_dir().join(format!("xtask-describe-{}", std::process::id()));
        std::fs::create_dir_all(&directory).unwrap();
        std::fs::write(directory.join("main.c"), c).unwrap();
        assert_eq!(
            description_from_source(&directory, "cksum").as_deref(),
            Some("prints the POSIX checksum of files")
        );
        std::fs::write(
            directory.join("main.c"),
            "//! A long line that goes on and on and on and on and on and on and on and on and on\n",
        )
        .unwrap();
        assert_eq!(
            description_from_source(&directory, "x").unwrap().chars().count(),
            MOST_CHARACTERS
        );
        std::fs::remove_dir_all(&directory).unwrap();
    }
}
