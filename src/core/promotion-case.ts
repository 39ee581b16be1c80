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
import { RATINGS, type Rating } from "./assessment.js";
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

export function buildCase(ladder: Ladder, target: Level, from: { record: AssessmentRecord; file: string } | null): CaseView {
  const items: CaseItem[] = [];
  const corpus = ladderCorpus(ladder);
  const answers = from?.record.answers ?? [];
  const used = new Set<RecordAnswer>();
  for (const section of ladder.sections) {
    const texts = target.expectations[section.id] ?? [];
    if (texts.length === 0) continue;
    const evidence = new Map<number, CaseEvidence>();
    // The same text first, wherever the record has it.
    texts.forEach((text, i) => {
      const same = answers.find((a) => a.expectation === text && !used.has(a));
      if (same) {
        used.add(same);
        evidence.set(i, toEvidence(same, false));
      }
    });
    // Then the record's other answers of this section, aligned with what is left.
    const open = texts.map((_, i) => i).filter((i) => !evidence.has(i));
    const candidates = answers.filter((a) => a.section === section.id && !used.has(a));
    if (open.length > 0 && candidates.length > 0) {
      for (const change of alignExpectations(candidates.map((a) => a.expectation), open.map((i) => texts[i]!), { corpus })) {
        if (change.kind !== "changed" && change.kind !== "same") continue;
        const answer = candidates.find((a) => a.expectation === change.from && !used.has(a))!;
        const i = open.find((k) => texts[k] === change.to && !evidence.has(k))!;
        used.add(answer);
        evidence.set(i, toEvidence(answer, true));
      }
    }
    texts.forEach((text, i) => items.push({ section: { id: section.id, title: section.title }, expectation: text, evidence: evidence.get(i) ?? null }));
  }
  const group = (rating: Rating | null) => items.filter((item) => (item.evidence?.answer ?? null) === rating || (rating === "not-yet" && item.evidence === null));
  return {
    ladder: ladder.title,
    target: summarizeLevel(ladder, target),
    from: from ? { file: from.file, date: from.record.date, level: { ...from.record.level }, for: from.record.for ?? null } : null,
    framing: framing(ladder, target, from?.record.level.id),
    strengths: group("consistently"),
    growing: group("sometimes"),
    gaps: group(RATINGS[2]),
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
