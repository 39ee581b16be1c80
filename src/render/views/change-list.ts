/**
 * One change of a comparison (core/diff/align.ts Change), drawn the same way
 * wherever a change view shows one: `~` a changed item, with the words that
 * went [-like this-] and the words that came {+like this+} (`~~went~~` and
 * `**came**` in markdown); `+` an added item; `-` a removed one; an unchanged
 * one unmarked. Colour, where it is on, dims the words that went and
 * colours the words that came; the marks stay, so nothing depends on colour.
 */
import type { Change, ChangeKind, WordChange } from "../../core/diff/align.js";
import { escapeLine } from "../markdown/escape.js";
import { block, highlightedBlock, type TextOptions } from "../text/layout.js";

/** The mark before an item of each kind, in text. */
export const MARKS: Readonly<Record<ChangeKind, string>> = { same: "  ", changed: "~ ", added: "+ ", removed: "- " };

/** The label before an item of each kind, in markdown. */
export const LABELS: Readonly<Record<ChangeKind, string>> = { same: "Unchanged", changed: "Changed", added: "Added", removed: "Removed" };

/**
 * `[-went-]{+came+}`: marks the changed parts. Spaces at a part's ends stay
 * outside its marks, and the spaces that the words that went and the words
 * that came in their place end alike with are shown once, after both.
 */
export function markedText(words: readonly WordChange[]): { text: string; ranges: { start: number; end: number; op: "removed" | "added" }[] } {
  let text = "";
  const ranges: { start: number; end: number; op: "removed" | "added" }[] = [];
  const mark = (op: "removed" | "added", core: string) => {
    const [open, close] = op === "removed" ? ["[-", "-]"] : ["{+", "+}"];
    ranges.push({ start: text.length, end: text.length + open.length + core.length + close.length, op });
    text += open + core + close;
  };
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word.op === "same") {
      text += word.text;
      continue;
    }
    const [lead, core, trail] = splitSpace(word.text);
    const next = words[k + 1];
    if (word.op === "removed" && next?.op === "added") {
      const [nextLead, nextCore, nextTrail] = splitSpace(next.text);
      if (nextLead === lead && nextTrail === trail) {
        text += lead;
        mark("removed", core);
        mark("added", nextCore);
        text += trail;
        k++;
        continue;
      }
    }
    text += lead;
    mark(word.op, core);
    text += trail;
  }
  return { text, ranges };
}

/** Leading space, the rest, trailing space; all of it the rest when it is only space. */
function splitSpace(text: string): [string, string, string] {
  const core = text.trim();
  if (core === "") return ["", text, ""];
  const start = text.indexOf(core);
  return [text.slice(0, start), core, text.slice(start + core.length)];
}

/**
 * The lines of one change: its mark, then `lead` (a fact's `Label: `), then
 * the text, wrapped under `indent`. A changed item shows both texts in one,
 * the changed words marked.
 */
export function changeLines(change: Change, o: TextOptions, indent: string, lead = "", mark = MARKS[change.kind]): string[] {
  if (change.kind === "changed" && change.words) {
    const { text, ranges } = markedText(change.words);
    const styled = ranges.map((r) => ({ start: r.start + lead.length, end: r.end + lead.length, highlight: r.op === "removed" ? o.style.dim : o.style.accent }));
    return tidy(highlightedBlock(lead + text, styled, o.style.match, o.width, indent, mark));
  }
  return tidy(block(lead + (change.to ?? change.from ?? ""), o.width, indent, mark));
}

/** A text of several paragraphs keeps its blank lines between them, but no indent on them and none at the end. */
function tidy(lines: string[]): string[] {
  const out = lines.map((line) => (line.trim() === "" ? "" : line));
  while (out.length > 1 && out.at(-1) === "") out.pop();
  return out;
}

/** A changed text in markdown: `~~went~~` and `**came**`, each line of a text of several lines marked on its own. */
export function markdownWords(words: readonly WordChange[], indent = ""): string {
  const lines: string[] = [""];
  for (const word of words) {
    word.text.split("\n").forEach((piece, i) => {
      if (i > 0) lines.push("");
      if (word.op === "same") {
        lines[lines.length - 1] += escapeLine(piece);
        return;
      }
      const [lead, core, trail] = splitSpace(piece);
      if (core.trim() === "") return void (lines[lines.length - 1] += piece);
      const mark = word.op === "removed" ? "~~" : "**";
      lines[lines.length - 1] += `${lead}${mark}${escapeLine(core)}${mark}${trail}`;
    });
  }
  return lines.map((line, i) => (i === 0 || line.trim() === "" ? line.trimEnd() : indent + line)).join("\n");
}

/** A change's text in markdown: the marked words of a changed one, else its one text, escaped. */
export function markdownChange(change: Change, indent = ""): string {
  if (change.kind === "changed" && change.words) return markdownWords(change.words, indent);
  return markdownWords([{ op: "same", text: change.to ?? change.from ?? "" }], indent);
}

/** `- Changed: ...`, a list item of a markdown changelog; `lead` comes before the text (a fact's label). */
export function changeItem(change: Change, lead = ""): string {
  return `- ${LABELS[change.kind]}: ${lead}${markdownChange(change, "  ")}`;
}
