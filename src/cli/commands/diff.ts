import { usageError } from "../../core/errors.js";
import { diffLevels } from "../../core/level-diff.js";
import { resolveArea, resolveLevel } from "../../core/resolve.js";
import type { DiffView } from "../../core/views.js";
import { diffRenderers } from "../../render/views/diff.js";
import type { CommandResult, Context } from "../context.js";
import { shellWord } from "../interactive/terminal.js";

export interface DiffOptions {
  section?: string[];
  changesOnly?: boolean;
  all?: boolean;
  steps?: boolean;
  sideBySide?: boolean;
}

export async function diff(ctx: Context, fromName: string, toName: string, options: DiffOptions = {}): Promise<CommandResult<DiffView>> {
  // The two columns are a layout; asked for as JSON it would silently be the plain comparison.
  if (options.sideBySide && ctx.output().format === "json")
    throw usageError("--side-by-side is a two-column layout and has no json form", [`for the comparison as JSON leave out --side-by-side: \`ladder diff ${shellWord(fromName)} ${shellWord(toName)} --json\``]);
  const ladder = await ctx.ladder();
  const from = resolveLevel(ladder, fromName);
  const to = resolveLevel(ladder, toName);
  if (from === to) throw usageError(`"${fromName}" and "${toName}" are the same level (${from.id})`, [`to see one level: ladder show ${from.id}`]);
  const only = options.section?.flatMap((s) => s.split(",")).filter((s) => s.trim() !== "").map((s) => resolveArea(ladder, s));
  if (options.section && only?.length === 0) throw usageError("--section needs a section or growth area name", ["run `ladder area` to list them"]);
  const view = diffLevels(ladder, from, to, { ...(only ? { only } : {}), changesOnly: options.changesOnly ?? false, steps: options.steps ?? false });
  return { view, renderers: diffRenderers({ all: options.all ?? false, sideBySide: options.sideBySide ?? false }) };
}
