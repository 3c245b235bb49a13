/work/main/stdlib/rust/target/wasm32-unknown-unknown/debug/build/wasmos/b5b4f8573a9f20d2/out/wasmos-b5b4f8573a9f20d2.d: src/lib.rs src/env.rs src/error.rs src/fs.rs src/heap.rs src/io/mod.rs src/io/buffered.rs src/io/stdio.rs src/panic.rs src/prelude.rs src/process.rs src/random.rs src/sync.rs src/sys.rs src/time.rs Cargo.toml

/work/main/stdlib/rust/target/wasm32-unknown-unknown/debug/build/wasmos/b5b4f8573a9f20d2/out/libwasmos-b5b4f8573a9f20d2.rmeta: src/lib.rs src/env.rs src/error.rs src/fs.rs src/heap.rs src/io/mod.rs src/io/buffered.rs src/io/stdio.rs src/panic.rs src/prelude.rs src/process.rs src/random.rs src/sync.rs src/sys.rs src/time.rs Cargo.toml

src/lib.rs:
src/env.rs:
src/error.rs:
src/fs.rs:
src/heap.rs:
src/io/mod.rs:
src/io/buffered.rs:
src/io/stdio.rs:
src/panic.rs:
src/prelude.rs:
src/process.rs:
src/random.rs:
src/sync.rs:
src/sys.rs:
src/time.rs:
Cargo.toml:

# env-dep:CLIPPY_ARGS=
# env-dep:CLIPPY_CONF_DIR
