// Exercises stdlib/as/wasmos.ts, printing deterministic results. With the
// argument `stdin` it echoes input lines; with `abort` it fails an assertion.
import {
  args, eprintln, fileSize, getEnv, lastErrno, listDir, makeDir, println, readFile,
  readLine, removeFile, run, setEnv, sleepMs, timeSinceBootNs, wallTimeNs, writeFile,
} from "../../../stdlib/as/wasmos";

const argv = args();
const mode = argv.length > 1 ? argv[1] : "";

if (mode == "stdin") {
  let count = 0;
  let line = readLine();
  while (line !== null) {
    count += 1;
    println(count.toString() + ": " + line);
    line = readLine();
  }
  println(count.toString() + " lines");
} else if (mode == "abort") {
  assert(argv.length == 99, "expected 99 arguments");
} else {
  println("args: " + argv.slice(1).join(","));
  println("unicode: héllo wörld ✓ 𝄞");
  setEnv("AS_TEST", "yes");
  const value = getEnv("AS_TEST");
  println("env: " + (value !== null ? value : "(unset)"));
  println("missing env is null: " + (getEnv("AS_TEST_MISSING") === null ? "true" : "false"));

  makeDir("/tmp/as-std-test");
  println("write: " + (writeFile("/tmp/as-std-test/a.txt", "line one\n") ? "ok" : "failed"));
  writeFile("/tmp/as-std-test/a.txt", "line two ✓\n", true);
  const text = readFile("/tmp/as-std-test/a.txt");
  println("read: " + (text !== null ? text.replaceAll("\n", "|") : "(null)"));
  println("size: " + fileSize("/tmp/as-std-test/a.txt").toString());
  writeFile("/tmp/as-std-test/b.txt", "");
  const names = listDir("/tmp/as-std-test");
  println("entries: " + (names !== null ? names.join(",") : "(null)"));
  println("missing file is null: " + (readFile("/nope") === null ? "true" : "false") + ", errno " + lastErrno.toString());
  removeFile("/tmp/as-std-test/a.txt");
  removeFile("/tmp/as-std-test/b.txt");

  const start = timeSinceBootNs();
  sleepMs(2);
  println("slept: " + (timeSinceBootNs() - start >= 2_000_000 ? "true" : "false"));
  println("wall clock after 2020: " + (wallTimeNs() > 1_577_836_800_000_000_000 ? "true" : "false"));
  println("random in range: " + (Math.random() < 1.0 ? "true" : "false"));

  let total: i64 = 0;
  for (let round = 0; round < 200; round++) {
    const numbers = new Array<i64>(1000);
    for (let index = 0; index < 1000; index++) numbers[index] = index;
    total += numbers.reduce((sum: i64, value: i64) => sum + value, <i64>0);
  }
  println("garbage collected total: " + total.toString());
  println("memory below 4 MiB: " + (memory.size() < 64 ? "true" : "false"));

  println("child status: " + run("helloworld-as").toString());
  eprintln("to stderr");
  println("as-std-test: all passed");
}
