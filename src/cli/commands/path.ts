import { LadderError, usageError } from "../../core/errors.js";
import { pathBetween, routeBetween } from "../../core/path.js";
import { findPath, positionRef } from "../../core/query.js";
import { resolvePosition, type Position } from "../../core/resolve.js";
import type { Ladder } from "../../core/types.js";
import type { PathView } from "../../core/search-views.js";
import { pathRenderers } from "../../render/views/path.js";
import type { CommandResult, Context } from "../context.js";

const idOf = (p: Position) => (p.kind === "level" ? p.level.id : p.role.id);

export async function path(ctx: Context, fromName: string, toName: string): Promise<CommandResult<PathView>> {
  const ladder = await ctx.ladder();
  // A title that repeats across tracks is named with its track, in messages as in every output.
  const titleOf = (p: Position) => positionRef(ladder, idOf(p)).title;
  const from = resolvePosition(ladder, fromName);
  const to = resolvePosition(ladder, toName);
  if (idOf(from) === idOf(to)) {
    throw usageError(`"${fromName}" and "${toName}" are the same position (${titleOf(from)})`, ["give two different levels or roles: ladder path em director"]);
  }
  const view = pathBetween(ladder, idOf(from), idOf(to));
  // No chain is an answer about this ladder, not a mistake in the command: a runtime failure (1), said plainly.
  if (view.steps.length === 0) throw new LadderError(`no path from ${titleOf(from)} to ${titleOf(to)}`, { hints: noPathHints(ladder, idOf(from), idOf(to)) });
  return { view, renderers: pathRenderers };
}

function noPathHints(ladder: Ladder, from: string, to: string): string[] {
  const title = (id: string) => positionRef(ladder, id).title;
  const hints: string[] = [];
  if (findPath(ladder, to, from).length > 0) hints.push(`transitions only go the other way: ladder path ${to} ${from}`);
  else if (routeBetween(ladder, to, from).length > 0) hints.push(`the levels go the other way: ladder path ${to} ${from}`);
  const levels = [from, to].map((id) => ladder.levels.find((l) => l.id === id));
  if (ladder.transitions.length === 0) {
    if (levels.every((l) => l !== undefined) && !levels[0]!.tracks.some((t) => levels[1]!.tracks.includes(t))) {
      hints.push(`${title(from)} and ${title(to)} are on different tracks, and this ladder has no transitions between them`);
    }
    if (levels.every((l) => l !== undefined)) hints.push(`to compare the two levels: ladder diff ${from} ${to}`);
    return hints;
  }
  const out = ladder.transitions.filter((t) => t.from === from);
  if (out.length === 0) hints.push(`no transition starts at ${title(from)}`);
  else hints.push(`from ${title(from)} the transitions lead to: ${out.map((t) => `${title(t.to)} (${t.to})`).join(", ")}`);
  return hints;
}
