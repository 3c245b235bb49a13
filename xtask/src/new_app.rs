//! `cargo xtask new-app <name> --lang c|cpp|rust|as`: scaffolds `apps/<name>`.

use std::path::Path;

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|error| format!("{}: {error}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|error| format!("{}: {error}", path.display()))
}

/// Creates the app folder with a hello-world in the chosen language.
pub fn scaffold(arguments: &[String]) -> Result<(), String> {
    const USAGE: &str = "usage: cargo xtask new-app <name> --lang c|cpp|rust|as";
    let name = arguments.first().filter(|name| !name.starts_with('-')).ok_or(USAGE)?;
    if !name
        .chars()
        .all(|character| character.is_ascii_alphanumeric() || character == '-' || character == '_')
    {
        return Err(format!("app names use letters, digits, `-` and `_` only: {name:?}"));
    }
    let language = arguments
        .iter()
        .position(|argument| argument == "--lang")
        .and_then(|index| arguments.get(index + 1))
        .ok_or(USAGE)?;
    let directory = crate::root().join("apps").join(name);
    if directory.exists() {
        return Err(format!("{} already exists", directory.display()));
    }
    match language.as_str() {
        "c" => write(
            &directory.join("main.c"),
            &format!("#include <stdio.h>\n\nint main(int argc, char **argv) {{\n    (void)argc;\n    (void)argv;\n    printf(\"Hello from {name}!\\n\");\n    return 0;\n}}\n"),
        )?,
        "cpp" => write(
            &directory.join("main.cpp"),
            &format!("#include <iostream>\n\nint main() {{\n    std::cout << \"Hello from {name}!\" << std::endl;\n    return 0;\n}}\n"),
        )?,
        "rust" => {
            let crate_name = name.replace('-', "_");
            write(
                &directory.join("Cargo.toml"),
                &format!(
                    "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[lib]\nname = \"{crate_name}\"\npath = \"src/main.rs\"\ncrate-type = [\"cdylib\"]\n\n[dependencies]\nwasmos = {{ path = \"../../stdlib/rust\" }}\n\n[profile.release]\nopt-level = \"s\"\nlto = true\npanic = \"abort\"\n\n[workspace]\n"
                ),
            )?;
            write(
                &directory.join("src/main.rs"),
                &format!("#![no_std]\n\nuse wasmos::println;\n\nwasmos::main!(main);\n\nfn main() {{\n    println!(\"Hello from {name}!\");\n}}\n"),
            )?;
        }
        "as" => write(&directory.join("main.ts"), &format!("import {{ println }} from \"../../stdlib/as/wasmos\";\n\nprintln(\"Hello from {name}!\");\n"))?,
        other => return Err(format!("unknown language `{other}`; {USAGE}")),
    }
    println!(
        "created {}; `cargo xtask build` compiles it to rootfs/bin/{name}.wasm",
        directory.display()
    );
    Ok(())
}
