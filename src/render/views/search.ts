/**
 * `ladder search` as text and markdown. Hits are grouped under where they
 * live; each text is printed whole, verbatim, and on a colour terminal the
 * matches are highlighted (style.match).
 */
import type { SearchHit, SearchMatch, SearchView } from "../../core/search-views.js";
import { escapeLine, escapeText } from "../markdown/escape.js";
import { finish, prose } from "../markdown/layout.js";
import { appendLines } from "../parts.js";
import type { Renderers } from "../present.js";
import { BULLET, block, highlightedBlock, type TextOptions } from "../text/layout.js";
import { proseLines } from "../text/prose.js";

/** "Found "budget" in 3 places", or the no-match sentence. */
export function searchSummary(view: SearchView): string {
  const n = view.hits.length;
  const scope = narrowedTo(view);
  if (n === 0) return `No matches for "${view.query}"${scope ? ` ${scope}` : ""}.${didYouMean(view)}`;
  return `Found "${view.query}" in ${n} place${n === 1 ? "" : "s"}${scope ? ` ${scope}` : ""}`;
}

/** " Did you mean: budget?" after a miss, when the ladder has words close to those typed. */
function didYouMean(view: SearchView): string {
  return view.suggestions.length > 0 ? ` Did you mean: ${view.suggestions.join(", ")}?` : "";
}

function narrowedTo(view: SearchView): string {
  const parts: string[] = [];
  const { levels, sections, growthAreas, track } = view.filters;
  if (track) parts.push(`on the ${track.title} track`);
  if (levels.length > 0) parts.push(`at ${levels.map((l) => l.title).join(", ")}`);
  const areas = [...sections, ...growthAreas];
  if (areas.length > 0) parts.push(`in ${areas.map((a) => a.title).join(", ")}`);
  return parts.join(" ");
}

/**
 * The heading a hit is grouped under; a title that matched is part of it (and
 * highlighted there). `key` tells groups apart: an expectation's level and
 * section by id, so that levels of different tracks that share a title never
 * merge.
 */
function heading(hit: SearchHit): { key: string; text: string; prefix: string; titleMatches: SearchMatch[] } {
  const titleMatches = hit.matches.filter((m) => m.field === "title");
  if (hit.kind === "transition") return { key: `transition: ${hit.title!}`, prefix: "Transition: ", text: hit.title!, titleMatches };
  if (hit.kind === "note") {
    const text = hit.paragraph ? `${hit.title!}, paragraph ${hit.paragraph}` : hit.title!;
    return { key: `note: ${text}`, prefix: "Note: ", text, titleMatches };
  }
  const key = hit.kind === "expectation" ? `expectation: ${hit.levels[0]!.id} ${hit.section!.id}` : `${hit.kind}: ${hit.location}`;
  return { key, prefix: "", text: hit.location, titleMatches: [] };
}

/** Lists (expectations, responsibilities) read as bullets; prose (entries, transitions, notes) as paragraphs. */
const isListItem = (hit: SearchHit) => hit.kind === "expectation" || hit.kind === "responsibility" || hit.kind === "example";

export function searchText(view: SearchView, o: TextOptions): string {
  const { style } = o;
  if (view.hits.length === 0) return block(searchSummary(view), o.width, "").join("\n") + "\n";
  const out = block(searchSummary(view), o.width, "").map(style.title);
  let previous = "";
  for (const hit of view.hits) {
    const head = heading(hit);
    if (head.key !== previous) {
      out.push("");
      const lines = highlightedBlock(head.prefix + head.text, shift(head.titleMatches, head.prefix.length), style.match, o.width, "");
      appendLines(out, lines.map(style.heading));
      previous = head.key;
    }
    const textMatches = hit.matches.filter((m) => m.field === "text");
    if (hit.kind === "example") appendLines(out, highlightedBlock(hit.text, textMatches, style.match, o.width, "  ", `e.g. (${hit.title}) `));
    else if (isListItem(hit)) appendLines(out, highlightedBlock(hit.text, textMatches, style.match, o.width, "  ", BULLET));
    else if (isProse(hit)) appendLines(out, proseHit(hit.text, textMatches, o, "  "));
    else appendLines(out, highlightedBlock(hit.text, textMatches, style.match, o.width, "  "));
  }
  return out.join("\n") + "\n";
}

/** Prose (the ladder's description, notes, transition texts) may be written in markdown: drawn as `show` and `about` draw it. */
const isProse = (hit: SearchHit) => hit.kind === "description" || hit.kind === "note" || hit.kind === "transition";

/** Two noncharacters that mark a match through the drawing of prose; never shown. */
const OPEN = "\uFDD0";
const CLOSE = "\uFDD1";

/**
 * A prose text drawn as prose (emphasis styled, links as `text (url)`), its
 * matches highlighted on a colour terminal: marked in the source, found
 * again in the drawn lines (a match may wrap onto the next line).
 */
function proseHit(text: string, matches: readonly SearchMatch[], o: TextOptions, indent: string): string[] {
  if (!o.style.color || matches.length === 0) return proseLines(text, o, indent);
  let marked = "";
  let at = 0;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    marked += text.slice(at, m.start) + OPEN + text.slice(m.start, m.end) + CLOSE;
    at = m.end;
  }
  marked += text.slice(at);
  let inside = false;
  return proseLines(marked, o, indent).map((line) =>
    line
      .split(/([\uFDD0\uFDD1])/)
      .map((part) => {
        if (part === OPEN || part === CLOSE) {
          inside = part === OPEN;
          return "";
        }
        return inside && part !== "" ? o.style.match(part) : part;
      })
      .join(""),
  );
}

const shift = (matches: SearchMatch[], by: number) => matches.map((m) => ({ start: m.start + by, end: m.end + by }));

export function searchMarkdown(view: SearchView): string {
  const out = [`# Search: ${escapeLine(`"${oneLine(view.query)}"`)}`, ""];
  if (view.hits.length === 0) return [...out, escapeLine(oneLine(searchSummary(view))), ""].join("\n");
  out.push(`*${escapeLine(oneLine(`${searchSummary(view)}.`))}*`, "");
  let previous = "";
  for (const hit of view.hits) {
    const head = heading(hit);
    if (head.key !== previous) {
      if (previous !== "") out.push("");
      out.push(`## ${escapeLine(head.prefix + head.text)}`, "");
      previous = head.key;
    }
    if (hit.kind === "example") out.push(`- *e.g.* ${escapeText(hit.text, "  ")} *(${escapeLine(hit.title ?? "")})*`);
    else if (isListItem(hit)) out.push(`- ${escapeText(hit.text, "  ")}`);
    else appendLines(out, prose(hit.text));
  }
  return finish(out);
}

/** A query typed with line breaks still makes a one-line heading. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ");

export const searchRenderers: Renderers<SearchView> = { text: searchText, markdown: searchMarkdown };
