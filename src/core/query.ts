/**
 * Pure questions asked of a ladder. Each returns a view (views.ts) that the
 * renderers turn into text, markdown or JSON; nothing here prints.
 */
import type { Expectation, GrowthArea, Ladder, Level, Track, Transition } from "./types.js";
import type {
  AboutView,
  AreaListView,
  GrowthAreaView,
  LevelSummary,
  LevelView,
  LevelsView,
  ExpectationList,
  ExpectationView,
  PositionRef,
  RankGrid,
  Ref,
  ScopeScale,
  SectionView,
  TransitionView,
} from "./views.js";
import type { Area } from "./resolve.js";
import { factLabels, factValue } from "./definitions.js";
import { describedRef, inTrack, levelRef, levelTitle, sectionsFor, tracksOf } from "./tracks.js";

export const ref = (x: { id: string; title: string }): Ref => ({ id: x.id, title: x.title });

export function summarizeLevel(ladder: Ladder, level: Level): LevelSummary {
  const tracks = tracksOf(ladder, level).map(ref);
  return {
    id: level.id,
    title: levelTitle(ladder, level),
    summary: level.summary ?? null,
    aliases: [...level.aliases],
    track: tracks[0] ?? null,
    tracks,
    rank: level.rank ?? null,
    facts: level.facts.map((f) => ({ ...f })),
  };
}

export function expectationView(ladder: Ladder, e: Expectation): ExpectationView {
  const rating = e.rating === undefined ? undefined : ladder.ratings.find((r) => r.id === e.rating);
  return {
    text: e.text,
    rating: rating ? ref(rating) : null,
    examples: [...e.examples],
    links: e.links.map((l) => ({ url: l.url, title: l.title ?? null })),
  };
}

function expectationsAt(ladder: Ladder, level: Level, section: string): ExpectationList {
  const views = (level.expectations[section] ?? []).map((e) => expectationView(ladder, e));
  return { expectations: views.map((v) => v.text), details: views.map(({ text: _, ...details }) => details) };
}

const textsAt = (level: Level, section: string): string[] => (level.expectations[section] ?? []).map((e) => e.text);

export function positionRef(ladder: Ladder, id: string): PositionRef {
  const level = ladder.levels.find((l) => l.id === id);
  if (level) return { kind: "level", id, title: levelTitle(ladder, level) };
  const role = ladder.roles.find((r) => r.id === id);
  return { kind: "role", id, title: role?.title ?? id };
}

export function transitionView(ladder: Ladder, t: Transition): TransitionView {
  return { from: positionRef(ladder, t.from), to: positionRef(ladder, t.to), title: t.title, text: t.text };
}

function entryFor(area: GrowthArea, levelId: string) {
  return area.byLevel.find((entry) => entry.levels.includes(levelId));
}

function sharedWith(ladder: Ladder, levels: readonly string[], levelId: string): Ref[] {
  return levels.filter((id) => id !== levelId).map((id) => levelRef(ladder, ladder.levels.find((l) => l.id === id)!));
}

/** What is expected at one level. `only` keeps just the named sections and growth areas. */
export function showLevel(ladder: Ladder, level: Level, only?: readonly Area[]): LevelView {
  const keepSection = (id: string) => !only || only.some((a) => a.kind === "section" && a.section.id === id);
  const keepArea = (id: string) => !only || only.some((a) => a.kind === "growth-area" && a.area.id === id);
  return {
    ladder: ladder.title,
    level: summarizeLevel(ladder, level),
    sections: sectionsFor(ladder, [level])
      .filter((s) => keepSection(s.id))
      .map((s) => ({ ...describedRef(s), ...expectationsAt(ladder, level, s.id) })),
    growthAreas: ladder.growthAreas
      .filter((a) => keepArea(a.id))
      .map((area) => {
        const entry = entryFor(area, level.id);
        return { ...ref(area), text: entry?.text ?? null, sharedWith: entry ? sharedWith(ladder, entry.levels, level.id) : [] };
      }),
    transitions: only
      ? { into: [], outOf: [] }
      : {
          into: ladder.transitions.filter((t) => t.to === level.id).map((t) => transitionView(ladder, t)),
          outOf: ladder.transitions.filter((t) => t.from === level.id).map((t) => transitionView(ladder, t)),
        },
  };
}

