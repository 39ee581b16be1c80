/**
 * The alignment behind `ladder diff` (issue 11), on the built-in ladder and on
 * small made-up lists: which expectations are set against each other, in what
 * order, and how the words of a grown expectation are marked.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadBuiltinLadder, loadLadder } from "../../src/cli/ladder-source.js";
import { alignExpectations, alignFacts, compareEntries, summarizeChanges, type Change } from "../../src/core/diff/align.js";
import { assignPairs, greedy, hungarian } from "../../src/core/diff/assign.js";
import { compareLevels, ladderCorpus } from "../../src/core/diff/compare.js";
import { contentWords, createCorpus, similarity } from "../../src/core/diff/similarity.js";
import { resolveLevel } from "../../src/core/resolve.js";
import type { Ladder } from "../../src/core/types.js";
import { fixture } from "../helpers.js";
import { judgements } from "./align-judged-pairs.js";
import { named, scoreJudgements } from "./score-judged.js";

const ladder = await loadBuiltinLadder();
const corpus = ladderCorpus(ladder);
/** A two-track company ladder; through the loader the CLI uses, whose module layout is being reshaped. */
const acme = await loadLadder(fixture("acme.yaml"), {});
const level = (name: string) => resolveLevel(ladder, name);
const expectations = (levelName: string, section: string) => level(levelName).expectations[section]!.map((e) => e.text);
const align = (from: string[], to: string[]) => alignExpectations(from, to, { corpus });

/** The pairs made, as "from => to", whatever their order. */
const pairs = (changes: readonly Change[]) =>
  changes
    .filter((c) => c.from !== null && c.to !== null)
    .map((c) => `${c.from} => ${c.to}`)
    .sort();

/** The change that holds `from` (named by its opening words), in a section of two levels. */
function changeOf(fromLevel: string, toLevel: string, section: string, opening: string): Change {
  const from = expectations(fromLevel, section);
  const text = named(from, opening);
  return align(from, expectations(toLevel, section)).find((c) => c.from === text)!;
}

