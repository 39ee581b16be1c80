import { EXIT, LadderError, LadderFileError } from "../../core/errors.js";
import type { Ladder } from "../../core/types.js";
import type { ValidationView, ValidLadder } from "../../core/views.js";
import { invalidRenderers, validRecordRenderers, validRenderers, type ValidRecord } from "../../render/views/validation.js";
import type { CommandResult, Context } from "../context.js";
import { builtinLadderPath } from "../ladder-source.js";

export async function validate(ctx: Context, file: string | undefined): Promise<CommandResult<ValidLadder> | CommandResult<ValidationView> | CommandResult<ValidRecord>> {
  const path = file ?? ctx.dataFile() ?? builtinLadderPath();
  const { loadLadderFile } = await import("../../core/load/index.js");
  let ladder: Ladder;
  try {
    // An assessment record (docs/record.md) is told from a ladder file by its "kind" key.
    if (file !== undefined && /\.json$/i.test(file)) {
      const { looksLikeRecord } = await import("../../core/record-file.js");
      const { readInputText, readRecordFile } = await import("../records.js");
      let text = "";
      try {
        text = readInputText(file, "file");
      } catch {
        // Not readable: the ladder reader says why, in its words.
      }
      if (looksLikeRecord(text)) {
        const { record } = readRecordFile(file);
        return { view: { view: { file, valid: true, problems: [], counts: null }, record }, renderers: validRecordRenderers };
      }
    }
    ladder = loadLadderFile(path);
  } catch (error) {
    if (ctx.output().format === "json" && error instanceof LadderFileError) {
      // The problems are the result here; the exit status still says the file is invalid.
      const view: ValidationView = { file: path, valid: false, problems: [...error.problems], counts: null };
      return { view, renderers: invalidRenderers, status: EXIT.failure, message: error.message };
    }
    // The reader's hints speak of --data; here the path was given on the command line.
    if (file !== undefined && error instanceof LadderError && !(error instanceof LadderFileError) && error.hints.some((h) => h.includes("--data"))) {
      throw new LadderError(error.message, { exitCode: error.exitCode, details: error.details, hints: ["check the path given to `ladder validate`"] });
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
  const view: ValidationView = { file: path, valid: true, problems: [], counts };
  return { view: { view, title: ladder.title, tracks: ladder.tracks.length }, renderers: validRenderers };
}
