#!/usr/bin/env node
// The installed command: runs the bundle that `npm run build` makes in dist/.
import module from "node:module";

// Node 22.1+ keeps compiled code between runs; older Node simply compiles each time.
module.enableCompileCache?.();
try {
  await import("../dist/ladder.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist")) throw error;
  process.stderr.write("ladder: the build is missing (dist/ladder.js)\nhint: run `npm install` or `npm run build` in the ladder folder\n");
  process.exitCode = 1;
}
