#!/usr/bin/env node
// The installed command: runs the bundle that `npm run build` makes in dist/.
import { existsSync } from "node:fs";
import module from "node:module";

// Node 22.1+ keeps compiled code between runs; older Node simply compiles each time.
module.enableCompileCache?.();
// A fresh clone has no dist/ (the package ships it; a clone builds it): the first run builds it
// with the clone's own build script, so `npm install` then `npx ladder` is all a newcomer needs.
if (!existsSync(new URL("../dist/ladder.js", import.meta.url)) && existsSync(new URL("../scripts/build.js", import.meta.url))) {
  try {
    await import("../scripts/build.js");
  } catch (error) {
    process.stderr.write(`ladder: could not build dist/: ${error?.message ?? error}\nhint: run \`npm install\` in the ladder folder, then \`npm run build\`\n`);
    process.exit(1);
  }
}
try {
  await import("../dist/ladder.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist")) throw error;
  process.stderr.write("ladder: the build is missing (dist/ladder.js)\nhint: run `npm install` or `npm run build` in the ladder folder\n");
  process.exitCode = 1;
}
