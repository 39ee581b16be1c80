import { usageError } from "../../core/errors.js";
import { diffLevels } from "../../core/query.js";
import { resolveLevel } from "../../core/resolve.js";
import type { DiffView } from "../../core/views.js";
import { diffRenderers } from "../../render/views/diff.js";
import type { CommandResult, Context } from "../context.js";

export async function diff(ctx: Context, fromName: string, toName: string): Promise<CommandResult<DiffView>> {
  const ladder = await ctx.ladder();
  const from = resolveLevel(ladder, fromName);
  const to = resolveLevel(ladder, toName);
  if (from === to) throw usageError(`"${fromName}" and "${toName}" are the same level (${from.id})`, [`to see one level: ladder show ${from.id}`]);
  return { view: diffLevels(ladder, from, to), renderers: diffRenderers };
}
