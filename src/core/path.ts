/**
 * `ladder path`: the steps between two positions, and what changes on each.
 * Pure: returns a PathView (no steps when there is no way; the command
 * decides what to say about that).
 */
import { compareLevels, ladderCorpus, type LevelComparison } from "./diff/compare.js";
import type { Corpus } from "./diff/similarity.js";
import { findPath, positionRef } from "./query.js";
import type { Ladder, Transition } from "./types.js";
import type { LevelChanges, PathStep, PathView } from "./search-views.js";

/** One step of a route: two positions next to each other, and the transition between them where the ladder has one. */
export interface RouteStep {
  from: string;
  to: string;
  transition: Transition | null;
}

/**
 * The steps from one position to another, junior to senior: the chain of
 * transitions when there is one; else, between two levels of one track (or
 * of a ladder without tracks), each next level in track order, with its
 * transition where the ladder has one. Most ladders have no transitions at
 * all, and their levels still follow one another. Empty when neither.
 */
export function routeBetween(ladder: Ladder, fromId: string, toId: string): RouteStep[] {
  const chain = findPath(ladder, fromId, toId);
  if (chain.length > 0) return chain.map((t) => ({ from: t.from, to: t.to, transition: t }));
  const from = ladder.levels.find((l) => l.id === fromId);
  const to = ladder.levels.find((l) => l.id === toId);
  if (!from || !to) return [];
  // A track both levels are on (a shared trunk is on several), or the whole ladder when it has no tracks.
  const shared = from.tracks.find((t) => to.tracks.includes(t));
  if (shared === undefined && (from.tracks.length > 0 || to.tracks.length > 0)) return [];
  const track = shared === undefined ? ladder.levels : ladder.levels.filter((l) => l.tracks.includes(shared));
  const start = track.indexOf(from);
  const end = track.indexOf(to);
  return track.slice(start, end).map((level, k) => {
    const next = track[start + k + 1]!;
    return { from: level.id, to: next.id, transition: ladder.transitions.find((t) => t.from === level.id && t.to === next.id) ?? null };
  });
}

/** Two levels' comparison, or null when either end is a role outside the ladder. */
export function compareStep(ladder: Ladder, fromId: string, toId: string, corpus: () => Corpus): LevelComparison | null {
  const from = ladder.levels.find((l) => l.id === fromId);
  const to = ladder.levels.find((l) => l.id === toId);
  return from && to ? compareLevels(ladder, from, to, corpus()) : null;
}

export function pathBetween(ladder: Ladder, fromId: string, toId: string): PathView {
  let corpus: Corpus | undefined;
  const words = () => (corpus ??= ladderCorpus(ladder));
  return {
    ladder: ladder.title,
    from: positionRef(ladder, fromId),
    to: positionRef(ladder, toId),
    steps: routeBetween(ladder, fromId, toId).map((step): PathStep => {
      const comparison = compareStep(ladder, step.from, step.to, words);
      const ends = { from: positionRef(ladder, step.from), to: positionRef(ladder, step.to) };
      return {
        ...ends,
        // Named as the loader names a transition without a title.
        title: step.transition ? step.transition.title : `${ends.from.title} to ${ends.to.title}`,
        text: step.transition ? step.transition.text : null,
        changes: comparison && levelChanges(comparison),
        comparison,
      };
    }),
  };
}

/** What differs, in brief: the facts and growth-area entries that are not the same, and how many expectations each section holds. */
export function levelChanges(comparison: LevelComparison): LevelChanges {
  return {
    facts: comparison.facts.filter((f) => f.change.kind !== "same").map(({ label, from, to }) => ({ label, from, to })),
    // One entry shared by both levels is the same expectation: no change.
    growthAreas: comparison.growthAreas.filter((a) => a.change !== null && a.change.kind !== "same").map(({ id, title, from, to }) => ({ id, title, from, to })),
    sections: comparison.sections.map((s) => ({ id: s.id, title: s.title, from: s.from.length, to: s.to.length })),
  };
}

