/**
 * `ladder export --format csv`: one row per expectation, in ladder order
 * (level by level, section by section), for spreadsheets. RFC 4180: CRLF
 * between records, a field quoted when it holds a comma, a quote, a CR or an
 * LF, and quotes doubled inside it. Plain UTF-8 without a byte-order mark;
 * every text exactly as in the ladder.
 */
import type { Ladder } from "../../../core/types.js";

/** `track` names every track of a shared level, separated by "; "; `examples` are one per line; `rating` is the rating's title. */
export const CSV_HEADER = ["level_id", "level", "track", "section_id", "section", "text", "rating", "examples"] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function ladderCsv(ladder: Ladder): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const level of ladder.levels) {
    const track = level.tracks.map((id) => ladder.tracks.find((t) => t.id === id)?.title ?? id).join("; ");
    for (const section of ladder.sections) {
      for (const e of level.expectations[section.id] ?? []) {
        const rating = e.rating === undefined ? "" : (ladder.ratings.find((r) => r.id === e.rating)?.title ?? e.rating);
        rows.push([level.id, level.title, track, section.id, section.title, e.text, rating, e.examples.join("\n")]);
      }
    }
  }
  return rows.map((row) => row.map(csvField).join(",") + "\r\n").join("");
}
