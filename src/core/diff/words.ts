/**
 * The words that went and the words that came between two forms of one
 * expectation. jsdiff finds them; we only merge its pieces into phrases a
 * reader can take in at a glance.
 */
import { diffWordsWithSpace } from "diff";

export interface WordChange {
  op: "same" | "removed" | "added";
  text: string;
}

/**
 * Word-level diff of `from` and `to`. Every character of both is kept:
 * the `same` and `removed` parts, in order, spell `from`; the `same` and
 * `added` parts spell `to`. (jsdiff's `diffWords` ignores whitespace and
 * may drop a space between parts; `diffWordsWithSpace` keeps every one.)
 */
export function wordChanges(from: string, to: string): WordChange[] {
  const parts: WordChange[] = diffWordsWithSpace(from, to).map((part) => ({
    op: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
  return joinPhrases(parts);
}

/**
 * Folds a short unchanged piece that sits between two changes into them, the
 * rule of diff-match-patch's semantic clean-up: "long-term" -> "multi-year"
 * reads as [-long-term-]{+multi-year+}, not [-long-]{+multi+}-[-term-]{+year+};
 * a rewritten phrase reads as one change, not a word-by-word interleave.
 */
function joinPhrases(input: WordChange[]): WordChange[] {
  let parts = normalise(input);
  for (;;) {
    const index = parts.findIndex(
      (part, i) => part.op === "same" && i > 0 && i < parts.length - 1 && part.text.length <= Math.min(editLength(parts, i, -1), editLength(parts, i, 1)),
    );
    if (index === -1) return parts;
    const folded = parts[index]!.text;
    parts = normalise([
      ...parts.slice(0, index),
      { op: "removed", text: folded },
      { op: "added", text: folded },
      ...parts.slice(index + 1),
    ]);
  }
}

/** The length of the longer side of the run of changes next to `index` (0 if none). */
function editLength(parts: readonly WordChange[], index: number, step: 1 | -1): number {
  let removed = 0;
  let added = 0;
  for (let i = index + step; i >= 0 && i < parts.length && parts[i]!.op !== "same"; i += step) {
    if (parts[i]!.op === "removed") removed += parts[i]!.text.length;
    else added += parts[i]!.text.length;
  }
  return Math.max(removed, added);
}

/** Each run of changes as one removed part then one added part; adjacent same parts joined; empty parts dropped. */
function normalise(parts: readonly WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ op: "removed", text: removed });
    if (added) out.push({ op: "added", text: added });
    removed = added = "";
  };
  for (const part of parts) {
    if (part.op === "removed") removed += part.text;
    else if (part.op === "added") added += part.text;
    else if (part.text) {
      flush();
      const last = out[out.length - 1];
      if (last?.op === "same") last.text += part.text;
      else out.push({ op: "same", text: part.text });
    }
  }
  flush();
  return out;
}
