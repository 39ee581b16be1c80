import { areaAcrossLevels, levelsOfTrack, listAreas } from "../../core/query.js";
import { resolveArea, resolveTrack } from "../../core/resolve.js";
import { renderJson } from "../../render/json.js";
import { areaListMarkdown, areaMarkdown } from "../../render/markdown.js";
import { areaListText, areaText } from "../../render/text.js";
import type { Context } from "../context.js";

export async function area(ctx: Context, name: string | undefined, options: { track?: string } = {}): Promise<string> {
  const ladder = await ctx.ladder();
  const out = ctx.output();
  if (name === undefined) {
    const view = listAreas(ladder);
    if (out.format === "json") return renderJson(view);
    return out.format === "markdown" ? areaListMarkdown(view) : areaListText(view, out);
  }
  const track = options.track === undefined ? undefined : resolveTrack(ladder, options.track);
  const view = areaAcrossLevels(ladder, resolveArea(ladder, name), levelsOfTrack(ladder, track));
  if (out.format === "json") return renderJson(view);
  return out.format === "markdown" ? areaMarkdown(view) : areaText(view, out);
}