describe("alignment of the built-in ladder", () => {
  it("pairs hiring with hiring, not with strategy that shares a verb", () => {
    const change = changeOf("em", "senior-em", "autonomy", "Contributes to hiring decisions");
    expect(change.to).toBe("Makes hiring decisions for key roles");
    expect(change.kind).toBe("changed");
    const strategy = align(expectations("em", "autonomy"), expectations("senior-em", "autonomy")).find((c) => c.to === "Contributes to departmental strategy and objectives")!;
    expect(strategy.from).not.toBe("Contributes to hiring decisions for team members");
  });

  it("marks the words that changed in a grown roadmap", () => {
    const change = changeOf("director", "vp", "scope", "Creates long-term strategic roadmaps");
    expect(change).toMatchObject({ kind: "changed", to: "Creates multi-year strategic roadmaps (2-5 years)" });
    expect(change.words).toEqual([
      { op: "same", text: "Creates " },
      { op: "removed", text: "long-term" },
      { op: "added", text: "multi-year" },
      { op: "same", text: " strategic roadmaps (" },
      { op: "removed", text: "1-2" },
      { op: "added", text: "2-5" },
      { op: "same", text: " years)" },
    ]);
  });

  it("sets sustainable engineering practices against their grown form, sustainable architecture", () => {
    expect(changeOf("senior-em", "director", "growth", "Creation of sustainable engineering practices").to).toBe(
      "Creation of sustainable technical and organizational architecture",
    );
  });

  it("does not set technical credibility against delegation skills", () => {
    const change = changeOf("em", "senior-em", "leadership", "Technical credibility");
    expect(change.to).not.toBe("Delegation skills to empower tech leads and senior engineers");
  });

  it("shows the growth-area entries VP and CTO share as the same", () => {
    const comparison = compareLevels(ladder, level("vp"), level("cto"), corpus);
    expect(comparison.growthAreas).toHaveLength(5);
    for (const area of comparison.growthAreas) {
      expect(area.change).toEqual({ kind: "same", from: area.from, to: area.to, similarity: 1, words: null });
    }
  });

  it("reproduces the judged pairs, adjacent levels and two apart, with precision and recall of at least 0.85", () => {
    const score = scoreJudgements(ladder, judgements, align);
    console.info(
      `judged pairs: precision ${score.precision.toFixed(3)} (${score.correct}/${score.made}), recall ${score.recall.toFixed(3)} (${score.correct}/${score.expected}); ` +
        `${score.forbidden.length} pairs judged wrong were made:\n  ${score.forbidden.join("\n  ")}`,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("makes the same pairs whatever the order of a section's expectations", () => {
    const steps = [["em", "senior-em"], ["senior-em", "director"], ["director", "vp"], ["vp", "cto"], ["em", "director"]] as const;
    const cases = steps.flatMap(([a, b]) => ladder.sections.map((s) => [expectations(a, s.id), expectations(b, s.id)] as const));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: cases.length - 1 }), fc.nat(), fc.nat(), (k, seedA, seedB) => {
        const [from, to] = cases[k]!;
        expect(pairs(align(shuffle(from, seedA), shuffle(to, seedB)))).toEqual(pairs(align(from, to)));
      }),
      { numRuns: 60 },
    );
  });

  it("compares every section, growth area and fact of two levels, with a summary of the expectations", () => {
    const comparison = compareLevels(ladder, level("em"), level("senior-em"), corpus);
    expect(comparison.sections.map((s) => s.title)).toEqual(ladder.sections.map((s) => s.title));
    const all = comparison.sections.flatMap((s) => s.changes);
    expect(comparison.summary).toEqual(summarizeChanges(all));
    expect(comparison.summary.same + comparison.summary.changed + comparison.summary.removed).toBe(25);
    expect(comparison.summary.same + comparison.summary.changed + comparison.summary.added).toBe(25);
    expect(comparison.facts).toEqual([
      { label: "Team size", from: "5-8 engineers", to: "8-15 engineers", change: expect.objectContaining({ kind: "changed", similarity: null }) },
      { label: "Roadmap horizon", from: "Quarterly", to: "6-12 months", change: expect.objectContaining({ kind: "changed" }) },
    ]);
  });
});

describe("compareLevels on any two levels", () => {
  const ladders: [string, Ladder][] = [
    ["the built-in ladder", ladder],
    ["a two-track company ladder with a level that leaves a section out", acme],
  ];
  it.each(ladders)("keeps every expectation and fact of both levels exactly once, in %s", (_, subject) => {
    const sorted = (list: readonly (string | null)[]) => list.filter((t): t is string => t !== null).sort();
    for (const a of subject.levels) {
      for (const b of subject.levels) {
        const comparison = compareLevels(subject, a, b);
        for (const section of comparison.sections) {
          expect(sorted(section.changes.map((c) => c.from))).toEqual(sorted((a.expectations[section.id] ?? []).map((e) => e.text)));
          expect(sorted(section.changes.map((c) => c.to))).toEqual(sorted((b.expectations[section.id] ?? []).map((e) => e.text)));
        }
        expect(sorted(comparison.facts.map((f) => f.from))).toEqual(sorted(a.facts.map((f) => f.value)));
        expect(sorted(comparison.facts.map((f) => f.to))).toEqual(sorted(b.facts.map((f) => f.value)));
        if (a === b) expect(comparison.summary).toMatchObject({ changed: 0, added: 0, removed: 0 });
      }
    }
  });
});

