/**
 * Time proportional to the file (issue 16): every command on a ladder and on
 * one 8 times larger, compared as a ratio, never as an absolute time. A
 * quadratic step would make the ratio about 64; linear work gives about 8.
 * Each is timed as the best of three runs, so a busy machine cannot fail it.
 */
import { describe, expect, it } from "vitest";
import { loadLadderText } from "../../src/core/load/index.js";
import { runCli } from "../helpers.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const work = mkdtempSync(path.join(tmpdir(), "ladder-linear-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A ladder of `levels` levels, 5 sections, `perSection` expectations each, mixing ASCII, CJK and Cyrillic words. */
function ladder(levels: number, perSection: number): string {
  const words = ["reviews", "設計", "команда", "ships", "plans", "品質"];
  const sections = Array.from({ length: 5 }, (_, s) => ({ id: `s${s}`, title: `Section ${s}` }));
  return JSON.stringify({
    title: "Linear",
    sections,
    levels: Array.from({ length: levels }, (_, l) => ({
      id: `l${l}`,
      title: `Level ${l}`,
      facts: { Team: `${l + 1}-${l + 3} people` },
      expectations: Object.fromEntries(sections.map((s, k) => [s.id, Array.from({ length: perSection }, (_, e) => Array.from({ length: 12 }, (_, w) => words[(l + k + e + w) % words.length]).join(" ") + ` ${e}`)])),
    })),
  });
}

async function best(args: string[]): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const r = await runCli(args, { env: { COLUMNS: "60" } });
    fastest = Math.min(fastest, performance.now() - start);
    expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }
  return fastest;
}

describe("time grows in proportion to the file", () => {
  const small = path.join(work, "small.json");
  const large = path.join(work, "large.json");
  writeFileSync(small, ladder(4, 10));
  writeFileSync(large, ladder(4, 80)); // 8 times the expectations
  it("the two ladders load", () => {
    expect(loadLadderText(ladder(4, 80), "large.json").levels).toHaveLength(4);
  });
  for (const args of [["levels", "--format", "text"], ["show", "l1", "--format", "text"], ["diff", "l0", "l3", "--format", "text"], ["diff", "l0", "l3", "--json"], ["export", "--format", "md"], ["export", "--format", "html"], ["search", "команда", "--json"]]) {
    it(`${args.join(" ")}: 8 times the file costs less than 20 times the time`, { timeout: 120_000 }, async () => {
      const a = await best(["--data", small, ...args]);
      const b = await best(["--data", large, ...args]);
      // A few milliseconds of fixed cost would flatter the small run; it only makes the ratio smaller.
      expect(b / Math.max(a, 1)).toBeLessThan(20);
    });
  }
});
