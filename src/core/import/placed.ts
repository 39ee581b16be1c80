/**
 * What both spreadsheet shapes read into: expectations placed at a level and
 * a section (and a track), each with the line it came from, and warnings
 * about the rows that could not be placed.
 */

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
  track?: string;
  level: Named;
  section: Named;
  text: string;
  /** As written in a rating column (a title or an id of the scale). */
  rating?: string;
  examples: string[];
}

/** A title is one line: a title cell's line breaks and runs of spaces read as one space. */
export const titleOf = (cell: string) => cell.replace(/\s+/g, " ").trim();

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
