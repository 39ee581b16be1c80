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

/**
 * The same changes with every boundary between a changed and an unchanged
 * part moved out to the nearest space: "(~~1-2~~ **2-5** years)" becomes
 * "~~(1-2~~ **(2-5**", whole words on both sides. Markdown needs it: `**` and
 * `~~` only take effect next to a space or at the end of a line when the text
 * they touch begins or ends with punctuation. Both texts are still spelled
 * exactly: a moved piece goes into the removed and the added part alike.
 */
export function wholeWords(input: readonly WordChange[]): WordChange[] {
  let parts = normalise(input);
  const isChange = (part: WordChange | undefined) => part !== undefined && part.op !== "same";
  // The changed parts of the run that starts (step 1) or ends (step -1) next to `index`.
  const run = (index: number, step: 1 | -1) => {
    const out: WordChange[] = [];
    for (let i = index + step; isChange(parts[i]); i += step) out.push(parts[i]!);
    return out;
  };
  for (;;) {
    let moved = false;
    for (let i = 0; i < parts.length && !moved; i++) {
      const part = parts[i]!;
      if (part.op !== "same") continue;
      const before = run(i, -1);
      const after = run(i, 1);
      const head = /^\S+/.exec(part.text)?.[0];
      const tail = /\S+$/.exec(part.text)?.[0];
      if (head !== undefined && before.length > 0 && !before.every((p) => /\s$/.test(p.text))) {
        parts = normalise([...parts.slice(0, i), { op: "removed", text: head }, { op: "added", text: head }, { op: "same", text: part.text.slice(head.length) }, ...parts.slice(i + 1)]);
        moved = true;
      } else if (tail !== undefined && after.length > 0 && !after.every((p) => /^\s/.test(p.text))) {
        parts = normalise([...parts.slice(0, i), { op: "same", text: part.text.slice(0, -tail.length) }, { op: "removed", text: tail }, { op: "added", text: tail }, ...parts.slice(i + 1)]);
        moved = true;
      }
    }
    if (!moved) return parts;
  }
}
