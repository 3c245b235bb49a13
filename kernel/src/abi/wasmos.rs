//! Import module `wasmos` (ABI v1, `docs/ABI.md`): one line per function.
//! The bindings in `stdlib/` are checked against this table by a host test.

use super::table::abi_table;
use super::{console_time, files, processes};

abi_table! {
    /// Every function of import module `wasmos`.
    pub static WASMOS = "wasmos" {
        // Console
        putchar(character: i32) -> i32 = console_time::putchar;
        getchar() -> i32 = console_time::getchar;
        console_mode(mode: i32) -> i32 = console_time::console_mode;
        // Files
        open(path: i32, length: i32, flags: i32) -> i32 = files::open;
        close(fd: i32) -> i32 = files::close;
        read(fd: i32, buffer: i32, length: i32) -> i32 = files::read;
        write(fd: i32, buffer: i32, length: i32) -> i32 = files::write;
        lseek(fd: i32, offset: i64, whence: i32) -> i64 = files::lseek;
        stat(path: i32, length: i32, record: i32) -> i32 = files::stat;
        fstat(fd: i32, record: i32) -> i32 = files::fstat;
        readdir(fd: i32, buffer: i32, length: i32) -> i32 = files::readdir;
        mkdir(path: i32, length: i32) -> i32 = files::mkdir;
        rmdir(path: i32, length: i32) -> i32 = files::rmdir;
        unlink(path: i32, length: i32) -> i32 = files::unlink;
        rename(old: i32, old_length: i32, new: i32, new_length: i32) -> i32 = files::rename;
        getcwd(buffer: i32, length: i32) -> i32 = files::getcwd;
        chdir(path: i32, length: i32) -> i32 = files::chdir;
        dup(fd: i32) -> i32 = files::dup;
        dup2(fd: i32, new_fd: i32) -> i32 = files::dup2;
        // Processes
        arg_count() -> i32 = processes::arg_count;
        arg_get(index: i32, buffer: i32, length: i32) -> i32 = processes::arg_get;
        env_get(name: i32, name_length: i32, buffer: i32, length: i32) -> i32 = processes::env_get;
        env_set(name: i32, name_length: i32, value: i32, value_length: i32) -> i32 = processes::env_set;
        runapp(command: i32, length: i32) -> i32 = processes::runapp;
        runargv(argv: i32, count: i32) -> i32 = processes::runargv;
        limit_get(kind: i32) -> i64 = processes::limit_get;
        limit_set(kind: i32, value: i64) -> i32 = processes::limit_set;
        call_protected(function: i32, argument: i32) -> i32 = processes::call_protected;
        throw(code: i32) -> () = processes::throw;
        exit(status: i32) -> () = processes::exit;
        poweroff(status: i32) -> () = processes::poweroff;
        // Time
        timesinceboot() -> i64 = console_time::timesinceboot;
        cputime() -> i64 = console_time::cputime;
        walltime() -> i64 = console_time::walltime;
        sleep(nanoseconds: i64) -> i32 = console_time::sleep;
        // Randomness
        random(buffer: i32, length: i32) -> i32 = console_time::random;
    }
}
