/**
 * `ladder search`: a case-insensitive substring search over every text of the
 * ladder, each hit with where it lives. Pure: returns a SearchView.
 */
import type { Area } from "./resolve.js";
import type { Ladder, Level } from "./types.js";
import type { SearchHit, SearchMatch, SearchView } from "./search-views.js";
import { positionRef, ref } from "./query.js";
import { paragraphsOf } from "./definitions.js";
import { levelRef, levelTitle } from "./tracks.js";


/**
 * Where `query` occurs in `text`, ignoring case, as [start, end) offsets into
 * `text` (UTF-16 code units). Matches do not overlap. Case is folded one
 * character at a time, so offsets stay exact even where lower-casing changes a
 * string's length (e.g. "İ").
 */
export function findMatches(text: string, query: string): { start: number; end: number }[] {
  if (query === "") return [];
  const needle = fold(query).folded;
  const { folded, starts, ends } = fold(text);
  const out: { start: number; end: number }[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    out.push({ start: starts[at]!, end: ends[at + needle.length - 1]! });
  }
  return out;
}

/** The lower-cased text, and for each of its code units where the original character starts and ends. */
function fold(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    folded += lower;
    for (let k = 0; k < lower.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    i += ch.length;
  }
  return { folded, starts, ends };
}

export interface SearchFilters {
  /** Keep only what belongs to these levels (their expectations, growth-area entries and transitions). */
  levels?: readonly Level[];
  /** Keep only these sections' expectations and these growth areas' entries. */
  areas?: readonly Area[];
}

export function searchLadder(ladder: Ladder, query: string, filters: SearchFilters = {}): SearchView {
  const levelFilter = filters.levels && filters.levels.length > 0 ? new Set(filters.levels.map((l) => l.id)) : undefined;
  const areas = filters.areas ?? [];
  const sectionFilter = areas.length > 0 ? new Set(areas.flatMap((a) => (a.kind === "section" ? [a.section.id] : []))) : undefined;
  const areaFilter = areas.length > 0 ? new Set(areas.flatMap((a) => (a.kind === "growth-area" ? [a.area.id] : []))) : undefined;
  // Ladder-wide prose belongs to no level or section: any filter leaves it out.
  const ladderWide = levelFilter === undefined && areas.length === 0;

  const hits: SearchHit[] = [];
  // Every hit has every field, in the documented order (JSON output reads in that order).
  const push = (hit: Pick<SearchHit, "kind" | "location" | "text" | "matches"> & Partial<SearchHit>) =>
    hits.push({
      kind: hit.kind,
      location: hit.location,
      levels: hit.levels ?? [],
      section: hit.section ?? null,
      area: hit.area ?? null,
      transition: hit.transition ?? null,
      title: hit.title ?? null,
      paragraph: hit.paragraph ?? null,
      text: hit.text,
      matches: hit.matches,
    });
  const textMatches = (text: string): SearchMatch[] => findMatches(text, query).map((m) => ({ field: "text", ...m }));
  const titleMatches = (title: string): SearchMatch[] => findMatches(title, query).map((m) => ({ field: "title", ...m }));

  if (ladderWide && ladder.description !== undefined) {
    const paragraphs = paragraphsOf(ladder.description);
    paragraphs.forEach((text, i) => {
      const matches = textMatches(text);
      const paragraph = paragraphs.length > 1 ? i + 1 : null;
      if (matches.length > 0) push({ kind: "description", location: paragraph ? `Description, paragraph ${paragraph}` : "Description", paragraph, text, matches });
    });
  }
  if (ladderWide) {
    for (const text of ladder.responsibilities) {
      const matches = textMatches(text);
      if (matches.length > 0) push({ kind: "responsibility", location: "Responsibilities shared by every level", text, matches });
    }
  }

  for (const level of ladder.levels) {
    if (levelFilter && !levelFilter.has(level.id)) continue;
    for (const section of ladder.sections) {
      if (sectionFilter && !sectionFilter.has(section.id)) continue;
      const location = `${levelTitle(ladder, level)} › ${section.title}`;
      for (const expectation of level.expectations[section.id] ?? []) {
        const matches = textMatches(expectation.text);
        if (matches.length > 0) push({ kind: "expectation", location, levels: [levelRef(ladder, level)], section: ref(section), text: expectation.text, matches });
        // An example is found on its own, under the expectation it illustrates.
        for (const example of expectation.examples) {
          const found = textMatches(example);
          if (found.length > 0) push({ kind: "example", location, levels: [levelRef(ladder, level)], section: ref(section), title: expectation.text, text: example, matches: found });
        }
      }
    }
  }

  for (const area of ladder.growthAreas) {
    if (areaFilter && !areaFilter.has(area.id)) continue;
    for (const entry of area.byLevel) {
      if (levelFilter && !entry.levels.some((id) => levelFilter.has(id))) continue;
      const matches = textMatches(entry.text);
      if (matches.length === 0) continue;
      const levels = entry.levels.map((id) => ladder.levels.find((l) => l.id === id)!).filter(Boolean).map((l) => levelRef(ladder, l));
      push({
        kind: "growth-area",
        location: `Growth area: ${area.title} › ${levels.map((l) => l.title).join(", ")}`,
        levels,
        area: ref(area),
        text: entry.text,
        matches,
      });
    }
  }

  if (areas.length === 0) {
    for (const t of ladder.transitions) {
      if (levelFilter && !levelFilter.has(t.from) && !levelFilter.has(t.to)) continue;
      const matches = [...titleMatches(t.title), ...textMatches(t.text)];
      if (matches.length === 0) continue;
      const levels = ladder.levels.filter((l) => l.id === t.from || l.id === t.to);
      // Keep the transition's own direction: from first.
      if (levels.length === 2 && levels[0]!.id !== t.from) levels.reverse();
      push({
        kind: "transition",
        location: `Transition: ${t.title}`,
        levels: levels.map((l) => levelRef(ladder, l)),
        transition: { from: positionRef(ladder, t.from), to: positionRef(ladder, t.to) },
        title: t.title,
        text: t.text,
        matches,
      });
    }
  }

  if (ladderWide) {
    for (const note of ladder.notes) {
      const paragraphs = paragraphsOf(note.text);
      const inTitle = titleMatches(note.title);
      paragraphs.forEach((text, i) => {
        // A title match is reported once, with the note's first paragraph.
        const matches = [...(i === 0 ? inTitle : []), ...textMatches(text)];
        if (matches.length === 0) return;
        const paragraph = paragraphs.length > 1 ? i + 1 : null;
        push({
          kind: "note",
          location: paragraph ? `Note: ${note.title}, paragraph ${paragraph}` : `Note: ${note.title}`,
          title: note.title,
          paragraph,
          text,
          matches,
        });
      });
    }
  }

  return {
    ladder: ladder.title,
    query,
    filters: {
      levels: (filters.levels ?? []).map((l) => levelRef(ladder, l)),
      sections: areas.flatMap((a) => (a.kind === "section" ? [ref(a.section)] : [])),
      growthAreas: areas.flatMap((a) => (a.kind === "growth-area" ? [ref(a.area)] : [])),
    },
    hits,
  };
}
