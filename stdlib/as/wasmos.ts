// wasmos.ts: the WasmOS binding for AssemblyScript (ABI v1, docs/ABI.md).
//
// The first part declares the raw system calls of import module `wasmos`
// (each returns a non-negative result or a negative errno). The second part
// is the friendly API: printing, arguments, files, clocks, processes. The
// last part replaces AssemblyScript's `env.abort`, `env.trace` and
// `env.seed` imports; stdlib/as/asconfig.json points `--use` at them so a
// module imports nothing but `wasmos.*`.
//
// AssemblyScript strings are UTF-16; everything crossing the ABI is UTF-8.

// ---------------------------------------------------------------------------
// Raw system calls. Pointers and lengths are offsets into linear memory.
// ---------------------------------------------------------------------------

// Console
// @ts-ignore: decorator
@external("wasmos", "putchar") export declare function putchar(c: i32): i32;
// @ts-ignore: decorator
@external("wasmos", "getchar") export declare function getchar(): i32;
// @ts-ignore: decorator
@external("wasmos", "console_mode") export declare function console_mode(mode: i32): i32;

// Files
// @ts-ignore: decorator
@external("wasmos", "open") export declare function open(path: usize, pathLen: usize, flags: i32): i32;
// @ts-ignore: decorator
@external("wasmos", "close") export declare function close(fd: i32): i32;
// @ts-ignore: decorator
@external("wasmos", "read") export declare function read(fd: i32, buf: usize, len: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "write") export declare function write(fd: i32, buf: usize, len: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "lseek") export declare function lseek(fd: i32, offset: i64, whence: i32): i64;
// @ts-ignore: decorator
@external("wasmos", "stat") export declare function stat(path: usize, pathLen: usize, st: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "fstat") export declare function fstat(fd: i32, st: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "utimens") export declare function utimens(path: usize, pathLen: usize, accessedNs: i64, modifiedNs: i64, flags: i32): i32;
// @ts-ignore: decorator
@external("wasmos", "futimens") export declare function futimens(fd: i32, accessedNs: i64, modifiedNs: i64, flags: i32): i32;
// @ts-ignore: decorator
@external("wasmos", "readdir") export declare function readdir(fd: i32, buf: usize, len: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "mkdir") export declare function mkdir(path: usize, pathLen: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "rmdir") export declare function rmdir(path: usize, pathLen: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "unlink") export declare function unlink(path: usize, pathLen: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "rename") export declare function rename(oldPath: usize, oldLen: usize, newPath: usize, newLen: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "getcwd") export declare function getcwd(buf: usize, len: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "chdir") export declare function chdir(path: usize, pathLen: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "dup") export declare function dup(fd: i32): i32;
// @ts-ignore: decorator
@external("wasmos", "dup2") export declare function dup2(fd: i32, newFd: i32): i32;

// Processes
// @ts-ignore: decorator
@external("wasmos", "arg_count") export declare function arg_count(): i32;
// @ts-ignore: decorator
@external("wasmos", "arg_get") export declare function arg_get(index: i32, buf: usize, len: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "env_get") export declare function env_get(name: usize, nameLen: usize, buf: usize, len: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "env_set") export declare function env_set(name: usize, nameLen: usize, value: usize, valueLen: i32): i32;
// @ts-ignore: decorator
@external("wasmos", "runapp") export declare function runapp(cmd: usize, cmdLen: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "runargv") export declare function runargv(argv: usize, argc: i32): i32;
/** Ends the process with status `status & 255`. Does not return. */
// @ts-ignore: decorator
@external("wasmos", "exit") export declare function exit(status: i32): void;
// @ts-ignore: decorator
@external("wasmos", "poweroff") export declare function poweroff(status: i32): void;
// @ts-ignore: decorator
@external("wasmos", "limit_get") export declare function limit_get(kind: i32): i64;
// @ts-ignore: decorator
@external("wasmos", "limit_set") export declare function limit_set(kind: i32, value: i64): i32;
// @ts-ignore: decorator
@external("wasmos", "call_protected") export declare function call_protected(func: i32, argument: i32): i32;
/** Unwinds to the innermost `call_protected` (`throw` is a reserved word here). */
// @ts-ignore: decorator
@external("wasmos", "throw") export declare function throw_(code: i32): void;

