import { LadderError, LadderFileError, type Problem } from "../../core/errors.js";
import type { Ladder } from "../../core/types.js";
import { builtinLadderPath } from "../ladder-source.js";
import type { Context } from "../context.js";

/** `ladder validate --json`: the result for editors and CI. */
export interface ValidationView {
  file: string;
  valid: boolean;
  problems: Problem[];
  /** Counts of what the file defines; null when it is not valid. */
  counts: { levels: number; sections: number; expectations: number; growthAreas: number; transitions: number } | null;
}

export async function validate(ctx: Context, file: string | undefined): Promise<string> {
  const path = file ?? ctx.options.data ?? (ctx.io.env.LADDER_DATA || undefined) ?? builtinLadderPath();
  const { loadLadderFile } = await import("../../core/load/index.js");
  const json = ctx.output().format === "json";
  let ladder: Ladder;
  try {
    ladder = loadLadderFile(path);
  } catch (error) {
    if (json && error instanceof LadderFileError) {
      // The problems are the result here; the exit status still says the file is invalid.
      const view: ValidationView = { file: path, valid: false, problems: [...error.problems], counts: null };
      throw new LadderError(error.message, { output: `${JSON.stringify(view, null, 2)}\n` });
    }
    throw error;
  }
  const counts = {
    levels: ladder.levels.length,
    sections: ladder.sections.length,
    expectations: ladder.levels.reduce((n, l) => n + Object.values(l.expectations).reduce((m, list) => m + list.length, 0), 0),
    growthAreas: ladder.growthAreas.length,
    transitions: ladder.transitions.length,
  };
  if (json) return `${JSON.stringify({ file: path, valid: true, problems: [], counts } satisfies ValidationView, null, 2)}\n`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const tracks = ladder.tracks.length > 0 ? `${plural(ladder.tracks.length, "track")}, ` : "";
  return `${path}: valid ladder "${ladder.title}": ${tracks}${plural(counts.levels, "level")}, ${plural(counts.sections, "section")}, ${plural(counts.expectations, "expectation")}, ${plural(counts.growthAreas, "growth area")}, ${plural(counts.transitions, "transition")}\n`;
}
