import { compareEditions } from "../../core/changes.js";
import { LadderError, LadderFileError, usageError } from "../../core/errors.js";
import type { Ladder } from "../../core/types.js";
import type { ChangesView } from "../../core/views.js";
import { changesRenderers } from "../../render/views/changes.js";
import type { CommandResult, Context } from "../context.js";
import { readStandardInput, STDIN_NAME } from "../standard-input.js";

const EXAMPLE = "git show v1:ladder.yaml | ladder changes - ladder.yaml";

export interface ChangesOptions {
  level?: string;
  all?: boolean;
}

export async function changes(ctx: Context, oldFile: string, newFile: string, opts: ChangesOptions): Promise<CommandResult<ChangesView>> {
  if (ctx.options.data !== undefined) throw usageError("changes compares the two files it is given and reads no --data", ["leave out --data: ladder changes OLD NEW"]);
  if (oldFile === "-" && newFile === "-") throw usageError("only one of the two editions can come from standard input", [`give the other as a file, e.g. ${EXAMPLE}`]);
  const { loadLadderFile, loadLadderText } = await import("../../core/load/index.js");
  const load = async (file: string): Promise<Ladder> => {
    if (file === "-") return loadLadderText(await readStandardInput(ctx.io, EXAMPLE), STDIN_NAME);
    try {
      return loadLadderFile(file);
    } catch (error) {
      // The reader's hints speak of --data; here the path was given on the command line.
      if (error instanceof LadderError && !(error instanceof LadderFileError)) {
        throw new LadderError(error.message, { exitCode: error.exitCode, hints: ["check the paths: ladder changes OLD NEW takes two ladder files"] });
      }
      throw error;
    }
  };
  // Both are read and checked before either is reported, so a broken pair of files is shown whole.
  const [older, newer] = await Promise.allSettled([load(oldFile), load(newFile)]);
  if (older.status === "rejected" && newer.status === "rejected" && older.reason instanceof LadderFileError && newer.reason instanceof LadderFileError) {
    throw bothInvalid([older.reason, newer.reason], [oldFile, newFile].map((f) => (f === "-" ? STDIN_NAME : f)));
  }
  if (older.status === "rejected") throw older.reason;
  if (newer.status === "rejected") throw newer.reason;
  const name = (file: string) => (file === "-" ? STDIN_NAME : file);
  const view = compareEditions(older.value, newer.value, { fromFile: name(oldFile), toFile: name(newFile), level: opts.level, all: opts.all });
  return { view, renderers: changesRenderers };
}

function bothInvalid(errors: LadderFileError[], files: string[]): LadderError {
  const counts = errors.map((e, i) => `${files[i]} (${e.problems.length} problem${e.problems.length === 1 ? "" : "s"})`);
  return new LadderError(`neither edition is a valid ladder file: ${counts.join(", ")}`, { details: errors.flatMap((e) => e.details), hints: errors[0]!.hints });
}
