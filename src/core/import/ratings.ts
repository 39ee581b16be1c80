/**
 * Ratings and examples from a long-form spreadsheet, written as structured
 * expectations (`{ text, rating?, examples? }`) with the ladder's `ratings:`
 * scale. An expectation with neither stays a plain string, so a spreadsheet
 * without these columns imports exactly as before.
 */
import { normalizeName } from "../names.js";
import { IdMaker } from "./ids.js";
import type { PlacedExpectation } from "./placed.js";

export type ExpectationData = string | { text: string; rating?: string; examples?: string[] };

export interface Structured {
  /**
   * The scale, junior to senior: numbers in numeric order; words in the order
   * of the average level they are given at (a spreadsheet rarely lists its
   * scale, but seniors are rated higher), ties in the order first seen.
   */
  ratings: { id: string; title: string }[];
  of(p: PlacedExpectation): ExpectationData;
}

export function structuredExpectations(byLevel: readonly (readonly PlacedExpectation[])[]): Structured {
  const seen = new Map<string, { title: string; levels: number; count: number }>();
  byLevel.forEach((placed, level) => {
    for (const p of placed) {
      if (p.rating === undefined) continue;
      const key = normalizeName(p.rating);
      const entry = seen.get(key) ?? { title: p.rating, levels: 0, count: 0 };
      entry.levels += level;
      entry.count += 1;
      seen.set(key, entry);
    }
  });
  const numeric = [...seen.values()].every((r) => /^-?\d+(\.\d+)?$/.test(r.title));
  const average = (r: { levels: number; count: number }) => r.levels / r.count;
  const scale = [...seen.values()].sort(numeric ? (a, b) => Number(a.title) - Number(b.title) : (a, b) => average(a) - average(b)).map((r) => r.title);
  const ids = new IdMaker("rating");
  const ratings = scale.map((title) => ({ id: ids.make(title), title }));
  const idOf = new Map(scale.map((title, i) => [normalizeName(title), ratings[i]!.id]));
  return {
    ratings,
    of: (p) => {
      if (p.rating === undefined && p.examples.length === 0) return p.text;
      return {
        text: p.text,
        ...(p.rating !== undefined ? { rating: idOf.get(normalizeName(p.rating))! } : {}),
        ...(p.examples.length > 0 ? { examples: p.examples } : {}),
      };
    },
  };
}
