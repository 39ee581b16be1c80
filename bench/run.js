#!/usr/bin/env node
// `npm run bench`: how fast ladder starts, how much memory it takes, how it
// scales with the size of a ladder file, and how big the package is.
//
// Start-up and memory are measured against a bare `node -e 0`, the floor for
// any Node program, in the same run: commands are interleaved round-robin, so
// that whatever else the machine is doing slows them all alike, and medians
// are compared. Plain Node, no dependencies; it prints, and asserts nothing
// (timing does not belong in the test suite).
//
// Usage: npm run bench [-- --runs N]   (default 40 timed runs per command)
//
// Targets (issue 10): every command within 1.4x of the floor's time and 1.3x of
// its memory; a 600 KB ladder of 10,000 expectations answers in under 1 s, and
// cost grows linearly with size. Issue 17: `ladder site` builds the site of
// that 10,000-expectation ladder in under 2 s.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = path.join(ROOT, "bin", "ladder.js");
const NODE = process.execPath;
const RUNS = Number(argValue("--runs") ?? 40);
const WARM_UPS = 5;
const TIME_TARGET = 1.4;
const MEMORY_TARGET = 1.3;
const SCALE_LIMIT_S = 1;
const SITE_LIMIT_S = 2;

// The same environment for every command: no colour or width settings leak in, no NODE_OPTIONS.
const ENV = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? os.homedir(), LANG: "C.UTF-8" };

const FLOOR = { label: "node -e 0 (the floor)", args: ["-e", "0"] };
// Generated ladders go here; removed at exit.
const WORK = mkdtempSync(path.join(os.tmpdir(), "ladder-bench-"));
process.on("exit", () => rmSync(WORK, { recursive: true, force: true }));
// A custom ladder of 100 expectations (2 levels x 5 sections x 10), read and checked in full at every run.
const CUSTOM = path.join(WORK, "custom-100.yaml");
writeFileSync(CUSTOM, generateLadder(2, 5, 10));
const COMMANDS = [
  { label: "ladder show director", args: [BIN, "show", "director"] },
  { label: "ladder levels --json", args: [BIN, "levels", "--json"] },
  ...["text", "markdown", "json"].map((format) => ({ label: `ladder diff em cto --format ${format}`, args: [BIN, "diff", "em", "cto", "--format", format] })),
  { label: "ladder --data custom-100.yaml show level-001", args: [BIN, "--data", CUSTOM, "show", "level-001"] },
];

