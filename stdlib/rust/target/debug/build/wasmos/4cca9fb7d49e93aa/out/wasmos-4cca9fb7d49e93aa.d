/work/main/stdlib/rust/target/debug/build/wasmos/4cca9fb7d49e93aa/out/wasmos-4cca9fb7d49e93aa.d: src/lib.rs src/env.rs src/error.rs src/fs.rs src/heap.rs src/io/mod.rs src/io/buffered.rs src/io/stdio.rs src/panic.rs src/prelude.rs src/process.rs src/random.rs src/sync.rs src/sys.rs src/time.rs

/work/main/stdlib/rust/target/debug/build/wasmos/4cca9fb7d49e93aa/out/wasmos-4cca9fb7d49e93aa: src/lib.rs src/env.rs src/error.rs src/fs.rs src/heap.rs src/io/mod.rs src/io/buffered.rs src/io/stdio.rs src/panic.rs src/prelude.rs src/process.rs src/random.rs src/sync.rs src/sys.rs src/time.rs

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
