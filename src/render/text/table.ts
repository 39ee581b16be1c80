/**
 * Box tables of the text format, drawn by cli-table3: the table, its cells
 * (wrapped by us, so every line fits), and how columns share the width.
 */
import Table from "cli-table3";
import stringWidth from "string-width";
import { displayWidth, stripAnsi } from "../width.js";
import { block } from "./layout.js";

/** Two-column tables need at least this much room per column to stay readable. */
export const MIN_COLUMN = 10; // two of them and the borders fit the narrowest layout (MIN_WIDTH, 24)

/** A cell as cli-table3 takes it: text, or text spanning columns. */
export type TableCell = string | { content: string; colSpan?: number };

/**
 * How much one cli-table3 row holds. Drawing each line of a cell costs
 * cli-table3 time in the square of the whole cell's length when the text is
 * not ASCII (it measures the cell a character at a time, to log it), so a
 * tall cell costs the cube of its lines: one 4,000-word CJK expectation took a
 * minute. A taller row is drawn as several rows, each small enough that every
 * line costs a bounded amount, so the table takes time linear in its text.
 * ASCII costs it only linear time per line: a row holds many lines of it.
 */
export const ROW_LIMITS = { lines: 64, nonAsciiUnits: 200 };

/** A box table: rows are pushed, then drawn once by cli-table3. */
export interface TextTable {
  push(row: TableCell[]): void;
  toString(): string;
}

/**
 * The most rows one cli-table3 table holds. Laying a table out costs it time
 * in the square of its rows (each cell is checked against every cell above),
 * so a longer table is drawn in pieces of this many rows, joined seamlessly.
 */
export const MAX_PIECE_ROWS = 200;

export function table(head: string[], colWidths: number[]): TextTable {
  // The head is the first row, drawn the same: given as the `head` option, cli-table3 adds the rows
  // to it with push.apply, which overflows the call stack past about 100,000 rows.
  const rows: TableCell[][] = [];
  const push = (row: TableCell[]) => {
    for (const part of splitRow(row)) rows.push(part);
  };
  push(head);
  return { push, toString: () => drawInPieces(rows, colWidths) };
}

/**
 * Draws the rows as one table, MAX_PIECE_ROWS at a time. Each piece after the
 * first is drawn with the last row of the piece before it, so cli-table3 draws
 * the border between the two as it would inside one table; that row and the
 * top border are then dropped, as is the bottom border of the piece before.
 */
function drawInPieces(rows: readonly TableCell[][], colWidths: number[]): string {
  const out: string[] = [];
  for (let start = 0; start < rows.length; start += MAX_PIECE_ROWS) {
    const t = new Table({
      colWidths,
      wordWrap: false,
      // cli-table3 colours borders and header even when piped; colour is ours to decide.
      style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
    });
    const before = start > 0 ? rows[start - 1] : undefined;
    if (before) t.push(before as Table.HorizontalTableRow);
    for (const row of rows.slice(start, start + MAX_PIECE_ROWS)) t.push(row as Table.HorizontalTableRow);
    let lines = t.toString().split("\n");
    if (before) lines = lines.slice(1 + heightOf(before));
    if (start + MAX_PIECE_ROWS < rows.length) lines = lines.slice(0, -1);
    for (const line of lines) out.push(line);
  }
  return out.join("\n");
}

/** The lines a row takes in the table: its tallest cell's (cells are not wrapped by cli-table3). */
const heightOf = (row: readonly TableCell[]) => row.reduce((most, c) => Math.max(most, (typeof c === "string" ? c : c.content).split("\n").length), 1);

/** A row taller than ROW_LIMITS allows, as rows that each fit them (one line at least). */
function splitRow(row: TableCell[]): TableCell[][] {
  const lines = row.map((c) => (typeof c === "string" ? c : c.content).split("\n"));
  const tallest = lines.reduce((most, l) => Math.max(most, l.length), 0);
  const ascii = lines.map((l) => l.every((line) => /^[\x20-\x7e]*$/.test(stripAnsi(line))));
  const parts: TableCell[][] = [];
  let from = 0;
  const cut = (to: number) => {
    parts.push(
      row.map((c, i) => {
        const content = lines[i]!.slice(from, to).join("\n");
        return typeof c === "string" ? content : { ...c, content };
      }),
    );
    from = to;
  };
  const units = lines.map(() => 0);
  for (let k = 0; k < tallest; k++) {
    const over = k - from >= ROW_LIMITS.lines || lines.some((l, i) => !ascii[i] && units[i]! + (l[k]?.length ?? 0) > ROW_LIMITS.nonAsciiUnits);
    if (over && k > from) {
      cut(k);
      units.fill(0);
    }
    lines.forEach((l, i) => (units[i]! += (l[k]?.length ?? 0) + 1));
  }
  if (parts.length === 0) return [row];
  cut(tallest);
  return parts;
}

/**
 * The width of cell text by what the terminal shows and by what cli-table3
 * measures (string-width 4, which counts most combining marks and zero-width
 * characters as a column): cli-table3 cuts a line it finds wider than its
 * column, so cells are wrapped to fit by both. Printable ASCII is one column
 * a character by either.
 */
