/**
 * A spreadsheet export as rows of cells, each row with the line it starts on.
 * csv-parse reads the CSV (quotes, doubled quotes, line breaks in cells, a
 * byte-order mark); we only number the rows and refuse what a ladder can
 * never hold (control characters), placed by line and column.
 */
import { parse } from "csv-parse/sync";
import { CONTROL_CHARACTER } from "../definitions.js";
import { LadderError, visible } from "../errors.js";

export interface CsvRow {
  /** The line the row starts on, from 1 (a cell may span several lines). */
  line: number;
  cells: string[];
}

/** Rows of a CSV text, blank lines left out. Throws a LadderError placed in the file when the text is not CSV or holds control characters. */
export function readCsv(text: string, file: string): CsvRow[] {
  // CRLF (the spreadsheet line end) and a lone CR (old Mac exports) are read as LF, inside quoted cells too:
  // a ladder's text breaks lines with LF.
  const source = text.replace(/\r\n?/g, "\n");
  const name = visible(file);
  let records: string[][];
  try {
    // Blank lines are kept (as rows of one empty cell) so that counting lines below stays exact.
    records = parse(source, { bom: true, relax_column_count: true, skip_empty_lines: false, record_delimiter: "\n" });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const reason = String((error as Error).message).split(":")[0]!.toLowerCase();
    throw new LadderError(`cannot import ${name}: it is not CSV (${reason} at line ${line})`, {
      hints: ["a quote opens a cell only at its start, and a quote inside a quoted cell is written twice (\"\")"],
    });
  }
  const rows: CsvRow[] = [];
  const problems: string[] = [];
  let line = 1;
  for (const record of records) {
    let cellLine = line;
    record.forEach((cell, i) => {
      const at = cell.search(CONTROL_CHARACTER);
      if (at >= 0) {
        const code = cell.charCodeAt(at).toString(16).padStart(4, "0");
        problems.push(`${name}:${cellLine + lineBreaksIn(cell.slice(0, at))}: cell ${i + 1} contains a control character (\\u${code})`);
      }
      cellLine += lineBreaksIn(cell);
    });
    if (record.some((cell) => cell.trim() !== "")) rows.push({ line, cells: record });
    // A row ends on the line its last cell ends on: line breaks are only ever inside quoted cells.
    line = cellLine + 1;
  }
  if (problems.length > 0) {
    throw new LadderError(`cannot import ${name}: ${problems.length === 1 ? "a cell holds" : `${problems.length} cells hold`} a control character`, {
      details: problems.length > MAX_SHOWN ? [...problems.slice(0, MAX_SHOWN), `... and ${problems.length - MAX_SHOWN} more`] : problems,
      hints: ["a ladder's text may hold line breaks and tabs, no other control characters; remove them and import again"],
    });
  }
  return rows;
}

/** The most problems listed; the rest are counted. */
const MAX_SHOWN = 50;

function lineBreaksIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
