import { foldCase } from "./words.js";

/**
 * How names typed on the command line are compared (docs: ladder-format.md,
 * "Resolving names"): case is ignored and spaces, hyphens and underscores are
 * treated alike.
 */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}

/** Edit distance counting a swap of two neighbours as one edit ("titel" -> "title"), for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** Longer names are not compared letter by letter: the cost grows with the product of the lengths. */
const MAX_TYPO_LENGTH = 100;

/** The most edits that still read as a typo of the longer of two names. */
const typoLimit = (a: string, b: string) => Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));

/** Normalized names of a list, kept while the list lives: checking a file asks about the same list many times. */
const normalized = new WeakMap<readonly string[], { names: string[]; norms: string[] }>();
function normalizedList(known: readonly string[]): string[] {
  const cached = normalized.get(known);
  // Comparing the names themselves is cheap next to normalizing them, and catches a list changed in place.
  if (cached !== undefined && cached.names.length === known.length && cached.names.every((name, i) => name === known[i])) return cached.norms;
  const norms = known.map(normalizeName);
  normalized.set(known, { names: [...known], norms });
  return norms;
}

/** The known words closest to `word`, best first; only those close enough to be a typo. */
export function closest(word: string, known: readonly string[], max = 3): string[] {
  const target = normalizeName(word);
  const norms = normalizedList(known);
  const scored = known
    .map((candidate, i) => {
      const norm = norms[i]!;
      // A shared start or containment reads as "close" even when long.
      const related = target.length > 1 && (norm.includes(target) || target.includes(norm));
      // Cheap cases first (a hostile file may hold long or many names): containment differs by the
      // length difference exactly, and a length difference over the typo limit can never pass it.
      const gap = Math.abs(target.length - norm.length);
      const tooFar = gap > typoLimit(target, norm) || Math.max(target.length, norm.length) > MAX_TYPO_LENGTH;
      const distance = related ? gap : tooFar ? Infinity : editDistance(target, norm);
      return { candidate, score: distance - (related ? 0.5 : 0), related, norm };
    })
    .filter(({ score, related, norm }) => related || score <= typoLimit(target, norm))
    .sort((x, y) => x.score - y.score);
  const out: string[] = [];
  for (const { candidate } of scored) {
    if (!out.includes(candidate)) out.push(candidate);
    if (out.length === max) break;
  }
  return out;
}

/**
 * A name as its words alone, for a second look when the name as typed finds
 * nothing: accents and case folded, and emoji, symbols and separators
 * dropped ("🚀 Results > Impact" -> "results-impact", typed `results impact`).
 */
export function wordsOfName(name: string): string {
  return foldCase(name).replace(NOT_A_WORD, "-").replace(/^-+|-+$/g, "");
}

/**
 * Spaces, punctuation, symbols (arrows, shapes, dingbats) and emoji. A plain
 * class rather than \P{L}, which V8 takes over 10 ms to compile: names are
 * resolved at start-up of most commands.
 */
const NOT_A_WORD = /(?:[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u2bff\u3000-\u303f\ufe0f]|[\ud83c-\ud83e][\udc00-\udfff])+/g;

/** The parts of a title split at its separators ("Results > Impact": results, impact), each one a name of its own. */
export function partsOfTitle(title: string): string[] {
  const parts = title.split(/[>›»/|:→]/);
  return parts.length > 1 ? parts.map(wordsOfName).filter((p) => p !== "") : [];
}
