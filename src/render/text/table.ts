/**
 * Box tables of the text format, drawn by cli-table3: the table, its cells
 * (wrapped by us, so every line fits), and how columns share the width.
 */
import Table from "cli-table3";
import stringWidth from "string-width";
import { displayWidth } from "../width.js";
import { block } from "./layout.js";

/** Two-column tables need at least this much room per column to stay readable. */
export const MIN_COLUMN = 10; // two of them and the borders fit the narrowest layout (MIN_WIDTH, 24)

export function table(head: string[], colWidths: number[]): Table.Table {
  return new Table({
    head,
    colWidths,
    wordWrap: false,
    // cli-table3 colours borders and header even when piped; colour is ours to decide.
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
  });
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
  return Math.max(0, ...text.split(/[\s]+|(?<=-)/).map((w) => displayWidth(w)));
}
