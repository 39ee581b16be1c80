/**
 * Placed expectations -> the data of a ladder file: tracks, sections and
 * levels in the order they first appear, ids made from titles (or taken from
 * id columns), every text as written.
 */
import { normalizeName } from "../names.js";
import { IdMaker } from "./ids.js";
import type { ImportWarning, Named, PlacedExpectation } from "./placed.js";
import { structuredExpectations, type ExpectationData } from "./ratings.js";

/** A ladder file as plain data, in the order its keys are written. */
export interface ImportedLadder {
  version: 1;
  title: string;
  ratings?: { id: string; title: string }[];
  tracks?: { id: string; title: string; sections?: string[] }[];
  sections: { id: string; title: string }[];
  levels: { id: string; title: string; track?: string; tracks?: string[]; rank?: number; expectations: Record<string, ExpectationData[]> }[];
}

interface LevelDraft {
  title: string;
  wanted?: string;
  rank?: number;
  /** Keys of the level's tracks, in the order written. */
  tracks: string[];
  /** Section key -> what this level expects there. */
  sections: Map<string, PlacedExpectation[]>;
}

export function assemble(all: readonly PlacedExpectation[], title: string): { ladder: ImportedLadder; warnings: ImportWarning[] } | { ladder: undefined; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  // A file with tracks gives every level one: a row without a track cannot be placed.
  const hasTracks = all.some((p) => p.tracks.length > 0);
  const placed = hasTracks ? all.filter((p) => p.tracks.length > 0 || (warnings.push({ line: p.line, message: "row left out: no track, where other rows name one" }), false)) : [...all];
  if (placed.length === 0) return { ladder: undefined, warnings };

  // A track is told by its id where the spreadsheet gives one, else by its title.
  const trackKey = (t: Named) => (t.id !== undefined ? `id:${t.id}` : `title:${normalizeName(t.title)}`);
  const trackIds = new IdMaker("track");
  const tracks = new Map<string, { id: string; title: string }>();
  const untitled = new Set<string>();
  for (const p of placed) {
    for (const t of p.tracks) {
      const key = trackKey(t);
      const known = tracks.get(key);
      // A track known by its id alone so far takes the first title a row gives it.
      if (known && untitled.has(key) && t.title !== "") {
        known.title = t.title;
        untitled.delete(key);
      }
      if (known) continue;
      if (t.title === "") untitled.add(key);
      tracks.set(key, { id: trackIds.make(t.title || t.id!, t.id), title: t.title || t.id! });
    }
  }

  const levels = new Map<string, LevelDraft>();
  const sectionTitles = new Map<string, { title: string; wanted?: string }>();
  for (const p of placed) {
    const keys = p.tracks.map(trackKey);
    const levelKey = `${keys.join("\u0001")}\u0000${p.level.id ?? normalizeName(p.level.title)}`;
    let level = levels.get(levelKey);
    if (!level) levels.set(levelKey, (level = { title: p.level.title, ...(p.level.id ? { wanted: p.level.id } : {}), tracks: keys, sections: new Map() }));
    if (p.level.rank !== undefined) {
      if (level.rank === undefined) level.rank = p.level.rank;
      else if (level.rank !== p.level.rank) warnings.push({ line: p.line, message: `rank ${p.level.rank} left out: an earlier row gives ${level.title} rank ${level.rank}` });
    }
    const sectionKey = p.section.id ?? normalizeName(p.section.title);
    if (!sectionTitles.has(sectionKey)) sectionTitles.set(sectionKey, { title: p.section.title, ...(p.section.id ? { wanted: p.section.id } : {}) });
    const list = level.sections.get(sectionKey) ?? [];
    list.push(p);
    level.sections.set(sectionKey, list);
  }

  const drafts = [...levels.values()];
  const levelsOfTrack = new Map<string, LevelDraft[]>([...tracks.keys()].map((key) => [key, []]));
  for (const l of drafts) for (const key of l.tracks) levelsOfTrack.get(key)!.push(l);
  const sectionOrder = mergeOrders(drafts.map((l) => [...l.sections.keys()]));
  const sectionIds = new IdMaker("section");
  const sections = new Map(sectionOrder.map((key, at) => {
    const s = sectionTitles.get(key)!;
    return [key, { id: sectionIds.make(s.title, s.wanted), title: s.title, at }] as const;
  }));

  // A title that repeats across tracks ("Level 1" in each) gets its track in the id.
  const tracksOfTitle = new Map<string, Set<string>>();
  for (const l of drafts) tracksOfTitle.set(normalizeName(l.title), (tracksOfTitle.get(normalizeName(l.title)) ?? new Set()).add(l.tracks.join("\u0001")));
  const levelIds = new IdMaker("level");
  const expectations = structuredExpectations(drafts.map((l) => [...l.sections.values()].flat()));
  const ladderLevels = drafts.map((l) => {
    const own = l.tracks.map((key) => tracks.get(key)!.id);
    const first = l.tracks.length > 0 ? tracks.get(l.tracks[0]!)! : undefined;
    const qualified = first && tracksOfTitle.get(normalizeName(l.title))!.size > 1 ? `${first.title} ${l.title}` : l.title;
    return {
      id: levelIds.make(qualified, l.wanted),
      title: l.title,
      ...(own.length === 1 ? { track: own[0]! } : own.length > 1 ? { tracks: own } : {}),
      ...(l.rank !== undefined ? { rank: l.rank } : {}),
      expectations: Object.fromEntries(sectionOrder.filter((key) => l.sections.has(key)).map((key) => [sections.get(key)!.id, l.sections.get(key)!.map((p) => expectations.of(p))])),
    };
  });

  return {
    ladder: {
      version: 1,
      title,
      ...(expectations.ratings.length > 0 ? { ratings: expectations.ratings } : {}),
      ...(tracks.size > 0 ? { tracks: [...tracks].map(([key, t]) => ({ ...t, ...ownOrder(levelsOfTrack.get(key)!, sections) })) } : {}),
      sections: [...sections.values()].map(({ id, title }) => ({ id, title })),
      levels: ladderLevels,
    },
    warnings,
  };
}

