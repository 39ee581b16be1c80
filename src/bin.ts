/**
 * The process around run(): real streams, a quiet end when the reader of a
 * pipe goes away (`ladder show cto | head -3`), and exit status 130 on Ctrl-C.
 *
 * Start-up time matters here (bench/run.js): touching process.stdout,
 * process.stderr, process.stdin or node:tty loads Node's streams and
 * networking modules, about 3 ms. So a stream is created only when its fd is a
 * terminal; output to a pipe or a file is written with fs.writeSync.
 */
import { fstatSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { run } from "./cli/main.js";

declare const __BUNDLED__: boolean | undefined;

/** isatty(fd), without loading node:tty unless fd is a character device (a terminal, or /dev/null which isatty tells apart). */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false; // closed
  }
  // Synchronous and only now: a static import would load node:tty (and the streams) up front.
  // The bundle is CommonJS and has require(); turning import.meta.url into a path there costs start-up time.
  const load = typeof __BUNDLED__ !== "undefined" ? require : createRequire(import.meta.url);
  return (load("node:tty") as typeof import("node:tty")).isatty(fd);
}

function exitOnWriteError(error: NodeJS.ErrnoException): never {
  if (error.code === "EPIPE") process.exit(0);
  try {
    writeSync(2, `ladder: cannot write output: ${error.message}\n`);
  } catch {
    // nowhere left to report it
  }
  process.exit(1);
}

/** Standard output or error: the Node stream on a terminal, direct writes to the fd otherwise. */
function output(fd: 1 | 2, stream: () => NodeJS.WriteStream) {
  let tty: boolean | undefined;
  let fallback: NodeJS.WriteStream | undefined;
  const isTTY = () => (tty ??= isTerminal(fd));
  const useStream = () => {
    if (!fallback) {
      fallback = stream();
      if (fd === 1) fallback.on("error", exitOnWriteError);
    }
    return fallback;
  };
  return {
    get isTTY() {
      return isTTY();
    },
    get columns() {
      return isTTY() ? stream().columns : undefined;
    },
    write(chunk: string): boolean {
      if (fallback || isTTY()) return useStream().write(chunk);
      const bytes = Buffer.from(chunk, "utf-8");
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync(fd, bytes, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // A non-blocking pipe that is full: let the stream queue the rest, in order.
          if (code === "EAGAIN") return useStream().write(bytes.subarray(offset));
          if (fd === 2) return false; // nowhere left to report it
          exitOnWriteError(error as NodeJS.ErrnoException);
        }
      }
      return true;
    },
  };
}

process.on("SIGINT", () => process.exit(130));

/** The exit status, once the command is done (the build's code-cache step waits for it). */
export const done: Promise<number> = run(process.argv.slice(2), {
  stdout: output(1, () => process.stdout),
  stderr: output(2, () => process.stderr),
  // Not process.stdin: creating that stream costs start-up time and can hold the process open.
  stdin: {
    get isTTY() {
      return isTerminal(0);
    },
    chunks: () => process.stdin,
  },
  env: process.env,
}).then((code) => {
  process.exitCode = code;
  return code;
});