// Concurrent processes and jobs
/** Starts a program as a child and returns its pid at once; `options` 0 or a 32-byte `wasmos_spawn` record. */
// @ts-ignore: decorator
@external("wasmos", "spawn") export declare function spawn(argv: usize, argc: i32, options: usize): i32;
/** `spawn`, and for a WASI program its preopened directories: `preopenCount` (host directory, name) pairs of words at `preopens`; -1 gives / and the working directory. */
// @ts-ignore: decorator
@external("wasmos", "spawn_preopened") export declare function spawn_preopened(argv: usize, argc: i32, options: usize, preopens: usize, preopenCount: i32): i32;
/** Waits for child `pid` (-1: any); writes its wait status at `status` unless 0. */
// @ts-ignore: decorator
@external("wasmos", "wait") export declare function wait(pid: i32, status: usize, flags: i32): i32;
// @ts-ignore: decorator
@external("wasmos", "getpid") export declare function getpid(): i32;
// @ts-ignore: decorator
@external("wasmos", "getppid") export declare function getppid(): i32;
/** Sends `signal` to process `pid`, or to group `-pid`. */
// @ts-ignore: decorator
@external("wasmos", "kill") export declare function kill(pid: i32, signal: i32): i32;
// @ts-ignore: decorator
@external("wasmos", "console_foreground") export declare function console_foreground(group: i32): i32;
/** Writes the read end and the write end (two `i32`) at `fds`. */
// @ts-ignore: decorator
@external("wasmos", "pipe") export declare function pipe(fds: usize): i32;
/** Waits for `count` 8-byte `wasmos_pollfd` records at `fds`; `timeoutNs` -1 waits for ever. */
// @ts-ignore: decorator
@external("wasmos", "poll") export declare function poll(fds: usize, count: i32, timeoutNs: i64): i32;

// Messages between processes
// @ts-ignore: decorator
@external("wasmos", "service_register") export declare function service_register(name: usize, nameLen: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "service_lookup") export declare function service_lookup(name: usize, nameLen: usize): i32;
// @ts-ignore: decorator
@external("wasmos", "msg_send") export declare function msg_send(pid: i32, buf: usize, len: usize, flags: i32): i32;
// @ts-ignore: decorator
@external("wasmos", "msg_call") export declare function msg_call(pid: i32, buf: usize, len: usize, reply: usize, replyLen: usize): i32;
/** Takes the oldest queued message; writes `i32 sender, i32 call` at `info` unless 0. */
// @ts-ignore: decorator
@external("wasmos", "msg_receive") export declare function msg_receive(buf: usize, len: usize, info: usize, flags: i32): i32;
// @ts-ignore: decorator
@external("wasmos", "msg_reply") export declare function msg_reply(pid: i32, call: i32, buf: usize, len: usize): i32;

// Time
// @ts-ignore: decorator
@external("wasmos", "timesinceboot") export declare function timesinceboot(): i64;
// @ts-ignore: decorator
@external("wasmos", "cputime") export declare function cputime(): i64;
// @ts-ignore: decorator
@external("wasmos", "walltime") export declare function walltime(): i64;
// @ts-ignore: decorator
@external("wasmos", "sleep") export declare function sleep(ns: i64): i32;

// Randomness
// @ts-ignore: decorator
@external("wasmos", "random") export declare function random(buf: usize, len: usize): i32;

export const O_RDONLY: i32 = 0;
export const O_WRONLY: i32 = 1;
export const O_RDWR: i32 = 2;
export const O_CREAT: i32 = 0x40;
export const O_EXCL: i32 = 0x80;
export const O_TRUNC: i32 = 0x200;
export const O_APPEND: i32 = 0x400;
export const O_DIRECTORY: i32 = 0x10000;

/** `utimens`/`futimens` flags: which times to set, to the value given or to now. */
export const TIMES_ACCESSED: i32 = 1;
export const TIMES_ACCESSED_NOW: i32 = 2;
export const TIMES_MODIFIED: i32 = 4;
export const TIMES_MODIFIED_NOW: i32 = 8;

export const KIND_FILE: u32 = 1;
export const KIND_DIRECTORY: u32 = 2;
export const KIND_DEVICE: u32 = 3;

/** Kinds of limit for `limit_get` and `limit_set`. */
export const LIMIT_MEMORY_PAGES: i32 = 0;
export const LIMIT_TABLE_ENTRIES: i32 = 1;
export const LIMIT_CALL_DEPTH: i32 = 2;
export const LIMIT_NESTING: i32 = 3;
export const LIMIT_OPEN_FILES: i32 = 4;
export const LIMIT_ARGUMENTS: i32 = 5;
export const LIMIT_PROCESSES: i32 = 6;

