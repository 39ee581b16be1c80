/**
 * Words as ladder compares them, in one place for search and diff: a word is
 * a run of letters and digits; case and accents are folded ("Gestión" and
 * "gestion" are one word) and so are inflections, by the Porter stemmer
 * ("hiring", "hired" and "hire" share the stem "hire").
 */
import { stemmer } from "stemmer";

/**
 * A word: a run of anything but spaces and punctuation (ASCII, Latin-1,
 * general and CJK). Written as a plain character class rather than with
 * Unicode properties (\p{L}), which V8 takes milliseconds to compile: this
 * runs at start-up of every `diff` and `search`.
 */
export const WORD = /[^\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/g;

/** Combining marks (accents written as a second character, as NFKD leaves them); a plain class, for the same reason. */
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

const ASCII = /^[\x00-\x7f]*$/;

/** Function words carry no meaning of their own: "and", "of" and "to" neither pair expectations nor narrow a search. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or nor but of to in on at by for with within without from as into onto over under " +
    "than that this these those it its their there is are be been being was were has have had do does " +
    "s t vs via per"
  ).split(" "),
);

/** Case and accents folded: "Gestión" -> "gestion", "İ" -> "i". */
export function foldCase(text: string): string {
  return ASCII.test(text) ? text.toLowerCase() : text.normalize("NFKD").replace(MARKS, "").toLowerCase();
}

/** A folded word's stem: what two forms of one word share. */
export function stemOf(folded: string): string {
  let stem = stems.get(folded);
  if (stem === undefined) stems.set(folded, (stem = stemmer(folded)));
  return stem;
}

/** A ladder says "team" and "engineering" hundreds of times: each word is stemmed once. */
const stems = new Map<string, string>();

export interface WordAt {
  /** Offsets into the text, [start, end), in UTF-16 code units. */
  start: number;
  end: number;
  /** Case and accents folded. */
  folded: string;
  stem: string;
}

/** Every word of a text, with where it is. */
export function wordsIn(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldCase(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, folded, stem: stemOf(folded) });
  }
  return out;
}
