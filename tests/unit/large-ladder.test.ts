/** Large ladders and JSON ladders load in full, exactly as written, and their problems are still placed. */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadLadderText } from "../../src/core/load/index.js";
import { LadderFileError } from "../../src/core/errors.js";

const EXPECTATION = (e: number, s: number, l: number) => `Expectation ${e} of section ${s} at level ${l}, with 'quotes' and "more" — 技術 🚀`;

function bigLadder(levels: number, extra = ""): string {
  const lines = ["version: 1", "title: Big | ladder", "x-owner: people", "sections:"];
  for (let s = 0; s < 10; s++) lines.push(`  - id: s${s}`, `    title: "Section ${s}: the *${s}th*"`);
  lines.push("levels:");
  for (let l = 0; l < levels; l++) {
    lines.push(`  - id: level-${l}`, `    title: Level ${l} — niveau ${l}`, `    aliases: [l${l}, lvl-${l}]`, "    facts:", `      Team size: ${l}-${l * 2 + 1} people`, `      Band: B${l}`, "    expectations:");
    for (let s = 0; s < 10; s++) {
      lines.push(`      s${s}:`);
      for (let e = 0; e < 25; e++) lines.push(`        - ${EXPECTATION(e, s, l)}`);
    }
  }
  lines.push("growth_areas:", "  - id: g", "    title: Growth", "    by_level:", "      - levels: [level-0, level-1]", "        text: Shared entry");
  lines.push("transitions:");
  for (let l = 1; l < levels; l++) lines.push(`  - from: level-${l - 1}`, `    to: level-${l}`, `    text: Step ${l}`);
  return `${lines.join("\n")}\n${extra}`;
}

function problemsOf(source: string, file: string): readonly string[] {
  try {
    loadLadderText(source, file);
  } catch (error) {
    expect(error).toBeInstanceOf(LadderFileError);
    return (error as LadderFileError).details;
  }
  return expect.unreachable("the ladder loaded");
}

describe("a large ladder", () => {
  // 40 levels of 250 expectations: 10,000, as many as the largest public frameworks.
  const source = bigLadder(40);
  const ladder = loadLadderText(source, "big.yaml");

  it("loads every expectation, exactly as written and in order", () => {
    expect(ladder.levels).toHaveLength(40);
    expect(ladder.levels.flatMap((l) => Object.values(l.expectations).flat())).toHaveLength(10_000);
    expect(ladder.levels[39]!.expectations.s9!.map((e) => e.text)).toEqual(Array.from({ length: 25 }, (_, e) => EXPECTATION(e, 9, 39)));
    expect(ladder.levels[7]!.title).toBe("Level 7 — niveau 7");
    expect(ladder.levels[7]!.facts).toEqual([
      { label: "Team size", value: "7-15 people" },
      { label: "Band", value: "B7" },
    ]);
    expect(ladder.sections[3]).toEqual({ id: "s3", title: "Section 3: the *3th*" });
    expect(ladder.transitions).toHaveLength(39);
  });

  it("loads the same from JSON as from YAML", () => {
    expect(loadLadderText(JSON.stringify(parse(source), null, 2), "big.json")).toEqual(ladder);
  });

  it("still reports problems with their places when it is broken", () => {
    const broken = source.replace("      s3:\n", "      s33:\n");
    expect(problemsOf(broken, "big.yaml")[0]).toMatch(/^big\.yaml:\d+:7: levels\[0\]\.expectations\.s33: unknown section "s33" \(did you mean "s3"\?\)$/);
  });
});

describe("a JSON ladder", () => {
  const ladder = {
    title: "Small",
    "x-note": { anything: [1, 2] },
    sections: [{ id: "craft", title: "Craft" }],
    levels: [{ id: "e1", title: "Engineer", facts: { Band: "B1" }, expectations: { craft: ["Writes tests"] } }],
  };
  const json = JSON.stringify(ladder, null, 2);

  it("keeps fact values as written and fact labels in file order", () => {
    const text = `{"title": "Small", "sections": [{"id": "craft", "title": "Craft"}],
      "levels": [{"id": "e1", "title": "Engineer", "facts": {"Band": 1.10, "2024": "yes"}, "expectations": {"craft": ["Writes tests"]}}]}`;
    expect(loadLadderText(text, "small.json").levels[0]!.facts).toEqual([
      { label: "Band", value: "1.10" },
      { label: "2024", value: "yes" },
    ]);
  });

  it("ignores extension keys", () => {
    expect(loadLadderText(json, "small.json")).toMatchObject({ title: "Small", levels: [{ facts: [{ label: "Band", value: "B1" }] }] });
  });

  it("refuses a duplicate key, which JSON.parse alone would let pass, at its place", () => {
    const twice = json.replace('"title": "Small",', '"title": "Small",\n  "title": "Other",');
    expect(problemsOf(twice, "small.json")).toEqual(["small.json:3:3: duplicate key: each key may appear once in a mapping (merge the two entries or rename one)"]);
  });

  it("places a problem in the file", () => {
    const wrong = json.replace('"craft": [', '"crafts": [');
    expect(problemsOf(wrong, "small.json")).toEqual([expect.stringMatching(/^small\.json:\d+:\d+: levels\[0\]\.expectations\.crafts: unknown section "crafts" \(did you mean "craft"\?\)$/)]);
  });
});
