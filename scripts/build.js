// Builds dist/: the CLI bundled into a few CommonJS files, a V8 code cache for
// the main one, and a snapshot of the built-in ladder, checked here so that
// start-up need not check it again.
//
// Nearly all of a command's time is Node starting and loading code, so the
// shape of dist/ is what makes ladder fast (`npm run bench` measures it):
// - CommonJS, not ESM: Node 20 spends ~4 ms setting up its ESM loader, more
//   than our whole budget over a bare `node -e 0`. esbuild splits code only
//   for ESM, so we bundle as ESM with splitting and convert each file to
//   CommonJS (import() becomes require()); dist/package.json says so.
// - One file for the everyday commands (HOT): the chunks they need are packed
//   into dist/ladder.js, saving a file lookup and read per chunk. Everything
//   else (the YAML + zod loader, interactive and export commands) stays in
//   files of its own, read only when used: V8 pre-parses even code that never
//   runs (~7 ms per 260 KB).
// - A V8 code cache for dist/ladder.js, made by running the everyday commands
//   once here; bin/ladder.js hands it to V8, which then skips parsing and
//   compiling (~4 ms). A different Node version rejects it and ladder simply
//   compiles as usual.
// - Dependency modules that do needless work as they load are replaced (STUBS).
import { build, transform } from "esbuild";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = new URL("..", import.meta.url);
const rootDir = new URL(".", root).pathname;
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf-8"));
const dist = new URL("dist/", root);
// Build beside dist/ and swap it in at the end, so a running ladder never sees half a build.
const staging = new URL(`dist.tmp-${process.pid}/`, root);
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });

/**
 * Packed into dist/ladder.js and compiled into its code cache: the commands
 * people run many times a day, and commander, which reads every other
 * command line (help, errors, the other commands).
 */
const HOT = [
  ...["show", "diff", "levels", "area", "about"].map((name) => `src/cli/commands/${name}.ts`),
  "src/cli/program.ts",
  "node_modules/commander/esm.mjs",
];
/**
 * What the code cache is made from: the everyday commands in each output
 * format. Not help or errors (commander): V8 reads the whole cache at every
 * start, and commander's share would cost the everyday commands ~0.5 ms.
 */
const WARM_UP = [
  ["show", "director"],
  ["show", "em", "--format", "text"],
  ["show", "cto", "--json"],
  ["diff", "em", "cto", "--format", "text"],
  ["diff", "em", "director"],
  ["levels", "--json"],
  ["levels", "--format", "text"],
  ["levels"],
  ["area", "people"],
  ["area", "--format", "text"],
  ["about"],
];

/**
 * Dependency modules replaced in the bundle, by importing package and
 * specifier. None changes what ladder prints:
 * - chalk's colour detection loads node:tty (and with it the streams, ~3 ms)
 *   only to set up its default instance, which we never use: style.ts sets
 *   the level by our own colour rules.
 * - commander needs child_process (~2 ms) only for external subcommands,
 *   which we do not have; it is required on first use instead.
 * - chalk is loaded when first used, not with the module that imports it:
 *   most commands print markdown or JSON, with no colour (~0.5 ms).
 * - text.ts's tables are drawn by scripts/table-fast-path.cjs, which draws
 *   our simple tables exactly as cli-table3 does in a fraction of the time
 *   (~15 ms for a diff), and hands anything else to cli-table3, loaded then.
 * - cli-table3 measures every line of every cell with string-width, which
 *   builds its ANSI and emoji regular expressions anew on every call (~40 ms
 *   for a diff). Text of characters that string-width counts as one column
 *   each (ASCII, Latin, punctuation, arrows, box drawing: checked one by one
 *   and in pairs against string-width) is measured by its length; other
 *   results are remembered.
 */
