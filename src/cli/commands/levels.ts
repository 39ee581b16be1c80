import { listLevels } from "../../core/query.js";
import { resolveTrack } from "../../core/resolve.js";
import { renderJson } from "../../render/json.js";
import { levelsMarkdown } from "../../render/markdown.js";
import { levelsText } from "../../render/text.js";
import type { Context } from "../context.js";

export async function levels(ctx: Context, options: { track?: string } = {}): Promise<string> {
  const ladder = await ctx.ladder();
  const view = listLevels(ladder, options.track === undefined ? undefined : resolveTrack(ladder, options.track));
  const out = ctx.output();
  if (out.format === "json") return renderJson(view);
  return out.format === "markdown" ? levelsMarkdown(view) : levelsText(view, out);
}
