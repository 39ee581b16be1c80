import { usageError } from "../../core/errors.js";
import { levelsOfTrack } from "../../core/query.js";
import { resolveArea, resolveLevel, resolveTrack } from "../../core/resolve.js";
import { searchLadder } from "../../core/search.js";
import type { SearchView } from "../../core/search-views.js";
import { searchRenderers } from "../../render/views/search.js";
import type { CommandResult, Context } from "../context.js";

export interface SearchOptions {
  level?: string[];
  section?: string[];
  track?: string;
}

/** `--level a,b --level c` -> [a, b, c] */
const names = (values: string[] | undefined) => (values ?? []).flatMap((v) => v.split(",")).filter((v) => v.trim() !== "");

/** The same level or area named twice (`--level em --level manager`) counts once. */
function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function search(ctx: Context, text: string, options: SearchOptions): Promise<CommandResult<SearchView>> {
  if (text.trim() === "") throw usageError("nothing to search for", ["give some text: ladder search budget"]);
  const ladder = await ctx.ladder();
  const track = options.track === undefined ? undefined : resolveTrack(ladder, options.track);
  const named = unique(names(options.level).map((name) => resolveLevel(ladder, name)), (l) => l.id);
  // --track narrows to its levels; with --level, to the named levels that are on the track.
  const levels = track ? (named.length > 0 ? named : levelsOfTrack(ladder, track)).filter((l) => l.tracks.includes(track.id)) : named;
  if (track && levels.length === 0) throw usageError(`none of the levels named is on the ${track.title} track`, ["run `ladder levels` to see each track's levels"]);
  const areas = unique(names(options.section).map((name) => resolveArea(ladder, name)), (a) => (a.kind === "section" ? `section:${a.section.id}` : `area:${a.area.id}`));
  if (options.level && named.length === 0) throw usageError("--level needs a level name", ["run `ladder levels` to list them"]);
  if (options.section && areas.length === 0) throw usageError("--section needs a section or growth area name", ["run `ladder area` to list them"]);
  // --track alone is the track's filter (the core narrows to its levels); with --level, the named levels on it.
  return { view: searchLadder(ladder, text, { levels: named.length > 0 ? levels : [], areas, ...(track ? { track } : {}) }), renderers: searchRenderers };
}
