/**
 * How every format splits ladder text the same way: prose into paragraphs,
 * and the levels' facts into one set of labels (the columns of a table).
 */
import { paragraphsOf } from "../core/definitions.js";

export { factLabels } from "../core/definitions.js";

/** Prose as paragraphs, split on blank lines (as search numbers them), trimmed, none empty. */
export function paragraphs(text: string): string[] {
  return paragraphsOf(text)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/**
 * Appends lines and lists of lines to `out`. Not out.push(...lines): a long
 * text wraps to more lines than a function call takes arguments (a 4 MB
 * expectation at 24 columns is 200,000 lines), and the spread overflows the stack.
 */
export function appendLines(out: string[], ...parts: (string | readonly string[])[]): void {
  for (const part of parts) {
    if (typeof part === "string") out.push(part);
    else for (const line of part) out.push(line);
  }
}
