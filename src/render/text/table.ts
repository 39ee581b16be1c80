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

/** The widest piece of `text` that wrapping cannot break (a word, or a hyphenated word's part). */
export function longestPiece(text: string): number {
  return Math.max(0, ...text.split(/[\s]+|(?<=-)/).map((w) => displayWidth(w)));
}