/**
 * The chain of transitions from one position to another, following their
 * direction (breadth first, so the shortest chain; ties go to file order).
 * Empty when there is none.
 */
export function findPath(ladder: Ladder, from: string, to: string): Transition[] {
  if (from === to) return [];
  const cameFrom = new Map<string, Transition>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const t of ladder.transitions) {
      if (t.from !== current || seen.has(t.to)) continue;
      seen.add(t.to);
      cameFrom.set(t.to, t);
      if (t.to === to) {
        const chain: Transition[] = [];
        for (let step = cameFrom.get(to); step; step = step.from === from ? undefined : cameFrom.get(step.from)) chain.unshift(step);
        return chain;
      }
      queue.push(t.to);
    }
  }
  return [];
}

export function areaAcrossLevels(ladder: Ladder, area: Area, levels: readonly Level[] = ladder.levels): GrowthAreaView | SectionView {
  if (area.kind === "growth-area") {
    return {
      ladder: ladder.title,
      kind: "growth-area",
      area: ref(area.area),
      levels: levels.map((level) => {
        const entry = entryFor(area.area, level.id);
        return { level: levelRef(ladder, level), text: entry?.text ?? null, sharedWith: entry ? sharedWith(ladder, entry.levels, level.id) : [] };
      }),
    };
  }
  const id = area.section.id;
  return {
    ladder: ladder.title,
    kind: "section",
    section: describedRef(area.section),
    // A level whose tracks do not use the section has nothing to say there.
    levels: levels
      .filter((level) => sectionsFor(ladder, [level]).some((s) => s.id === id))
      .map((level) => ({ level: levelRef(ladder, level), ...expectationsAt(ladder, level, id) })),
  };
}

export function listAreas(ladder: Ladder): AreaListView {
  return { ladder: ladder.title, kind: "list", growthAreas: ladder.growthAreas.map(ref), sections: ladder.sections.map(ref) };
}

/** The levels in order (of one track when `track` is given), grouped by track where the ladder has tracks. */
export function listLevels(ladder: Ladder, track?: Track): LevelsView {
  const tracks = track ? [track] : ladder.tracks;
  const levels = levelsOfTrack(ladder, track);
  const scope =
    tracks.length === 0
      ? scopeScales(ladder, levels, null)
      : tracks.flatMap((t) => scopeScales(ladder, levels.filter((l) => inTrack(l, t)), ref(t)));
  return {
    ladder: ladder.title,
    tracks: tracks.map(describedRef),
    grid: rankGrid(ladder, tracks, levels),
    levels: levels.map((l) => summarizeLevel(ladder, l)),
    roles: ladder.roles.map(ref),
    scope,
  };
}

/** The levels of one track, or all of them. */
export function levelsOfTrack(ladder: Ladder, track?: Track): Level[] {
  return track ? ladder.levels.filter((l) => inTrack(l, track)) : ladder.levels;
}

/** Levels of equal rank side by side, one column per track; null unless there are tracks and ranks. */
function rankGrid(ladder: Ladder, tracks: readonly Track[], levels: readonly Level[]): RankGrid | null {
  const ranks = [...new Set(levels.flatMap((l) => (l.rank === undefined ? [] : [l.rank])))].sort((a, b) => a - b);
  if (tracks.length === 0 || ranks.length === 0) return null;
  return {
    tracks: tracks.map(ref),
    rows: ranks.map((rank) => ({
      rank,
      // The column names the track: a cell gives the level's own title.
      cells: tracks.map((t) => levels.filter((l) => l.rank === rank && inTrack(l, t)).map(ref)),
    })),
  };
}

export function about(ladder: Ladder): AboutView {
  return {
    ladder: ladder.title,
    description: ladder.description ?? null,
    responsibilities: [...ladder.responsibilities],
    tracks: ladder.tracks.map(describedRef),
    sections: ladder.sections.map(describedRef),
    ratings: ladder.ratings.map((r) => ({ ...ref(r), description: r.description ?? null })),
    levels: ladder.levels.map((l) => levelRef(ladder, l)),
    transitions: ladder.transitions.map((t) => transitionView(ladder, t)),
    notes: ladder.notes.map((n) => ({ title: n.title, text: n.text })),
  };
}

