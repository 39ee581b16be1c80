// Builds dist/: the CLI bundled by esbuild, the site's browser script, and a snapshot of the built-in ladder.
//
// - One ESM bundle split at each dynamic import(): a command loads the code it
//   uses (the YAML + zod loader, the interactive prompts, export) only when it runs.
// - dist/builtin.json: data/ladder.yaml read and checked here, with the exact
//   text it was made from. At run time ladder compares that text with the file
//   byte for byte and reads the file itself if someone has edited it
//   (src/cli/ladder-source.ts), so an edit is never silently ignored.
// - dist/site.js: the script of the site `ladder site` writes (src/site/browser/),
//   with the core's own search matching and slugs; the command copies it as is.
import { build } from "esbuild";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf-8"));
const dist = new URL("dist/", root);
// Built beside dist/ and swapped in at the end, so a running ladder never sees half a build.
const staging = new URL(`dist.tmp-${process.pid}/`, root);
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });

await build({
  // ladder-source is an entry point of its own so that the snapshot below is made by the built code.
  entryPoints: { ladder: "src/bin.ts", "ladder-source": "src/cli/ladder-source.ts" },
  absWorkingDir: root.pathname,
  outdir: staging.pathname,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "linked",
  // Flat: every file sits in dist/, which is what the bundled code's import.meta.url is relative to.
  chunkNames: "[name]-[hash]",
  define: { __BUNDLED__: "true", __VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS dependencies (commander, cli-table3) call require() for Node's own modules.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  logLevel: "warning",
});

await build({
  entryPoints: ["src/site/browser/main.ts"],
  absWorkingDir: root.pathname,
  outfile: new URL("site.js", staging).pathname,
  bundle: true,
  format: "iife",
  platform: "browser",
  // Browsers of 2022 on: Object.hasOwn and Array.prototype.at are used as they are.
  target: ["chrome100", "firefox100", "safari15.4"],
  minify: true,
  legalComments: "inline",
  logLevel: "warning",
});

// The built-in ladder goes through the same loader as any custom file (there is no snapshot yet); a broken data/ fails the build.
const source = readFileSync(new URL("data/ladder.yaml", root), "utf-8");
let ladder;
try {
  const { loadBuiltinLadder } = await import(new URL("ladder-source.js", staging).href);
  ladder = await loadBuiltinLadder();
} catch (error) {
  for (const line of error.details ?? []) console.error(line);
  console.error(`build: ${error.message}`);
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}
writeFileSync(new URL("builtin.json", staging), JSON.stringify({ source, ladder }));

rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
