//! `cargo xtask new-app <name> --lang c|cpp|rust|as|rust-wasi|c-wasi`: scaffolds `apps/<name>`.

use anyhow::{bail, Result};

use crate::util::files;

/// The language of a new app.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Language {
    /// C against stdlib/c
    C,
    /// C++ against stdlib/cpp
    Cpp,
    /// Rust with stdlib/rust
    Rust,
    /// AssemblyScript with stdlib/as
    As,
    /// Rust with the real std, for WASI (wasm32-wasip1)
    RustWasi,
    /// C against wasi-libc, for WASI
    CWasi,
}

/// Arguments of `cargo xtask new-app`.
#[derive(clap::Args)]
pub struct Arguments {
    /// The app's name: letters, digits, `-` and `_`
    name: String,
    /// Its language
    #[arg(long, value_enum)]
    lang: Language,
}

/// The files of a hello-world app named `name` in `language`: (path in the folder, contents).
fn hello_world(name: &str, language: Language) -> Vec<(&'static str, String)> {
    match language {
        Language::C => vec![(
            "main.c",
            format!("#include <stdio.h>\n\nint main(int argc, char **argv) {{\n    (void)argc;\n    (void)argv;\n    printf(\"Hello from {name}!\\n\");\n    return 0;\n}}\n"),
        )],
        Language::Cpp => vec![(
            "main.cpp",
            format!("#include <iostream>\n\nint main() {{\n    std::cout << \"Hello from {name}!\" << std::endl;\n    return 0;\n}}\n"),
        )],
        Language::Rust => {
            let crate_name = name.replace('-', "_");
            vec![
                (
                    "Cargo.toml",
                    format!(
                        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[lib]\nname = \"{crate_name}\"\npath = \"src/main.rs\"\ncrate-type = [\"cdylib\"]\n\n[dependencies]\nwasmos = {{ path = \"../../stdlib/rust\" }}\n\n[profile.release]\nopt-level = \"s\"\nlto = true\npanic = \"abort\"\n\n[workspace]\n"
                    ),
                ),
                (
                    "src/main.rs",
                    format!("#![no_std]\n\nuse wasmos::println;\n\nwasmos::main!(main);\n\nfn main() {{\n    println!(\"Hello from {name}!\");\n}}\n"),
                ),
            ]
        }
        Language::RustWasi => vec![
            (
                "Cargo.toml",
                format!(
                    "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n# A WASI program with the real std: .cargo/config.toml builds it for\n# wasm32-wasip1, which is what tells `cargo xtask build` so.\n\n[lints.rust]\nunsafe_op_in_unsafe_fn = \"warn\"\nmissing_docs = \"warn\"\n\n[lints.clippy]\nundocumented_unsafe_blocks = \"warn\"\nmissing_safety_doc = \"warn\"\n\n[profile.release]\nopt-level = \"s\"\nlto = true\npanic = \"abort\"\ncodegen-units = 1\nstrip = true\n\n# Its own workspace, outside the kernel's.\n[workspace]\n"
                ),
            ),
            (".cargo/config.toml", "[build]\ntarget = \"wasm32-wasip1\"\n".to_string()),
            (".gitignore", "/target\n".to_string()),
            (
                "src/main.rs",
                format!("//! {name}: a WASI program (Rust std for wasm32-wasip1).\n\nfn main() {{\n    let arguments: Vec<String> = std::env::args().skip(1).collect();\n    println!(\"Hello from {name}! arguments: {{arguments:?}}\");\n}}\n"),
            ),
        ],
        Language::CWasi => vec![
            (
                "wasi",
                "This app is built for WASI preview 1 with clang against wasi-libc (not stdlib/c).\n".to_string(),
            ),
            (
                "main.c",
                format!("#include <stdio.h>\n\nint main(int argc, char **argv) {{\n    printf(\"Hello from {name}!\");\n    for (int index = 1; index < argc; index++)\n        printf(\" %s\", argv[index]);\n    printf(\"\\n\");\n    return 0;\n}}\n"),
            ),
        ],
        Language::As => vec![(
            "main.ts",
            format!("import {{ println }} from \"../../stdlib/as/wasmos\";\n\nprintln(\"Hello from {name}!\");\n"),
        )],
    }
}

/// Creates the app folder with a hello-world in the chosen language.
pub fn run(arguments: Arguments) -> Result<()> {
    let name = &arguments.name;
    if name.starts_with('-')
        || !name
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || character == '-' || character == '_')
    {
        bail!("app names use letters, digits, `-` and `_` only: {name:?}");
    }
    let directory = crate::root().join("apps").join(name);
    if directory.exists() {
        bail!("{} already exists", directory.display());
    }
    for (path, contents) in hello_world(name, arguments.lang) {
        files::write(&directory.join(path), contents)?;
    }
    println!(
        "created {}; `cargo xtask build` compiles it to rootfs/bin/{name}.wasm",
        directory.display()
    );
    Ok(())
}
