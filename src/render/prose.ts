/**
 * Prose (descriptions, notes, summaries, transitions) is a small markdown
 * subset: paragraphs, lists, emphasis, links, inline code. It is read once
 * into marked's token stream; each format walks the tokens (text, markdown)
 * or hands them to marked's own HTML writer with our safety rules (html).
 * A line break inside a paragraph stays a line break, as in plain text.
 */
import { Lexer, walkTokens, type Token } from "marked";
import { stripControl } from "./width.js";

export type { Token, Tokens } from "marked";

export const PROSE_OPTIONS = { gfm: true, breaks: true } as const;

export function proseTokens(text: string): Token[] {
  return Lexer.lex(stripControl(text), PROSE_OPTIONS);
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
  const pieces: string[] = [];
  walkTokens(Lexer.lex(clean, PROSE_OPTIONS), (token) => {
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
