/**
 * Prose (descriptions, notes, summaries, transitions) is a small markdown
 * subset: paragraphs, lists, emphasis, links, inline code. It is read once
 * into marked's token stream; each format walks the tokens (text, markdown)
 * or hands them to marked's own HTML writer with our safety rules (html).
 * A line break inside a paragraph stays a line break, as in plain text.
 *
 * Most ladders' prose is plain sentences. Loading marked costs more than
 * printing a level, so it is loaded (loadProseReader) only when a ladder's
 * prose has something that could be markup; prose without any is read as
 * the paragraphs and lines marked itself makes of it (a test holds the two
 * readings equal).
 */
import type { Token, Tokens } from "marked";
import type { Ladder } from "../core/types.js";
import { paragraphs } from "./parts.js";
import { stripControl } from "./width.js";

export type { Token, Tokens } from "marked";

export const PROSE_OPTIONS = { gfm: true, breaks: true } as const;

let marked: typeof import("marked") | undefined;

/** Loads the markdown reader; the html formats always need it, the others only for prose with markup. */
export async function loadProseReader(): Promise<void> {
  marked ??= await import("marked");
}

/**
 * Whether a text could hold markup: a character markdown gives meaning to
 * (emphasis, code, links, HTML, entities, escapes, tables, autolinked
 * addresses), whitespace other than spaces and newlines, a line that could
 * open a block (list, heading, quote, rule, setext underline, numbered
 * item), or whitespace at a line's edge (indented code, hard breaks).
 * Cautious: a false "yes" only costs the load.
 */
export function hasMarkup(text: string): boolean {
  return /[\\`*_~[\]<>#|&!@{}]|[^\S \n]|:\/\/|www\./i.test(text) || /^[ \t]|[ \t]$|^[-+=\d]/m.test(text);
}

/** The prose texts of a ladder: what the renderers read as markdown. */
export function ladderProse(ladder: Ladder): string[] {
  const out: string[] = [];
  const add = (text: string | undefined) => {
    if (text) out.push(text);
  };
  add(ladder.description);
  for (const note of ladder.notes) add(note.text);
  for (const x of [...ladder.tracks, ...ladder.sections, ...ladder.ratings]) add(x.description);
  for (const level of ladder.levels) add(level.summary);
  for (const t of ladder.transitions) add(t.text);
  return out;
}

/** Makes sure the prose of these ladders can be rendered: loads the reader if any of it has markup. */
export async function prepareProse(...ladders: Ladder[]): Promise<void> {
  if (ladders.some((ladder) => ladderProse(ladder).some(hasMarkup))) await loadProseReader();
}

/** What marked makes of text without markup: paragraphs at blank lines, each line break a `br`. */
function plainTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const paragraph of paragraphs(text)) {
    if (out.length > 0) out.push({ type: "space", raw: "\n\n" });
    const inline: Token[] = [];
    for (const line of paragraph.split("\n")) {
      if (inline.length > 0) inline.push({ type: "br", raw: "\n" });
      inline.push({ type: "text", raw: line, text: line, escaped: false } as Tokens.Text);
    }
    out.push({ type: "paragraph", raw: paragraph, text: paragraph, tokens: inline });
  }
  return out;
}

export function proseTokens(text: string): Token[] {
  const clean = stripControl(text);
  if (!hasMarkup(clean)) return plainTokens(clean);
  if (!marked) throw new Error("internal: prose with markup was rendered before loadProseReader()");
  return marked.Lexer.lex(clean, PROSE_OPTIONS);
}

/** Links that may be followed from an output: web and mail addresses only (no javascript:, data:, file:). */
export const isSafeUrl = (url: string) => /^(https?:\/\/|mailto:)/i.test(url.trim());

/**
 * The prose as markdown: exactly as written, except raw HTML, whose `<` is
 * escaped so it shows as text. The HTML pieces are found in the token stream
 * and looked up in the text in order.
 */
export function proseMarkdown(text: string): string {
  const clean = stripControl(text);
  if (!hasMarkup(clean)) return clean;
  const pieces: string[] = [];
  marked!.walkTokens(proseTokens(clean), (token) => {
    if (token.type === "html" || token.type === "tag") pieces.push(token.raw);
  });
  let out = "";
  let at = 0;
  for (const piece of pieces) {
    const found = clean.indexOf(piece, at);
    if (found === -1) continue;
    out += clean.slice(at, found) + piece.replace(/</g, "&lt;");
    at = found + piece.length;
  }
  return out + clean.slice(at);
}
