import { listLevels } from "../../core/query.js";
import { renderJson } from "../../render/json.js";
import { levelsMarkdown } from "../../render/markdown.js";
import { levelsText } from "../../render/text.js";
import type { Context } from "../context.js";

export async function levels(ctx: Context): Promise<string> {
  const view = listLevels(await ctx.ladder());
  const out = ctx.output();
  if (out.format === "json") return renderJson(view);
  return out.format === "markdown" ? levelsMarkdown(view) : levelsText(view, out);
}
