/** Scores an alignment of the built-in ladder against the judged pairs: precision and recall of the pairing. */
import type { Change } from "../../src/core/diff/align.js";
import type { Ladder } from "../../src/core/types.js";
import type { Judgement, Pair } from "./align-judged-pairs.js";

export interface Score {
  made: number;
  correct: number;
  expected: number;
  precision: number;
  recall: number;
  /** Judged pairs not made, pairs made that are judged wrong, and pairs made against a `mustNot`. */
  missed: string[];
  wrong: string[];
  forbidden: string[];
}

/** The one text of `list` that starts with `opening`; throws if none or several, so a typo cannot pass silently. */
export function named(list: readonly string[], opening: string): string {
  const found = list.filter((text) => text.startsWith(opening));
  if (found.length !== 1) throw new Error(`"${opening}" names ${found.length} expectations, not one: ${JSON.stringify(list)}`);
  return found[0]!;
}

export function scoreJudgements(ladder: Ladder, judgements: readonly Judgement[], align: (from: string[], to: string[]) => Change[]): Score {
  const score: Score = { made: 0, correct: 0, expected: 0, precision: 0, recall: 0, missed: [], wrong: [], forbidden: [] };
  for (const j of judgements) {
    const from = ladder.levels.find((l) => l.id === j.from)!.expectations[j.section]!.map((e) => e.text);
    const to = ladder.levels.find((l) => l.id === j.to)!.expectations[j.section]!.map((e) => e.text);
    const key = ([a, b]: Pair) => `${named(from, a)} => ${named(to, b)}`;
    const must = new Set(j.must.map(key));
    const may = new Set((j.may ?? []).map(key));
    const mustNot = new Set((j.mustNot ?? []).map(key));
    const made = new Set(align([...from], [...to]).filter((c) => c.from !== null && c.to !== null).map((c) => `${c.from} => ${c.to}`));
    const where = `${j.from} -> ${j.to} ${j.section}: `;
    score.expected += must.size;
    for (const pair of must) if (!made.has(pair)) score.missed.push(where + pair);
    for (const pair of made) {
      if (mustNot.has(pair)) score.forbidden.push(where + pair);
      if (may.has(pair)) continue;
      score.made++;
      if (must.has(pair)) score.correct++;
      else score.wrong.push(where + pair);
    }
  }
  score.precision = score.made === 0 ? 1 : score.correct / score.made;
  score.recall = score.expected === 0 ? 1 : score.correct / score.expected;
  return score;
}
