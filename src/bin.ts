/**
 * The process around run(): the real streams, a quiet end when the reader of
 * a pipe goes away (`ladder show cto | head -3`).
 */
import { isatty } from "node:tty";
import { run } from "./cli/main.js";

// Node 20 would crash with an unhandled `write EPIPE`; a reader that has had enough is a normal end,
// with the status already decided (`validate bad.yaml --json | head` still says the file is invalid).
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  process.stderr.write(`ladder: cannot write output: ${error.message}\n`);
  process.exit(1);
});
// No SIGINT handler here: a handler runs only between pieces of work, so a long synchronous
// computation would ignore Ctrl-C. Node's default ends the process at once, status 130 (128 + 2),
// and nothing has reached standard output yet: it is written once, at the end. The interactive
// commands restore the terminal on signals (cli/interactive/inquirer.ts).

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Not process.stdin: that stream is not needed to know, and can hold the process open.
  stdin: { isTTY: isatty(0), chunks: () => process.stdin },
  env: process.env,
});
