/**
 * Finding what a person typed (docs: ladder-format.md, "Resolving names"):
 * id, alias or title, ignoring case and treating spaces, hyphens and
 * underscores alike; a unique prefix also finds it. Unknown and ambiguous
 * names are usage errors that name the closest matches.
 */
import { usageError } from "./errors.js";
import { closest, normalizeName } from "./names.js";
import type { GrowthArea, Ladder, Level, Role, Section, Track } from "./types.js";

interface Candidate<T> {
  item: T;
  id: string;
  names: string[];
}

function resolve<T>(candidates: Candidate<T>[], typed: string, kind: string, listCommand: string): T {
  const query = normalizeName(typed);
  if (query === "") throw usageError(`no ${kind} name given`, [`run \`${listCommand}\` to see them`]);
  const keyed = candidates.map((c) => ({ ...c, keys: [c.id, ...c.names].map(normalizeName) }));

  const pick = (matches: typeof keyed): T | undefined => {
    const unique = [...new Set(matches)];
    if (unique.length === 1) return unique[0]!.item;
    if (unique.length > 1) {
      throw usageError(`"${typed}" could be more than one ${kind}`, [`did you mean: ${unique.map((c) => c.id).join(", ")}?`]);
    }
    return undefined;
  };
  const exact = pick(keyed.filter((c) => c.keys.includes(query)));
  if (exact !== undefined) return exact;
  const prefixed = pick(keyed.filter((c) => c.keys.some((k) => k.startsWith(query))));
  if (prefixed !== undefined) return prefixed;

  const near = closest(typed, keyed.flatMap((c) => c.keys));
  const ids = [...new Set(near.map((k) => keyed.find((c) => c.keys.includes(k))!.id))];
  const hints = ids.length > 0 ? [`did you mean: ${ids.join(", ")}?`] : [];
  hints.push(`run \`${listCommand}\` to see them all`);
  throw usageError(`unknown ${kind} "${typed}"`, hints);
}

export function resolveLevel(ladder: Ladder, typed: string): Level {
  return resolve(
    ladder.levels.map((level) => ({ item: level, id: level.id, names: [...level.aliases, level.title] })),
    typed,
    "level",
    "ladder levels",
  );
}

export type Position = { kind: "level"; level: Level } | { kind: "role"; role: Role };

/** A level or a role outside the ladder (such as `ic`), for transitions and paths. */
export function resolvePosition(ladder: Ladder, typed: string): Position {
  return resolve<Position>(
    [
      ...ladder.levels.map((level) => ({ item: { kind: "level" as const, level }, id: level.id, names: [...level.aliases, level.title] })),
      ...ladder.roles.map((role) => ({ item: { kind: "role" as const, role }, id: role.id, names: [role.title] })),
    ],
    typed,
    "level or role",
    "ladder levels",
  );
}

export type Area = { kind: "growth-area"; area: GrowthArea } | { kind: "section"; section: Section };

/** A growth area or a section, by id or title. */
export function resolveArea(ladder: Ladder, typed: string): Area {
  return resolve<Area>(
    [
      ...ladder.growthAreas.map((area) => ({ item: { kind: "growth-area" as const, area }, id: area.id, names: [area.title] })),
      ...ladder.sections.map((section) => ({ item: { kind: "section" as const, section }, id: section.id, names: [section.title] })),
    ],
    typed,
    "growth area or section",
    "ladder area",
  );
}

export function resolveTrack(ladder: Ladder, typed: string): Track {
  if (ladder.tracks.length === 0) throw usageError("this ladder has no tracks", ["leave out --track"]);
  return resolve(
    ladder.tracks.map((track) => ({ item: track, id: track.id, names: [track.title] })),
    typed,
    "track",
    "ladder levels",
  );
}
