/**
 * Hostile input and safe output through the built binary (`npm run build` first):
 * a sample of the corpus, paths that are not readable files, raw bytes on the
 * terminal, a reader that closes the pipe early, and Ctrl-C.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/core/load/index.js";
import { CONTROL, committedCases, expectCleanFailure, generatedCases, hostileDir, writeCase } from "../hostile/hostile.js";
import { binPath, cleanEnv, fixture, repoRoot, runBin, type Result } from "../helpers.js";

const work = mkdtempSync(path.join(tmpdir(), "ladder-hostile-e2e-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TIMEOUT = 30_000;

describe("hostile files through the binary", () => {
  const sample = ["empty.yaml", "top-list.yaml", "invalid-utf8.yaml", "tabs.yaml", "alias-bomb.yaml", "proto-nested.yaml", "control-escape.yaml", "control-in-key.yaml"];
  for (const c of committedCases.filter((c) => sample.includes(c.file))) {
    it(`${c.file}: ${c.why}`, () => {
      const file = path.join(hostileDir, c.file);
      expectCleanFailure(runBin(["--data", file, "show", "e1"]), c.error, file);
      // validate reports the same line.
      expectCleanFailure(runBin(["validate", file]), c.error, file);
    }, TIMEOUT);
  }

  const generated = ["deep-flow-seq.yaml", "deep-block-seq.yaml", "deep-block-map.yaml", "alias-flood.yaml", "long-line-unclosed.yaml"];
  for (const c of generatedCases.filter((c) => generated.includes(c.file))) {
    it(`${c.file}: ${c.why}`, () => {
      const file = writeCase(work, c);
      expectCleanFailure(runBin(["--data", file, "levels"]), c.error, file);
    }, TIMEOUT);
  }

  it("a file over the size limit, through LADDER_DATA", () => {
    const file = path.join(work, "too big.yaml");
    writeFileSync(file, Buffer.alloc(LIMITS.maxFileBytes + 1, "#"));
    expectCleanFailure(runBin(["about"], { env: { LADDER_DATA: file } }), "^ladder: cannot read ladder file {file}: it is 16\\.1 MiB, over the limit of 16 MiB$", file);
  }, TIMEOUT);
});

describe("paths that are not readable ladder files, through the binary", () => {
  it("missing, a directory, a FIFO, a device", () => {
    const missing = path.join(work, "missing.yaml");
    expectCleanFailure(runBin(["--data", missing, "levels"]), "^ladder: cannot read ladder file {file}: no such file$", missing);
    expectCleanFailure(runBin(["--data", work, "levels"]), "^ladder: cannot read ladder file {file}: it is a directory$", work);
    const fifo = path.join(work, "fifo.yaml");
    spawnSync("mkfifo", [fifo]);
    expectCleanFailure(runBin(["--data", fifo, "levels"]), "^ladder: cannot read ladder file {file}: it is not a regular file$", fifo);
    expectCleanFailure(runBin(["--data", "/dev/zero", "levels"]), "^ladder: cannot read ladder file {file}: it is not a regular file$", "/dev/zero");
  }, TIMEOUT);

  it("an unreadable file (as root: the binary runs as the unprivileged user nobody, since root reads any file)", () => {
    const dir = path.join(work, "locked");
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    const file = path.join(dir, "secret ladder.yaml");
    copyFileSync(fixture("acme.yaml"), file);
    chmodSync(file, 0o000);
    const asRoot = process.getuid?.() === 0;
    // nobody must be able to run ladder itself: a clone can sit in a folder only its owner may enter
    // (mktemp -d makes such folders), so run a copy of the program from a folder anyone may read.
    const program = asRoot ? readableCopyOfProgram() : binPath;
    const result = spawnSync(process.execPath, [program, "--data", file, "levels"], {
      cwd: path.dirname(file),
      env: cleanEnv(),
      encoding: "utf-8",
      timeout: 20_000,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    const r: Result = { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
    expectCleanFailure(r, "^ladder: cannot read ladder file {file}: permission denied$", file);
  }, TIMEOUT);

  function readableCopyOfProgram(): string {
    chmodSync(work, 0o755); // removed with the rest in afterAll
    const app = path.join(work, "app");
    mkdirSync(app, { mode: 0o755 });
    for (const part of ["bin", "dist", "data"]) cpSync(path.join(repoRoot, part), path.join(app, part), { recursive: true });
    return path.join(app, "bin", "ladder.js");
  }

  it("a path with spaces works", () => {
    const dir = path.join(work, "my ladders");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "acme ladder.yaml");
    copyFileSync(fixture("acme.yaml"), file);
    const r = runBin(["--data", file, "show", "e1", "--format", "text"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.length).toBeGreaterThan(0);
  }, TIMEOUT);
});

describe("what reaches the terminal", () => {
  it("carries no control character from data, even quoted in an error, on stdout or stderr", () => {
    // A key the schema does not know is quoted in the error: ESC and BEL must arrive as visible escapes.
    const file = path.join(work, "escapes.yaml");
    writeFileSync(file, 'title: Acme\n"\\e]0;pwned\\a\\e[2J": 1\nsections: [{id: craft, title: Craft}]\nlevels: [{id: e1, title: "\\e[31mRed", expectations: {craft: [a]}}]\n');
    const raw = spawnSync(process.execPath, [binPath, "--data", file, "show", "e1", "--format", "text"], { env: cleanEnv({ FORCE_COLOR: "1" }), timeout: 20_000 });
    expect(raw.status).toBe(1);
    expect(raw.stdout.length).toBe(0);
    expect(raw.stderr.includes(0x1b)).toBe(false);
    expect(raw.stderr.includes(0x07)).toBe(false);
    expect(raw.stderr.toString("utf-8")).toContain("\\u001b]0;pwned\\u0007\\u001b[2J");
  }, TIMEOUT);
});

/** A valid ladder whose `show e1` prints far more than a pipe holds (64 KiB). */
function bigLadder(): string {
  const file = path.join(work, "big.yaml");
  const items = Array.from({ length: 3000 }, (_, i) => `        - "Expectation ${i}: ${"coaches the team through a hard quarter ".repeat(3)}"`);
  writeFileSync(file, `title: Big\nsections: [{id: craft, title: Craft}]\nlevels:\n  - id: e1\n    title: Engineer\n    expectations:\n      craft:\n${items.join("\n")}\n`);
  return file;
}