/**
 * Facts whose values can be compared as sizes ("5-8 engineers", "50-200+",
 * "Quarterly", "2-5 years"): stated by at least two levels, all readable.
 */
export function scopeScales(ladder: Ladder, levels: readonly Level[], track: Ref | null = null): ScopeScale[] {
  const scales: ScopeScale[] = [];
  for (const label of factLabels(levels)) {
    const points = levels.flatMap((level) => {
      const value = factValue(level, label);
      return value !== undefined ? [{ level: levelRef(ladder, level), value, magnitude: magnitude(value) }] : [];
    });
    if (points.length < 2 || points.some((p) => p.magnitude === null)) continue;
    if (isOrdinal(label, points.map((p) => p.value))) continue;
    const units = new Set(points.map((p) => unitKind(p.value)));
    if (units.size > 1) continue;
    scales.push({ label, track, levels: points.map((p) => ({ ...p, magnitude: p.magnitude! })) });
  }
  return scales;
}

/**
 * A fact that places a level rather than sizes it ("Level: 3", "Band: L4"):
 * its numbers are positions, so bars would draw a size that is not there.
 */
export function isOrdinal(label: string, values: readonly string[]): boolean {
  if (/\b(level|rank|grade|band|step|tier|stage|career level|job level)s?\b/i.test(label) && values.every((v) => /^\s*[a-z]{0,4}[-\s]?\d+\s*$/i.test(v))) return true;
  // Codes such as "L3", "IC4", "P2": letters and one number, a name rather than an amount.
  return values.every((v) => /^\s*[a-z]{1,4}-?\d+\s*$/i.test(v));
}

const DURATION_MONTHS: [RegExp, number][] = [
  [/\bdays?\b/, 1 / 30],
  [/\bweeks?\b|\bweekly\b/, 1 / 4.345],
  [/\bsprints?\b/, 0.5],
  [/\bmonths?\b|\bmonthly\b/, 1],
  [/\bquarters?\b|\bquarterly\b/, 3],
  [/\bhalf[- ]year(ly)?\b/, 6],
  [/\byears?\b|\byearly\b|\bannual(ly)?\b/, 12],
];

function unitKind(value: string): "duration" | "count" {
  const lower = value.toLowerCase();
  return DURATION_MONTHS.some(([pattern]) => pattern.test(lower)) ? "duration" : "count";
}

/**
 * A comparable size for a fact value, or null when unreadable: the geometric
 * middle of a range ("5-8" -> 6.3), an open end ("200+") counted as double,
 * durations in months.
 */
export function magnitude(value: string): number | null {
  const lower = value.toLowerCase().replace(/,(?=\d{3})/g, "");
  const numbers = [...lower.matchAll(/(\d+(?:\.\d+)?)(\+?)/g)].map((m) => ({ n: Number(m[1]), open: m[2] === "+" }));
  const unit = DURATION_MONTHS.find(([pattern]) => pattern.test(lower))?.[1];
  if (numbers.length === 0) {
    // "Quarterly", "Annual": the word is the quantity.
    return unit !== undefined && /^\s*(\w+[- ])?(weekly|monthly|quarterly|yearly|annual(ly)?|half[- ]yearly)\s*$/.test(lower) ? unit : null;
  }
  const lo = numbers.reduce((a, b) => Math.min(a, b.n), Infinity);
  const top = numbers.reduce((a, b) => (b.n >= a.n ? b : a));
  const hi = top.open ? top.n * 2 : top.n;
  // A range from 0 ("0-2 years") has no geometric middle; its arithmetic middle stands in.
  const size = (lo === 0 ? hi / 2 : Math.sqrt(lo * hi)) * (unit ?? 1);
  // A number too big for a double ("1" followed by 400 zeros) is Infinity, which JSON writes as null: unreadable.
  return Number.isFinite(size) ? size : null;
}
