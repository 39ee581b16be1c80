/**
 * A list of changes (one section's expectations at two levels, the facts, the
 * growth-area entries) as text and as markdown: the piece that `diff`, `path`
 * and `changes` print alike.
 *
 * Text: `~` a changed item, its words marked `[-went-]{+came+}` (in colour:
 * struck red and green); `+` added, `-` removed, `=` unchanged. Markdown:
 * `~~went~~` and `**came**`, an added item in bold, a removed one struck.
 */
import type { Change, WordChange } from "../../core/diff/align.js";
import type { ExpectationChange } from "../../core/diff/compare.js";
import { wholeWords } from "../../core/diff/words.js";
import { escapeInline, escapeLineEdges } from "../markdown/escape.js";
import { block, highlightedBlock, type TextOptions } from "../text/layout.js";

/** An item of a list, with the name it goes by when it has one (a fact's label, a growth area's title). */
export interface ListedChange {
  change: Change;
  label: string | null;
}

/** Unchanged items: one line that counts them (names them, for labelled items), or each in full. */
export type Unchanged = "count" | "all";

export const MARKS = { same: "=", changed: "~", added: "+", removed: "-" } as const;

/** The changes of a section, which have no labels. */
export const unlabelled = (changes: readonly Change[]): ListedChange[] => changes.map((change) => ({ change, label: null }));

const unchangedLine = (same: readonly ListedChange[]) => {
  const labels = same.flatMap((item) => (item.label === null ? [] : [item.label]));
  return `${same.length} unchanged${labels.length === same.length ? `: ${labels.join(", ")}` : ""}`;
};

// ---- text -------------------------------------------------------------------

/** The lines of a change list, each item led by its mark after `indent`. Nothing when the list is empty. */
export function changeListText(items: readonly ListedChange[], o: TextOptions, indent: string, unchanged: Unchanged = "count"): string[] {
  const out: string[] = [];
  const same = items.filter((item) => item.change.kind === "same");
  for (const item of items) {
    if (item.change.kind !== "same" || unchanged === "all") out.push(...changeText(item.change, o, indent, item.label));
  }
  if (unchanged === "count" && same.length > 0) out.push(...block(unchangedLine(same), o.width, indent, `${MARKS.same} `).map(o.style.dim));
  return out;
}

/**
 * "rating: Practising → Expert", for an item whose rating differs at the two
 * levels (text the same or changed); "rating: Proficient" for a new or dropped
 * item that has one, which is part of what is new or dropped.
 */
function ratingNote(change: Change): string | null {
  const rating = (change as Partial<ExpectationChange>).rating;
  if (!rating) return null;
  if (change.kind === "added") return rating.to ? `rating: ${rating.to.title}` : null;
  if (change.kind === "removed") return rating.from ? `rating: ${rating.from.title}` : null;
  if (rating.from?.id === rating.to?.id) return null;
  return `rating: ${rating.from?.title ?? "none"} → ${rating.to?.title ?? "none"}`;
}

/** One change as lines of text, wrapped to the width; a label leads it as `Label: `; a changed rating follows it. */
export function changeText(change: Change, o: TextOptions, indent: string, label: string | null = null): string[] {
  const note = ratingNote(change);
  const lines = changeLines(change, o, indent, label);
  // Prose written as a YAML block ends with a line break: no blank line for it under the item.
  while (lines.length > 1 && lines.at(-1)!.trim() === "") lines.pop();
  return note === null ? lines : [...lines, ...block(note, o.width, indent + "  ").map(o.style.dim)];
}

function changeLines(change: Change, o: TextOptions, indent: string, label: string | null): string[] {
  const { style } = o;
  const mark = `${MARKS[change.kind]} `;
  // A label is part of the text, so that wrapped lines hang under it, not far to the right of it.
  const named = (text: string) => (label === null ? text : `${label}: ${text}`);
  const text = change.to ?? change.from ?? "";
  // block() drops escape codes, so colour goes on after wrapping: whole lines for an added or removed item, else the mark.
  if (change.kind === "added") return block(named(text), o.width, indent, mark).map(style.added);
  if (change.kind === "removed") return block(named(text), o.width, indent, mark).map(style.removed);
  const paintMark = (lines: string[]) => lines.map((line, i) => (i === 0 ? indent + style.label(mark.trim()) + line.slice(indent.length + 1) : line));
  if (change.kind === "same" || change.words === null) return paintMark(block(named(text), o.width, indent, mark));
  if (sharesWords(change.words)) {
    const words: WordChange[] = label === null ? change.words : [{ op: "same", text: `${label}: ` }, ...change.words];
    return paintMark(markedLines(words, o, indent, mark));
  }
  // Nothing in common to mark inside one line: the old text, then the new one, each on lines of its own.
  const went: WordChange[] = [{ op: "removed", text: change.from ?? "" }];
  const came: WordChange[] = [{ op: "added", text: change.to ?? "" }];
  const inner = indent + (label === null ? "  " : "    ");
  return paintMark(
    label === null
      ? [...markedLines(went, o, indent, mark), ...markedLines(came, o, inner)]
      : [...block(label, o.width, indent, mark), ...markedLines(went, o, inner), ...markedLines(came, o, inner)],
  );
}

