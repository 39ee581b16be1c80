/** A checked ladder file, turned into the program's own model (types.ts). */
import type { LadderFile } from "../format/schema.js";
import { levelTitle } from "../tracks.js";
import type { Expectation, Ladder } from "../types.js";

/** A ladder file as plain data, before its shape is checked. */
export interface PlainData {
  raw: unknown;
  /** The keys of each mapping in file order, where the object's own order differs (it puts number-like keys such as "2024" first). */
  keyOrder: WeakMap<object, string[]>;
  /** The `x-` keys of each mapping, in file order, left out of `raw`. */
  extensions: WeakMap<object, [string, unknown][]>;
}

/** The `x-` keys of the mapping at `path` in the raw data, as the model keeps them (absent when none). */
function extensionsAt(data: PlainData, ...path: (string | number)[]): { extensions?: Record<string, unknown> } {
  let at: unknown = data.raw;
  for (const key of path) at = at !== null && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined;
  const kept = at !== null && typeof at === "object" ? data.extensions.get(at) : undefined;
  return kept ? { extensions: Object.fromEntries(kept) } : {};
}

/** The fact labels of a level in file order. Works through aliases: a shared mapping is one object. */
function factLabelsInFileOrder(data: PlainData, levelIndex: number): string[] {
  const facts = (data.raw as { levels?: { facts?: unknown }[] }).levels?.[levelIndex]?.facts;
  return facts !== null && typeof facts === "object" ? (data.keyOrder.get(facts) ?? Object.keys(facts)) : [];
}

export function toLadder(file: LadderFile, data: PlainData): Ladder {
  const levels = file.levels.map((level, index) => ({
    id: level.id,
    title: level.title,
    aliases: level.aliases ?? [],
    tracks: level.tracks ?? (level.track !== undefined ? [level.track] : []),
    ...(level.rank !== undefined ? { rank: level.rank } : {}),
    ...(level.summary !== undefined ? { summary: level.summary } : {}),
    facts: factLabelsInFileOrder(data, index).filter((label) => Object.hasOwn(level.facts ?? {}, label)).map((label) => ({ label, value: String(level.facts![label]) })),
    expectations: Object.fromEntries(
      Object.entries(level.expectations).map(([section, list]) => [section, list.map((e, j) => toExpectation(e, (...path) => extensionsAt(data, "levels", index, "expectations", section, j, ...path)))]),
    ),
    ...extensionsAt(data, "levels", index),
  }));
  const kept = <T extends object>(list: readonly T[] | undefined, key: string): T[] => (list ?? []).map((item, i) => ({ ...item, ...extensionsAt(data, key, i) }));
  const ladder: Ladder = {
    title: file.title,
    ...(file.description !== undefined ? { description: file.description } : {}),
    responsibilities: file.responsibilities ?? [],
    notes: kept(file.notes, "notes"),
    ratings: kept(file.ratings, "ratings"),
    tracks: kept(file.tracks, "tracks"),
    sections: kept(file.sections, "sections"),
    levels,
    growthAreas: (file.growth_areas ?? []).map((area, i) => ({
      id: area.id,
      title: area.title,
      byLevel: area.by_level.map((entry, j) => ({ levels: entry.levels, text: entry.text, ...extensionsAt(data, "growth_areas", i, "by_level", j) })),
      ...extensionsAt(data, "growth_areas", i),
    })),
    roles: kept(file.roles, "roles"),
    transitions: [],
    ...extensionsAt(data),
  };
  // A derived title names each end as every output does: with its track where its title repeats.
  const positions = new Map<string, string>();
  for (const level of levels) positions.set(level.id, levelTitle(ladder, level));
  for (const role of file.roles ?? []) positions.set(role.id, role.title);
  ladder.transitions = (file.transitions ?? []).map((t, i) => ({
    from: t.from,
    to: t.to,
    title: t.title ?? `${positions.get(t.from) ?? t.from} to ${positions.get(t.to) ?? t.to}`,
    text: t.text,
    ...extensionsAt(data, "transitions", i),
  }));
  return ladder;
}

/** An expectation as the model holds it; `extensionsAt` finds the `x-` keys of it (no path) or of what is inside it. */
function toExpectation(
  written: LadderFile["levels"][number]["expectations"][string][number],
  extensionsAt: (...path: (string | number)[]) => { extensions?: Record<string, unknown> },
): Expectation {
  if (typeof written === "string") return { text: written, examples: [], links: [] };
  return {
    text: written.text,
    ...(written.rating !== undefined ? { rating: written.rating } : {}),
    examples: written.examples ?? [],
    links: (written.links ?? []).map((link, k) => ({ ...link, ...extensionsAt("links", k) })),
    ...extensionsAt(),
  };
}