/** Fields of the `wasmos_spawn` record: the caller's own fd, or none; the caller's group, or a new one. */
export const FD_INHERIT: i32 = -1;
export const FD_NONE: i32 = -2;
export const GROUP_INHERIT: i32 = 0;
export const GROUP_NEW: i32 = -1;
/** Size of the `wasmos_spawn` record (stdin, stdout, stderr, group, cwd, cwdLen, env, envCount). */
export const SPAWN_RECORD_SIZE: usize = 32;

/** Flags of `wait`. */
export const WNOHANG: i32 = 1;
export const WUNTRACED: i32 = 2;

/** Signals of `kill`. */
export const SIGHUP: i32 = 1;
export const SIGINT: i32 = 2;
export const SIGQUIT: i32 = 3;
export const SIGABRT: i32 = 6;
export const SIGKILL: i32 = 9;
export const SIGPIPE: i32 = 13;
export const SIGALRM: i32 = 14;
export const SIGTERM: i32 = 15;
export const SIGCONT: i32 = 18;
export const SIGSTOP: i32 = 19;
export const SIGTSTP: i32 = 20;

/** Events of a `wasmos_pollfd` record (`i32 fd, i16 events, i16 revents`). */
export const POLLIN: i16 = 1;
export const POLLOUT: i16 = 4;
export const POLLERR: i16 = 8;
export const POLLHUP: i16 = 16;
export const POLLNVAL: i16 = 32;

/** The longest message, and the flag that makes `msg_send`/`msg_receive` return -EAGAIN instead of blocking. */
export const MESSAGE_MAX: usize = 4096;
export const MSG_NONBLOCK: i32 = 1;

export const STDIN: i32 = 0;
export const STDOUT: i32 = 1;
export const STDERR: i32 = 2;

// ---------------------------------------------------------------------------
// The friendly API.
// ---------------------------------------------------------------------------

/** The errno (positive) of the last friendly call that failed. */
export let lastErrno: i32 = 0;

/** UTF-16 units encoded per chunk: at most 3 UTF-8 bytes each fit SCRATCH. */
const CHUNK_UNITS: i32 = 256;
/** Static buffer for output chunks and directory entries (no allocation). */
const SCRATCH: usize = memory.data(1024);
/** Static buffer for a `wasmos_stat` record. */
const STAT_RECORD: usize = memory.data(24, 8);

/** Records a negative result as `lastErrno`; true if the call succeeded. */
function succeeded(result: i32): bool {
  if (result < 0) {
    lastErrno = -result;
    return false;
  }
  return true;
}

/** Writes `length` bytes at `pointer` to `fd`, looping over short writes. */
export function writeBytes(fd: i32, pointer: usize, length: usize): bool {
  while (length > 0) {
    const written = write(fd, pointer, length);
    if (written <= 0) {
      if (written < 0) lastErrno = -written;
      return false;
    }
    pointer += <usize>written;
    length -= <usize>written;
  }
  return true;
}

/** Writes `text` to `fd` as UTF-8 without allocating. */
export function writeString(fd: i32, text: string): bool {
  let units = changetype<usize>(text);
  let remaining = text.length;
  while (remaining > 0) {
    let count = min<i32>(remaining, CHUNK_UNITS);
    // Keep a surrogate pair in one chunk.
    if (count < remaining && (load<u16>(units + (<usize>(count - 1) << 1)) & 0xFC00) == 0xD800) {
      count -= 1;
    }
    const bytes = String.UTF8.encodeUnsafe(units, count, SCRATCH);
    if (!writeBytes(fd, SCRATCH, bytes)) return false;
    units += <usize>count << 1;
    remaining -= count;
  }
  return true;
}

/** Writes the decimal digits of `value` to `fd` without allocating. */
function writeUnsigned(fd: i32, value: u32): void {
  const digits = SCRATCH + 16;
  let position = digits;
  do {
    position -= 1;
    store<u8>(position, 48 + value % 10);
    value /= 10;
  } while (value != 0);
  writeBytes(fd, position, digits - position);
}

/** Prints `text` to standard output. */
export function print(text: string): void {
  writeString(STDOUT, text);
}

/** Prints `text` and a newline to standard output. */
export function println(text: string = ""): void {
  writeString(STDOUT, text);
  writeString(STDOUT, "\n");
}

/** Prints `text` to standard error. */
export function eprint(text: string): void {
  writeString(STDERR, text);
}

