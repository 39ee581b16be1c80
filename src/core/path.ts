/**
 * `ladder path`: the chain of transitions between two positions, and what
 * changes on each step. Pure: returns a PathView (no steps when there is no
 * chain; the command decides what to say about that).
 */
import { findPath, positionRef, transitionView } from "./query.js";
import type { Ladder, Level, Transition } from "./types.js";
import { sectionsFor } from "./tracks.js";
import type { LevelChanges, PathStep, PathView } from "./search-views.js";

export function pathBetween(ladder: Ladder, fromId: string, toId: string): PathView {
  return {
    ladder: ladder.title,
    from: positionRef(ladder, fromId),
    to: positionRef(ladder, toId),
    steps: findPath(ladder, fromId, toId).map((t) => pathStep(ladder, t)),
  };
}

function pathStep(ladder: Ladder, t: Transition): PathStep {
  const from = ladder.levels.find((l) => l.id === t.from);
  const to = ladder.levels.find((l) => l.id === t.to);
  return { ...transitionView(ladder, t), changes: from && to ? levelChanges(ladder, from, to) : null };
}

/** What differs between two levels: facts, growth-area entries, and how many expectations each section holds. */
export function levelChanges(ladder: Ladder, from: Level, to: Level): LevelChanges {
  const labels: string[] = [];
  for (const fact of [...from.facts, ...to.facts]) if (!labels.includes(fact.label)) labels.push(fact.label);
  const factOf = (level: Level, label: string) => level.facts.find((f) => f.label === label)?.value ?? null;
  const entryOf = (areaIndex: number, level: Level) => ladder.growthAreas[areaIndex]!.byLevel.find((e) => e.levels.includes(level.id)) ?? null;
  return {
    facts: labels
      .map((label) => ({ label, from: factOf(from, label), to: factOf(to, label) }))
      .filter((f) => f.from !== f.to),
    growthAreas: ladder.growthAreas.flatMap((area, i) => {
      const a = entryOf(i, from);
      const b = entryOf(i, to);
      // One entry shared by both levels is the same expectation: no change.
      if (a === b) return [];
      if (a?.text === b?.text) return [];
      return [{ id: area.id, title: area.title, from: a?.text ?? null, to: b?.text ?? null }];
    }),
    sections: sectionsFor(ladder, [from, to]).map((s) => ({
      id: s.id,
      title: s.title,
      from: from.expectations[s.id]?.length ?? 0,
      to: to.expectations[s.id]?.length ?? 0,
    })),
  };
}
