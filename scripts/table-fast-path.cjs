// Stands in for cli-table3 in the bundle (scripts/build.js): the tables
// ladder draws, drawn directly.
//
// cli-table3 lays out any table (row spans, word wrap, truncation, colours,
// hyperlinks) and spends ~15 ms of a `ladder diff --format text` doing it, more
// than all the rest of the command. Our tables are simple: fixed column
// widths, text already wrapped to fit, rows of single cells or of one cell
// spanning every column, no colours in the borders. Exactly those are drawn
// here, character for character as cli-table3 draws them; anything else (a
// colour code, a character that is not one column wide, a line that would
// not fit, an option we do not know) is handed to cli-table3 itself.
// tests/unit/table-fast-path.test.ts compares the two on random tables.
"use strict";

/** Characters that string-width (which cli-table3 measures with) counts as one column each; checked one by one and in pairs. */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u22ff\u2500-\u25fc]*$/;

const KNOWN_OPTIONS = new Set(["head", "colWidths", "wordWrap", "style"]);
const KNOWN_STYLE = new Set(["head", "border", "padding-left", "padding-right"]);

class Table extends Array {
  constructor(options) {
    super();
    // Not a property of the array: cli-table3 keeps its options out of the way too.
    Object.defineProperty(this, "tableOptions", { value: options, enumerable: false });
  }

  toString() {
    const drawn = drawSimple(this.tableOptions, [...this]);
    if (drawn !== undefined) return drawn;
    const CliTable = require("cli-table3");
    const table = new CliTable(this.tableOptions);
    table.push(...this);
    return table.toString();
  }
}

// Array methods such as map() make new arrays through this constructor; they are plain arrays.
Object.defineProperty(Table, Symbol.species, { value: Array });

/** The table as cli-table3 draws it, or undefined when it is not one of the simple tables. */
function drawSimple(options, body) {
  if (!options || typeof options !== "object") return undefined;
  for (const key of Object.keys(options)) if (!KNOWN_OPTIONS.has(key)) return undefined;
  const { head, colWidths, wordWrap, style } = options;
  if (wordWrap !== false || !style || typeof style !== "object") return undefined;
  for (const key of Object.keys(style)) if (!KNOWN_STYLE.has(key)) return undefined;
  if (!Array.isArray(style.head) || style.head.length > 0 || !Array.isArray(style.border) || style.border.length > 0) return undefined;
  const padLeft = style["padding-left"];
  const padRight = style["padding-right"];
  if (!isCount(padLeft) || !isCount(padRight)) return undefined;
  if (!Array.isArray(head) || head.length === 0 || !Array.isArray(colWidths) || colWidths.length !== head.length) return undefined;
  if (!colWidths.every((w) => isCount(w) && w >= padLeft + padRight)) return undefined;
  const columns = colWidths.length;

  // Each row: its cells as { span, lines, width } (width: the columns it covers, and the borders between them).
  const rows = [];
  for (const row of [head, ...body]) {
    if (!Array.isArray(row)) return undefined;
    let cells;
    if (row.length === columns && row.every((c) => typeof c === "string")) {
      cells = row.map((content, x) => ({ span: 1, content, width: colWidths[x] }));
    } else if (columns > 1 && row.length === 1 && isFullSpan(row[0], columns)) {
      cells = [{ span: columns, content: row[0].content, width: colWidths.reduce((a, b) => a + b + 1, -1) }];
    } else {
      return undefined;
    }
    for (const cell of cells) {
      cell.lines = cell.content.split("\n");
      const room = cell.width - padLeft - padRight;
      if (!cell.lines.every((line) => ONE_COLUMN_EACH.test(line) && line.length <= room)) return undefined;
    }
    rows.push(cells);
  }

  const out = [];
  rows.forEach((cells, y) => {
    const spanAbove = y > 0 && rows[y - 1].length === 1 && columns > 1;
    // The line above the row.
    let line = "";
    let x = 0;
    for (const cell of cells) {
      for (let k = 0; k < cell.span; k++, x++) {
        let corner;
        if (y === 0) corner = x === 0 ? "┌" : k === 0 ? "┬" : "─";
        else if (x === 0) corner = "├";
        else if (k === 0) corner = spanAbove ? "┬" : "┼";
        else corner = spanAbove ? "─" : "┴";
        line += corner + "─".repeat(colWidths[x]);
      }
    }
    out.push(line + (y === 0 ? "┐" : "┤"));
    // The row's lines; shorter cells are filled with blank lines below their text.
    const height = Math.max(...cells.map((c) => c.lines.length));
    for (let i = 0; i < height; i++) {
      let text = "";
      for (const cell of cells) {
        const content = cell.lines[i];
        text += "│" + (content === undefined ? " ".repeat(cell.width) : " ".repeat(padLeft) + content + " ".repeat(cell.width - padLeft - padRight - content.length + padRight));
      }
      out.push(`${text}│`);
    }
  });
  // The line below the last row.
  let bottom = "";
  rows[rows.length - 1].forEach((cell, i) => {
    bottom += (i === 0 ? "└" : "┴") + "─".repeat(cell.width);
  });
  out.push(`${bottom}┘`);
  return out.join("\n");
}

function isCount(n) {
  return typeof n === "number" && Number.isInteger(n) && n >= 0;
}

function isFullSpan(cell, columns) {
  if (cell === null || typeof cell !== "object" || Array.isArray(cell)) return false;
  // cli-table3 leaves an empty `style` on cells it has drawn; that changes nothing.
  const unstyled = cell.style === undefined || (typeof cell.style === "object" && cell.style !== null && Object.keys(cell.style).length === 0);
  const keys = Object.keys(cell).filter((key) => key !== "style");
  return unstyled && keys.length === 2 && cell.colSpan === columns && typeof cell.content === "string";
}

module.exports = Table;
module.exports.drawSimple = drawSimple;
