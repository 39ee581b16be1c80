/**
 * Property-based tests (fast-check) of `ladder changes`: for random edits of
 * a ladder (reword, insert, delete, move within a section, rename a level,
 * give a level a new id), every expectation of both editions is accounted
 * for exactly once, verbatim, in its own level and section; and edits that
 * only move expectations within their sections change nothing but the order.
 */
import fc from "fast-check";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareEditions } from "../../src/core/changes.js";
import { loadLadderFile } from "../../src/core/load/index.js";
import type { Ladder } from "../../src/core/types.js";
import type { ChangesView } from "../../src/core/views.js";
import { changesMarkdown, changesText } from "../../src/render/views/changes.js";
import { makeStyle } from "../../src/render/style.js";
import { fixture, repoRoot } from "../helpers.js";

const ladders = [loadLadderFile(path.join(repoRoot, "data", "ladder.yaml")), loadLadderFile(fixture("acme.yaml")), loadLadderFile(fixture("editions/2025.yaml"))];

const word = fc.constantFrom("team", "teams", "hiring", "roadmap", "Plans", "the", "and", "decisions", "5-8", "multi-year", "équipe", "技術", "🚀", "**x**", "[-a-]", "{+b+}", "|");
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));
const text = fc.oneof({ weight: 4, arbitrary: phrase }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }) });

type Edit =
  | { kind: "reword" | "insert" | "delete" | "move"; level: number; section: number; at: number; to: number; text: string }
  | { kind: "rename"; level: number; text: string }
  | { kind: "new-id"; level: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom("reword", "insert", "delete", "move"), level: fc.nat(), section: fc.nat(), at: fc.nat(), to: fc.nat(), text }),
  fc.record({ kind: fc.constantFrom("rename", "new-id"), level: fc.nat(), text }),
) as fc.Arbitrary<Edit>;

/** The ladder with the edits made, in order; the original is left as it was. */
function applyEdits(original: Ladder, edits: readonly Edit[]): Ladder {
  const ladder = structuredClone(original);
  edits.forEach((e, n) => {
    const level = ladder.levels[e.level % ladder.levels.length]!;
    if (e.kind === "rename") {
      level.title = e.text;
      return;
    }
    if (e.kind === "new-id") {
      const id = `${level.id}-v${n}`;
      for (const area of ladder.growthAreas) for (const entry of area.byLevel) entry.levels = entry.levels.map((l) => (l === level.id ? id : l));
      for (const t of ladder.transitions) {
        if (t.from === level.id) t.from = id;
        if (t.to === level.id) t.to = id;
      }
      level.id = id;
      return;
    }
    const sectionId = ladder.sections[e.section % ladder.sections.length]!.id;
    if (!level.expectations[sectionId]) {
      if (e.kind !== "insert") return;
      level.expectations[sectionId] = [];
    }
    const list = level.expectations[sectionId];
    const at = list.length === 0 ? 0 : e.at % list.length;
    switch (e.kind) {
      case "insert":
        list.splice(e.at % (list.length + 1), 0, { text: e.text, examples: [], links: [] });
        break;
      case "reword":
        if (list.length > 0) {
          const words = list[at]!.text.split(" ");
          words[e.to % words.length] = e.text;
          list[at] = { ...list[at]!, text: words.join(" ") };
        }
        break;
      case "delete":
        list.splice(at, 1);
        break;
      case "move":
        if (list.length > 0) list.splice(e.to % list.length, 0, list.splice(at, 1)[0]!);
        break;
    }
  });
  return ladder;
}

/** Every expectation, as level id + section id + text, sorted: what each edition holds. */
function held(ladder: Ladder): string[] {
  return ladder.levels.flatMap((l) => Object.entries(l.expectations).flatMap(([s, list]) => list.map((e) => JSON.stringify([l.id, s, e.text])))).sort();
}

/** What the view accounts for on one side, each expectation under the level and section it had on that side. */
function accounted(view: ChangesView, side: "from" | "to"): string[] {
  return view.levels
    .flatMap((l) =>
      // The edits never touch sections, so a section has the same id on both sides.
      l.sections.flatMap((s) => s.changes.flatMap((c) => (c[side] === null ? [] : [JSON.stringify([l[side]?.id ?? "(no level)", s.id, c[side]])]))),
    )
    .sort();
}

describe("ladder changes on random edits of a ladder", () => {
  it("accounts for every expectation of both editions exactly once, in its level and section", () => {
    fc.assert(
      fc.property(fc.nat(ladders.length - 1), fc.array(edit, { maxLength: 12 }), (which, edits) => {
        const older = ladders[which]!;
        const newer = applyEdits(older, edits);
        const view = compareEditions(older, newer, { fromFile: "old", toFile: "new", all: true });
        expect(accounted(view, "from")).toEqual(held(older));
        expect(accounted(view, "to")).toEqual(held(newer));
        // Each level of each edition appears once.
        expect(view.levels.flatMap((l) => (l.from ? [l.from.id] : [])).sort()).toEqual(older.levels.map((l) => l.id).sort());
        expect(view.levels.flatMap((l) => (l.to ? [l.to.id] : [])).sort()).toEqual(newer.levels.map((l) => l.id).sort());
        // With every id kept, no level is added or removed, whatever else changed.
        if (!edits.some((e) => e.kind === "new-id")) expect(view.summary.levels.added + view.summary.levels.removed).toBe(0);
        // The default view and both formats are made from it without fail.
        const changed = compareEditions(older, newer, { fromFile: "old", toFile: "new" });
        expect(changed.summary).toEqual(view.summary);
        changesText(changed, { width: 60, style: makeStyle(false) });
        changesMarkdown(changed);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it("finds only a new order when expectations only move within their sections", () => {
    const move = fc.record({ kind: fc.constant("move" as const), level: fc.nat(), section: fc.nat(), at: fc.nat(), to: fc.nat(), text: fc.constant("") });
    fc.assert(
      fc.property(fc.nat(ladders.length - 1), fc.array(move, { minLength: 1, maxLength: 8 }), (which, moves) => {
        const older = ladders[which]!;
        const newer = applyEdits(older, moves);
        const view = compareEditions(older, newer, { fromFile: "old", toFile: "new" });
        expect(view.summary.expectations).toEqual({ same: held(older).length, changed: 0, added: 0, removed: 0 });
        const reordered = newer.levels.filter((l, i) => JSON.stringify(l.expectations) !== JSON.stringify(older.levels[i]!.expectations)).length;
        expect(view.summary.levels.changed).toBe(reordered);
        for (const level of view.levels) for (const s of level.sections) expect([s.reordered, s.changes]).toEqual([true, []]);
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
