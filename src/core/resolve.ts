/**
 * Finding what a person typed (docs: ladder-format.md, "Resolving names"):
 * id, alias or title, ignoring case and treating spaces, hyphens and
 * underscores alike; a unique prefix also finds it. Unknown and ambiguous
 * names are usage errors that name the closest matches.
 */
import { usageError } from "./errors.js";
import { closest, normalizeName, partsOfTitle, wordsOfName } from "./names.js";
import type { GrowthArea, Ladder, Level, Role, Section, Track } from "./types.js";

interface Candidate<T> {
  item: T;
  id: string;
  /** Other names, strongest first: aliases, then the title. */
  names: string[];
  /** How hints name it when plain ids would be ambiguous (`section:delivery`). */
  label?: string;
}

function resolve<T>(candidates: Candidate<T>[], typed: string, kind: string, listCommand: string, extraHints: (query: string) => string[] = () => []): T {
  const query = normalizeName(typed);
  if (query === "") throw usageError(`no ${kind} name given`, [`run \`${listCommand}\` to see them`]);
  const keyed = candidates.map((c) => ({ ...c, keys: [c.id, ...c.names].map(normalizeName) }));
  const label = (c: (typeof keyed)[number]) => c.label ?? c.id;

  const pick = (matches: typeof keyed): T | undefined => {
    const unique = [...new Set(matches)];
    if (unique.length === 1) return unique[0]!.item;
    if (unique.length > 1) {
      throw usageError(`"${typed}" could be more than one ${kind}`, [`did you mean: ${unique.map(label).join(", ")}?`]);
    }
    return undefined;
  };
  // An id always wins over an alias, and an alias over a title, so every item stays reachable by its id.
  const exact =
    pick(keyed.filter((c) => c.keys[0] === query)) ??
    pick(keyed.filter((c) => c.keys.slice(1, -1).includes(query))) ??
    pick(keyed.filter((c) => c.keys.length > 1 && c.keys.at(-1) === query));
  if (exact !== undefined) return exact;
  const found = byWords(keyed, typed, pick);
  if (found !== undefined) return found;

  const near = closest(typed, keyed.flatMap((c) => c.keys));
  const ids = [...new Set(near.map((k) => label(keyed.find((c) => c.keys.includes(k))!)))];
  const hints = [...extraHints(query)];
  if (ids.length > 0) hints.push(`did you mean: ${ids.join(", ")}?`);
  hints.push(`run \`${listCommand}\` to see them all`);
  throw usageError(`unknown ${kind} "${typed}"`, hints);
}

/**
 * After the exact names: the names as words alone (names.ts wordsOfName), so
 * that `results impact` or `gestion` find "🚀 Results > Impact" or "Gestión";
 * then a unique prefix, as typed or as words; then the part of a title after
 * a separator (`impact`).
 */
function byWords<C extends { names: string[]; keys: string[] }, T>(keyed: C[], typed: string, pick: (matches: C[]) => T | undefined): T | undefined {
  const query = normalizeName(typed);
  const words = wordsOfName(typed);
  const loose = keyed.map((c) => ({ c, words: c.keys.map(wordsOfName), parts: c.names.length > 0 ? partsOfTitle(c.names.at(-1)!) : [] }));
  const exact = words === "" ? [] : loose.filter((l) => l.words.includes(words));
  const prefixed = loose.filter((l) => l.c.keys.some((k) => k.startsWith(query)) || (words !== "" && l.words.some((k) => k.startsWith(words))));
  const parts = words === "" ? [] : loose.filter((l) => l.parts.includes(words));
  return pick(exact.map((l) => l.c)) ?? pick(prefixed.map((l) => l.c)) ?? pick(parts.map((l) => l.c));
}

/**
 * A level's names: its id, aliases and title, and in a ladder with tracks
 * also `track:level` (`ic:senior`) and "<track title> <level title>". Where a
 * title repeats across tracks, hints name the level as `track:id`.
 */
