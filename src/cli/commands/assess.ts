import { statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildAssessment, localDate, type AssessmentView } from "../../core/assessment.js";
import { EXIT, LadderError } from "../../core/errors.js";
import { resolveLevel } from "../../core/resolve.js";
import { present } from "../../render/present.js";
import { assessmentRenderers } from "../../render/views/assessment.js";
import type { CommandResult, Context } from "../context.js";
import { askAssessment } from "../interactive/assess-flow.js";
import { BACK, type Prompter } from "../interactive/prompter.js";
import { promptColor, requireTerminal, shellWord } from "../interactive/terminal.js";

export interface AssessOptions {
  out?: string;
}

/**
 * `ladder assess <level>`: asks about every expectation of the level, then
 * returns the report (markdown, or JSON with --format json or an --out file
 * ending in .json) for main.ts to print, or writes it to --out. The prompts
 * write to the terminal as they go.
 */
export async function assess(
  ctx: Context,
  name: string,
  options: AssessOptions,
  prompter?: Prompter,
  now: () => Date = () => new Date(),
): Promise<CommandResult<AssessmentView> | undefined> {
  // The level first: an unknown name is the error to report, and the hint can then name the level by its id.
  const ladder = await ctx.ladder();
  const level = resolveLevel(ladder, name);
  requireTerminal(ctx.io, "assess", [
    `the same expectations as a checklist, without prompts: \`ladder show ${shellWord(level.id)} --checklist\``,
    ...(ctx.io.stdin.isTTY ? ["to keep the report in a file, give `--out FILE` instead of redirecting standard output"] : []),
  ]);
  const out = ctx.output();
  if (options.out !== undefined) checkWritable(options.out);
  if (Object.values(level.expectations).every((list) => list.length === 0)) {
    throw new LadderError(`${level.title} has no expectations to assess`, { hints: ["run `ladder levels` to see the other levels"] });
  }

  const p = prompter ?? (await import("../interactive/inquirer.js")).inquirerPrompter({ io: ctx.io, color: promptColor(ctx.options, ctx.io) });
  let answers;
  try {
    answers = await askAssessment(ladder, level, { prompter: p, style: out.style, canLeave: false });
  } catch (error) {
    if (error instanceof LadderError && error.exitCode === EXIT.interrupted) throw new LadderError("interrupted; no report was written", { exitCode: EXIT.interrupted });
    throw error;
  }
  if (answers === BACK) throw new Error("the assessment cannot be left at its first question"); // canLeave: false

  const result = { view: buildAssessment(ladder, level, answers, localDate(now())), renderers: assessmentRenderers };
  if (options.out === undefined) {
    p.print("\n");
    return result;
  }
  const report = present(result, out.format, out);
  try {
    writeFileSync(options.out, report);
  } catch (error) {
    // The answers must not be lost: the report goes to the terminal instead.
    p.print(`\n${report}`);
    throw new LadderError(`cannot write ${options.out}: ${(error as Error).message}`, { hints: ["the report is printed above instead"] });
  }
  ctx.io.stderr.write(`Wrote the report to ${options.out}\n`);
  return undefined;
}

/** Fails before the first question, rather than after the last, when --out cannot be written. */
function checkWritable(file: string): void {
  const stat = (p: string) => {
    try {
      return statSync(p);
    } catch {
      return undefined;
    }
  };
  if (stat(file)?.isDirectory()) throw new LadderError(`--out ${file} is a directory`, { hints: ["give a file name, such as report.md"] });
  const dir = path.dirname(path.resolve(file));
  if (!stat(dir)?.isDirectory()) throw new LadderError(`--out ${file}: the directory ${path.dirname(file)} does not exist`);
}
