/**
 * Long form: one row per expectation, naming its level, section and
 * (optionally) track, rating and examples. `ladder export --format csv`
 * writes this shape, with ids beside the titles.
 */
import type { CsvRow } from "./csv.js";
import type { ColumnRole } from "./columns.js";
import { titleOf, withoutListMarker, type ImportWarning, type Named, type PlacedExpectation } from "./placed.js";

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
    const track = titleOf(cell(row, "track"));
    const rating = titleOf(cell(row, "rating"));
    placed.push({
      line: row.line,
      ...(track !== "" ? { track } : {}),
      level: level!,
      section: section!,
      text,
      ...(rating !== "" ? { rating } : {}),
      examples: examplesOf(cell(row, "examples")),
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
