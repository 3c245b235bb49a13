//! `cargo xtask cc [-v] [-o out.wasm] [flags...] <file.c|file.cpp>...`: compiles
//! loose C and C++ files against our standard libraries into one module,
//! without making an app folder (docs/PORTING.md shows the commands it runs).

use std::path::{Path, PathBuf};

const USAGE: &str = "usage: cargo xtask cc [-v] [-o out.wasm] [-D..|-I..|-O..|-W..|-f..] <file.c|file.cpp>...";

/// What the command line asked for.
#[derive(Debug, PartialEq, Eq)]
struct Request {
    sources: Vec<PathBuf>,
    output: Option<PathBuf>,
    compiler_flags: Vec<String>,
    verbose: bool,
}

fn parse(arguments: &[String]) -> Result<Request, String> {
    let mut request = Request {
        sources: Vec::new(),
        output: None,
        compiler_flags: Vec::new(),
        verbose: false,
    };
    let mut words = arguments.iter();
    while let Some(word) = words.next() {
        match word.as_str() {
            "-o" => request.output = Some(PathBuf::from(words.next().ok_or(USAGE)?)),
            "-v" => request.verbose = true,
            "-h" | "--help" => return Err(USAGE.to_string()),
            flag if flag.starts_with('-') => request.compiler_flags.push(flag.to_string()),
            source => request.sources.push(PathBuf::from(source)),
        }
    }
    if request.sources.is_empty() {
        return Err(USAGE.to_string());
    }
    if let Some(source) = request.sources.iter().find(|source| {
        !matches!(
            source.extension().and_then(|extension| extension.to_str()),
            Some("c" | "cpp" | "cc" | "cxx" | "C")
        )
    }) {
        return Err(format!("{}: not a .c or .cpp file\n{USAGE}", source.display()));
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
pub fn run(arguments: &[String]) -> Result<(), String> {
    let request = parse(arguments)?;
    if request.verbose {
        crate::apps::echo_commands();
    }
    let mut sources = Vec::new();
    for source in &request.sources {
        sources.push(std::fs::canonicalize(source).map_err(|error| format!("{}: {error}", source.display()))?);
    }
    let output = request.output.clone().unwrap_or_else(|| default_output(&sources[0]));
    let stem = output
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    let object_directory = crate::root().join("target/wasm/cc").join(stem);
    crate::apps::build_program(&sources, &request.compiler_flags, &object_directory, &output)?;
    eprintln!("xtask: wrote {}", output.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn sources_output_and_flags_are_told_apart() {
        let request = parse(&words("-v -DX=1 a.c -o out.wasm b.cpp -O0")).unwrap();
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
    fn files_that_are_not_c_or_cpp_are_refused() {
        assert!(parse(&words("notes.txt")).is_err());
        assert!(parse(&words("-o x.wasm")).is_err());
    }

    #[test]
    fn the_default_output_is_named_after_the_first_source() {
        assert!(default_output(Path::new("/x/hello.c")).ends_with("rootfs/bin/hello.wasm"));
    }
}
