/**
 * Markdown escaping, in one place. Text from the ladder is plain text, so
 * every character that markdown would read as structure is escaped: it
 * renders exactly as written and never breaks a list or a table.
 */
import { stripControl } from "../width.js";

/** Escapes one line of plain text for use inside markdown. */
export function escapeLine(line: string): string {
  return escapeLineEdges(escapeInline(line));
}

/**
 * Escapes plain text for use in the middle of a markdown line: every
 * character markdown reads as inline structure. A piece of a line (a word
 * wrapped in `**`) needs only this; the whole line then needs escapeLineEdges.
 */
export function escapeInline(text: string): string {
  // One line: a line break here would start a new heading or paragraph (the loader never lets one through).
  return (
    stripControl(text)
      .replace(/\n/g, " ")
      // `$` too: GitHub reads $...$ as math.
      .replace(/[\\`*_[\]<>|~$]/g, (c) => `\\${c}`)
      .replace(/&(?=#?[a-zA-Z0-9]+;)/g, "&amp;")
  );
}

/** Escapes what only means something at the edges of a line (already escaped inline). */
export function escapeLineEdges(line: string): string {
  // Markers that only mean something at the start of a line.
  let out = line.replace(/^(\s*)([#>=+-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
  // Trailing #s would be read as the closing sequence of a heading and dropped.
  out = out.replace(/(^|[ \t])(#+)([ \t]*)$/, "$1\\$2$3");
  return out;
}

/** Plain text (maybe several lines) as markdown; later lines get `indent` so they stay in their list item. */
export function escapeText(text: string, indent = ""): string {
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? escapeLine(line) : line.trim() === "" ? "" : indent + escapeLine(line)))
    .join("\n");
}

/** A table cell: one line, pipes escaped, line breaks as <br>. */
export function escapeCell(text: string): string {
  return text
    .split("\n")
    .map((line) => escapeLine(line.replace(/\t/g, " ")).replace(/^\\([#>=+-])/, "$1"))
    .join("<br>");
}

/** Text inside a fenced code block: only a run of backticks could end it early. */
export function codeSafe(text: string): string {
  return stripControl(text).replace(/`{3,}/g, (m) => m.split("").join("\u200b"));
}
