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