/** Whether the unchanged parts hold any word at all (not only spaces and punctuation). */
function sharesWords(words: readonly WordChange[]): boolean {
  return words.some((w) => w.op === "same" && /[^\s!-/:-@[-`{-~]/.test(w.text));
}

/**
 * Words with the removed and added parts marked, wrapped. Without colour the
 * marks are visible brackets; with colour the parts are painted, and a space
 * is put between a removed part and the added part right after it so the two
 * do not read as one word.
 */
function markedLines(words: readonly WordChange[], o: TextOptions, indent: string, first = ""): string[] {
  if (!o.style.color) {
    const text = words.map((w) => (w.op === "same" ? w.text : w.op === "removed" ? `[-${w.text}-]` : `{+${w.text}+}`)).join("");
    return block(text, o.width, indent, first);
  }
  let text = "";
  const ranges: { start: number; end: number; highlight: (s: string) => string }[] = [];
  words.forEach((w, i) => {
    if (w.op === "added" && words[i - 1]?.op === "removed" && !/\s$/.test(text) && !/^\s/.test(w.text)) text += " ";
    if (w.op !== "same") ranges.push({ start: text.length, end: text.length + w.text.length, highlight: w.op === "added" ? o.style.added : o.style.removedWords });
    text += w.text;
  });
  return highlightedBlock(text, ranges, o.style.added, o.width, indent, first);
}

// ---- markdown ---------------------------------------------------------------

/** A change list as markdown list items (`- ...`). Nothing when the list is empty. */
export function changeListMarkdown(items: readonly ListedChange[], unchanged: Unchanged = "count"): string[] {
  const out: string[] = [];
  const same = items.filter((item) => item.change.kind === "same");
  for (const item of items) {
    if (item.change.kind !== "same" || unchanged === "all") out.push(`- ${changeMarkdown(item.change, item.label)}`);
  }
  if (unchanged === "count" && same.length > 0) out.push(`- *${escapeInline(unchangedLine(same))}*`);
  return out;
}

/** One change as one line of markdown (the content of a list item). */
export function changeMarkdown(change: Change, label: string | null = null): string {
  const lead = label === null ? "" : `${escapeInline(label)}: `;
  const text = change.to ?? change.from ?? "";
  let body: string;
  if (change.kind === "added") body = `${wrapIn("**", text)} *(new)*`;
  else if (change.kind === "removed") body = `${wrapIn("~~", text)} *(dropped)*`;
  else if (change.kind === "same" || change.words === null) body = escapeInline(text);
  else if (!sharesWords(change.words)) body = `${wrapIn("~~", change.from ?? "")} → ${wrapIn("**", change.to ?? "")}`;
  else {
    body = "";
    for (const w of wholeWords(change.words)) {
      const piece = w.op === "same" ? escapeInline(w.text) : wrapIn(w.op === "added" ? "**" : "~~", w.text);
      // A removed part and the added part after it, side by side, would read as one word.
      if (w.op === "added" && body.endsWith("~~") && !/^\s/.test(piece)) body += " ";
      body += piece;
    }
  }
  const note = ratingNote(change);
  return escapeLineEdges(lead + body) + (note === null ? "" : ` *(${escapeInline(note)})*`);
}

/**
 * Text inside `**` or `~~`, with its spaces outside: a delimiter next to a
 * space inside does not take effect. Only spaces: nothing to mark.
 */
function wrapIn(delimiter: string, text: string): string {
  const [, before = "", inner = "", after = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (inner === "") return text === "" ? "" : " ";
  return `${before === "" ? "" : " "}${delimiter}${escapeInline(inner)}${delimiter}${after === "" ? "" : " "}`;
}
