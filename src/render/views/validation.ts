/** `ladder validate`: one line for a valid file (text and markdown alike), or the JSON result. */
import type { AssessmentRecord } from "../../core/record.js";
import type { ValidationView, ValidLadder } from "../../core/views.js";
import { renderJson, type Renderers } from "../present.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function validText({ view, title, tracks }: ValidLadder): string {
  const counts = view.counts!;
  const trackCount = tracks > 0 ? `${plural(tracks, "track")}, ` : "";
  return `${view.file}: valid ladder "${title}": ${trackCount}${plural(counts.levels, "level")}, ${plural(counts.sections, "section")}, ${plural(counts.expectations, "expectation")}, ${plural(counts.growthAreas, "growth area")}, ${plural(counts.transitions, "transition")}\n`;
}

export const validRenderers: Renderers<ValidLadder> = { text: validText, markdown: validText, json: (v) => renderJson(v.view) };
/** An invalid file has only the JSON result; otherwise its problems are the error (on standard error). */
export const invalidRenderers: Renderers<ValidationView> = { json: renderJson };

/** A valid assessment record: the same JSON result, and a line naming what it holds. */
export interface ValidRecord {
  view: ValidationView;
  record: AssessmentRecord;
}

export function validRecordText({ view, record }: ValidRecord): string {
  const who = record.for ? ` for ${record.for}` : "";
  return `${view.file}: valid assessment record (version ${record.version}): ${record.level.title} (${record.level.id})${who}, ${record.date}, ${plural(record.answers.length, "answer")}, ladder "${record.ladder.title}"\n`;
}

export const validRecordRenderers: Renderers<ValidRecord> = { text: validRecordText, markdown: validRecordText, json: (v) => renderJson(v.view) };
