/**
 * `ladder import`: a spreadsheet export (CSV) -> the data of a ladder file,
 * and warnings about what could not be placed. Pure: text in, data out. The
 * shape is told from the header row: long form names a level, a section and
 * an expectation column; any other header is a matrix of levels.
 */
import { LadderError, visible } from "../errors.js";
import { assemble, type ImportedLadder } from "./assemble.js";
import { columnsOf, isLongForm } from "./columns.js";
import { readCsv } from "./csv.js";
import { readLongForm } from "./long-form.js";
import { readMatrix } from "./matrix.js";
import type { ImportWarning } from "./placed.js";

export type { ImportedLadder } from "./assemble.js";
export type { ImportWarning } from "./placed.js";

export type SpreadsheetShape = "matrix" | "long";

export interface ImportResult {
  shape: SpreadsheetShape;
  ladder: ImportedLadder;
  /** Rows and cells left out, in line order. */
  warnings: ImportWarning[];
}

/**
 * Reads a CSV text. `file` names it in messages; `title` becomes the
 * ladder's title. Throws a LadderError (status 1) when the text is not CSV,
 * holds control characters, or has nothing that could be placed.
 */
export function importLadder(text: string, file: string, title: string): ImportResult {
  const [header, ...rows] = readCsv(text, file);
  const name = visible(file);
  if (header === undefined) throw new LadderError(`cannot import ${name}: it is empty`, { hints: HINTS });
  const columns = columnsOf(header.cells);
  const shape: SpreadsheetShape = isLongForm(columns) ? "long" : "matrix";
  if (shape === "matrix" && header.cells.length - (columns.track === undefined ? 0 : 1) < 2) {
    // A spreadsheet saved with another separator (`;` where the comma is a decimal point) reads as one column.
    const separator = header.cells.length === 1 ? /[;\t]/.exec(header.cells[0]!)?.[0] : undefined;
    const other = separator === undefined ? [] : [`its header is one cell holding ${separator === ";" ? "semicolons" : "tabs"}: ladder reads comma-separated CSV; save the sheet as "CSV UTF-8 (comma delimited)"`];
    throw new LadderError(`cannot import ${name}: its header names no levels`, { hints: [...other, ...HINTS] });
  }
  const read = shape === "long" ? readLongForm(header, rows, columns) : readMatrix(header, rows, columns.track);
  const { ladder, warnings } = assemble(read.placed, title);
  const all = read.warnings.concat(warnings).sort((a, b) => a.line - b.line);
  if (ladder === undefined) {
    throw new LadderError(`cannot import ${name}: no row could be placed in a ladder`, {
      details: all.map((w) => `${name}:${w.line}: ${visible(w.message)}`),
      hints: HINTS,
    });
  }
  return { shape, ladder, warnings: all };
}

const HINTS = [
  "a matrix has level titles in its header row and a section title first in each row;",
  "long form has level, section and expectation columns (track, rating and examples optional)",
];
