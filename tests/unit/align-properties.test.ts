/**
 * Property-based tests (fast-check) of the alignment behind `ladder diff`: for
 * any two lists of texts, nothing is lost, doubled or altered; the marked
 * words of a changed pair spell both texts exactly; and the order of the
 * lists does not change which pairs are made.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignExpectations, type Change } from "../../src/core/diff/align.js";

/** Words that stem alike, repeat and share, so that many pairs are made, plus text of any kind. */
const word = fc.constantFrom(
  "team", "teams", "Hiring", "hire", "roadmaps", "roadmap", "Plans", "the", "of", "and", "decisions", "Makes", "5-8", "(1-2", "years)",
  "multi-year", "long-term", "Décisions", "équipe", "技術", "🚀", "👩‍👩‍👧", "e\u0301", "**bold**", "~~x~~", "[-a-]", "{+b+}",
);
const separator = fc.constantFrom(" ", " ", " ", "  ", "-", ", ", "\n", "\t", "");
const phrase = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 7 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
const text = fc.oneof({ weight: 4, arbitrary: phrase }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) });
const list = fc.array(text, { maxLength: 12 });
/** Two lists where the second keeps some texts of the first (so some come out `same`). */
const twoLists = fc.tuple(list, list).chain(([from, extra]) => fc.subarray(from).map((kept) => [from, [...extra, ...kept]] as const));

const sorted = (items: readonly string[]) => [...items].sort();
const pairs = (changes: readonly Change[]) => sorted(changes.filter((c) => c.from !== null && c.to !== null).map((c) => JSON.stringify([c.from, c.to])));
const spell = (change: Change, side: "removed" | "added") => change.words!.filter((w) => w.op === "same" || w.op === side).map((w) => w.text).join("");

function checkChanges(from: readonly string[], to: readonly string[], changes: readonly Change[]) {
  // Every text of both lists, exactly once, verbatim.
  expect(sorted(changes.flatMap((c) => (c.from === null ? [] : [c.from])))).toEqual(sorted(from));
  expect(sorted(changes.flatMap((c) => (c.to === null ? [] : [c.to])))).toEqual(sorted(to));
  for (const change of changes) {
    switch (change.kind) {
      case "same":
        expect(change.from).toBe(change.to);
        break;
      case "changed":
        expect(change.from).not.toBe(change.to);
        expect(spell(change, "removed")).toBe(change.from);
        expect(spell(change, "added")).toBe(change.to);
        expect(change.words!.every((w) => w.text !== "")).toBe(true);
        expect(change.similarity).toBeGreaterThan(0);
        expect(change.similarity).toBeLessThanOrEqual(1);
        break;
      case "added":
        expect(change.from).toBeNull();
        break;
      case "removed":
        expect(change.to).toBeNull();
        break;
    }
  }
}

describe("alignExpectations on any two lists", () => {
  it("keeps every text of both exactly once, verbatim, and the words of a changed pair spell both texts", () => {
    fc.assert(
      fc.property(twoLists, ([from, to]) => checkChanges(from, to, alignExpectations(from, to))),
      { numRuns: 400 },
    );
  });

  it("makes the same pairs whatever the order of the input", () => {
    fc.assert(
      fc.property(
        list.chain((from) => fc.tuple(fc.constant(from), fc.shuffledSubarray(from, { minLength: from.length, maxLength: from.length }))),
        list.chain((to) => fc.tuple(fc.constant(to), fc.shuffledSubarray(to, { minLength: to.length, maxLength: to.length }))),
        ([from, fromShuffled], [to, toShuffled]) => {
          expect(pairs(alignExpectations(fromShuffled, toShuffled))).toEqual(pairs(alignExpectations(from, to)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("holds for lists too long for the exact assignment", () => {
    const long = fc.array(phrase, { minLength: 260, maxLength: 300 });
    fc.assert(
      fc.property(long, long, fc.nat(), (from, to, seed) => {
        const changes = alignExpectations(from, to);
        checkChanges(from, to, changes);
        const reversed = alignExpectations([...from].reverse(), seed % 2 ? [...to].reverse() : to);
        expect(pairs(reversed)).toEqual(pairs(changes));
      }),
      // Shrinking lists of hundreds takes minutes: report the first failure as found.
      { numRuns: 5, endOnFailure: true },
    );
  });
});
