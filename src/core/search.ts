/**
 * `ladder search`: every text of the ladder that holds what was typed, each
 * hit with where it lives; what "holds" means is match.ts (the site's search
 * page runs the same module in the browser). On a miss, the ladder's closest
 * words are suggested. Pure: returns a SearchView.
 */
import type { Area } from "./resolve.js";
import type { Ladder, Level, Track } from "./types.js";
import type { SearchHit, SearchMatch, SearchView } from "./search-views.js";
import { positionRef, ref } from "./query.js";
import { paragraphsOf } from "./definitions.js";
import { closest, normalizeName, titleList } from "./names.js";
import { answers, matchFields, queryWords, type QueryWord } from "./match.js";
import { wordsIn, type WordAt } from "./words.js";
import { levelRef, levelTitle } from "./tracks.js";

export interface SearchFilters {
  /** Keep only what belongs to these levels (their expectations, growth-area entries and transitions). */
  levels?: readonly Level[];
  /** Keep only these sections' expectations and these growth areas' entries. */
  areas?: readonly Area[];
  /** Keep only what belongs to this track's levels. */
  track?: Track;
}

export function searchLadder(ladder: Ladder, query: string, filters: SearchFilters = {}): SearchView {
  const named = filters.levels && filters.levels.length > 0 ? filters.levels : undefined;
  const { track } = filters;
  const levelFilter =
    named || track ? new Set((named ?? ladder.levels).filter((l) => !track || l.tracks.includes(track.id)).map((l) => l.id)) : undefined;
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
  const words = queryWords(query);
  // Every text searched, for suggestions on a miss.
  const searched: string[] = [];
  const matches = (text: string, title?: string): SearchMatch[] => {
    searched.push(text);
    if (title !== undefined) searched.push(title);
    return matchFields(title === undefined ? [{ field: "text", text }] : [{ field: "title", text: title }, { field: "text", text }], query, words);
  };
  const textMatches = (text: string) => matches(text);

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
        location: growthAreaLocation(area.title, levels.map((l) => l.title)),
        levels: levels.map(ref),
        area: ref(area),
        text: entry.text,
        matches,
      });
    }
  }

  if (areas.length === 0) {
    for (const t of ladder.transitions) {
      if (levelFilter && !levelFilter.has(t.from) && !levelFilter.has(t.to)) continue;
      const found = matches(t.text, t.title);
      if (found.length === 0) continue;
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
        matches: found,
      });
    }
  }

  if (ladderWide) {
    for (const note of ladder.notes) {
      const paragraphs = paragraphsOf(note.text);
      paragraphs.forEach((text, i) => {
        // The title is searched once, with the note's first paragraph.
        const found = i === 0 ? matches(text, note.title) : matches(text);
        if (found.length === 0) return;
        const paragraph = paragraphs.length > 1 ? i + 1 : null;
        push({
          kind: "note",
          location: paragraph ? `Note: ${note.title}, paragraph ${paragraph}` : `Note: ${note.title}`,
          title: note.title,
          paragraph,
          text,
          matches: found,
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
      track: track ? ref(track) : null,
    },
    hits,
    suggestions: hits.length === 0 ? suggestions(words, searched) : [],
  };
}

/** The most words suggested on a miss. */
const MAX_SUGGESTIONS = 3;

/** For each typed word that no searched text holds, the ladder's word closest to it (as written, lower-cased). */
function suggestions(words: readonly QueryWord[], texts: readonly string[]): string[] {
  const vocabulary = new Map<string, WordAt & { written: string }>();
  for (const text of texts) {
    for (const word of wordsIn(text)) if (!vocabulary.has(word.folded)) vocabulary.set(word.folded, { ...word, written: text.slice(word.start, word.end).toLowerCase() });
  }
  const known = [...vocabulary.keys()];
  const out: string[] = [];
  const stems = new Set<string>();
  for (const typed of words) {
    if ([...vocabulary.values()].some((word) => answers(typed, word))) continue;
    // A typo or another form of the word, never a far longer or shorter one ("s" is in "kubernetes").
    const gap = Math.max(1, Math.floor(typed.folded.length / 3));
    const near = closest(typed.folded, known, 10)
      .map((folded) => vocabulary.get(folded)!)
      .filter((word) => word.folded.length >= 3 && Math.abs(word.folded.length - typed.folded.length) <= gap);
    // The closest word alone, in one form: "budget", not "budget, budgets".
    const best = near.find((word) => !stems.has(word.stem));
    if (best) stems.add(best.stem), out.push(best.written);
  }
  return out.slice(0, MAX_SUGGESTIONS);
}

/** Where a growth-area entry is, as search and the site's search both say it: its titles may hold commas. */
export function growthAreaLocation(area: string, levels: readonly string[]): string {
  return `Growth area: ${area} › ${titleList(levels)}`;
}
