/**
 * Long form: one row per expectation, naming its level, section and
 * (optionally) tracks, rank, rating, examples and links. `ladder export
 * --format csv` writes this shape, with ids beside the titles.
 */
import type { CsvRow } from "./csv.js";
import type { ColumnRole } from "./columns.js";
import { linksOf, titleOf, tracksOf, wholeNumberOf, withoutListMarker, type ImportWarning, type Named, type PlacedExpectation } from "./placed.js";

export function readLongForm(header: CsvRow, rows: readonly CsvRow[], columns: Partial<Record<ColumnRole, number>>): { placed: PlacedExpectation[]; warnings: ImportWarning[] } {
  const placed: PlacedExpectation[] = [];
  const warnings: ImportWarning[] = [];
  const width = header.cells.length;
  const cell = (row: CsvRow, role: ColumnRole) => (columns[role] === undefined ? "" : (row.cells[columns[role]!] ?? ""));
  const named = (row: CsvRow, title: ColumnRole, id: ColumnRole): Named | undefined => {
    const t = titleOf(cell(row, title));
    const i = cell(row, id).trim();
    if (t === "" && i === "") return undefined;
    return { title: t === "" ? i : t, ...(i !== "" ? { id: i } : {}) };
  };
  /** A whole number, or a warning about what the cell holds instead. */
  const numberIn = (row: CsvRow, role: ColumnRole, what: string): number | undefined => {
    const written = cell(row, role).trim();
    const n = wholeNumberOf(written);
    if (written !== "" && n === undefined) warnings.push({ line: row.line, message: `${what} "${titleOf(written).slice(0, 40)}" left out: not a whole number` });
    return n;
  };

  for (const row of rows) {
    const extra = row.cells.slice(width).filter((c) => c.trim() !== "").length;
    if (extra > 0) warnings.push({ line: row.line, message: `${extra} cell${extra === 1 ? "" : "s"} past the header's ${width} columns left out` });
    const level = named(row, "level", "levelId");
    const section = named(row, "section", "sectionId");
    const text = cell(row, "text").trim();
    const missing = [level ? "" : "level", section ? "" : "section", text ? "" : "expectation"].filter(Boolean);
    if (missing.length > 0) {
      warnings.push({ line: row.line, message: `row left out: no ${missing.join(", no ")}` });
      continue;
    }
    const rank = numberIn(row, "rank", "rank");
    const rating = named(row, "rating", "ratingId");
    const ratingRank = rating ? numberIn(row, "ratingRank", "rating rank") : undefined;
    const { links, refused } = linksOf(cell(row, "links"));
    // One warning per cell, however many lines it holds.
    if (refused.length > 0) {
      const more = refused.length > 1 ? ` and ${refused.length - 1} more` : "";
      warnings.push({ line: row.line, message: `link "${refused[0]!.slice(0, 60)}"${more} left out: a link is an http(s):// or mailto: address, or [title](address)` });
    }
    placed.push({
      line: row.line,
      tracks: tracksOf(cell(row, "track"), cell(row, "trackId")),
      level: { ...level!, ...(rank !== undefined ? { rank } : {}) },
      section: section!,
      text,
      ...(rating ? { rating: { ...rating, ...(ratingRank !== undefined ? { rank: ratingRank } : {}) } } : {}),
      examples: examplesOf(cell(row, "examples")),
      links,
    });
  }
  return { placed, warnings };
}

/** An examples cell: one example per line (list markers dropped). */
function examplesOf(cell: string): string[] {
  return cell
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map(withoutListMarker);
}