function main() {
  if (!existsSync(path.join(ROOT, "dist", "ladder.js"))) fail("dist/ladder.js is missing: run `npm run bench`, which builds first");
  const started = Date.now();
  console.log("ladder benchmark");
  console.log(`machine: ${machine()}`);
  console.log(`runs:    ${RUNS} per command after ${WARM_UPS} warm-ups, interleaved; medians; standard output is a pipe\n`);

  const time = startUp();
  const memory = peakMemory();
  printTable(time, memory);
  scaling();
  growthByCommand();
  siteBuild();
  packageSize();
  console.log(`\n(bench took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

// --- start-up ---------------------------------------------------------------

function startUp() {
  const all = [FLOOR, ...COMMANDS];
  for (const c of all) check(c); // fail early and loudly if a command is broken
  const samples = all.map(() => []);
  for (let round = 0; round < WARM_UPS + RUNS; round++) {
    // Rotate the starting command too, so none always runs right after the same one.
    for (let k = 0; k < all.length; k++) {
      const i = (round + k) % all.length;
      const ms = timed(all[i].args).ms;
      if (round >= WARM_UPS) samples[i].push(ms);
    }
  }
  return all.map((c, i) => ({ ...c, ms: median(samples[i]), spread: iqr(samples[i]) }));
}

function check(command) {
  const result = spawnSync(NODE, command.args, { env: ENV, stdio: ["ignore", "pipe", "pipe"], encoding: "utf-8" });
  if (result.status !== 0) fail(`${command.label} exited with ${result.status}:\n${result.stderr}`);
  return result;
}

function timed(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(NODE, args, { env: ENV, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) fail(`node ${args.join(" ")} exited with ${result.status}:\n${result.stderr}`);
  return { ms, result };
}

// --- memory -----------------------------------------------------------------

/**
 * Peak resident memory (max RSS) of each command. GNU time reports it for the
 * child; without it, every command (the floor too) is run with a tiny
 * --require hook that prints process.resourceUsage().maxRSS as it exits.
 */
function peakMemory() {
  const rounds = Math.max(5, Math.round(RUNS / 4));
  const gnuTime = hasGnuTime();
  const hook = gnuTime ? undefined : writeHook();
  const all = [FLOOR, ...COMMANDS];
  const samples = all.map(() => []);
  for (let round = 0; round < rounds; round++) {
    all.forEach((c, i) => samples[i].push(gnuTime ? rssWithTime(c.args) : rssWithHook(c.args, hook)));
  }
  if (hook) rmSync(path.dirname(hook), { recursive: true, force: true });
  return { method: gnuTime ? "GNU time (%M)" : "process.resourceUsage() at exit, via --require", kb: samples.map(median) };
}

function hasGnuTime() {
  if (!existsSync("/usr/bin/time")) return false;
  const r = spawnSync("/usr/bin/time", ["-f", "%M", NODE, "-e", "0"], { encoding: "utf-8" });
  return r.status === 0 && /^\d+\s*$/.test(r.stderr.trim().split("\n").at(-1) ?? "");
}

function rssWithTime(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%M", NODE, ...args], { env: ENV, stdio: ["ignore", "pipe", "pipe"], encoding: "utf-8" });
  if (r.status !== 0) fail(`node ${args.join(" ")} exited with ${r.status}:\n${r.stderr}`);
  return Number(r.stderr.trim().split("\n").at(-1));
}

function writeHook() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ladder-bench-"));
  const file = path.join(dir, "maxrss.cjs");
  writeFileSync(file, 'process.on("exit", () => require("fs").writeSync(2, `\\nmaxrss:${process.resourceUsage().maxRSS}\\n`));\n');
  return file;
}

function rssWithHook(args, hook) {
  const r = spawnSync(NODE, ["--require", hook, ...args], { env: ENV, stdio: ["ignore", "pipe", "pipe"], encoding: "utf-8" });
  const match = /maxrss:(\d+)/.exec(r.stderr);
  if (r.status !== 0 || !match) fail(`node ${args.join(" ")} exited with ${r.status}:\n${r.stderr}`);
  return Number(match[1]);
}

// --- report -----------------------------------------------------------------

function printTable(time, memory) {
  const [floor, ...rest] = time;
  const rows = [["", "median", "± (IQR/2)", "vs floor", `target`, ""]];
  rows.push([floor.label, ms(floor.ms), ms(floor.spread / 2), "1.00x", "", ""]);
  for (const c of rest) rows.push([c.label, ms(c.ms), ms(c.spread / 2), ratio(c.ms / floor.ms), `<= ${TIME_TARGET}x`, verdict(c.ms / floor.ms <= TIME_TARGET)]);
  console.log("wall time");
  printRows(rows);

  const [floorKb, ...kbs] = memory.kb;
  const mem = [["", "max RSS", "", "vs floor", "target", ""]];
  mem.push([FLOOR.label, mb(floorKb), "", "1.00x", "", ""]);
  COMMANDS.forEach((c, i) => mem.push([c.label, mb(kbs[i]), "", ratio(kbs[i] / floorKb), `<= ${MEMORY_TARGET}x`, verdict(kbs[i] / floorKb <= MEMORY_TARGET)]));
  console.log(`\npeak memory (${memory.method})`);
  printRows(mem);
}

function printRows(rows) {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  for (const r of rows) console.log(`  ${r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join("  ").trimEnd()}`);
}

// --- scaling ----------------------------------------------------------------

/**
 * Custom ladders of 600, 6,000 and 60,000 expectations (6, 60 and 600 levels
 * of 10 sections x 10; about 36 KB, 360 KB and 3.6 MB) for how cost grows,
 * and one of 10,000 (about 600 KB, as big as the largest public frameworks)
 * for the time target. Each is read, checked and shown in full:
 * `ladder --data big.yaml show <a middle level>`. (The loader refuses files
 * of more than 500,000 YAML tokens, about 85,000 expectations, so the series
 * stops short of 100 x 600 KB.)
 */
function scaling() {
  const sizes = [
    { label: "1x", levels: 6 },
    { label: "10x", levels: 60 },
    { label: "100x", levels: 600 },
    { label: "target", levels: 100 },
  ].map((s) => {
    const file = path.join(WORK, `ladder-${s.levels}.yaml`);
    writeFileSync(file, generateLadder(s.levels, 10, 10));
    const level = `level-${String(Math.ceil(s.levels / 2)).padStart(3, "0")}`;
    return { ...s, file, level, expectations: s.levels * 100, bytes: statSync(file).size, samples: [] };
  });
  const runs = Math.max(3, Math.round(RUNS / 8));
  for (let round = 0; round < runs + 1; round++) {
    for (const s of sizes) {
      if (s.error) continue;
      const args = [BIN, "--data", s.file, "show", s.level];
      const start = process.hrtime.bigint();
      const result = spawnSync(NODE, args, { env: ENV, stdio: ["ignore", "pipe", "pipe"], encoding: "utf-8", maxBuffer: 256 * 1024 * 1024 });
      const t = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0 || !result.stdout.includes(`# Level ${Number(s.level.slice(6))}\n`)) {
        s.error = `exit ${result.status}: ${(result.stderr.split("\n").find((l) => l.startsWith("ladder: ")) ?? result.stderr).trim()}`;
        continue;
      }
      if (round > 0) s.samples.push(t); // the first round warms the file cache
    }
  }
  for (const s of sizes) s.ms = s.error ? NaN : median(s.samples);
  const series = sizes.slice(0, 3);
  const rows = [["size", "levels", "expectations", "YAML", "median", "per 1,000 exp.", "extra cost per exp.", "target", ""]];
  sizes.forEach((s, i) => {
    const prev = i > 0 && i < 3 ? sizes[i - 1] : undefined;
    s.marginal = prev ? (s.ms - prev.ms) / (s.expectations - prev.expectations) : undefined;
    const target = s.label === "target";
    rows.push([
      s.label,
      String(s.levels),
      s.expectations.toLocaleString("en-US"),
      `${Math.round(s.bytes / 1024)} KB`,
      s.error ? "failed" : `${(s.ms / 1000).toFixed(3)} s`,
      s.error ? "" : `${((s.ms / s.expectations) * 1000).toFixed(1)} ms`,
      s.marginal === undefined || Number.isNaN(s.marginal) ? "" : `${(s.marginal * 1000).toFixed(1)} µs`,
      target ? `< ${SCALE_LIMIT_S} s` : "",
      target ? verdict(s.ms < SCALE_LIMIT_S * 1000) : "",
    ]);
  });
  console.log(`\nscaling: ladder --data <file> show <a middle level>  (${runs} runs each, interleaved)`);
  printRows(rows);
  for (const s of sizes) if (s.error) console.log(`  ${s.label} FAILED: ${s.error}`);
  const growth = series[2].marginal / series[1].marginal;
  console.log(`  cost of an extra expectation, 10x->100x vs 1x->10x: ${Number.isNaN(growth) ? "n/a" : `${growth.toFixed(2)}x`}  (1.00x = linear; quadratic work would show ~10x)  ${verdict(growth < 2)}`);
}

