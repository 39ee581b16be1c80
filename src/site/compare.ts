/**
 * What a comparison page shows, in the shape of the diff engine's changes
 * (issue 11: aligned expectations, changed words, a summary). This is the one
 * place the site asks for a comparison of two levels.
 */
import { diffLevels } from "../core/query.js";
import type { Ladder, Level } from "../core/types.js";
import type { Ref, TransitionView } from "../core/views.js";

export type ChangeKind = "same" | "changed" | "added" | "removed";

export interface WordChange {
  op: "same" | "removed" | "added";
  text: string;
}

export interface Change {
  kind: ChangeKind;
  from: string | null;
  to: string | null;
  similarity: number | null;
  words: WordChange[] | null;
}

export interface ChangeCounts {
  same: number;
  changed: number;
  added: number;
  removed: number;
}

export interface Comparison {
  sections: (Ref & { changes: Change[]; summary: ChangeCounts })[];
  growthAreas: (Ref & { change: Change | null })[];
  facts: { label: string; from: string | null; to: string | null; change: Change }[];
  summary: ChangeCounts;
  /** The transitions on the way from the junior of the two to the senior, in order. */
  transitions: TransitionView[];
}

export function countChanges(changes: readonly Change[]): ChangeCounts {
  const counts: ChangeCounts = { same: 0, changed: 0, added: 0, removed: 0 };
  for (const c of changes) counts[c.kind]++;
  return counts;
}

/** Until the alignment engine lands: identical texts pair as `same`, everything else is added or removed. */
function alignTexts(from: readonly string[], to: readonly string[]): Change[] {
  const left = new Set(from);
  const right = new Set(to);
  return [
    ...from.map((text): Change => (right.has(text) ? { kind: "same", from: text, to: text, similarity: 1, words: null } : { kind: "removed", from: text, to: null, similarity: null, words: null })),
    ...to.filter((text) => !left.has(text)).map((text): Change => ({ kind: "added", from: null, to: text, similarity: null, words: null })),
  ];
}

function pair(from: string | null, to: string | null): Change | null {
  if (from === null && to === null) return null;
  if (from !== null && to !== null && from !== to) {
    return { kind: "changed", from, to, similarity: null, words: [{ op: "removed", text: from }, { op: "added", text: to }] };
  }
  return alignTexts(from === null ? [] : [from], to === null ? [] : [to])[0] ?? null;
}

/** Comparisons of any two levels of one ladder (what is computed once per ladder is computed here once). */
export function comparer(ladder: Ladder): (from: Level, to: Level) => Comparison {
  return (from, to) => {
    const diff = diffLevels(ladder, from, to);
    const sections = diff.sections.map((s) => {
      const changes = alignTexts(s.from, s.to);
      return { id: s.id, title: s.title, changes, summary: countChanges(changes) };
    });
    return {
      sections,
      growthAreas: diff.growthAreas.map((a) => ({ id: a.id, title: a.title, change: pair(a.from, a.to) })),
      facts: diff.facts.map((f) => ({ ...f, change: pair(f.from, f.to)! })),
      summary: countChanges(sections.flatMap((s) => s.changes)),
      transitions: diff.transitions,
    };
  };
}
