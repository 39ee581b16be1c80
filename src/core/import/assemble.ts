/**
 * Placed expectations -> the data of a ladder file: tracks, sections and
 * levels in the order they first appear, ids made from titles, every text
 * as written.
 */
import { normalizeName } from "../names.js";
import { IdMaker } from "./ids.js";
import type { ImportWarning, PlacedExpectation } from "./placed.js";
import { structuredExpectations, type ExpectationData } from "./ratings.js";

/** A ladder file as plain data, in the order its keys are written. */
export interface ImportedLadder {
  version: 1;
  title: string;
  ratings?: { id: string; title: string }[];
  tracks?: { id: string; title: string }[];
  sections: { id: string; title: string }[];
  levels: { id: string; title: string; track?: string; expectations: Record<string, ExpectationData[]> }[];
}

interface LevelDraft {
  title: string;
  wanted?: string;
  track?: string;
  /** Section key -> what this level expects there. */
  sections: Map<string, PlacedExpectation[]>;
}

export function assemble(all: readonly PlacedExpectation[], title: string): { ladder: ImportedLadder; warnings: ImportWarning[] } | { ladder: undefined; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  // A file with tracks gives every level one: a row without a track cannot be placed.
  const hasTracks = all.some((p) => p.track !== undefined);
  const placed = hasTracks ? all.filter((p) => p.track !== undefined || (warnings.push({ line: p.line, message: "row left out: no track, where other rows name one" }), false)) : [...all];
  if (placed.length === 0) return { ladder: undefined, warnings };

  const trackIds = new IdMaker("track");
  const tracks = new Map<string, { id: string; title: string }>();
  for (const p of placed) if (p.track !== undefined && !tracks.has(normalizeName(p.track))) tracks.set(normalizeName(p.track), { id: trackIds.make(p.track), title: p.track });

  const levels = new Map<string, LevelDraft>();
  const sectionTitles = new Map<string, { title: string; wanted?: string }>();
  for (const p of placed) {
    const levelKey = `${normalizeName(p.track ?? "")}\u0000${p.level.id ?? normalizeName(p.level.title)}`;
    let level = levels.get(levelKey);
    if (!level) levels.set(levelKey, (level = { title: p.level.title, ...(p.level.id ? { wanted: p.level.id } : {}), ...(p.track ? { track: p.track } : {}), sections: new Map() }));
    const sectionKey = p.section.id ?? normalizeName(p.section.title);
    if (!sectionTitles.has(sectionKey)) sectionTitles.set(sectionKey, { title: p.section.title, ...(p.section.id ? { wanted: p.section.id } : {}) });
    const list = level.sections.get(sectionKey) ?? [];
    list.push(p);
    level.sections.set(sectionKey, list);
  }

  const sectionOrder = mergeOrders([...levels.values()].map((l) => [...l.sections.keys()]));
  const sectionIds = new IdMaker("section");
  const sections = new Map(sectionOrder.map((key) => {
    const s = sectionTitles.get(key)!;
    return [key, { id: sectionIds.make(s.title, s.wanted), title: s.title }] as const;
  }));

  // A title that repeats across tracks ("Level 1" in each) gets its track in the id.
  const tracksOfTitle = new Map<string, Set<string | undefined>>();
  for (const l of levels.values()) tracksOfTitle.set(normalizeName(l.title), (tracksOfTitle.get(normalizeName(l.title)) ?? new Set()).add(l.track));
  const levelIds = new IdMaker("level");
  const expectations = structuredExpectations([...levels.values()].map((l) => [...l.sections.values()].flat()));
  const ladderLevels = [...levels.values()].map((l) => {
    const track = l.track === undefined ? undefined : tracks.get(normalizeName(l.track))!;
    const qualified = track && tracksOfTitle.get(normalizeName(l.title))!.size > 1 ? `${track.title} ${l.title}` : l.title;
    return {
      id: levelIds.make(qualified, l.wanted),
      title: l.title,
      ...(track ? { track: track.id } : {}),
      expectations: Object.fromEntries(sectionOrder.filter((key) => l.sections.has(key)).map((key) => [sections.get(key)!.id, l.sections.get(key)!.map((p) => expectations.of(p))])),
    };
  });

  return {
    ladder: {
      version: 1,
      title,
      ...(expectations.ratings.length > 0 ? { ratings: expectations.ratings } : {}),
      ...(tracks.size > 0 ? { tracks: [...tracks.values()] } : {}),
      sections: [...sections.values()],
      levels: ladderLevels,
    },
    warnings,
  };
}

/**
 * One order that keeps each level's own order of sections where they agree:
 * a section first seen at a later level goes right after the section before
 * it there (or before the one after it), not at the end.
 */
export function mergeOrders(orders: readonly (readonly string[])[]): string[] {
  const merged: string[] = [];
  const seen = new Set<string>();
  for (const order of orders) {
    order.forEach((key, i) => {
      if (seen.has(key)) return;
      seen.add(key);
      let before = i - 1;
      while (before >= 0 && !seen.has(order[before]!)) before--;
      // The common case, checked first so that a huge file stays linear: the section before it is the last one so far.
      if (before >= 0 && merged.at(-1) === order[before]) return void merged.push(key);
      let after = i + 1;
      while (after < order.length && !seen.has(order[after]!)) after++;
      const at = before >= 0 ? merged.indexOf(order[before]!) + 1 : after < order.length ? merged.indexOf(order[after]!) : merged.length;
      merged.splice(at, 0, key);
    });
  }
  return merged;
}
