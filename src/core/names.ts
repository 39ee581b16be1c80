import { foldCase } from "./words.js";

/**
 * How names typed on the command line are compared (docs: ladder-format.md,
 * "Resolving names"): case is ignored and spaces, hyphens and underscores are
 * treated alike.
 */
import { distance as editDistance } from "fastest-levenshtein";

/**
 * Several titles in one line of text ("A; B"): titles may hold commas, so a
 * semicolon separates them, and a title that holds either is quoted, unless
 * only inside a part already quoted (`Lead ("Ops, Support")`, a level shown
 * with its track): quotes inside quotes would read as two titles.
 */
export function titleList(titles: readonly string[]): string {
  return titles.map((t) => (/[;,]/.test(t.replace(/"[^"]*"/g, "")) ? `"${t}"` : t)).join("; ");
}

export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}

/** Longer names are not compared letter by letter: the cost grows with the product of the lengths. */
const MAX_TYPO_LENGTH = 100;

/**
 * The most edits that still read as a typo of the longer of two names: about
 * one in three letters, rounded to the nearest, so that two swapped
 * letters ("titel" for "title", two edits to Levenshtein) still count.
 */
const typoLimit = (a: string, b: string) => Math.max(1, Math.round(Math.max(a.length, b.length) / 3));

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
      // A typo in the first word of a longer name (`peeple` for people-development) is compared with that word.
      const head = norm.length > target.length && target.length <= MAX_TYPO_LENGTH ? norm.slice(0, target.length) : undefined;
      const headDistance = head === undefined || related ? Infinity : editDistance(target, head);
      const byHead = headDistance <= typoLimit(target, head ?? "");
      return { candidate, score: byHead ? Math.min(distance, headDistance + 0.25) : distance - (related ? 0.5 : 0), related: related || byHead, norm };
    })
    .filter(({ score, related, norm }) => related || score <= typoLimit(target, norm))
    // On a tie, the name nearer the typed length: "budgte" suggests "budget" before "budgets".
    .sort((x, y) => x.score - y.score || Math.abs(x.norm.length - target.length) - Math.abs(y.norm.length - target.length));
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
