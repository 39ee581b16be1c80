/**
 * How alike two expectations are: content words (case, punctuation and
 * inflection folded) weighted by how rare they are in the ladder; the share
 * of the two texts' weight that they have in common (weighted Dice).
 * docs/diff-alignment.md says why each choice.
 */
import { stemmer } from "stemmer";

/**
 * Function words carry no meaning of their own; without this list "and",
 * "of" and "to" would pair unrelated expectations in a small corpus where
 * rarity weights are noisy.
 */
const STOP_WORDS = new Set(
  (
    "a an the and or nor but of to in on at by for with within without from as into onto over under " +
    "than that this these those it its their there is are be been being was were has have had do does " +
    "s t vs via per"
  ).split(" "),
);

/**
 * A word: a run of anything but spaces and punctuation (ASCII, Latin-1,
 * general and CJK). Written as a plain character class rather than with
 * Unicode properties (\p{L}), which V8 takes milliseconds to compile: this
 * runs at start-up of every `diff`.
 */
const WORD = /[^\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/g;

/**
 * The distinct content-word stems of a text, in order of first appearance.
 * Numbers are left out: a ladder's numbers are scales that differ by design
 * from level to level ("5-8 engineers", "8-15 engineers") and say nothing
 * about which expectation is which.
 */
export function contentWords(text: string): string[] {
  let known = stemsOf.get(text);
  if (known === undefined) stemsOf.set(text, (known = stemsOnce(text)));
  return [...known];
}

/** Stems already found: a ladder's texts are stemmed for its corpus and again for each comparison they are in. */
const stemsOf = new Map<string, readonly string[]>();

function stemsOnce(text: string): string[] {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    if (STOP_WORDS.has(word) || /^[0-9]+$/.test(word)) continue;
    let stem = stemOfWord.get(word);
    if (stem === undefined) stemOfWord.set(word, (stem = stemmer(word)));
    stems.add(stem);
  }
  return [...stems];
}

/** A ladder says "team" and "engineering" hundreds of times: each word is stemmed once. */
const stemOfWord = new Map<string, string>();

/**
 * Document frequencies of content words over a set of distinct texts (a
 * ladder's expectations and growth-area entries): the basis of the weights.
 */
export interface Corpus {
  readonly texts: ReadonlySet<string>;
  readonly documentFrequency: ReadonlyMap<string, number>;
}

export function createCorpus(texts: Iterable<string>, base?: Corpus): Corpus {
  const list = [...texts];
  // Comparing two levels of a ladder over the ladder's own corpus adds nothing to it: no copy then.
  if (base && list.every((text) => base.texts.has(text))) return base;
  const known = new Set(base?.texts);
  const frequency = new Map(base?.documentFrequency);
  for (const text of list) {
    if (known.has(text)) continue;
    known.add(text);
    for (const stem of contentWords(text)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  }
  return { texts: known, documentFrequency: frequency };
}

/**
 * Rarity weight: ln(1 + N/df). A word in every text weighs ln 2; a word in
 * one text of the ladder's ~150 weighs about 5. Never zero, so two texts made
 * of common words alone can still be compared.
 */
export function weightOf(corpus: Corpus, stem: string): number {
  const df = Math.max(1, corpus.documentFrequency.get(stem) ?? 0);
  return Math.log(1 + Math.max(1, corpus.texts.size) / df);
}

/** A text ready to compare: its stems' weights and their sum. */
export interface WeightedText {
  readonly weights: ReadonlyMap<string, number>;
  readonly total: number;
}

export function weigh(text: string, corpus: Corpus): WeightedText {
  const weights = new Map<string, number>();
  let total = 0;
  for (const stem of contentWords(text)) {
    const w = weightOf(corpus, stem);
    weights.set(stem, w);
    total += w;
  }
  return { weights, total };
}

/** Twice the weight of the shared words over the weight of both texts: 1 for the same words, 0 for none shared. */
export function weightedDice(a: WeightedText, b: WeightedText): number {
  if (a.total === 0 || b.total === 0) return 0;
  let shared = 0;
  for (const [stem, w] of a.weights) if (b.weights.has(stem)) shared += w;
  return Math.min(1, (2 * shared) / (a.total + b.total));
}

/** Similarity of two texts, weighted over `corpus` (or over the two texts alone). */
export function similarity(a: string, b: string, corpus?: Corpus): number {
  const weights = createCorpus([a, b], corpus);
  return weightedDice(weigh(a, weights), weigh(b, weights));
}
