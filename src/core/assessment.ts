/**
 * A self-assessment against one level (`ladder assess <level>`): the report is
 * a pure function of the ladder, the level, the answers and the date, so the
 * prompts that collect the answers stay a thin layer and the report can be
 * tested without a terminal. AssessmentView is the public JSON shape of
 * `ladder assess --format json` (documented in the README).
 */
import { summarizeLevel, showLevel } from "./query.js";
import type { Ladder, Level } from "./types.js";
import type { LevelSummary, Ref, TransitionView } from "./views.js";

/** How consistently the person meets an expectation, strongest first. */
export const RATINGS = ["consistently", "sometimes", "not-yet"] as const;
export type Rating = (typeof RATINGS)[number];

/** Words for people; the ids above are for JSON. */
export const RATING_LABELS: Record<Rating, string> = {
  consistently: "consistently",
  sometimes: "sometimes",
  "not-yet": "not yet",
};

/**
 * Enter accepts this answer. The middle of the scale: neither a claim that the
 * expectation is met (that takes a deliberate choice) nor a verdict against
 * oneself, and either other answer is one arrow key away.
 */
export const DEFAULT_RATING: Rating = "sometimes";

/** Only "consistently" counts as met; "sometimes" and "not yet" are gaps. */
export const isMet = (rating: Rating): boolean => rating === "consistently";

/** One answer: the expectation at `index` in `section` of the level. */
export interface Answer {
  section: string;
  index: number;
  rating: Rating;
  /** What the person wrote; empty or absent when they skipped it. */
  note?: string | null;
  /** Evidence: links the person gave (kept in the record, docs/record.md). */
  links?: readonly string[];
}

export interface RatingCounts {
  /** Expectations of the level (or section), answered or not. */
  total: number;
  consistently: number;
  sometimes: number;
  notYet: number;
  /** Left out of an `--answers` file: neither met nor a gap yet. */
  unanswered: number;
}

export interface AssessedExpectation {
  /** Exactly as in the ladder. */
  text: string;
  /** Null when the expectation was not answered (an `--answers` file left it out). */
  rating: Rating | null;
  /** rating === "consistently" */
  met: boolean;
  /** The person's note, or null when they gave none. */
  note: string | null;
  /** Evidence links; empty when none. */
  links: string[];
}

export interface AssessedSection extends Ref {
  summary: RatingCounts;
  /** In ladder order; empty when the level leaves the section out. */
  expectations: AssessedExpectation[];
}

/** `ladder assess <level> --format json` */
export interface AssessmentView {
  ladder: string;
  level: LevelSummary;
  /** The day of the assessment, YYYY-MM-DD. */
  date: string;
  /** The whole level. */
  summary: RatingCounts;
  sections: AssessedSection[];
  /** What to work on next: the level's growth-area entries and the transitions out of it. */
  next: {
    growthAreas: (Ref & { text: string; sharedWith: Ref[] })[];
    transitions: TransitionView[];
  };
}

/** One question of an assessment: an expectation of the level, in ladder order. */
export interface Question {
  section: Ref;
  index: number;
  text: string;
  /** 1-based position among all questions, and how many there are. */
  number: number;
  of: number;
}

/** Every expectation of the level, section by section, in ladder order. */
export function questionsFor(ladder: Ladder, level: Level): Question[] {
  const items = ladder.sections.flatMap((section) =>
    (level.expectations[section.id] ?? []).map((e, index) => ({ section: { id: section.id, title: section.title }, index, text: e.text })),
  );
  return items.map((q, i) => ({ ...q, number: i + 1, of: items.length }));
}

export function countRatings(ratings: readonly (Rating | null)[]): RatingCounts {
  return {
    total: ratings.length,
    consistently: ratings.filter((r) => r === "consistently").length,
    sometimes: ratings.filter((r) => r === "sometimes").length,
    notYet: ratings.filter((r) => r === "not-yet").length,
    unanswered: ratings.filter((r) => r === null).length,
  };
}

const key = (section: string, index: number) => `${section}\u0000${index}`;

/**
 * The report. Every expectation of the level has at most one answer; one left
 * out is reported as unanswered. A repeated or unknown answer is a bug in the
 * caller and throws.
 */
export function buildAssessment(ladder: Ladder, level: Level, answers: readonly Answer[], date: string): AssessmentView {
  const byKey = new Map<string, Answer>();
  for (const answer of answers) {
    const k = key(answer.section, answer.index);
    if (byKey.has(k)) throw new Error(`two answers for ${answer.section}[${answer.index}]`);
    if (level.expectations[answer.section]?.[answer.index] === undefined) throw new Error(`no expectation ${answer.section}[${answer.index}] at ${level.id}`);
    if (!RATINGS.includes(answer.rating)) throw new Error(`unknown rating "${String(answer.rating)}"`);
    byKey.set(k, answer);
  }
  const sections: AssessedSection[] = ladder.sections.map((section) => {
    const expectations = (level.expectations[section.id] ?? []).map(({ text }, index): AssessedExpectation => {
      const answer = byKey.get(key(section.id, index));
      if (!answer) return { text, rating: null, met: false, note: null, links: [] };
      const note = answer.note?.trim() ? answer.note : null;
      return { text, rating: answer.rating, met: isMet(answer.rating), note, links: [...(answer.links ?? [])] };
    });
    return { id: section.id, title: section.title, summary: countRatings(expectations.map((e) => e.rating)), expectations };
  });
  const shown = showLevel(ladder, level);
  return {
    ladder: ladder.title,
    level: summarizeLevel(ladder, level),
    date,
    summary: countRatings(sections.flatMap((s) => s.expectations.map((e) => e.rating))),
    sections,
    next: {
      growthAreas: shown.growthAreas.flatMap((a) => (a.text === null ? [] : [{ id: a.id, title: a.title, text: a.text, sharedWith: a.sharedWith }])),
      transitions: shown.transitions.outOf,
    },
  };
}

/** The http(s) links written in a note: kept as the answer's evidence. */
export function linksIn(note: string | null | undefined): string[] {
  const found = (note ?? "").match(/\bhttps?:\/\/[^\s<>"']+/g) ?? [];
  // A link at the end of a sentence keeps its text, not the full stop after it.
  return [...new Set(found.map((link) => link.replace(/[.,;:!?)\]]+$/, "")))];
}

/** A date as YYYY-MM-DD in local time: the day the person sat the assessment. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
