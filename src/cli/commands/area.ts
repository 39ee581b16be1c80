import { areaAcrossLevels, levelsOfTrack, listAreas } from "../../core/query.js";
import { resolveArea, resolveTrack } from "../../core/resolve.js";
import type { AreaListView, GrowthAreaView, SectionView } from "../../core/views.js";
import { areaListRenderers, areaRenderers } from "../../render/views/area.js";
import type { CommandResult, Context } from "../context.js";

export async function area(ctx: Context, name: string | undefined, options: { track?: string } = {}): Promise<CommandResult<AreaListView> | CommandResult<GrowthAreaView | SectionView>> {
  const ladder = await ctx.ladder();
  if (name === undefined) return { view: listAreas(ladder), renderers: areaListRenderers };
  const track = options.track === undefined ? undefined : resolveTrack(ladder, options.track);
  return { view: areaAcrossLevels(ladder, resolveArea(ladder, name), levelsOfTrack(ladder, track)), renderers: areaRenderers };
}
