/**
 * How every format splits ladder text the same way: prose into paragraphs,
 * and the levels' facts into one set of labels (the columns of a table).
 */
import { paragraphsOf } from "../core/search.js";

/** Prose as paragraphs, split on blank lines (as search numbers them), trimmed, none empty. */
export function paragraphs(text: string): string[] {
  return paragraphsOf(text)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** Every fact label of these levels, each once, in the order they first appear. */
export function factLabels(levels: readonly { facts: readonly { label: string }[] }[]): string[] {
  const labels: string[] = [];
  for (const l of levels) for (const f of l.facts) if (!labels.includes(f.label)) labels.push(f.label);
  return labels;
}
