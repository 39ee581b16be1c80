/** `ladder validate`: one line for a valid file (text and markdown alike), or the JSON result. */
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
