//! Host test: the C, Rust and AssemblyScript bindings in `stdlib/` declare
//! every function of the `wasmos` table, with the table's name and Wasm
//! types, and no import the table lacks. Each binding is read as text and its
//! declarations mapped to Wasm types the way `wasm32` compiles them.

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use tinywasm::types::WasmType;

use super::table::{wat_type_name, AbiTable};
use super::wasmos::WASMOS;

/// Parameter and result types of one declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Signature {
    params: Vec<WasmType>,
    results: Vec<WasmType>,
}

/// What a binding declares: (import module, import name) to signature.
type Declarations = BTreeMap<(String, String), Signature>;

fn read_binding(relative: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("reading {}: {error}", path.display()))
}

fn describe(types: &[WasmType]) -> String {
    let names: Vec<_> = types.iter().map(|ty| wat_type_name(*ty)).collect();
    format!("({})", names.join(", "))
}

/// Every way `declarations` (from `binding`) differs from `table`.
fn differences(binding: &str, table: &AbiTable, declarations: &Declarations) -> Vec<String> {
    let mut problems = Vec::new();
    for function in table.functions {
        match declarations.get(&(table.module.to_string(), function.name.to_string())) {
            None => problems.push(format!("{binding}: `{}` is not declared", function.name)),
            Some(signature) if signature.params != function.params || signature.results != function.results => {
                problems.push(format!(
                    "{binding}: `{}` is declared {} -> {} but the table has {} -> {}",
                    function.name,
                    describe(&signature.params),
                    describe(&signature.results),
                    describe(function.params),
                    describe(function.results),
                ));
            }
            Some(_) => {}
        }
    }
    for (module, name) in declarations.keys() {
        if super::function(module, name).is_none() {
            problems.push(format!(
                "{binding}: declares `{module}`.`{name}`, which the kernel does not provide"
            ));
        }
    }
    problems
}

/// The text between `open` at `start` and its matching `close`.
fn balanced(text: &str, start: usize, open: char, close: char) -> Option<(&str, usize)> {
    let mut depth = 0;
    for (offset, character) in text[start..].char_indices() {
        if character == open {
            depth += 1;
        } else if character == close {
            depth -= 1;
            if depth == 0 {
                return Some((&text[start + 1..start + offset], start + offset + 1));
            }
        }
    }
    None
}

/// A parameter list's types, each found by `type_of` (which sees one parameter).
fn parameter_types(
    list: &str,
    type_of: impl Fn(&str) -> Result<Option<WasmType>, String>,
) -> Result<Vec<WasmType>, String> {
    let mut types = Vec::new();
    for parameter in list.split(',').map(str::trim).filter(|parameter| !parameter.is_empty()) {
        match type_of(parameter)? {
            Some(ty) => types.push(ty),
            None if list.trim() == "void" => {}
            None => return Err(format!("parameter `{parameter}` has no value type")),
        }
    }
    Ok(types)
}

fn optional(ty: Option<WasmType>) -> Vec<WasmType> {
    ty.into_iter().collect()
}

/// A C type as wasm32 passes it (pointers, `int`, `long` and `size_t` are 32 bits).
fn c_type(text: &str) -> Result<Option<WasmType>, String> {
    if text.contains('*') {
        return Ok(Some(WasmType::I32));
    }
    let words: Vec<_> = text
        .split_whitespace()
        .filter(|word| !matches!(*word, "const" | "volatile" | "signed"))
        .collect();
    Ok(Some(match words.join(" ").as_str() {
        "void" => return Ok(None),
        "int8_t" | "uint8_t" | "int16_t" | "uint16_t" | "int32_t" | "uint32_t" | "char" | "unsigned char" | "short"
        | "unsigned short" | "int" | "unsigned" | "unsigned int" | "long" | "unsigned long" | "size_t" | "ssize_t"
        | "intptr_t" | "uintptr_t" | "_Bool" | "bool" => WasmType::I32,
        "int64_t" | "uint64_t" | "long long" | "unsigned long long" => WasmType::I64,
        "float" => WasmType::F32,
        "double" => WasmType::F64,
        other => return Err(format!("unknown C type `{other}`")),
    }))
}

/// A C parameter's type: the declaration without its name.
fn c_parameter(parameter: &str) -> Result<Option<WasmType>, String> {
    if parameter.contains('*') {
        return Ok(Some(WasmType::I32));
    }
    let words: Vec<_> = parameter.split_whitespace().collect();
    match words.split_last() {
        Some((_, [])) | None => c_type(parameter),
        Some((_, type_words)) => c_type(&type_words.join(" ")),
    }
}

