/** Large ladders go through the fast reader (plain-yaml.ts); they must load exactly as the full path loads them. */
import { describe, expect, it } from "vitest";
import { FAST_READER_FROM_BYTES, parseLadder, readLargeLadder } from "../../src/core/load.js";
import { LadderFileError } from "../../src/core/errors.js";

function bigLadder(levels: number, extra = ""): string {
  const lines = ["version: 1", "title: Big | ladder", "x-owner: people", "sections:"];
  for (let s = 0; s < 10; s++) lines.push(`  - id: s${s}`, `    title: "Section ${s}: the *${s}th*"`);
  lines.push("levels:");
  for (let l = 0; l < levels; l++) {
    lines.push(`  - id: level-${l}`, `    title: Level ${l} — niveau ${l}`, `    aliases: [l${l}, lvl-${l}]`, "    facts:", `      Team size: ${l}-${l * 2 + 1} people`, `      Band: B${l}`, "    expectations:");
    for (let s = 0; s < 10; s++) {
      lines.push(`      s${s}:`);
      for (let e = 0; e < 25; e++) lines.push(`        - Expectation ${e} of section ${s} at level ${l}, with 'quotes' and "more" — 技術 🚀`);
    }
  }
  lines.push("growth_areas:", "  - id: g", "    title: Growth", "    by_level:", "      - levels: [level-0, level-1]", "        text: Shared entry");
  lines.push("transitions:");
  for (let l = 1; l < levels; l++) lines.push(`  - from: level-${l - 1}`, `    to: level-${l}`, `    text: Step ${l}`);
  return `${lines.join("\n")}\n${extra}`;
}

describe("a large ladder", () => {
  const source = bigLadder(40);

  it("is large enough to take the fast reader", () => {
    expect(source.length).toBeGreaterThan(FAST_READER_FROM_BYTES);
  });

  it("loads the same through the fast reader as through the full path", () => {
    const fast = readLargeLadder(source);
    expect(fast).toBeDefined(); // the reader took it, rather than declining
    expect(fast).toEqual(parseLadder(source, "big.yaml", { fastReader: false }));
    expect(parseLadder(source, "big.yaml")).toEqual(fast);
  });

  it("leaves fact values YAML reads as numbers to the full path, which keeps them as written", () => {
    const numeric = source.replace("      Team size: 0-1 people", "      Team size: 1.10");
    expect(readLargeLadder(numeric)).toBeUndefined();
    expect(parseLadder(numeric, "big.yaml").levels[0]!.facts[0]).toEqual({ label: "Team size", value: "1.10" });
  });

  it("still reports problems with their places when it is broken", () => {
    const broken = source.replace("      s3:\n", "      s33:\n");
    try {
      parseLadder(broken, "big.yaml");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LadderFileError);
      expect((error as LadderFileError).details[0]).toMatch(/^big\.yaml:\d+:7: levels\[0\]\.expectations\.s33: unknown section "s33" \(did you mean "s3"\?\)$/);
    }
  });
});
