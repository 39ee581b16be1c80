/**
 * Ratings, examples and links from a long-form spreadsheet, written as
 * structured expectations (`{ text, rating?, examples?, links? }`) with the
 * ladder's `ratings:` scale. An expectation with none of them stays a plain
 * string, so a spreadsheet without these columns imports exactly as before.
 */
import { normalizeName } from "../names.js";
import { IdMaker } from "./ids.js";
import type { PlacedExpectation } from "./placed.js";

export type ExpectationData = string | { text: string; rating?: string; examples?: string[]; links?: { url: string; title?: string }[] };

export interface Structured {
  /**
   * The scale, lowest first: by the `rating_rank` column where it gives one
   * (`ladder export` writes it); else numbers in numeric order, and words in
   * the order of the average level they are given at (a spreadsheet rarely
   * lists its scale, but seniors are rated higher), ties in the order first seen.
   */
  ratings: { id: string; title: string }[];
  of(p: PlacedExpectation): ExpectationData;
}

/** A rating is told by its id where the spreadsheet gives one, else by its title. */
const keyOf = (rating: NonNullable<PlacedExpectation["rating"]>) => (rating.id !== undefined ? `id:${rating.id}` : `title:${normalizeName(rating.title)}`);

export function structuredExpectations(byLevel: readonly (readonly PlacedExpectation[])[]): Structured {
  const seen = new Map<string, { title: string; id?: string; rank?: number; levels: number; count: number }>();
  byLevel.forEach((placed, level) => {
    for (const p of placed) {
      if (p.rating === undefined) continue;
      const key = keyOf(p.rating);
      const entry = seen.get(key) ?? { title: p.rating.title, ...(p.rating.id !== undefined ? { id: p.rating.id } : {}), levels: 0, count: 0 };
      entry.rank ??= p.rating.rank;
      entry.levels += level;
      entry.count += 1;
      seen.set(key, entry);
    }
  });
  const numeric = [...seen.values()].every((r) => /^-?\d+(\.\d+)?$/.test(r.title));
  const average = (r: { levels: number; count: number }) => r.levels / r.count;
  const guessed = (a: { title: string; levels: number; count: number }, b: { title: string; levels: number; count: number }) =>
    numeric ? Number(a.title) - Number(b.title) : average(a) - average(b);
  // A rank given wins; a rating without one goes after the ranked ones.
  const byRank = (a: { rank?: number }, b: { rank?: number }) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || 0;
  const keys = [...seen.keys()].sort((a, b) => byRank(seen.get(a)!, seen.get(b)!) || guessed(seen.get(a)!, seen.get(b)!));
  const ids = new IdMaker("rating");
  const ratings = keys.map((key) => ({ id: ids.make(seen.get(key)!.title, seen.get(key)!.id), title: seen.get(key)!.title }));
  const idOf = new Map(keys.map((key, i) => [key, ratings[i]!.id]));
  return {
    ratings,
    of: (p) => {
      if (p.rating === undefined && p.examples.length === 0 && p.links.length === 0) return p.text;
      return {
        text: p.text,
        ...(p.rating !== undefined ? { rating: idOf.get(keyOf(p.rating))! } : {}),
        ...(p.examples.length > 0 ? { examples: p.examples } : {}),
        ...(p.links.length > 0 ? { links: p.links } : {}),
      };
    },
  };
}