fn without_c_comments(text: &str) -> String {
    let mut result = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        result.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    result.push_str(rest);
    result
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// `wasmos.h`: `WASMOS_IMPORT(name) <result> wasmos_<name>(<parameters>);`,
/// the macro naming the import module.
fn c_declarations(header: &str) -> Result<Declarations, String> {
    let text = without_c_comments(header);
    let define = text
        .lines()
        .find(|line| line.trim_start().starts_with("#define WASMOS_IMPORT("))
        .ok_or("no #define WASMOS_IMPORT")?;
    let module = define
        .split("import_module(\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or("WASMOS_IMPORT names no import_module")?;
    if text.matches("import_module(").count() != 1 {
        return Err("an import declared without WASMOS_IMPORT".into());
    }
    let code: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    let mut declarations = Declarations::new();
    for statement in code.split(';') {
        let Some(start) = statement.find("WASMOS_IMPORT(") else {
            continue;
        };
        let (name, after) =
            balanced(statement, start + "WASMOS_IMPORT".len(), '(', ')').ok_or("unclosed WASMOS_IMPORT")?;
        let mut declaration = statement[after..].to_string();
        while let Some(attribute) = declaration.find("__attribute__") {
            let open = attribute + declaration[attribute..].find('(').ok_or("bad __attribute__")?;
            let (_, end) = balanced(&declaration, open, '(', ')').ok_or("unclosed __attribute__")?;
            declaration.replace_range(attribute..end, "");
        }
        let open = declaration
            .find('(')
            .ok_or_else(|| format!("`{name}` is not a function"))?;
        let (parameters, _) = balanced(&declaration, open, '(', ')').ok_or("unclosed parameter list")?;
        let head: Vec<_> = declaration[..open].split_whitespace().collect();
        let (_, result) = head
            .split_last()
            .ok_or_else(|| format!("`{name}` has no result type"))?;
        let signature = Signature {
            params: parameter_types(parameters, c_parameter)?,
            results: optional(c_type(&result.join(" "))?),
        };
        declarations.insert((module.to_string(), name.trim().to_string()), signature);
    }
    Ok(declarations)
}

/// A Rust type as wasm32 passes it (pointers and `usize` are 32 bits; `!` and `()` are no value).
fn rust_type(text: &str) -> Result<Option<WasmType>, String> {
    let text = text.trim();
    if text.starts_with('*') || text.starts_with('&') {
        return Ok(Some(WasmType::I32));
    }
    Ok(Some(match text {
        "" | "!" | "()" => return Ok(None),
        "i8" | "u8" | "i16" | "u16" | "i32" | "u32" | "isize" | "usize" | "bool" | "char" => WasmType::I32,
        "i64" | "u64" => WasmType::I64,
        "f32" => WasmType::F32,
        "f64" => WasmType::F64,
        other => return Err(format!("unknown Rust type `{other}`")),
    }))
}

fn rust_parameter(parameter: &str) -> Result<Option<WasmType>, String> {
    let (_, ty) = parameter
        .split_once(':')
        .ok_or_else(|| format!("parameter `{parameter}` has no type"))?;
    rust_type(ty)
}

/// `sys.rs`: every body-less `fn name(parameters) -> result;` (the imports;
/// macro templates with `$` and functions with bodies are skipped), all in
/// the file's `wasm_import_module`.
fn rust_declarations(source: &str) -> Result<Declarations, String> {
    let text: String = source
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let module = text
        .split("wasm_import_module = \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or("no #[link(wasm_import_module = ...)]")?;
    let mut declarations = Declarations::new();
    let mut rest = text.as_str();
    while let Some(found) = rest.find("fn ") {
        let starts_word = found == 0 || !rest[..found].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let after = &rest[found + 3..];
        rest = after;
        let Some(open) = after.find('(') else { break };
        let name = after[..open].trim();
        if !starts_word || name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let (parameters, end) = balanced(after, open, '(', ')').ok_or("unclosed parameter list")?;
        let tail = &after[end..];
        let Some(stop) = tail.find([';', '{']) else { break };
        if tail[..stop].contains("fn ") || tail.as_bytes()[stop] == b'{' {
            continue;
        }
        let result = tail[..stop].trim().strip_prefix("->").unwrap_or_default();
        let signature = Signature {
            params: parameter_types(parameters, rust_parameter)?,
            results: optional(rust_type(result)?),
        };
        declarations.insert((module.to_string(), name.to_string()), signature);
    }
    Ok(declarations)
}

/// An AssemblyScript type as wasm32 passes it.
fn assemblyscript_type(text: &str) -> Result<Option<WasmType>, String> {
    Ok(Some(match text.trim() {
        "void" => return Ok(None),
        "i8" | "u8" | "i16" | "u16" | "i32" | "u32" | "isize" | "usize" | "bool" => WasmType::I32,
        "i64" | "u64" => WasmType::I64,
        "f32" => WasmType::F32,
        "f64" => WasmType::F64,
        other => return Err(format!("unknown AssemblyScript type `{other}`")),
    }))
}

fn assemblyscript_parameter(parameter: &str) -> Result<Option<WasmType>, String> {
    let (_, ty) = parameter
        .split_once(':')
        .ok_or_else(|| format!("parameter `{parameter}` has no type"))?;
    assemblyscript_type(ty)
}

/// `wasmos.ts`: `@external("module", "name") ... function f(parameters): result;`.
fn assemblyscript_declarations(source: &str) -> Result<Declarations, String> {
    let mut declarations = Declarations::new();
    for (index, _) in source.match_indices("@external(") {
        let open = index + "@external".len();
        let (arguments, end) = balanced(source, open, '(', ')').ok_or("unclosed @external")?;
        let names: Vec<_> = arguments.split(',').map(|name| name.trim().trim_matches('"')).collect();
        let [module, name] = names[..] else {
            return Err(format!("@external({arguments}) does not name a module and a function"));
        };
        let after = &source[end..];
        let function = after.find("function ").ok_or("@external without a function")?;
        let open = function + after[function..].find('(').ok_or("function without parameters")?;
        let (parameters, close) = balanced(after, open, '(', ')').ok_or("unclosed parameter list")?;
        let tail = &after[close..];
        let stop = tail.find(';').ok_or("declaration without `;`")?;
        let result = tail[..stop]
            .trim()
            .strip_prefix(':')
            .ok_or("function without a result type")?;
        let signature = Signature {
            params: parameter_types(parameters, assemblyscript_parameter)?,
            results: optional(assemblyscript_type(result)?),
        };
        declarations.insert((module.to_string(), name.to_string()), signature);
    }
    Ok(declarations)
}

type Parser = fn(&str) -> Result<Declarations, String>;

/// The bindings and how to read each.
const BINDINGS: &[(&str, Parser)] = &[
    ("stdlib/c/include/wasmos.h", c_declarations),
    ("stdlib/rust/src/sys.rs", rust_declarations),
    ("stdlib/as/wasmos.ts", assemblyscript_declarations),
];

#[test]
fn every_binding_declares_the_wasmos_table() {
    let mut problems = Vec::new();
    for (binding, parse) in BINDINGS {
        match parse(&read_binding(binding)) {
            Ok(declarations) => problems.extend(differences(binding, &WASMOS, &declarations)),
            Err(error) => problems.push(format!("{binding}: {error}")),
        }
    }
    assert!(
        problems.is_empty(),
        "the bindings disagree with the ABI table:\n{}",
        problems.join("\n")
    );
}

#[test]
fn a_missing_or_different_or_unknown_declaration_is_reported() {
    let header = "#define WASMOS_IMPORT(name) __attribute__((import_module(\"wasmos\"), import_name(#name)))\n\
        WASMOS_IMPORT(putchar) int32_t wasmos_putchar(int64_t c);\n\
        WASMOS_IMPORT(fork) int32_t wasmos_fork(void);\n";
    let declarations = c_declarations(header).unwrap();
    let problems = differences("h", &WASMOS, &declarations);
    assert!(problems
        .iter()
        .any(|problem| problem.contains("`putchar` is declared (i64) -> (i32)")));
    assert!(problems
        .iter()
        .any(|problem| problem.contains("`getchar` is not declared")));
    assert!(problems.iter().any(|problem| problem.contains("`wasmos`.`fork`")));
}

#[test]
fn each_language_maps_its_types_the_wasm32_way() {
    let rust = "#[link(wasm_import_module = \"wasmos\")]\n\
        unsafe extern \"C\" { pub fn lseek(fd: i32, offset: i64, whence: i32) -> i64; pub fn exit(status: i32) -> !; }\n\
        pub unsafe fn exit(status: i32) -> ! { panic!() }\n";
    let declarations = rust_declarations(rust).unwrap();
    let key = |name: &str| ("wasmos".to_string(), name.to_string());
    assert_eq!(declarations.len(), 2);
    assert_eq!(
        declarations[&key("lseek")].params,
        [WasmType::I32, WasmType::I64, WasmType::I32]
    );
    assert!(declarations[&key("exit")].results.is_empty());
    let script = "@external(\"wasmos\", \"read\") export declare function read(fd: i32, buf: usize, len: usize): i32;";
    let declarations = assemblyscript_declarations(script).unwrap();
    assert_eq!(declarations[&key("read")].params, [WasmType::I32; 3]);
    let header = "#define WASMOS_IMPORT(name) __attribute__((import_module(\"wasmos\"), import_name(#name)))\n\
        WASMOS_IMPORT(exit) __attribute__((noreturn)) void wasmos_exit(int32_t status);\n\
        WASMOS_IMPORT(stat) int32_t wasmos_stat(const char *path, uint32_t path_len, void *st);\n";
    let declarations = c_declarations(header).unwrap();
    assert!(declarations[&key("exit")].results.is_empty());
    assert_eq!(declarations[&key("stat")].params, [WasmType::I32; 3]);
}
