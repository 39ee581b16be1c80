import { usageError } from "../../core/errors.js";
import { showLevel } from "../../core/query.js";
import { resolveArea, resolveLevel } from "../../core/resolve.js";
import { renderJson } from "../../render/json.js";
import { checklistMarkdown, showMarkdown } from "../../render/markdown.js";
import { showText } from "../../render/text.js";
import type { Context } from "../context.js";

export interface ShowOptions {
  section?: string[];
  checklist?: boolean;
}

export async function show(ctx: Context, name: string, options: ShowOptions): Promise<string> {
  const ladder = await ctx.ladder();
  const level = resolveLevel(ladder, name);
  const only = options.section?.flatMap((s) => s.split(",")).filter((s) => s.trim() !== "").map((s) => resolveArea(ladder, s));
  if (options.section && only?.length === 0) throw usageError("--section needs a section or growth area name", ["run `ladder area` to list them"]);
  const view = showLevel(ladder, level, only);
  const out = ctx.output();
  if (out.format === "json") return renderJson(view);
  if (options.checklist) return checklistMarkdown(view);
  return out.format === "markdown" ? showMarkdown(view) : showText(view, out);
}