const cellWidth = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text.length : Math.max(displayWidth(text), stringWidth(text)));

/**
 * Invisible format characters (zero-width space, word joiner, BOM, soft
 * hyphen, direction marks) draw nothing, but cli-table3 counts each as a
 * column and pads the row one short for every one of them. They are left out
 * of table cells; the zero-width joiner stays, as it holds emoji together.
 */
let invisible: RegExp | undefined;
const INVISIBLE = () => (invisible ??= /(?!\u200d)\p{Cf}/gu);

/** Wrapped cell content for a column of `width` (padding included). */
export function cell(text: string, width: number, first = ""): string {
  return block(text.replace(INVISIBLE(), ""), width - 2, "", first, cellWidth).join("\n");
}

/**
 * Fits column widths into `total`: shrinks the widest column first, and only
 * below `floor[i]` (the longest unbreakable piece) when nothing else is left.
 */
export function fitColumns(natural: number[], total: number, floor: number[] = [], min = 5): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - total;
  for (const limit of [(i: number) => Math.max(min, floor[i] ?? min), () => min]) {
    while (excess > 0) {
      let pick = -1;
      widths.forEach((w, i) => {
        if (w > limit(i) && (pick < 0 || w - limit(i) > widths[pick]! - limit(pick))) pick = i;
      });
      if (pick < 0) break;
      widths[pick]!--;
      excess--;
    }
  }
  return widths;
}

/**
 * Column widths by need: every column gets its floor (what it cannot do
 * without), then the room left goes where it saves the most lines: step by
 * step, to the column whose widening shortens the table most per column
 * given. `lines(c, w)` is how many lines each row's cell in column c takes at
 * width w. A large table (where trying widths costs too much) shares the room
 * in proportion to what each column lacks of its natural width instead.
 * undefined when even the floors do not fit.
 */
export function shareColumns(naturalWidths: number[], floor: number[], room: number, lines?: (column: number, width: number) => number[]): number[] | undefined {
  const natural = naturalWidths.map((n, i) => Math.max(n, floor[i]!));
  const widths = [...floor];
  let left = room - widths.reduce((a, b) => a + b, 0);
  if (left < 0) return undefined;
  const lack = () => natural.map((n, i) => Math.max(0, n - widths[i]!));
  if (lack().reduce((a, b) => a + b, 0) <= left) return natural;
  const tries = lack().reduce((a, b) => a + b, 0) * (lines ? lines(0, widths[0]!).length : 0);
  if (lines && tries <= 20_000) {
    // Lines per row of each column at each width it may take, computed once.
    const at = widths.map((w, c) => Array.from({ length: natural[c]! - w + 1 }, (_, d) => lines(c, w + d)));
    const cellLines = (c: number, w: number) => at[c]![w - floor[c]!]!;
    for (;;) {
      const now = widths.map((w, c) => cellLines(c, w));
      const rows = now[0]!.length;
      const height = (c: number, w: number) => {
        let sum = 0;
        for (let r = 0; r < rows; r++) sum += Math.max(cellLines(c, w)[r]!, ...now.map((col, k) => (k === c ? 0 : col[r]!)));
        return sum;
      };
      const base = height(0, widths[0]!);
      let best: { c: number; d: number; gain: number } | undefined;
      widths.forEach((w, c) => {
        for (let d = 1; d <= Math.min(left, natural[c]! - w); d++) {
          const gain = (base - height(c, w + d)) / d;
          if (gain > 0 && (!best || gain > best.gain)) best = { c, d, gain };
          if (gain > 0) break; // the smallest widening that saves a line is the one to weigh
        }
      });
      if (!best) break;
      widths[best.c]! += best.d;
      left -= best.d;
    }
  }
  // Room no line can use (or a large table): in proportion to what each column lacks.
  const need = lack();
  const total = need.reduce((a, b) => a + b, 0);
  if (total === 0) return widths;
  const share = need.map((l) => Math.floor((l * Math.min(left, total)) / total));
  share.forEach((x, i) => (widths[i]! += x));
  left = Math.min(left, total) - share.reduce((a, b) => a + b, 0);
  for (; left > 0; left--) {
    const rest = lack();
    widths[rest.indexOf(Math.max(...rest))]!++;
  }
  return widths;
}

/** Items separated by commas, a line broken only between items (a hyphenated name stays whole) unless one is wider than the column. */
export function listCell(items: readonly string[], width: number): string {
  const room = width - 2;
  const lines: string[] = [];
  let line = "";
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? `${item},` : item;
    if (line === "") line = piece;
    else if (cellWidth(`${line} ${piece}`) <= room) line = `${line} ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
    if (cellWidth(line) > room) {
      lines.push(cell(line, width));
      line = "";
    }
  });
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

/** The widest piece of `text` that wrapping cannot break (a word, or a hyphenated word's part). */
export function longestPiece(text: string): number {
  // A loop, not Math.max(...pieces): a long text has more pieces than a call takes arguments.
  let longest = 0;
  for (const piece of text.split(/[\s]+|(?<=-)/)) longest = Math.max(longest, displayWidth(piece));
  return longest;
}