/**
 * Every kind of work on a ladder and on one with 8 times the expectations in
 * each section (4 levels of 5 sections x 10, then x 80): linear work costs
 * about 8 times as much, quadratic about 64. Best of 3 runs each. diff pairs
 * the expectations of a section by an exact assignment up to 250 a section,
 * which grows faster than linearly by design (docs/diff-alignment.md).
 */
function growthByCommand() {
  const small = path.join(WORK, "growth-small.yaml");
  const large = path.join(WORK, "growth-large.yaml");
  writeFileSync(small, generateLadder(4, 5, 10));
  writeFileSync(large, generateLadder(4, 5, 80));
  const best = (args) => Math.min(...[0, 1, 2].map(() => timed([BIN, ...args]).ms));
  const rows = [["command", "x1", "x8", "ratio"]];
  for (const args of [["levels", "--format", "text"], ["show", "level-002", "--format", "text"], ["diff", "level-001", "level-004", "--format", "text"], ["diff", "level-001", "level-004", "--json"], ["export", "--format", "md"], ["export", "--format", "html"], ["search", "roadmap", "--json"]]) {
    const a = best(["--data", small, ...args]);
    const b = best(["--data", large, ...args]);
    rows.push([`ladder ${args.join(" ")}`, `${a.toFixed(0)} ms`, `${b.toFixed(0)} ms`, `${(b / a).toFixed(1)}x`]);
  }
  console.log("\ngrowth: each command on a ladder and on one with 8x the expectations a section (best of 3; linear ~8x, quadratic ~64x)");
  printRows(rows);
}

