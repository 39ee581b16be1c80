import { usageError } from "../../core/errors.js";
import { ladderCorpus } from "../../core/diff/compare.js";
import { compareRecords, type ProgressReport } from "../../core/progress.js";
import type { Ladder } from "../../core/types.js";
import { progressRenderers } from "../../render/views/progress.js";
import type { CommandResult, Context } from "../context.js";
import { recordsAt, recordsFor, type RecordFile } from "../records.js";

export interface ProgressOptions {
  for?: string;
  each?: boolean;
}

/**
 * `ladder progress OLD NEW`, or `ladder progress FOLDER`: what moved between
 * two records (a folder: its oldest and newest, or with --each every
 * consecutive pair). Needs no ladder; the one being read only lends its
 * section titles (and word weights) when it is the ladder the records are of.
 */
export async function progress(ctx: Context, paths: string[], options: ProgressOptions): Promise<CommandResult<ProgressReport>> {
  if (paths.length > 2) throw usageError("progress compares two records, or the records in one folder", ["`ladder progress OLD.json NEW.json` or `ladder progress FOLDER`"]);
  let records: RecordFile[];
  if (paths.length === 2) {
    records = paths.map((p) => {
      const found = recordsAt(p);
      if (found.length !== 1) throw usageError(`${p} is a folder`, ["give two record files, or one folder alone"]);
      return found[0]!;
    });
  } else {
    const where = paths[0] ?? ".";
    records = recordsFor(recordsAt(where), options.for, where);
    if (records.length < 2) {
      throw usageError(`${paths[0] === undefined ? "the current folder" : where} holds ${records.length === 0 ? "no assessment records" : "only one assessment record"}${options.for !== undefined ? ` for ${options.for}` : ""}`, [
        "progress needs two: `ladder assess <level>` keeps a record each time",
      ]);
    }
  }
  const ladder = await sameLadder(ctx, records);
  const titles = new Map(ladder?.sections.map((s) => [s.id, s.title]) ?? []);
  const corpus = ladder ? ladderCorpus(ladder) : undefined;
  const pairs = paths.length === 2 || !options.each ? [[records[0]!, records.at(-1)!]] : records.slice(1).map((r, i) => [records[i]!, r]);
  return {
    view: { comparisons: pairs.map(([a, b]) => compareRecords(a!, b!, { sectionTitles: titles, ...(corpus ? { corpus } : {}) })) },
    renderers: progressRenderers,
  };
}

/** The ladder being read, when it is the one the records were made from (by title); progress never fails for want of it. */
async function sameLadder(ctx: Context, records: readonly RecordFile[]): Promise<Ladder | undefined> {
  try {
    const ladder = await ctx.ladder();
    return records.some((r) => r.record.ladder.title === ladder.title) ? ladder : undefined;
  } catch {
    return undefined;
  }
}
