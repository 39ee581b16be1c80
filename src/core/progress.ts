/**
 * `ladder progress`: what moved between two assessment records, per section.
 * Pure: two records in, a ProgressView out (the public JSON of
 * `ladder progress --json`, docs/commands.md). Answers are matched by their
 * text; when the ladder file changed between the records (another
 * fingerprint) or the level did, the rest are matched with the diff
 * alignment (core/diff), so a reworded expectation keeps its history, and
 * each such match says so.
 */
import { RATINGS, type Rating } from "./assessment.js";
import { alignExpectations, type Corpus } from "./diff/align.js";
import type { AssessmentRecord, RecordAnswer } from "./record.js";
import type { Ref } from "./views.js";

/** A record as the output names it. */
export interface RecordRef {
  file: string;
  date: string;
  level: Ref;
  for: string | null;
  ladder: { title: string; fingerprint: string };
}

/** How an expectation's answer moved from the older record to the newer one. */
export type Movement = "up" | "down" | "same" | "new" | "dropped";

export interface AnswerAt {
  answer: Rating;
  note: string | null;
  links: string[];
}

export interface ProgressItem {
  movement: Movement;
  /** The text in the newer record (the older one for `dropped`). */
  expectation: string;
  /** The older text when the match was made by the diff alignment (reworded, or another level); else null. */
  previously: string | null;
  /** True when matched by the diff alignment rather than by identical text. */
  aligned: boolean;
  /** How alike the two texts are (0-1) for an aligned match; else null. */
  similarity: number | null;
  from: AnswerAt | null;
  to: AnswerAt | null;
}

export interface ProgressSection extends Ref {
  items: ProgressItem[];
}

export interface ProgressSummary {
  up: number;
  down: number;
  same: number;
  new: number;
  dropped: number;
  /** Matches made by the diff alignment. */
  aligned: number;
}

/** One comparison: the older record, the newer one, and what moved. */
export interface ProgressView {
  from: RecordRef;
  to: RecordRef;
  /** The ladder file differs between the two records (fingerprints differ). */
  ladderChanged: boolean;
  levelChanged: boolean;
  summary: ProgressSummary;
  sections: ProgressSection[];
}

/** `ladder progress --json`: one comparison, or one per consecutive pair with --each. */
export interface ProgressReport {
  comparisons: ProgressView[];
}

export const refOf = (record: AssessmentRecord, file: string): RecordRef => ({
  file,
  date: record.date,
  level: { id: record.level.id, title: record.level.title },
  for: record.for ?? null,
  ladder: { title: record.ladder.title, fingerprint: record.ladder.fingerprint },
});

const rank = (r: Rating) => RATINGS.length - 1 - RATINGS.indexOf(r);
const answerAt = (a: RecordAnswer): AnswerAt => ({ answer: a.answer, note: a.note ?? null, links: [...(a.links ?? [])] });

export interface ProgressOptions {
  /** Section titles by id (from the ladder being read); a section it lacks is named by its id. */
  sectionTitles?: ReadonlyMap<string, string>;
  corpus?: Corpus;
}

export function compareRecords(older: { record: AssessmentRecord; file: string }, newer: { record: AssessmentRecord; file: string }, options: ProgressOptions = {}): ProgressView {
  const a = older.record;
  const b = newer.record;
  const ladderChanged = a.ladder.fingerprint !== b.ladder.fingerprint;
  const levelChanged = a.level.id !== b.level.id;
  // The same ladder and level: identical text is the only match there is; two different answered expectations are never paired.
  const align = ladderChanged || levelChanged;
  const sectionIds = [...new Set([...b.answers.map((x) => x.section), ...a.answers.map((x) => x.section)])];
  const sections = sectionIds.map((id): ProgressSection => {
    const before = a.answers.filter((x) => x.section === id);
    const after = b.answers.filter((x) => x.section === id);
    return { id, title: options.sectionTitles?.get(id) ?? id, items: matchSection(before, after, align, options.corpus) };
  });
  const items = sections.flatMap((s) => s.items);
  const count = (m: Movement) => items.filter((i) => i.movement === m).length;
  return {
    from: refOf(a, older.file),
    to: refOf(b, newer.file),
    ladderChanged,
    levelChanged,
    summary: { up: count("up"), down: count("down"), same: count("same"), new: count("new"), dropped: count("dropped"), aligned: items.filter((i) => i.aligned).length },
    sections,
  };
}

function matchSection(before: readonly RecordAnswer[], after: readonly RecordAnswer[], align: boolean, corpus: Corpus | undefined): ProgressItem[] {
  const pairs: { from: RecordAnswer | null; to: RecordAnswer | null; similarity: number | null; aligned: boolean }[] = [];
  if (align) {
    const byText = (list: readonly RecordAnswer[]) => {
      const map = new Map<string, RecordAnswer[]>();
      for (const x of list) map.set(x.expectation, [...(map.get(x.expectation) ?? []), x]);
      return map;
    };
    const fromByText = byText(before);
    const toByText = byText(after);
    for (const change of alignExpectations(before.map((x) => x.expectation), after.map((x) => x.expectation), corpus ? { corpus } : {})) {
      const from = change.from === null ? null : fromByText.get(change.from)!.shift()!;
      const to = change.to === null ? null : toByText.get(change.to)!.shift()!;
      pairs.push({ from, to, similarity: change.kind === "changed" ? change.similarity : null, aligned: change.kind === "changed" });
    }
  } else {
    const left = [...before];
    for (const to of after) {
      const i = left.findIndex((x) => x.expectation === to.expectation);
      pairs.push({ from: i >= 0 ? left.splice(i, 1)[0]! : null, to, similarity: null, aligned: false });
    }
    for (const from of left) pairs.push({ from, to: null, similarity: null, aligned: false });
  }
  return pairs.map(({ from, to, similarity, aligned }): ProgressItem => {
    const movement: Movement =
      from === null ? "new" : to === null ? "dropped" : rank(to.answer) > rank(from.answer) ? "up" : rank(to.answer) < rank(from.answer) ? "down" : "same";
    return {
      movement,
      expectation: (to ?? from)!.expectation,
      previously: aligned ? from!.expectation : null,
      aligned,
      similarity,
      from: from ? answerAt(from) : null,
      to: to ? answerAt(to) : null,
    };
  });
}
