/**
 * What a comparison page shows: `ladder diff`'s view of two levels (aligned
 * expectations, changed words, a rating that moved as a change, a summary,
 * the transitions on the way), each section's own counts, and for each
 * change the expectations behind it (rating, examples, links, found as the
 * diff core finds ratings), which the page shows as a level's page does. The one place the site asks for a
 * comparison.
 */
import { summarizeChanges, type Change, type ChangeSummary, type WordChange } from "../core/diff/align.js";
import { expectationTaker, ladderCorpus, type ExpectationChange } from "../core/diff/compare.js";
import { diffLevels } from "../core/level-diff.js";
import { expectationView } from "../core/query.js";
import type { Expectation, Ladder, Level } from "../core/types.js";
import type { DiffView, ExpectationView } from "../core/views.js";

export type { Change, ChangeSummary, ExpectationChange, WordChange };

/** A change, and the expectation on each side of it (null on the side it is absent from). */
export interface ComparedChange {
  change: ExpectationChange;
  from: ExpectationView | null;
  to: ExpectationView | null;
}

export interface Comparison extends DiffView {
  sections: (DiffView["sections"][number] & { summary: ChangeSummary; compared: ComparedChange[] })[];
}

/** Comparisons of any two levels of one ladder; the word weights are computed once, over the whole ladder. */
export function comparer(ladder: Ladder): (from: Level, to: Level) => Comparison {
  const corpus = ladderCorpus(ladder);
  return (from, to) => {
    const view = diffLevels(ladder, from, to, { corpus });
    // A section neither level fills has nothing to show (as in `ladder diff`).
    const sections = view.sections
      .filter((s) => s.changes.length > 0)
      .map((s) => {
        const takeFrom = expectationTaker(from.expectations[s.id] ?? []);
        const takeTo = expectationTaker(to.expectations[s.id] ?? []);
        const shown = (e: Expectation | undefined) => (e ? expectationView(ladder, e) : null);
        const compared = s.changes.map((change) => ({ change, from: shown(takeFrom(change.from)), to: shown(takeTo(change.to)) }));
        return { ...s, summary: summarizeChanges(s.changes), compared };
      });
    return { ...view, sections };
  };
}
