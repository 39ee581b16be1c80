/**
 * What changes between two levels: each expectation of the lower level is
 * paired with the one of the higher level that is the same expectation grown,
 * or left unpaired. docs/diff-alignment.md explains the method and its measured
 * precision and recall on the built-in ladder.
 */
import { assignPairs, EXACT_LIMIT, type Candidate } from "./assign.js";
import { createCorpus, weigh, weightedDice, type Corpus } from "./similarity.js";
import { wordChanges, type WordChange } from "./words.js";

export type { WordChange } from "./words.js";
export type { Corpus } from "./similarity.js";

export type ChangeKind = "same" | "changed" | "added" | "removed";

/** One row of a comparison; part of the public JSON of `ladder diff`. */
export interface Change {
  kind: ChangeKind;
  /** The text at the first level; null when `added`. */
  from: string | null;
  /** The text at the second level; null when `removed`. */
  to: string | null;
  /** How alike the two texts are (0-1, three decimals): 1 for `same`, null when unpaired or paired by label. */
  similarity: number | null;
  /** For `changed`: the words that stayed, went and came, spelling both texts exactly; otherwise null. */
  words: WordChange[] | null;
}

export interface ChangeSummary {
  same: number;
  changed: number;
  added: number;
  removed: number;
}

/**
 * Pairs scoring at or below this are not the same expectation. Chosen on the judged
 * pairs of the built-in ladder (tests/unit/align.test.ts, docs/diff-alignment.md).
 */
export const PAIR_THRESHOLD = 0.18;

export interface AlignOptions {
  /** Texts to weigh words over, usually `ladderCorpus(ladder)`; the two lists are always added to it. */
  corpus?: Corpus;
  threshold?: number;
}

/**
 * Aligns the expectations of a lower level (`from`) with those of a higher
 * one (`to`). Every text of both lists appears in exactly one change, verbatim.
 * The result follows the order of `to`; a removed expectation comes right after
 * the change that holds its nearest paired predecessor in `from` (first if none).
 * The pairs do not depend on the order of either list.
 */
export function alignExpectations(from: readonly string[], to: readonly string[], options: AlignOptions = {}): Change[] {
  const partnerOfTo: (number | null)[] = to.map(() => null);
  const similarityOfTo: (number | null)[] = to.map(() => null);

  // Identical text is the strongest evidence there is: pair it first.
  const unpairedFrom = new Map<string, number[]>();
  from.forEach((text, i) => {
    const copies = unpairedFrom.get(text);
    if (copies) copies.push(i);
    else unpairedFrom.set(text, [i]);
  });
  to.forEach((text, j) => {
    const i = unpairedFrom.get(text)?.shift();
    if (i !== undefined) partnerOfTo[j] = i;
  });
  const pairedFrom = new Set(partnerOfTo.filter((i): i is number => i !== null));

  // The rest, in a canonical order (by text) so that input order cannot sway the assignment.
  const byText = (list: readonly string[]) => (a: number, b: number) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : a - b);
  const rows = from.map((_, i) => i).filter((i) => !pairedFrom.has(i)).sort(byText(from));
  const columns = to.map((_, j) => j).filter((j) => partnerOfTo[j] === null).sort(byText(to));

  if (rows.length > 0 && columns.length > 0) {
    const corpus = createCorpus([...from, ...to], options.corpus);
    const threshold = options.threshold ?? PAIR_THRESHOLD;
    const rowTexts = rows.map((i) => weigh(from[i]!, corpus));
    const columnTexts = columns.map((j) => weigh(to[j]!, corpus));

    // Only texts that share a word can score above 0: find them through an index of words.
    const columnsWithWord = new Map<string, number[]>();
    columnTexts.forEach((text, c) => {
      for (const stem of text.weights.keys()) {
        const list = columnsWithWord.get(stem);
        if (list) list.push(c);
        else columnsWithWord.set(stem, [c]);
      }
    });
    // A pair scores what its similarity exceeds the threshold by: maximising plain
    // similarity would trade one strong pair for two weak ones that sum a little higher.
    const candidates: (Candidate & { similarity: number })[] = [];
    const lastRowSeen = new Int32Array(columns.length).fill(-1);
    rowTexts.forEach((text, r) => {
      for (const stem of text.weights.keys()) {
        const sharing = columnsWithWord.get(stem) ?? [];
        // A word in more than EXACT_LIMIT expectations of one section says little about which of them
        // pairs, and following it would make the candidates quadratic (130,000 look-alike lines): pairs
        // are found through rarer words only. Sections of a real ladder never get here.
        if (sharing.length > EXACT_LIMIT) continue;
        for (const c of sharing) {
          if (lastRowSeen[c] === r) continue;
          lastRowSeen[c] = r;
          const similarity = weightedDice(text, columnTexts[c]!);
          if (similarity > threshold) candidates.push({ row: r, column: c, score: similarity - threshold, similarity });
        }
      }
    });

    for (const pair of assignPairs(rows.length, columns.length, candidates)) {
      partnerOfTo[columns[pair.column]!] = rows[pair.row]!;
      similarityOfTo[columns[pair.column]!] = pair.similarity;
    }
  }

  return arrange(from.length, partnerOfTo, (i, j) => {
    if (i === null) return { kind: "added", from: null, to: to[j!]!, similarity: null, words: null };
    if (j === null) return { kind: "removed", from: from[i]!, to: null, similarity: null, words: null };
    return pairChange(from[i]!, to[j]!, similarityOfTo[j] ?? null);
  });
}

