/**
 * What both spreadsheet shapes read into: expectations placed at a level and
 * a section (and tracks), each with the line it came from, and warnings
 * about the rows that could not be placed.
 */
import { URL_PATTERN } from "../format/schema.js";

/** A row or cell left out of the ladder, and why, for the person importing. */
export interface ImportWarning {
  line: number;
  message: string;
}

/** A title as written, and an id when the spreadsheet gives one (a `level_id` column). */
export interface Named {
  title: string;
  id?: string;
}

export interface PlacedExpectation {
  line: number;
  /** The tracks of the level: none, one, or several for a level the tracks share. */
  tracks: Named[];
  level: Named & { rank?: number };
  section: Named;
  text: string;
  /** As written in the rating columns: a title and/or an id of the scale, and its place on the scale. */
  rating?: Named & { rank?: number };
  examples: string[];
  links: { url: string; title?: string }[];
}

/** A title is one line: a title cell's line breaks and runs of spaces read as one space. */
export const titleOf = (cell: string) => cell.replace(/\s+/g, " ").trim();

/**
 * The tracks a row names: a track cell may name several, separated by `;`
 * (a level they share), and a `track_id` cell their ids in the same order.
 * A track title may hold a `;` when one id names it; where several ids and
 * such a title meet, the titles cannot be told apart: they are left empty
 * here, for a row that names the track alone to give.
 */
export function tracksOf(titleCell: string, idCell: string): Named[] {
  const ids = idCell.split(";").map((s) => s.trim()).filter(Boolean);
  const whole = titleOf(titleCell);
  const titles = whole.split(";").map(titleOf).filter(Boolean);
  if (ids.length === 0) return titles.map((title) => ({ title }));
  if (ids.length === 1 && whole !== "") return [{ title: whole, id: ids[0]! }];
  return ids.map((id, i) => ({ title: titles.length === ids.length ? titles[i]! : "", id }));
}

/** A whole number written in a cell ("3", " 3 "); undefined for anything else. */
export function wholeNumberOf(cell: string): number | undefined {
  const text = cell.trim();
  return /^-?\d{1,15}$/.test(text) ? Number(text) : undefined;
}

/**
 * A links cell: one link per line, `[title](url)` or the address alone.
 * Only web and mail addresses make links; any other line is given back to be
 * reported, never written into the ladder.
 */
export function linksOf(cell: string): { links: PlacedExpectation["links"]; refused: string[] } {
  const links: PlacedExpectation["links"] = [];
  const refused: string[] = [];
  for (const line of cell.split("\n").map((l) => l.trim()).filter(Boolean)) {
    const [, title = "", url = line] = /^\[(.*)\]\((\S+)\)$/.exec(line) ?? [];
    if (URL_PATTERN.test(url)) links.push({ url, ...(titleOf(title) !== "" ? { title: titleOf(title) } : {}) });
    else refused.push(line);
  }
  return { links, refused };
}

/**
 * One cell may hold several expectations, one per line, each marked as a
 * list item ("- ", "* ", "• "); any other cell is one expectation, kept
 * whole. (A cell of one line is never split: "- reviews code" stays as
 * written.)
 */
export function itemsOf(cell: string): string[] {
  const text = cell.trim();
  if (text === "") return [];
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  if (lines.length > 1 && lines.every((l) => LIST_ITEM.test(l))) return lines.map(withoutListMarker);
  return [text];
}

/** A line of a list, without its marker ("- ", "• ", "2. "). */
export const withoutListMarker = (line: string) => line.replace(LIST_ITEM, "").trim();

const LIST_ITEM = /^\s*(?:[-*•‣◦▪]|\d+[.)])\s+/;
