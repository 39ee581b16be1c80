// Builds dist/: the CLI bundled into a few files (commands and heavy modules
// load lazily, so each command loads only what it uses), and a snapshot of the
// built-in ladder, checked here so that start-up need not check it again.
import { build } from "esbuild";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";

const root = new URL("..", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf-8"));
const dist = new URL("dist/", root);
// Build beside dist/ and swap it in at the end, so a running ladder never sees half a build.
const staging = new URL(`dist.tmp-${process.pid}/`, root);
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });

await build({
  entryPoints: { ladder: "src/bin.ts", load: "src/core/load.ts" },
  absWorkingDir: new URL(".", root).pathname,
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
  define: { __BUNDLED__: "true", __VERSION__: JSON.stringify(pkg.version) },
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __ladderRequire } from 'node:module'; const require = __ladderRequire(import.meta.url);" },
  logLevel: "warning",
});

// The built-in ladder goes through the same loader as any custom file; a broken data/ fails the build.
const { parseLadder } = await import(new URL("load.js", staging).href);
const yamlPath = new URL("data/ladder.yaml", root);
const source = readFileSync(yamlPath);
let ladder;
try {
  ladder = parseLadder(source.toString("utf-8"), "data/ladder.yaml");
} catch (error) {
  for (const line of error.details ?? []) console.error(line);
  console.error(`build: ${error.message}`);
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}
const sha256 = createHash("sha256").update(source).digest("hex");
writeFileSync(new URL("builtin.json", staging), JSON.stringify({ sha256, ladder }));
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
