#!/usr/bin/env node
// The installed command: runs the bundled build in dist/.
//
// It loads dist/ladder.js the way Node's require() would, but hands V8 the
// code cache made at build time, so that the code is not parsed and compiled
// again on every run (~4 ms of a ~25 ms command). When the cache is missing
// or was made by another version of Node, V8 rejects it and compiles as usual.
// CommonJS (bin/package.json), because Node's ESM loader alone costs more
// start-up time than everything ladder does for a command.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const { Script } = require("node:vm");

const DIST = path.join(__dirname, "..", "dist");

/** dist/ladder.js compiled, with its code cache when that was made from this very build. */
function compile(dist) {
  const file = path.join(dist, "ladder.js");
  const source = readFileSync(file, "utf-8");
  let cachedData;
  const id = /^\/\*ladder-build:(\w+)\*\//.exec(source)?.[1];
  try {
    const cache = readFileSync(`${file}.cache`);
    if (id !== undefined && cache.subarray(0, id.length).toString("latin1") === id) cachedData = cache.subarray(id.length);
  } catch {
    // no cache: compile as usual
  }
  return { file, id, script: new Script(Module.wrap(source), { filename: file, cachedData }) };
}

/** Runs compiled dist/ladder.js as a CommonJS module; its exports hold `done`, the exit status to come. */
function run({ file, script }) {
  const module = new Module(file, null);
  module.filename = file;
  module.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
}

/** Build step (scripts/build.js): run the everyday commands once, then save what V8 compiled. */
async function makeCodeCache(dist, runs) {
  const compiled = compile(dist);
  for (const argv of runs) {
    process.argv = [process.argv[0], __filename, ...argv];
    const code = await run(compiled).done;
    process.removeAllListeners("SIGINT"); // each run adds its own
    if (code !== 0) throw new Error(`ladder ${argv.join(" ")} exited with status ${code}`);
  }
  process.exitCode = 0;
  writeFileSync(`${compiled.file}.cache`, Buffer.concat([Buffer.from(compiled.id, "latin1"), compiled.script.createCachedData()]));
}

if (require.main === module) {
  let compiled;
  try {
    compiled = compile(DIST);
  } catch (error) {
    if (error && error.code === "ENOENT" && String(error.path).startsWith(DIST)) {
      process.stderr.write("ladder: the build is missing (dist/ladder.js)\nhint: run `npm install` or `npm run build` in the ladder folder\n");
      process.exit(1);
    }
    throw error;
  }
  run(compiled);
} else {
  module.exports = { makeCodeCache };
}
