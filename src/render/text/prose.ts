/** Prose in the text format: markdown tokens as wrapped lines, emphasis styled where colour is on, links as `text (url)`. */
import { proseTokens, type Token, type Tokens } from "../prose.js";
import type { DescribedRef, TransitionView } from "../../core/views.js";
import { makeStyle, type Style } from "../style.js";
import { BULLET, block, groupedTitle, highlightedBlock, type TextOptions } from "./layout.js";

type Paint = (s: string) => string;

/** A range of the plain text and how to draw it. */
interface Span {
  start: number;
  end: number;
  highlight: Paint;
}

/** Inline tokens as plain text and the styled ranges in it. */
function inline(tokens: readonly Token[], style: Style, paint?: Paint, acc = { text: "", spans: [] as Span[] }): { text: string; spans: Span[] } {
  const add = (text: string, with_?: Paint) => {
    const start = acc.text.length;
    acc.text += text;
    if (with_) acc.spans.push({ start, end: acc.text.length, highlight: with_ });
  };
  const nest = (p: Paint): Paint => (paint ? (s) => paint(p(s)) : p);
  for (const token of tokens) {
    switch (token.type) {
      case "strong":
        inline((token as Tokens.Strong).tokens, style, nest(style.label), acc);
        break;
      case "em":
        inline((token as Tokens.Em).tokens, style, nest(style.emphasis), acc);
        break;
      case "del":
        inline((token as Tokens.Del).tokens, style, paint, acc);
        break;
      case "codespan":
        add((token as Tokens.Codespan).text, nest(style.accent));
        break;
      case "br":
        add("\n");
        break;
      case "link": {
        const link = token as Tokens.Link;
        const before = acc.text.length;
        inline(link.tokens, style, paint, acc);
        const shown = acc.text.slice(before);
        const url = link.href;
        if (shown.trim() !== url.trim() && shown.trim() !== url.replace(/^mailto:/i, "").trim()) add(` (${url})`, nest(style.dim));
        break;
      }
      case "image": {
        // No picture in a terminal: its words and where it is.
        const image = token as Tokens.Image;
        add(image.text, paint);
        add(image.text ? ` (${image.href})` : image.href, nest(style.dim));
        break;
      }
      case "text": {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0) inline(t.tokens, style, paint, acc);
        else add(t.text, paint);
        break;
      }
      case "escape":
        add((token as Tokens.Escape).text, paint);
        break;
      default:
        add(token.raw, paint);
    }
  }
  return acc;
}

/** Block tokens as lines: paragraphs wrapped, lists with bullets or numbers, nested lists indented. */
function blocks(tokens: readonly Token[], o: TextOptions, indent: string, first: string, paint?: Paint): string[] {
  const out: string[] = [];
  let lead = first;
  const take = () => {
    const l = lead;
    lead = "";
    return l;
  };
  const pad = () => indent + " ".repeat(first.length);
  for (const token of tokens) {
    const here = out.length === 0 ? indent : pad();
    switch (token.type) {
      case "space":
        if (out.length > 0) out.push("");
        break;
      case "paragraph":
      case "heading":
      case "text": {
        const t = token as Tokens.Paragraph | Tokens.Heading | Tokens.Text;
        const children = "tokens" in t && t.tokens ? t.tokens : [{ type: "text", raw: t.text, text: t.text } as Tokens.Text];
        const { text, spans } = inline(children, o.style, token.type === "heading" ? o.style.label : paint);
        out.push(...highlightedBlock(text, spans, (x) => x, o.width, here, take()));
        break;
      }
      case "list": {
        const list = token as Tokens.List;
        const start = typeof list.start === "number" ? list.start : 1;
        list.items.forEach((item, i) => {
          const bullet = list.ordered ? `${start + i}. ` : BULLET;
          out.push(...blocks(item.tokens, o, here, take() + bullet, paint));
        });
        break;
      }
      case "blockquote":
        out.push(...blocks((token as Tokens.Blockquote).tokens, o, here + "  ", take(), o.style.dim));
        break;
      case "hr":
        out.push(here + take() + "—");
        break;
      default:
        // Anything outside the subset (raw HTML, tables) is shown as written.
        out.push(...block(token.raw.replace(/\n+$/, ""), o.width, here, take()));
    }
  }
  if (out.length === 0 && first !== "") out.push(indent + first.trimEnd());
  return out;
}

/** Prose as lines of the text format, each after `indent`, the first after `first`. */
export function proseLines(text: string, o: TextOptions, indent = "", first = ""): string[] {
  const lines = blocks(proseTokens(text), o, indent, first);
  while (lines.length > 0 && lines.at(-1)!.trim() === "") lines.pop();
  return lines;
}

/**
 * Prose as plain text, unwrapped and unstyled (links as `text (url)`): for a
 * table cell, which wraps its own text and cannot hold markup.
 */
export function prosePlain(text: string): string {
  return proseLines(text, { width: Number.MAX_SAFE_INTEGER, style: makeStyle(false) }).join("\n");
}

/** A transition: its title, then its text as prose. */
export function transitionLines(t: TransitionView, o: TextOptions, lead: string): string[] {
  return [...block(`${lead}${t.title}`, o.width, "  ").map(o.style.label), ...proseLines(t.text, o, "    ")];
}

/** A heading for a track or section, and its description under it. */
export function describedHeading(x: DescribedRef, o: TextOptions, indent = ""): string[] {
  const out = block(groupedTitle(x), o.width, indent).map(o.style.heading);
  if (x.description) out.push(...proseLines(x.description, o, indent + "  ").map(o.style.dim));
  return out;
}
