import { usageError } from "../../core/errors.js";
import { showLevel } from "../../core/query.js";
import { resolveArea, resolveLevel } from "../../core/resolve.js";
import type { LevelView } from "../../core/views.js";
import { checklistRenderers, showRenderers } from "../../render/views/show.js";
import type { CommandResult, Context } from "../context.js";
import { shellWord } from "../interactive/terminal.js";

export interface ShowOptions {
  section?: string[];
  checklist?: boolean;
  /** False with --no-examples. */
  examples?: boolean;
}

export async function show(ctx: Context, name: string, options: ShowOptions): Promise<CommandResult<LevelView>> {
  // The checklist is a markdown document to tick; asked for as JSON it would silently be the plain level.
  if (options.checklist && ctx.output().format === "json")
    throw usageError("--checklist is a markdown checklist and has no json form", ["for the level as JSON leave out --checklist: `ladder show " + shellWord(name) + " --json`"]);
  const ladder = await ctx.ladder();
  const level = resolveLevel(ladder, name);
  const only = options.section?.flatMap((s) => s.split(",")).filter((s) => s.trim() !== "").map((s) => resolveArea(ladder, s));
  if (options.section && only?.length === 0) throw usageError("--section needs a section or growth area name", ["run `ladder area` to list them"]);
  const view = showLevel(ladder, level, only);
  if (options.examples === false) for (const section of view.sections) for (const d of section.details) d.examples = [];
  return { view, renderers: options.checklist ? checklistRenderers : showRenderers };
}
