/**
 * The process around run(): the real streams, a quiet end when the reader of
 * a pipe goes away (`ladder show cto | head -3`), and exit status 130 on Ctrl-C.
 */
import { isatty } from "node:tty";
import { run } from "./cli/main.js";

// Node 20 would crash with an unhandled `write EPIPE`; a reader that has had enough is a normal end.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  process.stderr.write(`ladder: cannot write output: ${error.message}\n`);
  process.exit(1);
});
process.on("SIGINT", () => process.exit(130));

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Not process.stdin: that stream is not needed to know, and can hold the process open.
  stdin: { isTTY: isatty(0), chunks: () => process.stdin },
  env: process.env,
});
