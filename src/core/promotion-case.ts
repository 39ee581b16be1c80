/**
 * `ladder case <target> --from RECORD`: a promotion case for a target level.
 * For each expectation of the target, the record's answer for it (identical
 * text), or for its aligned counterpart (the diff alignment between the
 * record's answers and the target's expectations, section by section: the
 * same expectation grown), grouped as strengths (consistently), growing
 * (sometimes) and gaps (not yet, or nothing to show yet). The transitions on
 * the way frame it. Without a record: the empty template. Pure; the JSON of
 * `ladder case --json` (docs/commands.md).
 */
import type { Rating } from "./assessment.js";
import { alignExpectations } from "./diff/align.js";
import { ladderCorpus } from "./diff/compare.js";
import { findPath, showLevel, summarizeLevel, transitionView } from "./query.js";
import type { AssessmentRecord, RecordAnswer } from "./record.js";
import type { Ladder, Level } from "./types.js";
import type { LevelSummary, Ref, TransitionView } from "./views.js";

export interface CaseEvidence {
  answer: Rating;
  note: string | null;
  links: string[];
  /** The expectation answered: the target's own text, or its counterpart's. */
  expectation: string;
  /** True when the answer is for the aligned counterpart (another level's, or a reworded text). */
  aligned: boolean;
}

export interface CaseItem {
  section: Ref;
  expectation: string;
  /** Null when the record has no answer for it or a counterpart. */
  evidence: CaseEvidence | null;
}

export interface CaseView {
  ladder: string;
  target: LevelSummary;
  /** The record the answers come from; null for the empty template. */
  from: { file: string; date: string; level: Ref; for: string | null } | null;
  /** The transitions on the way from the record's level (else into the target): the framing. */
  framing: TransitionView[];
  strengths: CaseItem[];
  growing: CaseItem[];
  gaps: CaseItem[];
}

/** One expectation of a level and the record's answer for it: its own, or its aligned counterpart's (aligned: true). */
export interface MatchedExpectation {
  section: Ref;
  index: number;
  text: string;
  answer: RecordAnswer | null;
  aligned: boolean;
}

/**
 * The record's answers carried to the expectations of `level` in the current
 * ladder: identical text first (wherever the record has it), then the rest of
 * each section by the diff alignment. Used by `case` and by `assess --update`.
 */
export function carryAnswers(ladder: Ladder, level: Level, answers: readonly RecordAnswer[]): MatchedExpectation[] {
  const out: MatchedExpectation[] = [];
  const corpus = ladderCorpus(ladder);
  const used = new Set<RecordAnswer>();
  for (const section of ladder.sections) {
    const texts = (level.expectations[section.id] ?? []).map((e) => e.text);
    if (texts.length === 0) continue;
    const found = new Map<number, { answer: RecordAnswer; aligned: boolean }>();
    // The same place and text first, then the same text anywhere.
    texts.forEach((text, i) => {
      const same = answers.find((a) => a.section === section.id && a.index === i && a.expectation === text) ?? answers.find((a) => a.expectation === text && !used.has(a));
      if (same && !used.has(same)) {
        used.add(same);
        found.set(i, { answer: same, aligned: false });
      }
    });
    const open = texts.map((_, i) => i).filter((i) => !found.has(i));
    const candidates = answers.filter((a) => a.section === section.id && !used.has(a));
    if (open.length > 0 && candidates.length > 0) {
      for (const change of alignExpectations(candidates.map((a) => a.expectation), open.map((i) => texts[i]!), { corpus })) {
        if (change.kind !== "changed" && change.kind !== "same") continue;
        const answer = candidates.find((a) => a.expectation === change.from && !used.has(a))!;
        const i = open.find((k) => texts[k] === change.to && !found.has(k))!;
        used.add(answer);
        found.set(i, { answer, aligned: true });
      }
    }
    texts.forEach((text, index) => out.push({ section: { id: section.id, title: section.title }, index, text, answer: found.get(index)?.answer ?? null, aligned: found.get(index)?.aligned ?? false }));
  }
  return out;
}

export function buildCase(ladder: Ladder, target: Level, from: { record: AssessmentRecord; file: string } | null): CaseView {
  const items: CaseItem[] = carryAnswers(ladder, target, from?.record.answers ?? []).map((m) => ({
    section: m.section,
    expectation: m.text,
    evidence: m.answer ? toEvidence(m.answer, m.aligned) : null,
  }));
  // No answer for an expectation is a gap too: there is nothing to show for it yet.
  const group = (rating: Rating) => items.filter((item) => (item.evidence?.answer ?? "not-yet") === rating);
  return {
    ladder: ladder.title,
    target: summarizeLevel(ladder, target),
    from: from ? { file: from.file, date: from.record.date, level: { ...from.record.level }, for: from.record.for ?? null } : null,
    framing: framing(ladder, target, from?.record.level.id),
    strengths: group("consistently"),
    growing: group("sometimes"),
    gaps: group("not-yet"),
  };
}

const toEvidence = (a: RecordAnswer, aligned: boolean): CaseEvidence => ({ answer: a.answer, note: a.note ?? null, links: [...(a.links ?? [])], expectation: a.expectation, aligned });

/** The transitions from the record's level to the target when there is such a chain, else those into the target. */
function framing(ladder: Ladder, target: Level, fromId: string | undefined): TransitionView[] {
  if (fromId !== undefined && fromId !== target.id && ladder.levels.some((l) => l.id === fromId)) {
    const chain = findPath(ladder, fromId, target.id);
    if (chain.length > 0) return chain.map((t) => transitionView(ladder, t));
  }
  return showLevel(ladder, target).transitions.into;
}
