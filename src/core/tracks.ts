/**
 * What tracks mean for the rest of the core: a level may belong to several
 * tracks (a shared trunk that forks), a track may use only some sections, and
 * a title that several tracks give their levels ("Level 1") is always shown
 * with its track.
 */
import { titleList } from "./names.js";
import type { Ladder, Level, Section, Track } from "./types.js";
import type { DescribedRef, Ref } from "./views.js";

export const inTrack = (level: Level, track: Track) => level.tracks.includes(track.id);

const titleKey = (title: string) => title.trim().toLowerCase();

/** Display titles, computed once per ladder. */
const displayTitles = new WeakMap<Ladder, Map<Level, string>>();

/**
 * A level's title as every output shows it: as written, or followed by its
 * track's title where another level has the same title ("Level 1 (Backend)").
 */
export function levelTitle(ladder: Ladder, level: Level): string {
  let titles = displayTitles.get(ladder);
  if (titles === undefined) {
    titles = new Map();
    const count = new Map<string, number>();
    for (const l of ladder.levels) count.set(titleKey(l.title), (count.get(titleKey(l.title)) ?? 0) + 1);
    for (const l of ladder.levels) {
      const tracks = l.tracks.map((id) => ladder.tracks.find((t) => t.id === id)?.title ?? id);
      const repeated = (count.get(titleKey(l.title)) ?? 0) > 1 && tracks.length > 0;
      titles.set(l, repeated ? `${l.title} (${titleList(tracks)})` : l.title);
    }
    displayTitles.set(ladder, titles);
  }
  return titles.get(level) ?? level.title;
}

export const levelRef = (ladder: Ladder, level: Level): Ref => ({ id: level.id, title: levelTitle(ladder, level) });

export const describedRef = (x: Track | Section): DescribedRef => ({ id: x.id, title: x.title, description: x.description ?? null, group: x.group ?? null });

/** The tracks of a level, in the file's order. */
export function tracksOf(ladder: Ladder, level: Level): Track[] {
  return level.tracks.map((id) => ladder.tracks.find((t) => t.id === id)).filter((t): t is Track => t !== undefined);
}

/**
 * The sections a track shows, in its order: the ones it names (or every
 * section), less those no level of the track fills.
 */
export function sectionsOfTrack(ladder: Ladder, track: Track): Section[] {
  const named = track.sections ? track.sections.map((id) => ladder.sections.find((s) => s.id === id)!).filter(Boolean) : ladder.sections;
  const levels = ladder.levels.filter((l) => inTrack(l, track));
  return named.filter((s) => levels.some((l) => (l.expectations[s.id]?.length ?? 0) > 0));
}

/**
 * The sections shown for these levels: every section in a ladder without
 * tracks; otherwise those of their tracks, in the first track's order, then
 * any further ones in the order of the tracks after it.
 */
export function sectionsFor(ladder: Ladder, levels: readonly Level[]): Section[] {
  const tracks = [...new Set(levels.flatMap((l) => tracksOf(ladder, l)))];
  if (tracks.length === 0) return ladder.sections;
  const out: Section[] = [];
  for (const track of tracks) for (const s of sectionsOfTrack(ladder, track)) if (!out.includes(s)) out.push(s);
  // A section a level fills is always shown, even where its track's list is in a different order.
  for (const level of levels) for (const s of ladder.sections) if ((level.expectations[s.id]?.length ?? 0) > 0 && !out.includes(s)) out.push(s);
  return out;
}
