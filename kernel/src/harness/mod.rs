//! Code that exercises the kernel rather than being part of it: the host's
//! randomised tests, the in-kernel test suite (feature `kernel-tests`) and the
//! native benchmark workloads (feature `native-bench`).

#[cfg(test)]
mod fuzz_tests;

// Both bare-metal harnesses poke the machine on purpose (faulting loads,
// raw memory functions, C workloads linked into the kernel).
#[cfg(all(target_os = "none", feature = "kernel-tests"))]
#[allow(unsafe_code)]
pub mod kernel_tests;
#[cfg(all(target_os = "none", feature = "native-bench"))]
#[allow(unsafe_code)]
pub mod native_bench;
