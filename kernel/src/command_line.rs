//! Splitting a command line into words, the way `runapp` and the shell do:
//! whitespace separates, quotes group, a backslash escapes.
#![deny(unsafe_code)]

use alloc::string::String;
use alloc::vec::Vec;

use crate::errno::{Errno, KernelResult};

/// Splits `line` into words. Unbalanced quotes are `EINVAL`.
pub fn split(line: &str) -> KernelResult<Vec<String>> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut characters = line.chars();
    while let Some(character) = characters.next() {
        match character {
            '\'' => {
                in_word = true;
                loop {
                    match characters.next() {
                        Some('\'') => break,
                        Some(inner) => word.push(inner),
                        None => return Err(Errno::EINVAL),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match characters.next() {
                        Some('"') => break,
                        Some('\\') => match characters.next() {
                            Some(escaped @ ('"' | '\\' | '$' | '`')) => word.push(escaped),
                            Some(other) => {
                                word.push('\\');
                                word.push(other);
                            }
                            None => return Err(Errno::EINVAL),
                        },
                        Some(inner) => word.push(inner),
                        None => return Err(Errno::EINVAL),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(escaped) = characters.next() {
                    word.push(escaped);
                }
            }
            space if space.is_whitespace() => {
                if in_word {
                    words.push(core::mem::take(&mut word));
                    in_word = false;
                }
            }
            other => {
                in_word = true;
                word.push(other);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_group_words_and_backslash_escapes() {
        assert_eq!(
            split(r#"echo 'a b'  "c \"d\"" e\ f"#).unwrap(),
            ["echo", "a b", "c \"d\"", "e f"]
        );
    }

    #[test]
    fn empty_quotes_make_an_empty_word() {
        assert_eq!(split("echo ''").unwrap(), ["echo", ""]);
        assert!(split("   ").unwrap().is_empty());
    }

    #[test]
    fn unbalanced_quotes_are_refused() {
        assert_eq!(split("echo 'oops"), Err(Errno::EINVAL));
        assert_eq!(split("echo \"oops"), Err(Errno::EINVAL));
    }
}
