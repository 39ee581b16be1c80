/**
 * A matrix: one row per section (competency), one column per level, the
 * level titles in the header row and the section title in the first column;
 * optionally a track column. A cell holds that level's expectations in that
 * section (several when written as a list, one per line). A track cell
 * may name several tracks, separated by `;`: the row's levels are shared by them.
 */
import type { CsvRow } from "./csv.js";
import { itemsOf, titleOf, tracksOf, type ImportWarning, type PlacedExpectation } from "./placed.js";

export function readMatrix(header: CsvRow, rows: readonly CsvRow[], trackColumn: number | undefined): { placed: PlacedExpectation[]; warnings: ImportWarning[] } {
  const placed: PlacedExpectation[] = [];
  const warnings: ImportWarning[] = [];
  const sectionColumn = trackColumn === 0 ? 1 : 0;
  const levelColumns = header.cells.map((title, i) => ({ i, title: titleOf(title) })).filter(({ i }) => i !== sectionColumn && i !== trackColumn);
  const width = header.cells.length;

  for (const row of rows) {
    const section = titleOf(row.cells[sectionColumn] ?? "");
    const tracks = trackColumn === undefined ? [] : tracksOf(row.cells[trackColumn] ?? "", "");
    const filled = levelColumns.filter(({ i }) => (row.cells[i] ?? "").trim() !== "");
    const extra = row.cells.slice(width).filter((c) => c.trim() !== "").length;
    if (extra > 0) warnings.push({ line: row.line, message: `${extra} cell${extra === 1 ? "" : "s"} past the header's ${width} columns left out` });
    if (section === "") {
      if (filled.length > 0) warnings.push({ line: row.line, message: `row left out: no section title in column ${sectionColumn + 1}` });
      continue;
    }
    for (const { i, title } of filled) {
      if (title === "") {
        warnings.push({ line: row.line, message: `cell ${i + 1} left out: its column has no level title in the header` });
        continue;
      }
      for (const text of itemsOf(row.cells[i]!)) {
        placed.push({ line: row.line, tracks, level: { title }, section: { title: section }, text, examples: [], links: [] });
      }
    }
  }
  return { placed, warnings };
}