/** A paired change: `same` if the texts are identical, else `changed` with its words. */
function pairChange(from: string, to: string, similarity: number | null): Change {
  if (from === to) return { kind: "same", from, to, similarity: 1, words: null };
  return { kind: "changed", from, to, similarity: similarity === null ? null : round(similarity), words: wordChanges(from, to) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Puts the changes in reading order: the second level's order, each removed
 * item after its nearest paired predecessor from the first level.
 */
export function arrange<T>(fromCount: number, partnerOfTo: readonly (number | null)[], make: (i: number | null, j: number | null) => T): T[] {
  const toOfFrom = new Map<number, number>();
  partnerOfTo.forEach((i, j) => {
    if (i !== null) toOfFrom.set(i, j);
  });
  const removedAfter = new Map<number | null, number[]>(); // anchor `to` index (null = start) -> removed `from` indexes
  let anchor: number | null = null;
  for (let i = 0; i < fromCount; i++) {
    const j = toOfFrom.get(i);
    if (j !== undefined) anchor = j;
    else if (removedAfter.has(anchor)) removedAfter.get(anchor)!.push(i);
    else removedAfter.set(anchor, [i]);
  }
  const out: T[] = (removedAfter.get(null) ?? []).map((i) => make(i, null));
  partnerOfTo.forEach((i, j) => {
    out.push(make(i, j));
    for (const removed of removedAfter.get(j) ?? []) out.push(make(removed, null));
  });
  return out;
}

/** Counts of each kind of change. */
export function summarizeChanges(changes: Iterable<Change>): ChangeSummary {
  const summary: ChangeSummary = { same: 0, changed: 0, added: 0, removed: 0 };
  for (const change of changes) summary[change.kind]++;
  return summary;
}

/**
 * One entry on each side (a growth area's text at two levels): the same
 * area by definition, so two different texts are `changed` however little
 * they share. Null when neither level has an entry.
 */
export function compareEntries(from: string | null, to: string | null, corpus?: Corpus): Change | null {
  if (from === null && to === null) return null;
  if (from === null) return { kind: "added", from: null, to, similarity: null, words: null };
  if (to === null) return { kind: "removed", from, to: null, similarity: null, words: null };
  if (from === to) return pairChange(from, to, 1);
  const weights = createCorpus([from, to], corpus);
  return pairChange(from, to, weightedDice(weigh(from, weights), weigh(to, weights)));
}

export interface LabelledValue {
  label: string;
  value: string;
}

export interface FactChange {
  label: string;
  from: string | null;
  to: string | null;
  change: Change;
}

/**
 * Facts (label -> value) matched by label, case and surrounding space
 * folded. A changed value has its words but no similarity: the label, not
 * the text, made the pair. Ordered like `alignExpectations`.
 */
export function alignFacts(from: readonly LabelledValue[], to: readonly LabelledValue[]): FactChange[] {
  const key = (label: string) => label.trim().toLowerCase();
  const unpairedFrom = new Map<string, number>();
  from.forEach((fact, i) => {
    if (!unpairedFrom.has(key(fact.label))) unpairedFrom.set(key(fact.label), i);
  });
  const partnerOfTo = to.map((fact) => {
    const i = unpairedFrom.get(key(fact.label));
    unpairedFrom.delete(key(fact.label));
    return i ?? null;
  });
  return arrange(from.length, partnerOfTo, (i, j) => {
    const a = i === null ? null : from[i]!;
    const b = j === null ? null : to[j]!;
    return {
      label: (b ?? a)!.label,
      from: a?.value ?? null,
      to: b?.value ?? null,
      change: a && b ? pairChange(a.value, b.value, null) : compareEntries(a?.value ?? null, b?.value ?? null)!,
    };
  });
}
