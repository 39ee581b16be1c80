/**
 * How a query matches a text, for `ladder search` (search.ts) and the site's
 * search page, which bundles this module for the browser (src/site/browser/),
 * so the two cannot disagree. A text matches when it holds the phrase, or
 * every word of it in any order; case, accents and inflections are folded
 * (words.ts: `gestion` finds "Gestión", `hire` finds "hiring"), and a word
 * typed in part finds the words it starts. Pure, and free of Node: it runs
 * in a web page too.
 */
import type { SearchMatch } from "./search-views.js";
import { STOP_WORDS, foldCase, wordsIn, type WordAt } from "./words.js";

export type Span = { start: number; end: number };

/**
 * Where `query` occurs in `text` as a phrase, ignoring case and accents, as
 * [start, end) offsets into `text` (UTF-16 code units). Matches do not
 * overlap. Folding is done one character at a time, so offsets stay exact
 * even where folding changes a string's length (e.g. "İ").
 */
export function findMatches(text: string, query: string): Span[] {
  if (query === "") return [];
  const needle = fold(query).folded;
  if (needle === "") return [];
  const { folded, start, end } = fold(text);
  const out: Span[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    out.push({ start: start(at), end: end(at + needle.length - 1) });
  }
  return out;
}

/** The folded text, and for each of its code units where the original character starts and ends (ASCII folds one to one). */
function fold(text: string): { folded: string; start: (i: number) => number; end: (i: number) => number } {
  if (ASCII.test(text)) return { folded: text.toLowerCase(), start: (i) => i, end: (i) => i + 1 };
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const lower = foldCase(ch);
    folded += lower;
    for (let k = 0; k < lower.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    i += ch.length;
  }
  return { folded, start: (k) => starts[k]!, end: (k) => ends[k]! };
}

const ASCII = /^[\x00-\x7f]*$/;

/** A word of the query, folded as the ladder's words are. */
export interface QueryWord {
  folded: string;
  stem: string;
}

/** The words a text must hold: the content words typed ("the", "of" dropped), or every word typed when there are only such words. */
export function queryWords(query: string): QueryWord[] {
  const all = wordsIn(query);
  const content = all.filter((w) => !STOP_WORDS.has(w.folded));
  const words = new Map<string, QueryWord>();
  for (const w of content.length > 0 ? content : all) words.set(w.folded, { folded: w.folded, stem: w.stem });
  return [...words.values()];
}

/** One word of the text answers one typed: the same stem, or the text's word starts with the typed one. */
export const answers = (typed: QueryWord, word: WordAt | QueryWord) => word.stem === typed.stem || word.folded.startsWith(typed.folded);

/**
 * The matches of a query in the fields of one place (a transition's title and
 * text, or a text alone): the phrase wherever it is, and every word that
 * answers a typed word, when the fields together hold the phrase or every
 * typed word. Empty when they do not.
 */
export function matchFields(
  fields: readonly { field: SearchMatch["field"]; text: string }[],
  query: string,
  words: readonly QueryWord[] = queryWords(query),
): SearchMatch[] {
  let phrase = false;
  const found = new Set<QueryWord>();
  const perField = fields.map(({ field, text }) => {
    const spans = findMatches(text, query);
    if (spans.length > 0) phrase = true;
    for (const word of wordsIn(text)) {
      const typed = words.filter((w) => answers(w, word));
      if (typed.length === 0) continue;
      for (const w of typed) found.add(w);
      spans.push({ start: word.start, end: word.end });
    }
    return { field, spans };
  });
  if (!phrase && (words.length === 0 || found.size < words.length)) return [];
  return perField.flatMap(({ field, spans }) => merged(spans).map((span) => ({ field, ...span })));
}

/** Spans in order, overlapping ones joined. */
function merged(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}