function levelCandidates(ladder: Ladder): Candidate<Level>[] {
  const repeated = new Set<string>();
  const seen = new Set<string>();
  for (const level of ladder.levels) {
    const key = normalizeName(level.title);
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return ladder.levels.map((level) => {
    const tracks = level.tracks.map((id) => ladder.tracks.find((t) => t.id === id)).filter((t): t is Track => t !== undefined);
    const qualified = tracks.flatMap((t) => [`${t.id}:${level.id}`, ...level.aliases.map((a) => `${t.id}:${a}`), `${t.id}:${level.title}`, `${t.title} ${level.title}`]);
    const first = tracks[0];
    return {
      item: level,
      id: level.id,
      // Qualified names come before the title: the title stays the weakest name.
      names: [...level.aliases, ...qualified, level.title],
      ...(first && repeated.has(normalizeName(level.title)) ? { label: `${first.id}:${level.id}` } : {}),
    };
  });
}

export function resolveLevel(ladder: Ladder, typed: string): Level {
  return resolve(
    levelCandidates(ladder),
    typed,
    "level",
    "ladder levels",
    (query) => {
      // `ladder show ic`: a role is a position outside the ladder, with no expectations of its own.
      const role = ladder.roles.find((r) => normalizeName(r.id) === query || normalizeName(r.title) === query);
      if (!role) return [];
      const next = ladder.transitions.find((t) => t.from === role.id);
      return [`"${role.id}" (${role.title}) is a role outside the ladder, not a level${next ? `; try \`ladder path ${role.id} ${next.to}\`` : ""}`];
    },
  );
}

export type Position = { kind: "level"; level: Level } | { kind: "role"; role: Role };

/** A level or a role outside the ladder (such as `ic`), for transitions and paths. */
export function resolvePosition(ladder: Ladder, typed: string): Position {
  return resolve<Position>(
    [
      ...levelCandidates(ladder).map((c) => ({ ...c, item: { kind: "level" as const, level: c.item } })),
      ...ladder.roles.map((role) => ({ item: { kind: "role" as const, role }, id: role.id, names: [role.title] })),
    ],
    typed,
    "level or role",
    "ladder levels",
  );
}

/** A track or section in a group is also found as every output heads it: "Craft › Quality" (or "craft quality"). */
const groupedNames = (x: Section | Track) => (x.group ? [`${x.group} › ${x.title}`] : []);

export type Area = { kind: "growth-area"; area: GrowthArea } | { kind: "section"; section: Section };

/** A growth area or a section, by id or title. */
export function resolveArea(ladder: Ladder, typed: string): Area {
  // `section:delivery` / `area:delivery` choose the kind, for a ladder that uses one id for both.
  const qualified = /^\s*(section|area|growth[ _-]?area)\s*:\s*(.*)$/i.exec(typed);
  const only = qualified ? (qualified[1]!.toLowerCase() === "section" ? "section" : "growth-area") : undefined;
  const sharedIds = new Set(ladder.growthAreas.map((a) => a.id).filter((id) => ladder.sections.some((s) => s.id === id)));
  const candidates: Candidate<Area>[] = [
    ...ladder.growthAreas.map((area) => ({
      item: { kind: "growth-area" as const, area },
      id: area.id,
      names: [area.title],
      ...(sharedIds.has(area.id) ? { label: `area:${area.id}` } : {}),
    })),
    ...ladder.sections.map((section) => ({
      item: { kind: "section" as const, section },
      id: section.id,
      names: [...groupedNames(section), section.title],
      ...(sharedIds.has(section.id) ? { label: `section:${section.id}` } : {}),
    })),
  ];
  return resolve<Area>(
    only ? candidates.filter((c) => c.item.kind === only) : candidates,
    qualified ? qualified[2]! : typed,
    only === "section" ? "section" : only === "growth-area" ? "growth area" : "growth area or section",
    "ladder area",
  );
}

export function resolveTrack(ladder: Ladder, typed: string): Track {
  if (ladder.tracks.length === 0) throw usageError("this ladder has no tracks", ["leave out --track"]);
  return resolve(
    ladder.tracks.map((track) => ({ item: track, id: track.id, names: [...groupedNames(track), track.title] })),
    typed,
    "track",
    "ladder levels",
  );
}
