/**
 * `ladder export --format csv`: one row per expectation, in ladder order
 * (level by level, each level's sections in the order it shows them), for
 * spreadsheets. RFC 4180: CRLF between records, a field quoted when it holds
 * a comma, a quote, a CR or an LF, and quotes doubled inside it. Plain UTF-8
 * without a byte-order mark; every text exactly as in the ladder. `ladder
 * import` reads it back to the same levels, tracks, sections and expectations.
 */
import { sectionsFor, tracksOf } from "../../../core/tracks.js";
import type { Ladder, Link } from "../../../core/types.js";

/**
 * `track_id` and `track` name every track of a shared level, separated by
 * "; "; `rank` is the level's; `rating` is the rating's title and
 * `rating_rank` its place on the scale (1 the lowest); `examples` and
 * `links` are one per line.
 */
export const CSV_HEADER = ["level_id", "level", "rank", "track_id", "track", "section_id", "section", "text", "rating_id", "rating", "rating_rank", "examples", "links"] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A link as `ladder import` reads it: `[title](url)`, or the address alone. */
const linkCell = (link: Link) => (link.title === undefined ? link.url : `[${link.title}](${link.url})`);

export function ladderCsv(ladder: Ladder): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const level of ladder.levels) {
    const tracks = tracksOf(ladder, level);
    const trackIds = tracks.map((t) => t.id).join("; ");
    const trackTitles = tracks.map((t) => t.title).join("; ");
    const rank = level.rank === undefined ? "" : String(level.rank);
    for (const section of sectionsFor(ladder, [level])) {
      for (const e of level.expectations[section.id] ?? []) {
        const at = e.rating === undefined ? -1 : ladder.ratings.findIndex((r) => r.id === e.rating);
        const rating = at < 0 ? ["", "", ""] : [ladder.ratings[at]!.id, ladder.ratings[at]!.title, String(at + 1)];
        rows.push([level.id, level.title, rank, trackIds, trackTitles, section.id, section.title, e.text, ...rating, e.examples.join("\n"), e.links.map(linkCell).join("\n")]);
      }
    }
  }
  return rows.map((row) => row.map(csvField).join(",") + "\r\n").join("");
}
