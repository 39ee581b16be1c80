import { basename, extname } from "node:path";
import { importLadder } from "../../core/import/index.js";
import { loadLadderText, readLadderSource } from "../../core/load/index.js";
import { LadderError, LadderFileError, visible } from "../../core/errors.js";
import type { Ladder } from "../../core/types.js";
import { importedYaml } from "../../render/views/import.js";
import type { CommandResult, Context } from "../context.js";
import { readStandardInput, STDIN_NAME } from "../standard-input.js";
import { writeNewFile } from "../write-file.js";

export interface ImportOptions {
  out?: string;
  force?: boolean;
}

const SPREADSHEET = { noun: "spreadsheet", example: "a .csv file", given: "the path given to `ladder import`" };

/**
 * A spreadsheet export as ladder YAML, on standard output or written to
 * --out. What could not be placed is listed on standard error, each with its
 * line; the YAML is loaded back before it is given out, so it always validates.
 */
export async function importSpreadsheet(ctx: Context, given: string, options: ImportOptions): Promise<CommandResult<string> | undefined> {
  // `-`: the spreadsheet is piped in (`ladder import - < sheet.csv`).
  const piped = given === "-";
  const file = piped ? STDIN_NAME : given;
  const text = await notCsvText(file, () => (piped ? readStandardInput(ctx.io, "ladder import - < competencies.csv", "a spreadsheet") : readLadderSource(file, SPREADSHEET)));
  const title = (piped ? "" : basename(file, extname(file)).trim()) || "Imported ladder";
  const { shape, ladder, warnings } = importLadder(text, file, title);
  const yaml = importedYaml(ladder, piped ? "standard input" : basename(file));
  const out = options.out !== undefined && options.out !== "-" ? options.out : undefined;
  const loaded = loadBack(yaml, file);

  if (out !== undefined) writeNewFile(out, yaml, { force: options.force, reading: piped ? [] : [file], forceHint: `ladder import ${given} --out ${out} --force` });

  const { stderr } = ctx.io;
  for (const w of warnings) stderr.write(`${visible(file)}:${w.line}: warning: ${visible(w.message)}\n`);
  const expectations = loaded.levels.reduce((n, l) => n + Object.values(l.expectations).reduce((m, list) => m + list.length, 0), 0);
  const counted = [count(loaded.levels.length, "level"), count(loaded.sections.length, "section"), count(expectations, "expectation")];
  if (loaded.tracks.length > 0) counted.unshift(count(loaded.tracks.length, "track"));
  const left = warnings.length > 0 ? `; ${count(warnings.length, "warning")} above` : "";
  stderr.write(`Imported ${counted.join(", ")} from ${visible(file)} (${shape === "long" ? "long form" : "a matrix"})${left}\n`);

  if (out === undefined) return { view: yaml, renderers: { text: (s) => s } };
  stderr.write(`Wrote ${visible(out)}\n`);
  return undefined;
}

/**
 * The spreadsheet's text. Bytes that are not UTF-8 text (a workbook saved as
 * .xlsx, a CSV in UTF-16) are the spreadsheet's problem, not a ladder file's.
 */
async function notCsvText(file: string, read: () => string | Promise<string>): Promise<string> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof LadderFileError)) throw error;
    throw new LadderError(`cannot import ${visible(file)}: it is not CSV text`, {
      details: error.details,
      hints: ["save the sheet as \"CSV UTF-8 (comma delimited)\"; a workbook (.xlsx, .ods, .numbers) cannot be read"],
    });
  }
}

/**
 * The ladder as `--data` will read it. What the import makes always passes the
 * format's checks, but a very large spreadsheet can make a ladder over the
 * limits of a ladder file (docs/limits-and-safety.md): then nothing is written.
 */
function loadBack(yaml: string, file: string): Ladder {
  try {
    return loadLadderText(yaml, "the imported ladder");
  } catch (error) {
    if (!(error instanceof LadderFileError)) throw error;
    throw new LadderError(`cannot import ${visible(file)}: the ladder made from it does not load`, {
      details: error.details,
      hints: ["a ladder file has limits (docs/limits-and-safety.md): import a spreadsheet this large in parts"],
    });
  }
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
