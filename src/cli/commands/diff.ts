import { usageError } from "../../core/errors.js";
import { diffLevels } from "../../core/level-diff.js";
import { resolveArea, resolveLevel } from "../../core/resolve.js";
import type { DiffView } from "../../core/views.js";
import { diffRenderers } from "../../render/views/diff.js";
import type { CommandResult, Context } from "../context.js";

export interface DiffOptions {
  section?: string[];
  changesOnly?: boolean;
  all?: boolean;
  steps?: boolean;
  sideBySide?: boolean;
}

export async function diff(ctx: Context, fromName: string, toName: string, options: DiffOptions = {}): Promise<CommandResult<DiffView>> {
  const ladder = await ctx.ladder();
  const from = resolveLevel(ladder, fromName);
  const to = resolveLevel(ladder, toName);
  if (from === to) throw usageError(`"${fromName}" and "${toName}" are the same level (${from.id})`, [`to see one level: ladder show ${from.id}`]);
  const only = options.section?.flatMap((s) => s.split(",")).filter((s) => s.trim() !== "").map((s) => resolveArea(ladder, s));
  if (options.section && only?.length === 0) throw usageError("--section needs a section or growth area name", ["run `ladder area` to list them"]);
  const view = diffLevels(ladder, from, to, { ...(only ? { only } : {}), changesOnly: options.changesOnly ?? false, steps: options.steps ?? false });
  return { view, renderers: diffRenderers({ all: options.all ?? false, sideBySide: options.sideBySide ?? false }) };
}
