/**
 * The rules of the format that need the whole document in view: unique ids,
 * names that cannot be told apart on the command line, and references between
 * parts. Runs on the raw document even when its shape has problems, so that
 * every problem is reported in one pass; anything malformed is skipped here
 * because the schema reports it.
 */
import { closest, normalizeName } from "../names.js";
import { formatPath, type Problem } from "../errors.js";

type Position = (path: readonly PropertyKey[], onKey?: boolean) => Pick<Problem, "file" | "line" | "col">;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export function checkReferences(raw: unknown, position: Position): Problem[] {
  const problems: Problem[] = [];
  if (!isObj(raw)) return problems;
  const report = (path: PropertyKey[], message: string, hint?: string, onKey = false) =>
    problems.push({ ...position(path, onKey), path: formatPath(path), message, ...(hint ? { hint } : {}) });

  const ids = (kind: string, key: string): string[] => {
    const seen = new Map<string, number>();
    list(raw[key]).forEach((item, i) => {
      const id = isObj(item) ? text(item.id) : undefined;
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) report([key, i, "id"], `duplicate ${kind} id "${id}"`, `${key}[${first}] already uses it`);
      else seen.set(id, i);
    });
    return [...seen.keys()];
  };
  const trackIds = ids("track", "tracks");
  const sectionIds = ids("section", "sections");
  const levelIds = ids("level", "levels");
  ids("growth area", "growth_areas");
  const roleIds = ids("role", "roles");
  const ratingIds = ids("rating", "ratings");
  const hasTracks = raw.tracks !== undefined;
  // Sets, and "did you mean" only until a fixed amount of comparing is spent: a hostile file can
  // hold thousands of ids and bad references, and each suggestion compares with every known id.
  const isTrack = new Set(trackIds);
  const isSection = new Set(sectionIds);
  const isLevel = new Set(levelIds);
  const isRating = new Set(ratingIds);
  let budget = SUGGESTION_BUDGET;
  const hint = (name: string, known: readonly string[]) =>
    (budget -= known.length) >= 0 ? suggest(name, known) : known.length > 0 ? `known: ${knownList(known)}` : undefined;

  // Names typed on the command line: level ids, aliases and role ids must be told apart.
  const names = new Map<string, string>();
  const claim = (name: string, owner: string, path: PropertyKey[]) => {
    const key = normalizeName(name);
    const other = names.get(key);
    if (other !== undefined && other !== owner) report(path, `"${name}" is already a name of ${other}`, "level ids, aliases and role ids must differ, ignoring case, spaces, hyphens and underscores");
    else if (other === undefined) names.set(key, owner);
  };
  list(raw.levels).forEach((level, i) => {
    if (!isObj(level)) return;
    const id = text(level.id);
    if (id === undefined) return;
    claim(id, `level "${id}"`, ["levels", i, "id"]);
  });
  list(raw.roles).forEach((role, i) => {
    const id = isObj(role) ? text(role.id) : undefined;
    if (id !== undefined) claim(id, `role "${id}"`, ["roles", i, "id"]);
  });
  list(raw.levels).forEach((level, i) => {
    if (!isObj(level)) return;
    const id = text(level.id) ?? `levels[${i}]`;
    list(level.aliases).forEach((alias, j) => {
      if (typeof alias === "string") claim(alias, `level "${id}"`, ["levels", i, "aliases", j]);
    });
  });

  const trackSections = new Map<string, Set<string>>();
  list(raw.tracks).forEach((track, i) => {
    if (!isObj(track) || !Array.isArray(track.sections)) return;
    const own = new Set<string>();
    track.sections.forEach((section, k) => {
      if (typeof section !== "string") return;
      if (!isSection.has(section)) report(["tracks", i, "sections", k], `unknown section "${section}"`, hint(section, sectionIds));
      else if (own.has(section)) report(["tracks", i, "sections", k], `section "${section}" is named twice`);
      own.add(section);
    });
    const id = text(track.id);
    if (id !== undefined) trackSections.set(id, own);
  });

  list(raw.levels).forEach((level, i) => {
    if (!isObj(level)) return;
    const named = level.tracks !== undefined ? "tracks" : "track";
    if (level.track !== undefined && level.tracks !== undefined) {
      report(["levels", i, "tracks"], "a level names `track` and `tracks`", "use `tracks: [a, b]` alone for a level several tracks share", true);
    } else if (hasTracks && level[named] === undefined) {
      report(["levels", i, "track"], "missing required key \"track\"", `the file has tracks, so every level names one: ${knownList(trackIds)}`, true);
    } else if (!hasTracks && level[named] !== undefined) {
      report(["levels", i, named], "a level names a track but the file has no `tracks`", "add a `tracks` list or remove this key", true);
    }
    const tracksOfLevel: string[] = [];
    if (typeof level.track === "string") tracksOfLevel.push(level.track);
    const seenTracks = new Set<string>();
    list(level.tracks).forEach((track, k) => {
      if (typeof track !== "string") return;
      if (seenTracks.has(track)) report(["levels", i, "tracks", k], `track "${track}" is named twice`);
      seenTracks.add(track);
      tracksOfLevel.push(track);
    });
    if (hasTracks) {
      tracksOfLevel.forEach((track, k) => {
        const path = level.tracks !== undefined ? ["levels", i, "tracks", k] : ["levels", i, "track"];
        if (!isTrack.has(track)) report(path, `unknown track "${track}"`, hint(track, trackIds));
      });
    }
    // A track that names its sections holds its levels to them: an expectation elsewhere would never be shown.
    const allowed = tracksOfLevel.map((t) => trackSections.get(t));
    const limited = allowed.length > 0 && allowed.every((set) => set !== undefined);
    if (isObj(level.expectations)) {
      for (const section of Object.keys(level.expectations)) {
        if (!isSection.has(section)) {
          report(["levels", i, "expectations", section], `unknown section "${section}"`, hint(section, sectionIds), true);
        } else if (limited && !allowed.some((set) => set!.has(section))) {
          report(["levels", i, "expectations", section], `section "${section}" is not one of the sections of track ${tracksOfLevel.map((t) => `"${t}"`).join(", ")}`, "add it to the track's `sections`, or move the expectations", true);
        }
        list(level.expectations[section]).forEach((item, k) => {
          const rating = isObj(item) ? text(item.rating) : undefined;
          if (rating === undefined) return;
          const path = ["levels", i, "expectations", section, k, "rating"];
          if (ratingIds.length === 0) report(path, "an expectation has a rating but the file has no `ratings`", "add a `ratings` scale, or remove the rating");
          else if (!isRating.has(rating)) report(path, `unknown rating "${rating}"`, hint(rating, ratingIds));
        });
      }
    }
  });

  list(raw.growth_areas).forEach((area, i) => {
    if (!isObj(area)) return;
    const seen = new Map<string, number>();
    list(area.by_level).forEach((entry, j) => {
      if (!isObj(entry)) return;
      list(entry.levels).forEach((level, k) => {
        if (typeof level !== "string") return;
        const path = ["growth_areas", i, "by_level", j, "levels", k];
        if (!isLevel.has(level)) report(path, `unknown level "${level}"`, hint(level, levelIds));
        else if (seen.has(level)) report(path, `level "${level}" already has an entry in this growth area`, `see by_level[${seen.get(level)}]; a level appears at most once per growth area`);
        else seen.set(level, j);
      });
    });
  });

  const positions = [...levelIds, ...roleIds];
  const isPosition = new Set(positions);
  list(raw.transitions).forEach((transition, i) => {
    if (!isObj(transition)) return;
    for (const end of ["from", "to"] as const) {
      const id = text(transition[end]);
      if (id !== undefined && !isPosition.has(id)) {
        report(["transitions", i, end], `unknown level or role "${id}"`, hint(id, positions) ?? "add it to `roles` if it is a position outside the ladder");
      }
    }
    if (text(transition.from) !== undefined && transition.from === transition.to) {
      report(["transitions", i, "to"], "a transition must lead to a different position");
    }
  });

  return problems;
}

/** How many name comparisons "did you mean" hints may cost in one file (a normal file needs a few hundred). */
const SUGGESTION_BUDGET = 50_000;

function suggest(name: string, known: readonly string[]): string | undefined {
  const near = closest(name, known, 1)[0];
  if (near !== undefined) return `did you mean "${near}"?`;
  if (known.length === 0) return undefined;
  return `known: ${knownList(known)}`;
}

function knownList(known: readonly string[]): string {
  return `${known.slice(0, 12).join(", ")}${known.length > 12 ? ", ..." : ""}`;
}
