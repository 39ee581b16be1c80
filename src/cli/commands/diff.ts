import { usageError } from "../../core/errors.js";
import { diffLevels } from "../../core/query.js";
import { resolveLevel } from "../../core/resolve.js";
import { renderJson } from "../../render/json.js";
import { diffMarkdown } from "../../render/markdown.js";
import { diffText } from "../../render/text.js";
import type { Context } from "../context.js";

export async function diff(ctx: Context, fromName: string, toName: string): Promise<string> {
  const ladder = await ctx.ladder();
  const from = resolveLevel(ladder, fromName);
  const to = resolveLevel(ladder, toName);
  if (from === to) throw usageError(`"${fromName}" and "${toName}" are the same level (${from.id})`, [`to see one level: ladder show ${from.id}`]);
  const view = diffLevels(ladder, from, to);
  const out = ctx.output();
  if (out.format === "json") return renderJson(view);
  return out.format === "markdown" ? diffMarkdown(view) : diffText(view, out);
}