const STUBS = [
  {
    importer: "/src/render/style.ts",
    specifier: "chalk",
    contents: "module.exports = { Chalk: function Chalk(options) { return new (require('chalk').Chalk)(options); } };",
  },
  {
    importer: "/src/render/text.ts",
    specifier: "cli-table3",
    contents: `module.exports = require(${JSON.stringify(new URL("table-fast-path.cjs", import.meta.url).pathname)});`,
  },
  { importer: "/node_modules/chalk/", specifier: "#supports-color", contents: "export default { stdout: false, stderr: false };" },
  {
    importer: "/node_modules/commander/",
    specifier: "node:child_process",
    contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
  },
  {
    importer: "/node_modules/cli-table3/",
    specifier: "string-width",
    contents: `const stringWidth = require(${JSON.stringify(createRequire(import.meta.url).resolve("string-width", { paths: [new URL("node_modules/cli-table3/", root).pathname] }))});
const known = new Map();
module.exports = (s) => {
  if (typeof s === "string") {
    // Only colour codes of the form that string-width strips whole; then characters it counts as one column each.
    const plain = s.includes("\\x1b") ? s.replace(/\\x1b\\[(?:\\d{1,4}(?:;\\d{0,4})*)?m/g, "") : s;
    if (/^[\\x20-\\x7e\\u00a0-\\u00ac\\u00ae-\\u02ff\\u2010-\\u2027\\u2030-\\u205e\\u2190-\\u22ff\\u2500-\\u25fc]*$/.test(plain)) return plain.length;
  }
  let width = known.get(s);
  if (width === undefined) known.set(s, (width = stringWidth(s)));
  return width;
};`,
  },
];

/**
 * cli-table3 measures the same strings over and over (each cell's whole text
 * again for every line it draws, for a debug message); its strlen() is a pure
 * function of its argument, so it is remembered.
 */
const MEMO_STRLEN = {
  file: /node_modules\/cli-table3\/src\/utils\.js$/,
  find: "function strlen(str) {",
  replace: "const strlenKnown = new Map();\nfunction strlen(str) {\n  let width = strlenKnown.get(str);\n  if (width === undefined) strlenKnown.set(str, (width = strlenOnce(str)));\n  return width;\n}\nfunction strlenOnce(str) {",
};

