import { about as aboutView } from "../../core/query.js";
import type { AboutView } from "../../core/views.js";
import { aboutRenderers } from "../../render/views/about.js";
import type { CommandResult, Context } from "../context.js";

export async function about(ctx: Context): Promise<CommandResult<AboutView>> {
  return { view: aboutView(await ctx.ladder()), renderers: aboutRenderers };
}
