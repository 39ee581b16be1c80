/**
 * Hostile input, in-process: every file of the corpus (tests/hostile/) through the
 * loader and through the command line, plus paths that are not readable ladder
 * files, and proof that no key can reach a prototype. The built binary runs a
 * subset in tests/e2e/hostile.test.ts.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LadderError, LadderFileError, formatProblem } from "../../src/core/errors.js";
import { LIMITS, loadLadderFile, loadLadderText, readLadderSource } from "../../src/core/load/index.js";
import { committedCases, expectCleanFailure, expectedLine, generatedCases, hostileDir, longLineLadder, writeCase } from "../hostile/hostile.js";
import { fixture, runCli } from "../helpers.js";

const work = mkdtempSync(path.join(tmpdir(), "ladder-hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Generous: each case takes milliseconds; the point is that none may hang the suite.
const TIMEOUT = 15_000;

/** The error a load throws; fails the test if it loads or throws anything else. */
function loadError(file: string): LadderError {
  try {
    loadLadderFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(LadderError);
    return error as LadderError;
  }
  throw new Error(`${file} loaded`);
}

function expectLocated(error: LadderError, pattern: string, file: string): void {
  expect(error).toBeInstanceOf(LadderFileError);
  const { problems } = error as LadderFileError;
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.col).toBeGreaterThanOrEqual(1);
  }
  expect(formatProblem(problems[0]!)).toMatch(expectedLine(pattern, file));
}

describe("the committed corpus (tests/hostile/cases.json)", () => {
  for (const c of committedCases) {
    const file = path.join(hostileDir, c.file);
    it(`${c.file}: ${c.why}`, async () => {
      expectLocated(loadError(file), c.error, file);
      expectCleanFailure(await runCli(["--data", file, "levels"]), c.error, file);
    }, TIMEOUT);
  }

  it("lists every corpus file in cases.json", async () => {
    const { readdirSync } = await import("node:fs");
    const listed = new Set(committedCases.map((c) => c.file));
    const onDisk = readdirSync(hostileDir).filter((f) => !f.endsWith(".json") && !f.endsWith(".ts"));
    expect(onDisk.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !onDisk.includes(f))).toEqual([]);
  });
});

describe("generated hostile files", () => {
  for (const c of generatedCases) {
    it(`${c.file}: ${c.why}`, async () => {
      const file = writeCase(work, c);
      expectLocated(loadError(file), c.error, file);
      expectCleanFailure(await runCli(["--data", file, "show", "e1"]), c.error, file);
    }, TIMEOUT);
  }

  it(`refuses a file over the size limit (${LIMITS.maxFileBytes} bytes) without reading it`, async () => {
    const file = path.join(work, "too-big.yaml");
    writeFileSync(file, `title: x\n${"#".repeat(LIMITS.maxFileBytes)}\n`);
    const pattern = `^ladder: cannot read ladder file {file}: it is 16\\.1 MiB, over the limit of 16 MiB$`;
    expect(loadError(file).message).toMatch(expectedLine(pattern.slice(1).replace(/^ladder: /, "^"), file));
    expectCleanFailure(await runCli(["--data", file, "levels"]), pattern, file);
  }, TIMEOUT);

  it("loads a ladder with a one-megabyte line and a 100,000-character word, and shows it", async () => {
    const file = path.join(work, "long-line-valid.yaml");
    writeFileSync(file, longLineLadder());
    const ladder = loadLadderFile(file);
    expect(ladder.title.length).toBe(999_999);
    for (const format of ["text", "markdown", "json"]) {
      const r = await runCli(["--data", file, "show", "e1", "--format", format], { columns: 80 });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.replace(/\s+/g, "")).toContain("é".repeat(100_000));
    }
  }, TIMEOUT);
});

describe("paths that are not readable ladder files", () => {
  it("a path that does not exist", async () => {
    const file = path.join(work, "no-such.yaml");
    expect(loadError(file).message).toBe(`cannot read ladder file ${file}: no such file`);
    expectCleanFailure(await runCli(["--data", file, "levels"]), "^ladder: cannot read ladder file {file}: no such file$", file);
  });

  it("a directory", async () => {
    expectCleanFailure(await runCli(["--data", work, "levels"]), "^ladder: cannot read ladder file {file}: it is a directory$", work);
  });

  it("a FIFO with no writer: refused at once, never waits for one", async () => {
    const fifo = path.join(work, "a fifo");
    execFileSync("mkfifo", [fifo]);
    expectCleanFailure(await runCli(["--data", fifo, "levels"]), "^ladder: cannot read ladder file {file}: it is not a regular file$", fifo);
  }, TIMEOUT);

  it("a device that never ends (/dev/zero)", async () => {
    expectCleanFailure(await runCli(["--data", "/dev/zero", "levels"]), "^ladder: cannot read ladder file {file}: it is not a regular file$", "/dev/zero");
  }, TIMEOUT);

  it("a path through a file (ENOTDIR)", async () => {
    const file = path.join(fixture("acme.yaml"), "ladder.yaml");
    expectCleanFailure(await runCli(["--data", file, "levels"]), "^ladder: cannot read ladder file {file}: a part of the path is not a directory$", file);
  });

  // Root reads a file whatever its mode: there is no unreadable file to test with in-process.
  // tests/e2e/hostile.test.ts covers it as root too, by running the binary as another user.
  const root = process.getuid?.() === 0;
  it.skipIf(root)("an unreadable file (skipped as root: root can read any file; the end-to-end test runs as another user)", async () => {
    const file = path.join(work, "unreadable.yaml");
    copyFileSync(fixture("acme.yaml"), file);
    chmodSync(file, 0o000);
    expectCleanFailure(await runCli(["--data", file, "levels"]), "^ladder: cannot read ladder file {file}: permission denied$", file);
  });

  it("a path with spaces works, through --data and LADDER_DATA", async () => {
    const dir = path.join(work, "a folder with spaces");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "my ladder (v2).yaml");
    copyFileSync(fixture("acme.yaml"), file);
    for (const r of [await runCli(["--data", file, "levels"]), await runCli(["levels"], { env: { LADDER_DATA: file } })]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain("Acme");
    }
  });

  it("reads straight from the file, and stops at the size limit whatever the size on disk says", () => {
    // /proc files report size 0 but have content.
    expect(readLadderSource("/proc/self/status")).toContain("Name:");
  });
});