/** Runs the binary with its stdout read by `reader`, which may close the pipe; resolves with status, signal and stderr. */
function runPiped(args: string[], reader: (stdout: NodeJS.ReadableStream & { destroy(): void }) => void, env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: repoRoot, env: cleanEnv(env), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf-8")));
    reader(child.stdout);
    child.on("close", (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe("pipes and signals", () => {
  it("ends quietly with status 0 when the reader has already closed the pipe", async () => {
    const file = bigLadder();
    const r = await runPiped(["--data", file, "show", "e1"], (stdout) => stdout.destroy());
    expect(r).toEqual({ code: 0, signal: null, stderr: "" });
  }, TIMEOUT);

  it("ends quietly with status 0 when the reader closes the pipe after the first chunk (`| head -1`)", async () => {
    const file = bigLadder();
    let first = "";
    const r = await runPiped(["--data", file, "show", "e1"], (stdout) =>
      stdout.once("data", (chunk: Buffer) => {
        first = chunk.toString("utf-8");
        stdout.destroy();
      }),
    );
    expect(first.length).toBeGreaterThan(0);
    expect(r).toEqual({ code: 0, signal: null, stderr: "" });
  }, TIMEOUT);

  it("`ladder show ... | head -1` in a shell prints one line and no trace", () => {
    const file = bigLadder();
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${binPath}" --data "${file}" show e1 --format text | head -1; echo "status \${?}"`], {
      cwd: repoRoot,
      env: cleanEnv(),
      encoding: "utf-8",
      timeout: 20_000,
    });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("Engineer\nstatus 0\n");
  }, TIMEOUT);

  it("exits with 130 on Ctrl-C (SIGINT), without a trace", async () => {
    // A command is over in a few milliseconds, too soon to interrupt. A preloaded timer keeps the
    // process alive after it has printed. ladder installs no handler (docs/limits-and-safety.md,
    // "Signals"): the signal ends the process at once, which a shell reports as status 130.
    const keepAlive = "data:text/javascript,setInterval(()=>{},1e6)";
    const r = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ["--import", keepAlive, binPath, "levels", "--json"], { cwd: repoRoot, env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => {
        stdout += d.toString("utf-8");
        // The whole document has arrived: the command is done, the process still running.
        if (stdout.trimEnd().endsWith("}")) child.kill("SIGINT");
      });
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf-8")));
      child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
    expect(r.code === 130 || r.signal === "SIGINT").toBe(true);
    expect(r.stderr).toBe("");
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  }, TIMEOUT);

  it("never prints a control character of its own on a pipe", () => {
    const r = runBin(["show", "director", "--format", "text"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
  });
});
