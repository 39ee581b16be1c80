import { listLevels } from "../../core/query.js";
import { resolveTrack } from "../../core/resolve.js";
import type { LevelsView } from "../../core/views.js";
import { levelsRenderers } from "../../render/views/levels.js";
import type { CommandResult, Context } from "../context.js";

export async function levels(ctx: Context, options: { track?: string } = {}): Promise<CommandResult<LevelsView>> {
  const ladder = await ctx.ladder();
  const view = listLevels(ladder, options.track === undefined ? undefined : resolveTrack(ladder, options.track));
  return { view, renderers: levelsRenderers };
}
