/**
 * Issue 16, in-process: each problem of the hostile-input review rebuilt from
 * its own reproduction (the refusals with an exact message are in the
 * corpus, tests/hostile/cases.json).
 */
import { describe, expect, it } from "vitest";
import { loadLadderText } from "../../src/core/load/index.js";

const HEAD = "title: T\nsections: [{id: craft, title: Craft}]\n";

describe("reading a file as written", () => {
  it("keeps fact labels written as numbers as their text (1.10 stays 1.10, 0x10 stays 0x10)", () => {
    const ladder = loadLadderText(`${HEAD}levels: [{id: e1, title: E, facts: {1.10: a, 0x10: b, 2024: c}, expectations: {craft: [x]}}]\n`, "t.yaml");
    expect(ladder.levels[0]!.facts.map((f) => f.label)).toEqual(["1.10", "0x10", "2024"]);
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { LadderFileError } from "../../src/core/errors.js";
import { LIMITS } from "../../src/core/load/index.js";
import { ladderCorpus } from "../../src/core/diff/compare.js";
import { diffLevels } from "../../src/core/level-diff.js";
import { appendLines } from "../../src/render/parts.js";
import { block, widest } from "../../src/render/text/layout.js";
import { longestPiece, table } from "../../src/render/text/table.js";
import { runCli } from "../helpers.js";

const work = mkdtempSync(path.join(tmpdir(), "ladder-safety-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
};
const jsonLadder = (levels: object[], extra: object = {}) => JSON.stringify({ title: "T", sections: [{ id: "craft", title: "Craft" }], levels, ...extra });

describe("what multiplies is bounded at load time, with a located error", () => {
  it("10,000 levels each with its own fact label", { timeout: 30_000 }, () => {
    const levels = Array.from({ length: 10_000 }, (_, i) => ({ id: `l${i}`, title: `L${i}`, facts: { [`f${i}`]: "v" }, expectations: { craft: ["x"] } }));
    const error = (() => {
      try {
        loadLadderText(jsonLadder(levels), "facts.json");
      } catch (e) {
        return e as LadderFileError;
      }
      throw new Error("loaded");
    })();
    expect(error.details[0]).toMatch(/^facts\.json:1:\d+: levels\[10\]\.facts\.f10: 10,000 levels and 11 different fact labels make 110,000 cells, over the limit of 100,000 \(.+\)$/);
  });

  it("sections x levels and growth areas x levels", async () => {
    const n = 400; // 160,000 of each
    const sections = Array.from({ length: n }, (_, i) => `  - {id: s${i}, title: S${i}}`).join("\n");
    const levels = Array.from({ length: n }, (_, i) => `  - {id: l${i}, title: L${i}, expectations: {s0: [x]}}`).join("\n");
    const areas = Array.from({ length: n }, (_, i) => `  - {id: g${i}, title: G${i}, by_level: [{levels: [l0], text: t}]}`).join("\n");
    const file = write("grid.yaml", `title: T\nsections:\n${sections}\nlevels:\n${levels}\ngrowth_areas:\n${areas}\n`);
    const r = await runCli(["--data", file, "export"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^.*grid\.yaml:2:1: sections: 400 levels and 400 sections make 160,000 cells, over the limit of 100,000 \(.+\)\n.*grid\.yaml:\d+:1: growth_areas: 400 levels and 400 growth areas make 160,000 cells/);
  });

  it("a ladder just within the limit is read", () => {
    const n = Math.floor(Math.sqrt(LIMITS.maxGridCells));
    const sections = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, title: `S${i}` }));
    const levels = Array.from({ length: n }, (_, i) => ({ id: `l${i}`, title: `L${i}`, expectations: { s0: ["x"] } }));
    expect(loadLadderText(JSON.stringify({ title: "T", sections, levels }), "ok.json").levels).toHaveLength(n);
  });
});

describe("long texts and long lists never exhaust the call stack", () => {
  // More items than a function call takes arguments: the old push(...lines) and Math.max(...widths) threw here.
  const many = Array.from({ length: 300_000 }, (_, i) => `w${i % 10}`);

  it("lines are appended, and widths measured, without spreading them into a call", () => {
    const out: string[] = [];
    appendLines(out, "", many);
    expect(out).toHaveLength(300_001);
    expect(widest(many)).toBe(2);
    expect(longestPiece(many.join(" "))).toBe(2);
  });

  it("a long expectation beside a bullet in a narrow column, every word kept", () => {
    const lines = block(many.join(" "), 4, "", "• ");
    expect(lines.join(" ").split(/\s+/).filter((w) => /^w\d$/.test(w))).toHaveLength(300_000);
  });

  it("the diff of two levels of 130,000 expectations each pairs them all", () => {
    const list = (id: string) => Array.from({ length: 130_000 }, (_, i) => `${id} reviews change ${i}`);
    const ladder = loadLadderText(jsonLadder([{ id: "a", title: "A", expectations: { craft: list("a") } }, { id: "b", title: "B", expectations: { craft: list("b") } }]), "big.json");
    expect(ladderCorpus(ladder)).toBeDefined();
    const view = diffLevels(ladder, ladder.levels[0]!, ladder.levels[1]!);
    expect(view.sections).toHaveLength(1);
  });
});

describe("tables: cli-table3 is handed rows it draws in linear time", () => {
  it("a long table is drawn in pieces that join as one table", () => {
    const t = table(["From", "To"], [12, 12]);
    for (let i = 0; i < 450; i++) t.push([`a${i}`, `b${i}`]);
    const lines = t.toString().split("\n");
    expect(lines[0]).toBe("┌────────────┬────────────┐");
    expect(lines.at(-1)).toBe("└────────────┴────────────┘");
    // Head, then 450 rows: a separator before each, never a doubled border where pieces meet.
    expect(lines).toHaveLength(1 + 2 * 451);
    lines.slice(1, -1).forEach((line, i) => expect(line).toBe(i % 2 === 0 ? (i === 0 ? "│ From       │ To         │" : `│ ${`a${i / 2 - 1}`.padEnd(10)} │ ${`b${i / 2 - 1}`.padEnd(10)} │`) : "├────────────┼────────────┤"));
  });

  it("one long expectation of CJK words in diff, every character kept", async () => {
    const words = Array.from({ length: 1500 }, () => "漢字語").join(" ");
    const file = write("cjk.json", jsonLadder([{ id: "a", title: "A", expectations: { craft: [words] } }, { id: "b", title: "B", expectations: { craft: ["x"] } }]));
    const r = await runCli(["--data", file, "diff", "a", "b", "--format", "text"], { env: { COLUMNS: "80" } });
    expect(r.code).toBe(0);
    expect((r.stdout.match(/漢字語/g) ?? []).length).toBe(1500);
  });
});

describe("safe bytes to the terminal", () => {
  it("JSON escapes C1 and bidirectional controls from the search query", async () => {
    const r = await runCli(["search", "\u009b\u202ex", "--json"]);
    expect(r.stdout).toContain('"query": "\\u009b\\u202ex"');
    expect(r.stdout).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
  });

  it("commander's own usage errors show control characters as escapes", async () => {
    const r = await runCli(["levels", "--bogus\u001b]0;x\u0007"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ladder: unknown option '--bogus\\u001b]0;x\\u0007'\nhint: run `ladder levels --help` for usage\n");
  });

  it("the Wrote line of export shows a file name's control characters as escapes", async () => {
    const r = await runCli(["export", "--out", path.join(work, "x\u001b[2J.md")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("x\\u001b[2J.md");
    expect(r.stderr).not.toContain("\u001b");
  });
});

describe("writes", () => {
  it("an --out name whose extension names no format is refused, and nothing is written", async () => {
    const target = path.join(work, "acme.yaml");
    const r = await runCli(["export", "--out", target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ladder: cannot tell the format of ${target} from its name\nhint: end it in .md, .markdown, .html, .htm, .json or .csv, or give --format\n`);
    expect(readdirSync(work)).not.toContain("acme.yaml");
  });

  it("init on a directory says so, without suggesting --force", async () => {
    for (const force of [[], ["--force"]]) {
      const r = await runCli(["init", work, ...force]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`ladder: cannot write ${work}: it is a directory\nhint: name a file inside it\n`);
    }
  });

  it("concurrent exports to one path each leave a whole file, never a mix", async () => {
    const target = path.join(work, "race.out");
    const formats = ["csv", "html", "json", "markdown"];
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => runCli(["export", "--out", target, "--format", formats[i % 4]!, "--force"])));
    expect(results.every((r) => r.code === 0)).toBe(true);
    const text = readFileSync(target, "utf-8");
    // Printed markdown ends with a blank line to keep appended documents apart; a file holds the document alone.
    const whole = await Promise.all(formats.map(async (f) => (await runCli(["export", "--format", f])).stdout.replace(/\n+$/, "\n")));
    expect(whole).toContain(text.replace(/\n+$/, "\n"));
    expect(readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";

/** A 64 KiB tmpfs, where the system lets us mount one (root in a container); undefined elsewhere. */
function tinyDisk(): string | undefined {
  const dir = path.join(work, "disk");
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir], { stdio: "ignore" });
    return dir;
  } catch {
    return undefined;
  }
}
const disk = tinyDisk();
afterAll(() => {
  if (disk) execFileSync("umount", [disk], { stdio: "ignore" });
});

describe.skipIf(disk === undefined)("a full disk costs no data", () => {
  it("export --out --force on a full disk fails clearly, leaves the old file whole and no temporary file", async () => {
    const target = path.join(disk!, "ladder.md");
    writeFileSync(target, "my notes\n");
    // Fill the disk but for a few KiB: less than the export needs.
    const fill = Buffer.alloc(1024, 120);
    try {
      for (let i = 0; ; i++) writeFileSync(path.join(disk!, `fill-${i}`), fill);
    } catch {
      // Full.
    }
    const r = await runCli(["export", "--out", target, "--force"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`ladder: cannot write ${target}: no space left on the device\nhint: the file was left as it was\n`);
    expect(readFileSync(target, "utf-8")).toBe("my notes\n");
    expect(readdirSync(disk!).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("levels --json", () => {
  it("never writes magnitude: null: a fact too big to compare is left out of the scope picture", async () => {
    const huge = `1${"0".repeat(400)}`;
    const file = write("huge.json", jsonLadder([1, 2].map((n) => ({ id: `l${n}`, title: `L${n}`, facts: { Team: n === 1 ? "5" : huge }, expectations: { craft: ["x"] } }))));
    const r = await runCli(["--data", file, "levels", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('"magnitude": null');
  });
});