/** Prints `text` and a newline to standard error. */
export function eprintln(text: string = ""): void {
  writeString(STDERR, text);
  writeString(STDERR, "\n");
}

/** Input read from fd 0 but not yet returned by `readLine`. */
const INPUT: usize = memory.data(1024);
let inputStart: i32 = 0;
let inputEnd: i32 = 0;

/**
 * The next line of standard input without its `\n` (or `\r\n`), or null at
 * end of input.
 */
export function readLine(): string | null {
  const line = new Array<u8>();
  let sawAny = false;
  while (true) {
    if (inputStart == inputEnd) {
      const count = read(STDIN, INPUT, 1024);
      if (count <= 0) {
        if (count < 0) lastErrno = -count;
        break;
      }
      inputStart = 0;
      inputEnd = count;
    }
    sawAny = true;
    const byte = load<u8>(INPUT + <usize>inputStart);
    inputStart += 1;
    if (byte == 10) break;
    line.push(byte);
  }
  if (!sawAny) return null;
  let length = line.length;
  if (length > 0 && line[length - 1] == 13) length -= 1;
  return String.UTF8.decodeUnsafe(line.dataStart, <usize>length);
}

/** The program's arguments, the program name first. */
export function args(): string[] {
  const count = arg_count();
  const result = new Array<string>(0);
  for (let index = 0; index < count; index++) {
    const length = arg_get(index, 0, 0);
    if (length < 0) break;
    const buffer = new ArrayBuffer(length);
    arg_get(index, changetype<usize>(buffer), <usize>length);
    result.push(String.UTF8.decode(buffer));
  }
  return result;
}

/** The value of environment variable `name`, or null if unset. */
export function getEnv(name: string): string | null {
  const encodedName = String.UTF8.encode(name);
  const namePointer = changetype<usize>(encodedName);
  const nameLength = <usize>encodedName.byteLength;
  const length = env_get(namePointer, nameLength, 0, 0);
  if (!succeeded(length)) return null;
  const buffer = new ArrayBuffer(length);
  env_get(namePointer, nameLength, changetype<usize>(buffer), <usize>length);
  return String.UTF8.decode(buffer);
}

/** Sets environment variable `name` (inherited by children). */
export function setEnv(name: string, value: string): bool {
  const encodedName = String.UTF8.encode(name);
  const encodedValue = String.UTF8.encode(value);
  return succeeded(env_set(
    changetype<usize>(encodedName), <usize>encodedName.byteLength,
    changetype<usize>(encodedValue), encodedValue.byteLength,
  ));
}

/** Opens `path` with `flags`; the fd, or a negative errno. */
export function openPath(path: string, flags: i32): i32 {
  const encoded = String.UTF8.encode(path);
  const fd = open(changetype<usize>(encoded), <usize>encoded.byteLength, flags);
  succeeded(fd);
  return fd;
}

/** The whole contents of the file at `path`, or null (see `lastErrno`). */
export function readFileBytes(path: string): ArrayBuffer | null {
  const fd = openPath(path, O_RDONLY);
  if (fd < 0) return null;
  let capacity: i32 = 4096;
  if (fstat(fd, STAT_RECORD) >= 0) {
    // One byte more than the size, so one read reaches end of file.
    capacity = max<i32>(<i32>min<u64>(load<u64>(STAT_RECORD), 0x3FFFFFFF) + 1, 64);
  }
  let buffer = new ArrayBuffer(capacity);
  let length: i32 = 0;
  while (true) {
    if (length == buffer.byteLength) {
      const larger = new ArrayBuffer(buffer.byteLength * 2);
      memory.copy(changetype<usize>(larger), changetype<usize>(buffer), <usize>length);
      buffer = larger;
    }
    const count = read(fd, changetype<usize>(buffer) + <usize>length, <usize>(buffer.byteLength - length));
    if (count < 0) {
      lastErrno = -count;
      close(fd);
      return null;
    }
    if (count == 0) break;
    length += count;
  }
  close(fd);
  return buffer.slice(0, length);
}

/** The whole contents of the file at `path` as text, or null. */
export function readFile(path: string): string | null {
  const bytes = readFileBytes(path);
  if (bytes === null) return null;
  return String.UTF8.decode(changetype<ArrayBuffer>(bytes));
}

/** Replaces (or with `append`, extends) the file at `path` with `text`. */
export function writeFile(path: string, text: string, append: bool = false): bool {
  const flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC);
  const fd = openPath(path, flags);
  if (fd < 0) return false;
  const written = writeString(fd, text);
  close(fd);
  return written;
}