/**
 * A track's own order of sections, where it disagrees with the ladder's
 * (the design track lists research before visual, the engineering track the
 * other way round): written as the track's `sections`, so each track reads in
 * the order its rows give.
 */
function ownOrder(trackLevels: readonly LevelDraft[], sections: Map<string, { id: string; at: number }>): { sections?: string[] } {
  const own = mergeOrders(trackLevels.map((l) => [...l.sections.keys()]));
  const agrees = own.every((s, i) => i === 0 || sections.get(own[i - 1]!)!.at < sections.get(s)!.at);
  return agrees ? {} : { sections: own.map((s) => sections.get(s)!.id) };
}

/**
 * One order that keeps each level's own order of sections: a section comes
 * after every section written before it at some level. Where the levels
 * leave it open, the section seen first in the file comes first; where they
 * disagree, the one seen first breaks the tie.
 */
export function mergeOrders(orders: readonly (readonly string[])[]): string[] {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const after: Set<number>[] = [];
  const before: number[] = [];
  const numberOf = (key: string) => {
    let n = index.get(key);
    if (n === undefined) {
      index.set(key, (n = keys.length));
      keys.push(key);
      after.push(new Set());
      before.push(0);
    }
    return n;
  };
  for (const order of orders) {
    let previous: number | undefined;
    for (const key of order) {
      const n = numberOf(key);
      if (previous !== undefined && previous !== n && !after[previous]!.has(n)) {
        after[previous]!.add(n);
        before[n]!++;
      }
      previous = n;
    }
  }
  // Kahn's topological sort, taking the earliest-seen section that is free; on a cycle, the earliest-seen one left.
  const ready = new MinHeap();
  before.forEach((count, n) => count === 0 && ready.push(n));
  const done: boolean[] = keys.map(() => false);
  const merged: string[] = [];
  let earliest = 0;
  while (merged.length < keys.length) {
    let n = ready.pop();
    if (n === undefined || done[n]) {
      if (n !== undefined) continue;
      while (done[earliest]) earliest++;
      n = earliest;
    }
    done[n] = true;
    merged.push(keys[n]!);
    for (const m of after[n]!) if (--before[m]! === 0 && !done[m]) ready.push(m);
  }
  return merged;
}

/** The smallest of a set of numbers, in logarithmic time: section numbers in the order first seen. */
class MinHeap {
  private readonly items: number[] = [];

  push(n: number): void {
    const a = this.items;
    a.push(n);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= a[i]!) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }

  pop(): number | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}
