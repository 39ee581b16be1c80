/**
 * `ladder diff`: two levels compared (core/diff), and the way from one to the
 * other. Pure: returns a DiffView.
 */
import { summarizeChanges } from "./diff/align.js";
import { compareLevels, ladderCorpus, type LevelComparison } from "./diff/compare.js";
import type { Corpus } from "./diff/similarity.js";
import { compareStep, routeBetween } from "./path.js";
import { positionRef, summarizeLevel, transitionView } from "./query.js";
import type { Area } from "./resolve.js";
import type { Ladder, Level } from "./types.js";
import type { DiffStep, DiffView } from "./views.js";

export interface DiffOptions {
  /** Only these sections and growth areas (`--section`); facts are left out then. */
  only?: readonly Area[];
  /** Leave out what is the same at both levels (`--changes-only`); the summary still counts it. */
  changesOnly?: boolean;
  /** Compare each step of the way as well (`--steps`). */
  steps?: boolean;
  /** The ladder's corpus (ladderCorpus), for a caller that compares many pairs of one ladder (the site). */
  corpus?: Corpus;
}

export function diffLevels(ladder: Ladder, from: Level, to: Level, options: DiffOptions = {}): DiffView {
  let corpus: Corpus | undefined = options.corpus;
  const words = () => (corpus ??= ladderCorpus(ladder));
  const up = routeBetween(ladder, from.id, to.id);
  const down = up.length > 0 ? [] : routeBetween(ladder, to.id, from.id);
  const direction = up.length > 0 ? "up" : down.length > 0 ? "down" : null;
  // Junior to senior, as transitions are written; and in the order the comparison reads.
  const upward = direction === "down" ? down : up;
  const reading = direction === "down" ? [...down].reverse().map((s) => ({ ...s, from: s.to, to: s.from })) : up;
  const comparison = narrow(compareLevels(ladder, from, to, words()), options);
  return {
    ladder: ladder.title,
    from: summarizeLevel(ladder, from),
    to: summarizeLevel(ladder, to),
    facts: comparison.facts,
    sections: comparison.sections,
    growthAreas: comparison.growthAreas,
    transitions: upward.flatMap((s) => (s.transition ? [transitionView(ladder, s.transition)] : [])),
    summary: comparison.summary,
    direction,
    route: reading.length === 0 ? [] : [reading[0]!.from, ...reading.map((s) => s.to)].map((id) => positionRef(ladder, id)),
    steps: options.steps
      ? reading.map((s): DiffStep => {
          const step = compareStep(ladder, s.from, s.to, words);
          return {
            from: positionRef(ladder, s.from),
            to: positionRef(ladder, s.to),
            transition: s.transition ? transitionView(ladder, s.transition) : null,
            comparison: step && narrow(step, options),
          };
        })
      : null,
  };
}

/** A comparison cut down to what the options ask for. */
function narrow(comparison: LevelComparison, options: DiffOptions): LevelComparison {
  const { only, changesOnly = false } = options;
  const sections = only ? comparison.sections.filter((s) => only.some((a) => a.kind === "section" && a.section.id === s.id)) : comparison.sections;
  const growthAreas = only ? comparison.growthAreas.filter((g) => only.some((a) => a.kind === "growth-area" && a.area.id === g.id)) : comparison.growthAreas;
  const facts = only ? [] : comparison.facts;
  const summary = summarizeChanges(sections.flatMap((s) => s.changes));
  if (!changesOnly) return { sections, growthAreas, facts, summary };
  return {
    sections: sections.map((s) => ({ ...s, changes: s.changes.filter((c) => c.kind !== "same") })),
    growthAreas: growthAreas.filter((g) => g.change !== null && g.change.kind !== "same"),
    facts: facts.filter((f) => f.change.kind !== "same"),
    summary,
  };
}
