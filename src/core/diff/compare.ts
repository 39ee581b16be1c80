/**
 * Two levels of a ladder compared section by section, growth area by growth
 * area and fact by fact, in the shape of `ladder diff --json` (issue 11).
 */
import type { Expectation, Ladder, Level } from "../types.js";
import { sectionsFor } from "../tracks.js";
import type { ExpectationChange, GrowthAreaChange, LevelComparison, Ref, SectionChanges } from "../views.js";
import { alignExpectations, alignFacts, compareEntries, summarizeChanges, type Change } from "./align.js";
import { createCorpus, type Corpus } from "./similarity.js";
import { wordChanges } from "./words.js";

// The shapes it returns are public view types, declared with the others in core/views.ts.
export type { ExpectationChange, GrowthAreaChange, LevelComparison, SectionChanges };

/** Every expectation and growth-area text of the ladder: what word weights are computed over. */
export function ladderCorpus(ladder: Ladder): Corpus {
  const texts: string[] = [];
  // A loop, not push(...list): one section can hold more expectations than a call takes arguments.
  for (const level of ladder.levels) for (const list of Object.values(level.expectations)) for (const e of list) texts.push(e.text);
  for (const area of ladder.growthAreas) for (const entry of area.byLevel) texts.push(entry.text);
  return createCorpus(texts);
}

export function compareLevels(ladder: Ladder, from: Level, to: Level, corpus: Corpus = ladderCorpus(ladder)): LevelComparison {
  // The sections either level's track uses; one empty at both levels has nothing to compare.
  const sections = sectionsFor(ladder, [from, to])
    .map((section) => {
      const a = from.expectations[section.id] ?? [];
      const b = to.expectations[section.id] ?? [];
      const texts = (list: readonly Expectation[]) => list.map((e) => e.text);
      const ratings = ladder.ratings.length > 0 ? { ratings: { from: a.map((e) => ratingRef(ladder, e)), to: b.map((e) => ratingRef(ladder, e)) } } : {};
      return { id: section.id, title: section.title, from: texts(a), to: texts(b), ...ratings, changes: withRatings(alignExpectations(texts(a), texts(b), { corpus }), a, b, ladder) };
    })
    .filter((s) => s.from.length + s.to.length > 0);
  const textAt = (entries: Ladder["growthAreas"][number]["byLevel"], level: Level) => entries.find((e) => e.levels.includes(level.id))?.text ?? null;
  const growthAreas = ladder.growthAreas.map((area) => {
    const a = textAt(area.byLevel, from);
    const b = textAt(area.byLevel, to);
    return { id: area.id, title: area.title, from: a, to: b, change: compareEntries(a, b, corpus) };
  });
  return {
    sections,
    growthAreas,
    facts: alignFacts(from.facts, to.facts),
    summary: summarizeChanges(sections.flatMap((s) => s.changes)),
  };
}

/**
 * Finds the expectations behind the texts of changes again: each text's
 * expectations in its list in order, taken one at a time (identical texts pair
 * in order). Linear, however long the section.
 */
export function expectationTaker(list: readonly Expectation[]): (text: string | null) => Expectation | undefined {
  const byText = new Map<string, Expectation[]>();
  for (const e of list) {
    const same = byText.get(e.text);
    if (same) same.push(e);
    else byText.set(e.text, [e]);
  }
  const next = new Map<string, number>();
  return (text) => {
    if (text === null) return undefined;
    const same = byText.get(text);
    const k = next.get(text) ?? 0;
    if (same === undefined || k >= same.length) return undefined;
    next.set(text, k + 1);
    return same[k];
  };
}

/**
 * The ratings of aligned expectations. The alignment pairs texts; each text
 * is found again in its list in order (identical texts pair in order too). A
 * pair whose text is the same but whose rating differs is `changed`. Two
 * editions of a ladder (`ladder changes`) give each side its own scale.
 */
export function withRatings(changes: readonly Change[], from: readonly Expectation[], to: readonly Expectation[], ladder: Ladder, toLadder: Ladder = ladder): ExpectationChange[] {
  const takeFrom = expectationTaker(from);
  const takeTo = expectationTaker(to);
  const rated = ladder.ratings.length > 0 || toLadder.ratings.length > 0;
  return changes.map((change) => {
    const a = takeFrom(change.from);
    const b = takeTo(change.to);
    // A ladder without ratings keeps the shape of a plain change.
    if (!rated) return { ...change };
    const rating = { from: ratingRef(ladder, a), to: ratingRef(toLadder, b) };
    const regraded = change.kind === "same" && rating.from?.id !== rating.to?.id;
    return { ...change, ...(regraded ? { kind: "changed" as const, words: wordChanges(change.from!, change.to!) } : {}), rating };
  });
}

function ratingRef(ladder: Ladder, e: Expectation | undefined): Ref | null {
  const rating = e?.rating === undefined ? undefined : ladder.ratings.find((r) => r.id === e.rating);
  return rating ? { id: rating.id, title: rating.title } : null;
}
