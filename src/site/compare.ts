/**
 * What a comparison page shows: `ladder diff`'s view of two levels (aligned
 * expectations, changed words, a rating that moved as a change, a summary,
 * the transitions on the way), each section's own counts, and for each
 * change the expectations behind it (rating, examples, links), which the
 * page shows as a level's page does. The one place the site asks for a
 * comparison.
 */
import { summarizeChanges, type Change, type ChangeSummary, type WordChange } from "../core/diff/align.js";
import { ladderCorpus, type ExpectationChange } from "../core/diff/compare.js";
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
        const takeFrom = taker(ladder, from.expectations[s.id] ?? []);
        const takeTo = taker(ladder, to.expectations[s.id] ?? []);
        const compared = s.changes.map((change) => ({ change, from: takeFrom(change.from), to: takeTo(change.to) }));
        return { ...s, summary: summarizeChanges(s.changes), compared };
      });
    return { ...view, sections };
  };
}

/**
 * Finds each text's expectation again in its list, in order (identical texts
 * pair in order), as the diff core pairs ratings: the changes name texts only.
 */
function taker(ladder: Ladder, list: readonly Expectation[]): (text: string | null) => ExpectationView | null {
  const byText = new Map<string, Expectation[]>();
  for (const e of list) {
    const same = byText.get(e.text);
    if (same) same.push(e);
    else byText.set(e.text, [e]);
  }
  return (text) => {
    const e = text === null ? undefined : byText.get(text)?.shift();
    return e ? expectationView(ladder, e) : null;
  };
}