/** The entry names of the directory at `path` in name order, or null. */
export function listDir(path: string): string[] | null {
  const fd = openPath(path, O_RDONLY | O_DIRECTORY);
  if (fd < 0) return null;
  const names = new Array<string>(0);
  while (true) {
    const length = readdir(fd, SCRATCH, 1024);
    if (length < 0) lastErrno = -length;
    if (length <= 0) break;
    names.push(String.UTF8.decodeUnsafe(SCRATCH, <usize>length));
  }
  close(fd);
  return names;
}

/** Size in bytes of the file at `path`, or -1 (see `lastErrno`). */
export function fileSize(path: string): i64 {
  const encoded = String.UTF8.encode(path);
  if (!succeeded(stat(changetype<usize>(encoded), <usize>encoded.byteLength, STAT_RECORD))) return -1;
  return <i64>load<u64>(STAT_RECORD);
}

/** Creates the directory `path`. */
export function makeDir(path: string): bool {
  const encoded = String.UTF8.encode(path);
  return succeeded(mkdir(changetype<usize>(encoded), <usize>encoded.byteLength));
}

/** Removes the file `path`. */
export function removeFile(path: string): bool {
  const encoded = String.UTF8.encode(path);
  return succeeded(unlink(changetype<usize>(encoded), <usize>encoded.byteLength));
}

/** Runs a command line (`name args...`) and returns its exit status, or a negative errno. */
export function run(commandLine: string): i32 {
  const encoded = String.UTF8.encode(commandLine);
  const status = runapp(changetype<usize>(encoded), <usize>encoded.byteLength);
  succeeded(status);
  return status;
}

/** Monotonic nanoseconds since boot. */
export function timeSinceBootNs(): i64 {
  return timesinceboot();
}

/** Nanoseconds since 1970-01-01 00:00 UTC. */
export function wallTimeNs(): i64 {
  return walltime();
}

/** Nanoseconds this process has spent running. */
export function cpuTimeNs(): i64 {
  return cputime();
}

/** Sleeps for at least `milliseconds`. */
export function sleepMs(milliseconds: i64): void {
  sleep(milliseconds * 1_000_000);
}

/** Fills `length` bytes at `pointer` with random bytes. */
export function randomBytes(pointer: usize, length: usize): void {
  random(pointer, length);
}

// ---------------------------------------------------------------------------
// Replacements for AssemblyScript's `env` imports (see asconfig.json).
// ---------------------------------------------------------------------------

/**
 * Called for a failed assertion, an out-of-range access or an explicit
 * `abort()`: prints `abort: <message> at <file>:<line>:<column>` to stderr
 * and exits with status 134. Allocates nothing, so it also works when memory
 * is exhausted.
 */
export function wasmosAbort(
  message: string | null = null,
  fileName: string | null = null,
  lineNumber: u32 = 0,
  columnNumber: u32 = 0,
): void {
  writeString(STDERR, "abort: ");
  writeString(STDERR, message !== null ? changetype<string>(message) : "(no message)");
  if (fileName !== null) {
    writeString(STDERR, " at ");
    writeString(STDERR, changetype<string>(fileName));
    writeString(STDERR, ":");
    writeUnsigned(STDERR, lineNumber);
    writeString(STDERR, ":");
    writeUnsigned(STDERR, columnNumber);
  }
  writeString(STDERR, "\n");
  exit(134);
  unreachable();
}

/** `trace()`: prints `trace: <message> <values...>` to stderr. */
export function wasmosTrace(
  message: string,
  count: i32 = 0,
  value0: f64 = 0,
  value1: f64 = 0,
  value2: f64 = 0,
  value3: f64 = 0,
  value4: f64 = 0,
): void {
  writeString(STDERR, "trace: ");
  writeString(STDERR, message);
  const values: f64[] = [value0, value1, value2, value3, value4];
  for (let index = 0; index < min<i32>(count, 5); index++) {
    writeString(STDERR, index == 0 ? " " : ", ");
    writeString(STDERR, values[index].toString());
  }
  writeString(STDERR, "\n");
}

/** Seeds `Math.random` from the kernel's random bytes. */
export function wasmosSeed(): f64 {
  random(SCRATCH, 8);
  // 53 random bits, exactly representable, never zero.
  return <f64>((load<u64>(SCRATCH) >>> 11) | 1);
}
