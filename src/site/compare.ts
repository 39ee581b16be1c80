/**
 * What a comparison page shows: `ladder diff`'s view of two levels (aligned
 * expectations, changed words, a summary, the transitions on the way), and
 * each section's own counts. The one place the site asks for a comparison.
 */
import { summarizeChanges, type Change, type ChangeSummary, type WordChange } from "../core/diff/align.js";
import { ladderCorpus } from "../core/diff/compare.js";
import { diffLevels } from "../core/level-diff.js";
import type { Ladder, Level } from "../core/types.js";
import type { DiffView } from "../core/views.js";

export type { Change, ChangeSummary, WordChange };

export interface Comparison extends DiffView {
  sections: (DiffView["sections"][number] & { summary: ChangeSummary })[];
}

/** Comparisons of any two levels of one ladder; the word weights are computed once, over the whole ladder. */
export function comparer(ladder: Ladder): (from: Level, to: Level) => Comparison {
  const corpus = ladderCorpus(ladder);
  return (from, to) => {
    const view = diffLevels(ladder, from, to, { corpus });
    // A section neither level fills has nothing to show (as in `ladder diff`).
    const sections = view.sections.filter((s) => s.changes.length > 0).map((s) => ({ ...s, summary: summarizeChanges(s.changes) }));
    return { ...view, sections };
  };
}
