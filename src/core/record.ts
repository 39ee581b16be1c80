/**
 * The assessment record, version 1 (docs: record.md): what one self-assessment
 * keeps, so that it can be carried between the command line (`ladder assess`,
 * `progress`, `case`) and the site's assessment pages. One zod schema is the
 * one definition of the file; the browser writes the same shape and the tests
 * check its files with this schema.
 */
import { createHash } from "node:crypto";
import * as z from "zod/mini";
import { RATINGS, type Answer } from "./assessment.js";
import type { Ladder, Level } from "./types.js";

export const RECORD_KIND = "ladder-assessment";
export const RECORD_VERSION = 1;

/** `sha256:` and the hex digest of the ladder file's bytes: a later edit of the file is noticed. */
export const FINGERPRINT_PATTERN = /^sha256:[0-9a-f]{64}$/;

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const RecordAnswerSchema = z.strictObject({
  /** The section id and the expectation's 0-based place in it, at the time of the assessment. */
  section: z.string().check(z.minLength(1)),
  index: z.int().check(z.nonnegative()),
  /** The expectation's text exactly as in the ladder: what matches it again after the file changes. */
  expectation: z.string().check(z.minLength(1)),
  answer: z.enum(RATINGS),
  note: z.optional(z.string()),
  /** Evidence: links the person gave. */
  links: z.optional(z.array(z.string().check(z.minLength(1)))),
});

export const AssessmentRecordSchema = z.strictObject({
  kind: z.literal(RECORD_KIND),
  version: z.literal(RECORD_VERSION),
  ladder: z.strictObject({
    title: z.string().check(z.minLength(1)),
    fingerprint: z.string().check(z.regex(FINGERPRINT_PATTERN)),
  }),
  level: z.strictObject({ id: z.string().check(z.minLength(1)), title: z.string().check(z.minLength(1)) }),
  /** The day of the assessment, YYYY-MM-DD. */
  date: z.string().check(z.regex(DATE_PATTERN)),
  /** Whom the assessment is about; absent when it is the person's own. */
  for: z.optional(z.string().check(z.minLength(1))),
  /** In ladder order; an expectation left out was not answered. */
  answers: z.array(RecordAnswerSchema),
});

export type RecordAnswer = z.infer<typeof RecordAnswerSchema>;
export type AssessmentRecord = z.infer<typeof AssessmentRecordSchema>;

/** The fingerprint of a ladder file, from its exact bytes. */
export function fingerprintOf(bytes: Uint8Array | string): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

/** A record from answers given on the command line (or anywhere else that knows each expectation's place). */
export function assessmentRecord(
  ladder: Ladder,
  level: Level,
  answers: readonly Answer[],
  meta: { fingerprint: string; date: string; for?: string },
): AssessmentRecord {
  const byPlace = new Map(answers.map((a) => [`${a.section}\u0000${a.index}`, a]));
  const ordered: RecordAnswer[] = [];
  for (const section of ladder.sections) {
    (level.expectations[section.id] ?? []).forEach(({ text: expectation }, index) => {
      const answer = byPlace.get(`${section.id}\u0000${index}`);
      if (!answer) return;
      const note = answer.note?.trim() ? answer.note : undefined;
      const links = answer.links && answer.links.length > 0 ? [...answer.links] : undefined;
      ordered.push({ section: section.id, index, expectation, answer: answer.rating, ...(note !== undefined ? { note } : {}), ...(links ? { links } : {}) });
    });
  }
  return {
    kind: RECORD_KIND,
    version: RECORD_VERSION,
    ladder: { title: ladder.title, fingerprint: meta.fingerprint },
    level: { id: level.id, title: level.title },
    date: meta.date,
    ...(meta.for !== undefined && meta.for.trim() !== "" ? { for: meta.for } : {}),
    answers: ordered,
  };
}