describe("keys that could reach a prototype", () => {
  const protoCases = committedCases.filter((c) => c.file.startsWith("proto-"));

  it("never pollute Object.prototype or change an object's prototype", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const arrayBefore = Object.getOwnPropertyNames(Array.prototype).sort();
    for (const c of protoCases) expect(() => loadLadderFile(path.join(hostileDir, c.file))).toThrow(LadderFileError);
    const sources = [
      'title: x\n__proto__: {polluted: yes}\n',
      'title: x\n"__proto__": {polluted: yes}\n',
      "{title: x, __proto__: {polluted: yes}}\n",
      "title: x\nx-a:\n  - constructor: {prototype: {polluted: yes}}\n",
      "title: x\nlevels:\n  - id: e1\n    facts: {__proto__: {polluted: yes}}\n",
      "title: x\nx-k: &k __proto__\nx-m: {*k : {polluted: yes}}\n",
    ];
    for (const source of sources) expect(() => loadLadderText(source, "p.yaml")).toThrow(LadderFileError);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("reports each one at its key, wherever it is", () => {
    const source = [
      "title: x",
      "x-meta: {__proto__: 1}",
      "sections: [{id: craft, title: Craft, prototype: 2}]",
      "levels:",
      "  - id: e1",
      "    title: E",
      "    facts: {constructor: 3}",
      "    expectations: {craft: [a]}",
      "",
    ].join("\n");
    let problems: LadderFileError["problems"] = [];
    try {
      loadLadderText(source, "p.yaml");
    } catch (error) {
      problems = (error as LadderFileError).problems;
    }
    expect(problems.map(formatProblem)).toEqual([
      'p.yaml:2:10: x-meta.__proto__: the key "__proto__" is not allowed (it has a special meaning in JavaScript; rename it)',
      'p.yaml:3:38: sections[0].prototype: the key "prototype" is not allowed (it has a special meaning in JavaScript; rename it)',
      'p.yaml:7:13: levels[0].facts.constructor: the key "constructor" is not allowed (it has a special meaning in JavaScript; rename it)',
    ]);
  });

  it("loads other keys that name Object.prototype members as plain data, with ordinary prototypes", () => {
    const labels = ["toString", "hasOwnProperty", "valueOf", "__defineGetter__", "isPrototypeOf", "__lookupSetter__"];
    const source = `title: x\nsections: [{id: craft, title: Craft}]\nlevels:\n  - id: e1\n    title: E\n    facts:\n${labels.map((l, i) => `      ${l}: v${i}`).join("\n")}\n    expectations: {craft: [a]}\n`;
    const ladder = loadLadderText(source, "p.yaml");
    expect(ladder.levels[0]!.facts).toEqual(labels.map((label, i) => ({ label, value: `v${i}` })));
    const seen = new Set<unknown>();
    const walk = (value: unknown) => {
      if (value === null || typeof value !== "object" || seen.has(value)) return;
      seen.add(value);
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
      Object.values(value).forEach(walk);
    };
    walk(ladder);
  });
});

describe("aliases that are fine", () => {
  it("load: a shared list, repeated through an alias", () => {
    const source = "title: x\nsections: [{id: craft, title: Craft}]\nx-common: &common [Writes tests, Reviews code]\nlevels:\n  - {id: e1, title: E1, expectations: {craft: *common}}\n  - {id: e2, title: E2, expectations: {craft: *common}}\n";
    const ladder = loadLadderText(source, "a.yaml");
    expect(ladder.levels.map((l) => l.expectations.craft!.map((e) => e.text))).toEqual([
      ["Writes tests", "Reviews code"],
      ["Writes tests", "Reviews code"],
    ]);
  });

  it("keep fact labels in file order through an alias", () => {
    const source = "title: x\nsections: [{id: craft, title: Craft}]\nx-facts: &facts {Team size: 5, '2024': yes please}\nlevels:\n  - {id: e1, title: E1, facts: *facts, expectations: {}}\n";
    expect(loadLadderText(source, "a.yaml").levels[0]!.facts.map((f) => f.label)).toEqual(["Team size", "2024"]);
  });
});