/** A deterministic shuffle (Fisher-Yates on a small linear congruential generator). */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("similarity", () => {
  it("folds case, punctuation and inflection", () => {
    expect(contentWords("Hiring ROADMAPS, decisions!")).toEqual(contentWords("hire roadmap decision"));
    expect(similarity("Makes hiring decisions", "makes hire decision.")).toBe(1);
  });

  it("ignores function words and numbers", () => {
    expect(contentWords("Leads a team of 5-8 for the company")).toEqual(["lead", "team", "compani"]);
  });

  it("weighs a word shared by everything less than a rare shared word", () => {
    const texts = ["Grows the team", "Plans for the team", "Runs team rituals", "Owns team hiring", "Leads team hiring reviews"];
    const weights = createCorpus(texts);
    // Each pair shares one word; the rare one makes the closer pair.
    expect(similarity("Owns team hiring", "Leads team hiring reviews", weights)).toBeGreaterThan(similarity("Owns team hiring", "Runs team rituals", weights));
    const changes = alignExpectations(["Owns team hiring"], ["Runs team rituals", "Leads hiring reviews"], { corpus: weights });
    expect(pairs(changes)).toEqual(["Owns team hiring => Leads hiring reviews"]);
  });

  it("is 0 for texts with no content words in common, and for texts with none at all", () => {
    expect(similarity("Coaches engineers", "Owns budgets")).toBe(0);
    expect(similarity("", "")).toBe(0);
    expect(similarity("— 42 —", "of the")).toBe(0);
  });
});

describe("alignExpectations", () => {
  it("marks identical text same, and pairs it before anything else", () => {
    const changes = alignExpectations(["Writes code", "Reviews code"], ["Reviews code", "Writes code well"]);
    expect(changes).toEqual([
      { kind: "same", from: "Reviews code", to: "Reviews code", similarity: 1, words: null },
      {
        kind: "changed",
        from: "Writes code",
        to: "Writes code well",
        similarity: expect.any(Number),
        words: [
          { op: "same", text: "Writes code" },
          { op: "added", text: " well" },
        ],
      },
    ]);
  });

  it("leaves unrelated items unpaired: removed from the first list, added in the second", () => {
    const changes = alignExpectations(["Coaches engineers"], ["Owns the budget"]);
    expect(changes.map((c) => [c.kind, c.from ?? c.to])).toEqual([
      ["removed", "Coaches engineers"],
      ["added", "Owns the budget"],
    ]);
    expect(summarizeChanges(changes)).toEqual({ same: 0, changed: 0, added: 1, removed: 1 });
  });

  it("follows the second list's order and puts a removed item after its nearest paired predecessor", () => {
    const from = ["Plans sprints", "Runs standups", "Reviews code", "Tracks bugs", "Writes docs"];
    const to = ["Writes design docs", "Plans quarters and sprints", "Hires engineers", "Reviews code"];
    expect(alignExpectations(from, to).map((c) => `${c.kind}: ${c.from ?? ""} -> ${c.to ?? ""}`)).toEqual([
      "changed: Writes docs -> Writes design docs",
      "changed: Plans sprints -> Plans quarters and sprints",
      "removed: Runs standups -> ",
      "added:  -> Hires engineers",
      "same: Reviews code -> Reviews code",
      "removed: Tracks bugs -> ",
    ]);
  });

  it("puts removed items with no paired predecessor first", () => {
    const changes = alignExpectations(["Runs standups", "Reviews code"], ["Reviews code"]);
    expect(changes.map((c) => c.kind)).toEqual(["removed", "same"]);
  });

  it("keeps duplicates: each copy appears once", () => {
    const changes = alignExpectations(["Reviews code", "Reviews code"], ["Reviews code"]);
    expect(summarizeChanges(changes)).toEqual({ same: 1, changed: 0, added: 0, removed: 1 });
  });

  it("handles empty lists", () => {
    expect(alignExpectations([], [])).toEqual([]);
    expect(alignExpectations([], ["New"]).map((c) => c.kind)).toEqual(["added"]);
    expect(alignExpectations(["Old"], []).map((c) => c.kind)).toEqual(["removed"]);
  });

  it("pairs large lists too (greedy above the exact limit), one to one", () => {
    const from = Array.from({ length: 400 }, (_, i) => `Owns area${i} planning`);
    const to = Array.from({ length: 400 }, (_, i) => `Leads area${399 - i} planning and hiring`);
    const changes = alignExpectations(from, to);
    expect(changes).toHaveLength(400);
    for (const change of changes) expect(change.to).toBe(`Leads ${change.from!.split(" ")[1]} planning and hiring`);
  });
});

