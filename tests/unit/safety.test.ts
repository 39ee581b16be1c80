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
