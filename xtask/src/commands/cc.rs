//! `cargo xtask cc [-v] [-o out.wasm] [flags...] <file.c|file.cpp>...`: compiles
//! loose C and C++ files against our standard libraries into one module,
//! without making an app folder (docs/PORTING.md shows the commands it runs).
//! Like a compiler driver, `-v` and `-o` may come anywhere; every other word
//! starting with `-` goes to the compiler.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::build::apps::clang;
use crate::util::{prerequisites, progress};

/// Arguments of `cargo xtask cc`.
#[derive(clap::Args)]
#[command(allow_hyphen_values = true)]
pub struct Arguments {
    /// Print the compiler and linker command lines
    #[arg(short)]
    verbose: bool,
    /// The module to write (default: rootfs/bin/<first file's name>.wasm)
    #[arg(short, value_name = "OUT.wasm")]
    output: Option<PathBuf>,
    /// Compiler flags (-D.., -I.., -O.., -W.., -f..) and the .c/.cpp files, in any order
    #[arg(
        required = true,
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "FLAGS|FILES"
    )]
    words: Vec<String>,
}

/// What the command line asked for.
#[derive(Debug, PartialEq, Eq)]
struct Request {
    sources: Vec<PathBuf>,
    output: Option<PathBuf>,
    compiler_flags: Vec<String>,
    verbose: bool,
}

/// Tells sources and compiler flags apart in `words`; `-v` and `-o <file>`
/// may also come among them.
fn parse(arguments: Arguments) -> Result<Request> {
    let mut request = Request {
        sources: Vec::new(),
        output: arguments.output,
        compiler_flags: Vec::new(),
        verbose: arguments.verbose,
    };
    let mut words = arguments.words.into_iter();
    while let Some(word) = words.next() {
        match word.as_str() {
            "-o" => request.output = Some(PathBuf::from(words.next().context("-o needs a file name")?)),
            "-v" => request.verbose = true,
            flag if flag.starts_with('-') => request.compiler_flags.push(word),
            _ => request.sources.push(PathBuf::from(word)),
        }
    }
    if request.sources.is_empty() {
        bail!("no .c or .cpp file given");
    }
    if let Some(source) = request.sources.iter().find(|source| {
        !matches!(
            source.extension().and_then(|extension| extension.to_str()),
            Some("c" | "cpp" | "cc" | "cxx" | "C")
        )
    }) {
        bail!("{}: not a .c or .cpp file", source.display());
    }
    Ok(request)
}

/// The default output: `rootfs/bin/<first source's stem>.wasm`, so that
/// `cargo xtask host-run <stem>` and the OS image find it.
fn default_output(source: &Path) -> PathBuf {
    let stem = source
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| "a".to_string());
    crate::root().join("rootfs/bin").join(format!("{stem}.wasm"))
}

/// Runs `cargo xtask cc`.
pub fn run(arguments: Arguments) -> Result<()> {
    prerequisites::ensure()?;
    let request = parse(arguments)?;
    if request.verbose {
        clang::echo_commands();
    }
    let mut sources = Vec::new();
    for source in &request.sources {
        sources.push(std::fs::canonicalize(source).with_context(|| format!("{}", source.display()))?);
    }
    let output = request.output.clone().unwrap_or_else(|| default_output(&sources[0]));
    let stem = output
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    let object_directory = crate::root().join("target/wasm/cc").join(stem);
    clang::build_program(&sources, &request.compiler_flags, &object_directory, &output)?;
    progress::eprintln(&format!("xtask: wrote {}", output.display()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    /// `cargo xtask cc` parsed as the command line would be.
    #[derive(Parser)]
    struct Cc {
        #[command(flatten)]
        arguments: Arguments,
    }

    fn request(line: &str) -> Result<Request> {
        let words = std::iter::once("cc").chain(line.split_whitespace());
        parse(Cc::try_parse_from(words)?.arguments)
    }

    #[test]
    fn sources_output_and_flags_are_told_apart() {
        let request = request("-v -DX=1 a.c -o out.wasm b.cpp -O0").unwrap();
        assert_eq!(
            request,
            Request {
                sources: vec!["a.c".into(), "b.cpp".into()],
                output: Some("out.wasm".into()),
                compiler_flags: vec!["-DX=1".into(), "-O0".into()],
                verbose: true,
            }
        );
    }

    #[test]
    fn flags_may_come_first() {
        let request = request("-Wall -Iinclude -o x.wasm main.c").unwrap();
        assert_eq!(request.compiler_flags, vec!["-Wall".to_string(), "-Iinclude".into()]);
        assert_eq!(request.output, Some("x.wasm".into()));
    }

    #[test]
    fn files_that_are_not_c_or_cpp_are_refused() {
        assert!(request("notes.txt").is_err());
        assert!(request("-o x.wasm").is_err());
    }

    #[test]
    fn the_default_output_is_named_after_the_first_source() {
        assert!(default_output(Path::new("/x/hello.c")).ends_with("rootfs/bin/hello.wasm"));
    }
}
