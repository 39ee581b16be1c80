import { about as aboutView } from "../../core/query.js";
import { renderJson } from "../../render/json.js";
import { aboutMarkdown } from "../../render/markdown.js";
import { aboutText } from "../../render/text.js";
import type { Context } from "../context.js";

export async function about(ctx: Context): Promise<string> {
  const view = aboutView(await ctx.ladder());
  const out = ctx.output();
  if (out.format === "json") return renderJson(view);
  return out.format === "markdown" ? aboutMarkdown(view) : aboutText(view, out);
}
