/**
 * Two levels of a ladder compared section by section, growth area by growth
 * area and fact by fact, in the shape of `ladder diff --json` (issue 11).
 */
import type { Ladder, Level } from "../types.js";
import { alignExpectations, alignFacts, compareEntries, summarizeChanges, type Change, type ChangeSummary, type FactChange } from "./align.js";
import { createCorpus, type Corpus } from "./similarity.js";

export interface SectionChanges {
  id: string;
  title: string;
  from: string[];
  to: string[];
  changes: Change[];
}

export interface GrowthAreaChange {
  id: string;
  title: string;
  from: string | null;
  to: string | null;
  /** Null when neither level has an entry in the area. */
  change: Change | null;
}

export interface LevelComparison {
  sections: SectionChanges[];
  growthAreas: GrowthAreaChange[];
  facts: FactChange[];
  /** Over the expectations of every section. */
  summary: ChangeSummary;
}

/** Every expectation and growth-area text of the ladder: what word weights are computed over. */
export function ladderCorpus(ladder: Ladder): Corpus {
  const texts: string[] = [];
  // A loop, not push(...list): one section can hold more expectations than a call takes arguments.
  for (const level of ladder.levels) for (const list of Object.values(level.expectations)) for (const text of list) texts.push(text);
  for (const area of ladder.growthAreas) for (const entry of area.byLevel) texts.push(entry.text);
  return createCorpus(texts);
}

export function compareLevels(ladder: Ladder, from: Level, to: Level, corpus: Corpus = ladderCorpus(ladder)): LevelComparison {
  const sections = ladder.sections.map((section) => {
    const a = [...(from.expectations[section.id] ?? [])];
    const b = [...(to.expectations[section.id] ?? [])];
    return { id: section.id, title: section.title, from: a, to: b, changes: alignExpectations(a, b, { corpus }) };
  });
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
