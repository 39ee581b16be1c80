/**
 * What a comparison page shows: the diff engine's comparison of two levels
 * (core/diff: aligned expectations, changed words, a summary), each section's
 * own counts, and the transitions on the way. The one place the site asks for
 * a comparison.
 */
import { summarizeChanges, type Change, type ChangeSummary, type FactChange, type WordChange } from "../core/diff/align.js";
import { compareLevels, ladderCorpus } from "../core/diff/compare.js";
import { diffLevels } from "../core/query.js";
import type { Ladder, Level } from "../core/types.js";
import type { Ref, TransitionView } from "../core/views.js";

export type { Change, ChangeSummary, WordChange };

export interface Comparison {
  sections: (Ref & { changes: Change[]; summary: ChangeSummary })[];
  growthAreas: (Ref & { change: Change | null })[];
  facts: FactChange[];
  summary: ChangeSummary;
  /** The transitions on the way from the junior of the two to the senior, in order. */
  transitions: TransitionView[];
}

/** Comparisons of any two levels of one ladder; the word weights are computed once, over the whole ladder. */
export function comparer(ladder: Ladder): (from: Level, to: Level) => Comparison {
  const corpus = ladderCorpus(ladder);
  return (from, to) => {
    const comparison = compareLevels(ladder, from, to, corpus);
    return {
      sections: comparison.sections.map((s) => ({ id: s.id, title: s.title, changes: s.changes, summary: summarizeChanges(s.changes) })),
      growthAreas: comparison.growthAreas.map((a) => ({ id: a.id, title: a.title, change: a.change })),
      facts: comparison.facts,
      summary: comparison.summary,
      transitions: diffLevels(ladder, from, to).transitions,
    };
  };
}
