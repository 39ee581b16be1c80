#!/usr/bin/env node
// The installed command: a shim over the bundled build in dist/.
import("../dist/ladder.js").catch((error) => {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist")) {
    process.stderr.write("ladder: the build is missing (dist/ladder.js)\nhint: run `npm install` or `npm run build` in the ladder folder\n");
    process.exit(1);
  }
  throw error;
});