describe("assignment", () => {
  const candidates = [
    { row: 0, column: 0, score: 0.9 },
    { row: 0, column: 1, score: 0.8 },
    { row: 1, column: 0, score: 0.7 },
  ];

  it("maximises the total score where the best pair first would not", () => {
    const total = (chosen: { score: number }[]) => chosen.reduce((sum, c) => sum + c.score, 0);
    expect(total(greedy(candidates))).toBeCloseTo(0.9);
    expect(total(hungarian(2, 2, candidates))).toBeCloseTo(1.5);
    expect(total(assignPairs(2, 2, candidates))).toBeCloseTo(1.5);
  });

  it("finds the best total on any small matrix (checked against every assignment)", () => {
    const matrix = fc.integer({ min: 1, max: 5 }).chain((rows) =>
      fc.integer({ min: 1, max: 5 }).chain((columns) =>
        fc.tuple(fc.constant(rows), fc.constant(columns), fc.array(fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }), { minLength: rows * columns, maxLength: rows * columns })),
      ),
    );
    fc.assert(
      fc.property(matrix, ([rows, columns, cells]) => {
        const list = cells.flatMap((score, k) => (score === undefined ? [] : [{ row: Math.floor(k / columns), column: k % columns, score }]));
        const chosen = hungarian(rows, columns, list);
        expect(new Set(chosen.map((c) => c.row)).size).toBe(chosen.length);
        expect(new Set(chosen.map((c) => c.column)).size).toBe(chosen.length);
        expect(chosen.reduce((sum, c) => sum + c.score, 0)).toBe(bestTotal(rows, columns, list));
      }),
      { numRuns: 300 },
    );
  });
});

/** The best total score over every one-to-one assignment, by trying them all. */
function bestTotal(rows: number, columns: number, list: { row: number; column: number; score: number }[]): number {
  const score = new Map(list.map((c) => [`${c.row},${c.column}`, c.score]));
  const walk = (row: number, used: Set<number>): number => {
    if (row === rows) return 0;
    let best = walk(row + 1, used); // this row unpaired
    for (let column = 0; column < columns; column++) {
      const s = score.get(`${row},${column}`);
      if (s === undefined || used.has(column)) continue;
      used.add(column);
      best = Math.max(best, s + walk(row + 1, used));
      used.delete(column);
    }
    return best;
  };
  return walk(0, new Set());
}

describe("facts and growth-area entries", () => {
  it("matches facts by label, whatever their case, and keeps every fact of both levels", () => {
    const changes = alignFacts(
      [
        { label: "Team size", value: "5-8 engineers" },
        { label: "Budget", value: "none" },
        { label: "Horizon", value: "Quarterly" },
      ],
      [
        { label: "Horizon", value: "Quarterly" },
        { label: "team size", value: "8-15 engineers" },
        { label: "Reports", value: "3-5 managers" },
      ],
    );
    expect(changes.map((f) => [f.label, f.from, f.to, f.change.kind])).toEqual([
      ["Horizon", "Quarterly", "Quarterly", "same"],
      ["team size", "5-8 engineers", "8-15 engineers", "changed"],
      ["Budget", "none", null, "removed"],
      ["Reports", null, "3-5 managers", "added"],
    ]);
  });

  it("compares one entry on each side: same, changed however different, added, removed, or nothing", () => {
    expect(compareEntries("Coaches", "Coaches")?.kind).toBe("same");
    expect(compareEntries("Coaches engineers", "Owns the budget")).toMatchObject({ kind: "changed", similarity: 0 });
    expect(compareEntries(null, "Owns the budget")?.kind).toBe("added");
    expect(compareEntries("Coaches", null)?.kind).toBe("removed");
    expect(compareEntries(null, null)).toBeNull();
  });
});