// --- site -------------------------------------------------------------------

/**
 * `ladder --data big.yaml site --out DIR` for the 10,000-expectation ladder of
 * scaling() (100 levels): wall time, and CPU time (user + system, from the
 * process itself at exit), which a machine busy with other work disturbs less.
 * The folder is replaced at each run, as `ladder site` replaces what it made.
 */
function siteBuild() {
  const file = path.join(WORK, "site-ladder-100.yaml");
  writeFileSync(file, generateLadder(100, 10, 10));
  const out = path.join(WORK, "site");
  const dir = mkdtempSync(path.join(os.tmpdir(), "ladder-bench-"));
  const hook = path.join(dir, "cpu.cjs");
  writeFileSync(hook, 'process.on("exit", () => { const u = process.resourceUsage(); require("fs").writeSync(2, `\\ncpu-us:${u.userCPUTime + u.systemCPUTime}\\n`); });\n');
  const runs = Math.max(3, Math.round(RUNS / 8));
  const wall = [];
  const cpu = [];
  let files = "";
  for (let round = 0; round < runs + 1; round++) {
    const { ms, result } = timed(["--require", hook, BIN, "--data", file, "site", "--out", out], { encoding: "utf-8" });
    const used = /cpu-us:(\d+)/.exec(result.stderr);
    files = result.stderr.split("\n").find((l) => l.startsWith("Wrote ")) ?? files;
    if (round === 0) continue; // the first round warms the file cache
    wall.push(ms);
    if (used) cpu.push(Number(used[1]) / 1000);
  }
  rmSync(dir, { recursive: true, force: true });
  const seconds = (x) => `${(x / 1000).toFixed(3)} s`;
  console.log(`\nsite: ladder --data <10,000 expectations> site --out DIR  (${runs} runs)`);
  console.log(`  ${files}`);
  const rows = [["", "median", "± (IQR/2)", "target", ""]];
  rows.push(["wall time", seconds(median(wall)), seconds(iqr(wall) / 2), `< ${SITE_LIMIT_S} s`, verdict(median(wall) < SITE_LIMIT_S * 1000)]);
  if (cpu.length === wall.length) rows.push(["CPU time (user + system)", seconds(median(cpu)), seconds(iqr(cpu) / 2), `< ${SITE_LIMIT_S} s`, verdict(median(cpu) < SITE_LIMIT_S * 1000)]);
  printRows(rows);
}

