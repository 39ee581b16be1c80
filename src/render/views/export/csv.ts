/**
 * `ladder export --format csv`: one row per expectation, in ladder order
 * (level by level, section by section), for spreadsheets. RFC 4180: CRLF
 * between records, a field quoted when it holds a comma, a quote, a CR or an
 * LF, and quotes doubled inside it. Plain UTF-8 without a byte-order mark;
 * every text exactly as in the ladder.
 */
import type { Ladder } from "../../../core/types.js";

export const CSV_HEADER = ["level_id", "level", "track", "section_id", "section", "text"] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function ladderCsv(ladder: Ladder): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const level of ladder.levels) {
    const track = ladder.tracks.find((t) => t.id === level.track)?.title ?? "";
    for (const section of ladder.sections) {
      for (const text of level.expectations[section.id] ?? []) rows.push([level.id, level.title, track, section.id, section.title, text]);
    }
  }
  return rows.map((row) => row.map(csvField).join(",") + "\r\n").join("");
}
