//! Import module `wasmos` (ABI v1, `docs/ABI.md`): one line per function.
//! The bindings in `stdlib/` are checked against this table by a host test.

use super::table::abi_table;
use super::{console_time, files, jobs, messages, processes};

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
        utimens(path: i32, length: i32, accessed: i64, modified: i64, flags: i32) -> i32 = files::utimens;
        futimens(fd: i32, accessed: i64, modified: i64, flags: i32) -> i32 = files::futimens;
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
        #[shared]
        call_protected(function: i32, argument: i32) -> i32 = processes::call_protected;
        throw(code: i32) -> () = processes::throw;
        exit(status: i32) -> () = processes::exit;
        poweroff(status: i32) -> () = processes::poweroff;
        // Concurrent processes and jobs
        spawn(argv: i32, count: i32, options: i32) -> i32 = jobs::spawn;
        spawn_preopened(argv: i32, count: i32, options: i32, preopens: i32, preopen_count: i32) -> i32 = jobs::spawn_preopened;
        wait(pid: i32, status: i32, flags: i32) -> i32 = jobs::wait;
        getpid() -> i32 = jobs::getpid;
        getppid() -> i32 = jobs::getppid;
        kill(pid: i32, signal: i32) -> i32 = jobs::kill;
        console_foreground(group: i32) -> i32 = jobs::console_foreground;
        pipe(fds: i32) -> i32 = jobs::pipe;
        poll(fds: i32, count: i32, timeout: i64) -> i32 = jobs::poll;
        // Messages between processes
        service_register(name: i32, length: i32) -> i32 = messages::service_register;
        service_lookup(name: i32, length: i32) -> i32 = messages::service_lookup;
        msg_send(pid: i32, buffer: i32, length: i32, flags: i32) -> i32 = messages::msg_send;
        msg_call(pid: i32, buffer: i32, length: i32, reply: i32, reply_length: i32) -> i32 = messages::msg_call;
        msg_receive(buffer: i32, length: i32, info: i32, flags: i32) -> i32 = messages::msg_receive;
        msg_reply(pid: i32, call: i32, buffer: i32, length: i32) -> i32 = messages::msg_reply;
        // Time
        timesinceboot() -> i64 = console_time::timesinceboot;
        cputime() -> i64 = console_time::cputime;
        walltime() -> i64 = console_time::walltime;
        sleep(nanoseconds: i64) -> i32 = console_time::sleep;
        // Randomness
        random(buffer: i32, length: i32) -> i32 = console_time::random;
    }
}
