/work/main/stdlib/rust/target/debug/build/wasmos/fd828de0ba566ca5/out/wasmos-fd828de0ba566ca5.d: src/lib.rs src/env.rs src/error.rs src/fs.rs src/heap.rs src/io/mod.rs src/io/buffered.rs src/io/stdio.rs src/panic.rs src/prelude.rs src/process.rs src/random.rs src/sync.rs src/sys.rs src/time.rs

/work/main/stdlib/rust/target/debug/build/wasmos/fd828de0ba566ca5/out/libwasmos-fd828de0ba566ca5.rlib: src/lib.rs src/env.rs src/error.rs src/fs.rs src/heap.rs src/io/mod.rs src/io/buffered.rs src/io/stdio.rs src/panic.rs src/prelude.rs src/process.rs src/random.rs src/sync.rs src/sys.rs src/time.rs

/work/main/stdlib/rust/target/debug/build/wasmos/fd828de0ba566ca5/out/libwasmos-fd828de0ba566ca5.rmeta: src/lib.rs src/env.rs src/error.rs src/fs.rs src/heap.rs src/io/mod.rs src/io/buffered.rs src/io/stdio.rs src/panic.rs src/prelude.rs src/process.rs src/random.rs src/sync.rs src/sys.rs src/time.rs

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
