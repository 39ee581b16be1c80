import { usageError } from "../../core/errors.js";
import { buildCase, type CaseView } from "../../core/promotion-case.js";
import { resolveLevel } from "../../core/resolve.js";
import { caseRenderers } from "../../render/views/case.js";
import type { CommandResult, Context } from "../context.js";
import { recordsAt, recordsFor } from "../records.js";

export interface CaseOptions {
  from?: string;
  for?: string;
}

/**
 * `ladder case <target> --from RECORD`: the promotion case for the target
 * level from the record (a folder: its newest record); without --from, the
 * empty template.
 */
export async function promotionCase(ctx: Context, target: string, options: CaseOptions): Promise<CommandResult<CaseView>> {
  const ladder = await ctx.ladder();
  const level = resolveLevel(ladder, target);
  let from = null;
  if (options.from !== undefined) {
    const records = recordsFor(recordsAt(options.from), options.for, options.from);
    from = records.at(-1) ?? null;
    if (from === null) throw usageError(`${options.from} holds no assessment records${options.for !== undefined ? ` for ${options.for}` : ""}`, ["`ladder assess <level>` keeps a record"]);
  }
  return { view: buildCase(ladder, level, from), renderers: caseRenderers };
}
