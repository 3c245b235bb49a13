//! Embeds every file under `rootfs/` into the kernel image, at the same path in
//! its file system (`rootfs/etc/motd` becomes `/etc/motd`), each compressed as
//! one LZ4 block. Only the bare-metal kernel embeds them; host builds (tests,
//! the host runner) read `rootfs/` at run time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn collect(directory: &Path, root: &Path, files: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(directory) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, root, files);
        } else if path.is_file() {
            let relative = path.strip_prefix(root).expect("entry lies under rootfs");
            let virtual_path = format!("/{}", relative.to_string_lossy().replace('\\', "/"));
            files.push((virtual_path, path));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rootfs = manifest.join("rootfs");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("rootfs.rs");
    let bare_metal = env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("none");

    let mut files = Vec::new();
    if bare_metal {
        println!("cargo:rerun-if-changed={}", rootfs.display());
        collect(&rootfs, &rootfs, &mut files);
    }
    let compressed_directory = out.with_file_name("rootfs-lz4");
    fs::create_dir_all(&compressed_directory).expect("creating the directory for compressed files");
    let mut source = String::from(
        "/// Every file of the embedded rootfs: its path, its size, and its contents as one LZ4 block.\n\
         pub static FILES: &[(&str, usize, &[u8])] = &[\n",
    );
    for (index, (virtual_path, path)) in files.iter().enumerate() {
        let contents = fs::read(path).unwrap_or_else(|error| panic!("reading {}: {error}", path.display()));
        let compressed_path = compressed_directory.join(format!("{index}.lz4"));
        fs::write(&compressed_path, lz4_flex::block::compress(&contents))
            .unwrap_or_else(|error| panic!("writing {}: {error}", compressed_path.display()));
        writeln!(
            source,
            "    ({virtual_path:?}, {}, include_bytes!({:?})),",
            contents.len(),
            compressed_path.display().to_string()
        )
        .expect("writing to a String");
    }
    source.push_str("];\n");
    fs::write(&out, source).expect("writing the rootfs table");
    println!("cargo:rerun-if-changed=build.rs");
    if bare_metal && env::var_os("CARGO_FEATURE_NATIVE_BENCH").is_some() {
        compile_native_workloads(&manifest, out.parent().expect("OUT_DIR is a directory"));
    }
}

/// The bench build: compiles the benchmark workloads (`apps/bench-*/main.c`,
/// `main` renamed `native_<workload>`) and the parts of our C library they use
/// for the kernel's target, and links the objects into the kernel binary.
fn compile_native_workloads(manifest: &Path, out: &Path) {
    let library = manifest.join("stdlib/c");
    let mut sources: Vec<(PathBuf, String)> = ["fib", "coremark", "sha256", "sort", "nbody", "malloc"]
        .iter()
        .map(|workload| {
            let source = manifest.join(format!("apps/bench-{workload}/main.c"));
            (source, format!("-Dmain=native_{workload}"))
        })
        .collect();
    for part in ["stdlib/qsort.c", "stdlib/strtol.c", "ctype/ctype.c", "math/math.c"] {
        sources.push((library.join("src").join(part), String::new()));
    }
    let resource_directory = std::process::Command::new("clang")
        .arg("-print-resource-dir")
        .output()
        .expect("running clang (the bench build compiles C into the kernel)");
    let resource_directory = String::from_utf8_lossy(&resource_directory.stdout).trim().to_string();
    for (index, (source, define)) in sources.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", source.display());
        let object = out.join(format!("native-{index}.o"));
        let mut command = std::process::Command::new("clang");
        command
            .args([
                "--target=x86_64-unknown-none-elf",
                "-O2",
                "-Wall",
                "-Werror",
                "-ffreestanding",
                "-nostdinc",
            ])
            // The kernel's code model: position independent, no red zone
            // (interrupts share the stack), no stack protector runtime.
            .args(["-fPIE", "-mno-red-zone", "-fno-stack-protector"])
            // Our math functions do not set errno (as on the Wasm target);
            // with errno semantics `__builtin_sqrt` in a freestanding build
            // becomes a call to `sqrt`, which then calls itself forever.
            .arg("-fno-math-errno")
            .arg("-isystem")
            .arg(library.join("include"))
            .arg("-isystem")
            .arg(Path::new(&resource_directory).join("include"))
            .arg("-I")
            .arg(library.join("src"))
            .args((!define.is_empty()).then_some(define))
            .arg("-c")
            .arg(source)
            .arg("-o")
            .arg(&object);
        let status = command.status().expect("running clang");
        assert!(status.success(), "clang failed on {}", source.display());
        println!("cargo:rustc-link-arg-bins={}", object.display());
    }
}