const stubs = {
  name: "stubs",
  setup(b) {
    b.onLoad({ filter: MEMO_STRLEN.file }, (args) => {
      const source = readFileSync(args.path, "utf-8");
      if (!source.includes(MEMO_STRLEN.find)) {
        console.warn(`build: ${args.path} has changed; its strlen is not remembered (slower text tables)`);
        return undefined;
      }
      return { contents: source.replace(MEMO_STRLEN.find, MEMO_STRLEN.replace), loader: "js" };
    });
    b.onResolve({ filter: /^(#supports-color|node:child_process|string-width|chalk|cli-table3)$/ }, (args) => {
      const i = STUBS.findIndex((s) => s.specifier === args.path && args.importer.includes(s.importer));
      return i < 0 ? undefined : { path: String(i), namespace: "stub" };
    });
    b.onLoad({ filter: /.*/, namespace: "stub" }, (args) => ({ contents: STUBS[Number(args.path)].contents, loader: "js", resolveDir: rootDir }));
  },
};

const result = await build({
  entryPoints: { ladder: "src/bin.ts", load: "src/core/load.ts" },
  absWorkingDir: rootDir,
  outdir: staging.pathname,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "linked",
  // Chunks sit beside ladder.js: modules find data/ and the snapshot relative to dist/ wherever esbuild puts them.
  chunkNames: "[name]-[hash]",
  // Each file computes its own URL in the CommonJS conversion below.
  define: { __BUNDLED__: "true", __VERSION__: JSON.stringify(pkg.version), "import.meta.url": "__ladderModuleUrl" },
  plugins: [stubs],
  write: false,
  metafile: true,
  logLevel: "warning",
});

// ESM -> CommonJS, file by file; imports between our files keep their paths ("./x.js").
const files = new Map(); // "./name.js" -> code
const moduleUrl = "var __ladderModuleUrl=require('url').pathToFileURL(__filename).href;";
for (const file of result.outputFiles) {
  const name = `./${path.relative(staging.pathname, file.path)}`;
  if (!name.endsWith(".js")) {
    writeFileSync(file.path, file.contents); // legal comments
    continue;
  }
  const { code } = await transform(file.text, {
    format: "cjs",
    platform: "node",
    target: "node20",
    // import("./x.js") becomes Promise.resolve().then(() => require("./x.js")).
    supported: { "dynamic-import": false },
    minify: true,
    banner: file.text.includes("__ladderModuleUrl") ? moduleUrl : "",
    logLevel: "warning",
  });
  if (/\bimport\(/.test(code) && !file.text.includes("import(")) throw new Error(`build: ${name} still has import()`);
  files.set(name, code);
}

// The chunks to pack: what ladder.js loads up front, and what the HOT commands load.
const outputs = Object.entries(result.metafile.outputs).map(([out, meta]) => ({ name: `./${path.relative(staging.pathname, path.resolve(rootDir, out))}`, meta }));
const staticDeps = (name) =>
  outputs.find((o) => o.name === name).meta.imports.filter((i) => i.kind === "import-statement" && !i.external).map((i) => `./${path.relative(staging.pathname, path.resolve(rootDir, i.path))}`);
const packed = new Set();
const pack = (name) => {
  if (packed.has(name)) return;
  packed.add(name);
  staticDeps(name).forEach(pack);
};
staticDeps("./ladder.js").forEach(pack);
for (const entry of HOT) {
  const out = outputs.find((o) => o.meta.entryPoint !== undefined && path.resolve(rootDir, o.meta.entryPoint).endsWith(`/${entry}`));
  if (out) pack(out.name);
  else console.warn(`build: warning: ${entry} is no longer loaded on its own; update HOT in scripts/build.js (start-up is slower until then)`);
}

const buildId = createHash("sha256").update([...files.values()].join("\0")).digest("hex").slice(0, 16);
for (const [name, code] of files) {
  if (name === "./ladder.js") continue;
  // A packed chunk's file only lets Node resolve its name; ladder.js registers the real module under it.
  writeFileSync(new URL(name, staging), packed.has(name) ? `throw new Error("ladder: ${name.slice(2)} is packed into ladder.js; run that");\n` : code);
}
writeFileSync(new URL("ladder.js", staging), packMain(files.get("./ladder.js"), [...packed].sort().map((name) => [name, files.get(name)]), buildId));
writeFileSync(new URL("package.json", staging), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);

// The built-in ladder goes through the same loader as any custom file; a broken data/ fails the build.
const check = await build({
  entryPoints: ["src/core/load.ts"],
  absWorkingDir: rootDir,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  write: false,
  logLevel: "warning",
});
const checker = new URL("check-load.cjs", staging);
writeFileSync(checker, check.outputFiles[0].text);
const { parseLadder } = createRequire(import.meta.url)(checker.pathname);
rmSync(checker);
const source = readFileSync(new URL("data/ladder.yaml", root), "utf-8");
let ladder;
try {
  ladder = parseLadder(source, "data/ladder.yaml");
} catch (error) {
  for (const line of error.details ?? []) console.error(line);
  console.error(`build: ${error.message}`);
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}
// The snapshot keeps the exact text it was made from: start-up compares bytes (node:crypto alone would cost ~3 ms to load).
writeFileSync(new URL("builtin.json", staging), JSON.stringify({ source, ladder }));

rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);

// The code cache, made in place (V8 keeps the file name it was made under, for stack traces): run the
// everyday commands through bin/ladder.js's own loader, then save what V8 compiled.
const warm = spawnSync(
  process.execPath,
  ["-e", "require(process.argv[1]).makeCodeCache(process.argv[2], JSON.parse(process.argv[3]))", new URL("bin/ladder.js", root).pathname, dist.pathname, JSON.stringify(WARM_UP)],
  { stdio: ["ignore", "ignore", "inherit"], timeout: 60_000 },
);
if (warm.status !== 0) {
  console.error(`build: no code cache (the warm-up run failed with ${warm.status ?? warm.signal}); ladder works without it, only slower to start`);
  rmSync(new URL("ladder.js.cache", dist), { force: true });
}

/**
 * ladder.js with the packed chunks inside: a small module table serves their
 * require() calls. When a chunk that is not packed is first loaded (from its
 * own file, by Node), the packed ones are registered in require.cache under
 * their file names first, so that both sides share one instance of each
 * module (one LadderError class, for instance).
 */
function packMain(main, chunks, id) {
  const table = chunks.map(([name, code]) => `${JSON.stringify(name)}:function(exports,require,module,__filename,__dirname){${code}\n}`).join(",\n");
  return `/*ladder-build:${id}*/
"use strict";
var __ladderChunks={${table}},__ladderLoaded={},__ladderShared=false;
function __ladderRequire(id){
  var m=__ladderLoaded[id];
  if(m!==undefined)return m.exports;
  var f=__ladderChunks[id];
  if(f===undefined){
    if(id.startsWith("./"))__ladderShare();
    return require(id);
  }
  m=__ladderLoaded[id]={exports:{}};
  f.call(m.exports,m.exports,__ladderRequire,m,__filename,__dirname);
  return m.exports;
}
function __ladderShare(){
  if(__ladderShared)return;
  __ladderShared=true;
  var Module=require("module"),path=require("path");
  for(var id in __ladderChunks){
    var filename=path.join(__dirname,id),m=new Module(filename,module);
    m.filename=filename;m.paths=module.paths;m.exports=__ladderRequire(id);m.loaded=true;
    require.cache[filename]=m;
  }
}
(function(require){${main}
})(__ladderRequire);
`;
}