/** A valid ladder file: `levels` levels with every section filled, growth areas and transitions between neighbours. */
function generateLadder(levels, sections, perSection) {
  const words = ["own", "lead", "grow", "hire", "plan", "ship", "coach", "review", "budget", "roadmap", "quality", "delivery", "teams", "incidents", "strategy", "partners"];
  let seed = 42;
  const word = () => words[(seed = (seed * 48271) % 2147483647) % words.length]; // MINSTD: exact in doubles
  const sentence = (n) => Array.from({ length: n }, word).join(" ");
  const ids = Array.from({ length: levels }, (_, i) => `level-${String(i + 1).padStart(3, "0")}`);
  const out = ["title: Benchmark ladder", "description: Generated by bench/run.js.", "sections:"];
  for (let s = 1; s <= sections; s++) out.push(`  - id: section-${s}`, `    title: Section ${s}`);
  out.push("levels:");
  ids.forEach((id, i) => {
    out.push(`  - id: ${id}`, `    title: Level ${i + 1}`, `    summary: ${sentence(8)}`, "    facts:", `      Team size: ${i + 1}-${i + 5} engineers`, "    expectations:");
    for (let s = 1; s <= sections; s++) {
      out.push(`      section-${s}:`);
      // ~60 bytes a line, so that 10,000 expectations make about 600 KB
      for (let e = 1; e <= perSection; e++) out.push(`        - "${id} s${s} e${e}: ${sentence(5)}"`);
    }
  });
  out.push("growth_areas:");
  for (let a = 1; a <= 3; a++) {
    out.push(`  - id: area-${a}`, `    title: Area ${a}`, "    by_level:");
    for (const id of ids) out.push(`      - levels: [${id}]`, `        text: ${sentence(12)}`);
  }
  out.push("transitions:");
  for (let i = 1; i < levels; i++) out.push(`  - from: ${ids[i - 1]}`, `    to: ${ids[i]}`, `    text: ${sentence(14)}`);
  return `${out.join("\n")}\n`;
}

// --- package ----------------------------------------------------------------

function packageSize() {
  const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf-8", env: { ...process.env, npm_config_loglevel: "silent" } });
  console.log("\npackage");
  if (r.status !== 0) {
    console.log(`  npm pack failed: ${r.stderr.trim().split("\n")[0]}`);
    return;
  }
  const [pack] = JSON.parse(r.stdout);
  console.log(`  ${pack.name}-${pack.version}.tgz: ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked, ${pack.entryCount} files`);
  const dist = pack.files.filter((f) => f.path.startsWith("dist/")).reduce((n, f) => n + f.size, 0);
  console.log(`  of which dist/: ${kb(dist)} (the bundled CLI and the built-in ladder snapshot)`);
  const deps = productionDependencies();
  if (deps) console.log(`  installed with its ${deps.count} production dependencies: ${kb(pack.unpackedSize + deps.bytes)} (dist/ bundles all the code it runs)`);
}

function productionDependencies() {
  const r = spawnSync("npm", ["ls", "--omit=dev", "--all", "--parseable"], { cwd: ROOT, encoding: "utf-8" });
  const dirs = r.stdout.split("\n").filter((d) => d && path.resolve(d) !== path.resolve(ROOT));
  if (dirs.length === 0) return undefined;
  const unique = [...new Set(dirs)];
  return { count: unique.length, bytes: unique.reduce((n, d) => n + du(d), 0) };
}

/** Bytes of files under dir, not counting nested node_modules (each package is counted once). */
function du(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) total += du(p);
    else if (entry.isFile()) total += statSync(p).size;
  }
  return total;
}

// --- helpers ----------------------------------------------------------------

function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${mb(os.totalmem() / 1024)} RAM; ${os.type()} ${os.release()} ${os.arch()}; Node ${process.version}`;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function iqr(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  return q(0.75) - q(0.25);
}

const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (kib) => `${(kib / 1024).toFixed(1)} MB`;
const kb = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} kB`);
const ratio = (x) => `${x.toFixed(2)}x`;
const verdict = (ok) => (ok ? "PASS" : "FAIL");

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

main();
