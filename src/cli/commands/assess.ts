import { existsSync, openSync, statSync, unlinkSync } from "node:fs";
import path from "node:path";
import tty from "node:tty";
import { buildAssessment, localDate, questionsFor, type Answer, type AssessmentView } from "../../core/assessment.js";
import { EXIT, LadderError, usageError, visible } from "../../core/errors.js";
import { carryAnswers } from "../../core/promotion-case.js";
import { assessmentRecord, type AssessmentRecord } from "../../core/record.js";
import { resolveLevel } from "../../core/resolve.js";
import { levelAndWhom, recordStem } from "../../core/slug.js";
import { levelTitle } from "../../core/tracks.js";
import type { Ladder, Level } from "../../core/types.js";
import { present } from "../../render/present.js";
import { assessmentRenderers } from "../../render/views/assessment.js";
import type { CommandResult, Context } from "../context.js";
import { askAssessment, type KeptAnswer } from "../interactive/assess-flow.js";
import { BACK, type Prompter } from "../interactive/prompter.js";
import { shellWord } from "../interactive/terminal.js";
import { wantsColor } from "../io.js";
import { ladderFile } from "../ladder-source.js";
import { freePair, ladderFingerprint, pairOf, readInputText, readRecordFile } from "../records.js";
import { writeNewFile } from "../write-file.js";

export interface AssessOptions {
  out?: string;
  for?: string;
  resume?: boolean;
  update?: string;
  answers?: string;
}

/** Where the assessment goes: the report and record (decided at the end unless --out names them), and the progress file. */
interface Destination {
  dir: string;
  named?: { report: string; record: string };
  progress: string;
}

/**
 * `ladder assess [level]`: asks about every expectation of the level (or
 * reads the answers from --answers), keeping every answer in a progress file
 * as it is given, and ends by writing a JSON record and a markdown report
 * beside it (docs/record.md) that never replace a file. The report is
 * returned for standard output too, unless --out named the files. Prompts
 * are drawn on the terminal (standard error, else /dev/tty), never on
 * standard output, so `ladder assess em > report.md` keeps only the report.
 */
export async function assess(
  ctx: Context,
  name: string | undefined,
  options: AssessOptions,
  prompter?: Prompter,
  now: () => Date = () => new Date(),
  /** Where records go without --out: the current folder (tests give another). */
  folder = ".",
): Promise<CommandResult<AssessmentView> | undefined> {
  if (options.answers !== undefined && (options.resume || options.update !== undefined)) {
    throw usageError("--answers fills an assessment on its own", ["leave out --resume and --update with --answers"]);
  }
  if (options.out !== undefined && (ctx.options.format !== undefined || ctx.options.json)) {
    throw usageError("--out writes the report as markdown and the record as JSON, so --format has nothing to choose", ["leave out --format (or --json), or --out to print the report"]);
  }
  if (options.for !== undefined && options.for.trim() === "") throw usageError("--for needs a name", ["leave it out for your own assessment"]);
  const ladder = await ctx.ladder();
  const earlier = options.update !== undefined ? readRecordFile(options.update) : undefined;
  if (name === undefined && earlier === undefined) throw usageError("which level? give one, such as `ladder assess em`", ["or `--update RECORD` to revisit an earlier assessment"]);
  // The level first: an unknown name is the error to report, and the hints can then name the level by its id.
  const level = resolveLevel(ladder, name ?? earlier!.record.level.id);
  if (Object.values(level.expectations).every((list) => list.length === 0)) {
    throw new LadderError(`${levelTitle(ladder, level)} has no expectations to assess`, { hints: ["run `ladder levels` to see the other levels"] });
  }
  const fingerprint = ladderFingerprint(ctx.options.data, ctx.io.env);
  const reading = [ctx.dataFile()];
  let who = options.for ?? earlier?.record.for;
  const where = destination(options, level, who, folder);
  const out = ctx.output();

  let answers: Answer[];
  if (options.answers !== undefined) {
    const { readAnswersText } = await import("../../core/answers-file.js");
    answers = readAnswersText(readInputText(options.answers, "answers file"), options.answers, questionsFor(ladder, level), level.id);
  } else {
    const resumed = resumeFrom(where.progress, options.resume === true, level);
    who ??= resumed?.for;
    const terminal = prompter ? undefined : openTerminal(ctx, level);
    const p = prompter ?? (await import("../interactive/inquirer.js")).inquirerPrompter({ io: ctx.io, color: terminal!.color, output: terminal!.stream });
    const keep = (so: Answer[]) =>
      writeNewFile(where.progress, `${JSON.stringify(assessmentRecord(ladder, level, so, { fingerprint, date: localDate(now()), ...(who ? { for: who } : {}) }), null, 2)}\n`, { force: true, reading });
    let asked;
    try {
      asked = await askAssessment(ladder, level, {
        prompter: p,
        style: out.style,
        canLeave: false,
        onProgress: keep,
        ...(resumed ? { given: kept(ladder, level, resumed) } : {}),
        ...(earlier ? { earlier: kept(ladder, level, earlier.record) } : {}),
      });
    } catch (error) {
      if (error instanceof LadderError && error.exitCode === EXIT.interrupted) {
        // The progress file's name follows the level, --out and whom it is for; --update keeps offering the earlier answers.
        const resume = [
          `ladder assess ${shellWord(level.id)}`,
          options.out !== undefined ? ` --out ${shellWord(options.out)}` : "",
          who ? ` --for ${shellWord(who)}` : "",
          options.update !== undefined ? ` --update ${shellWord(options.update)}` : "",
          " --resume",
        ].join("");
        throw new LadderError(existsSync(where.progress) ? `interrupted; the answers so far are kept in ${where.progress}` : "interrupted; nothing was answered yet", {
          exitCode: EXIT.interrupted,
          hints: existsSync(where.progress) ? [`\`${resume}\` continues at the first unanswered question`] : [],
        });
      }
      throw error;
    }
    if (asked === BACK) throw new Error("the assessment cannot be left at its first question"); // canLeave: false
    answers = asked;
    p.print("\n");
  }

  const date = localDate(now());
  const view = buildAssessment(ladder, level, answers, date);
  const record = assessmentRecord(ladder, level, answers, { fingerprint, date, ...(who ? { for: who } : {}) });
  const files = where.named ?? freePair(where.dir, recordStem(date, level.id, who));
  const result = { view, renderers: assessmentRenderers };
  writeRecordAndReport(files, record, present(result, "markdown", out), reading);
  if (existsSync(where.progress) && options.answers === undefined) unlinkSync(where.progress);
  ctx.io.stderr.write(`Kept the record in ${visible(files.record)} and the report in ${visible(files.report)}\n`);
  return where.named ? undefined : result;
}

/** The record first (it is what progress and case read), then the report; neither replaces a file. */
function writeRecordAndReport(files: { report: string; record: string }, record: AssessmentRecord, report: string, reading: (string | undefined)[]): void {
  const hint = "records are never replaced: name another file with --out";
  writeNewFile(files.record, `${JSON.stringify(record, null, 2)}\n`, { reading, forceHint: hint });
  try {
    writeNewFile(files.report, report, { reading, forceHint: hint });
  } catch (error) {
    throw new LadderError(`the record was kept in ${files.record}, but ${(error as Error).message}`, { hints: ["`ladder case` and `ladder progress` read the record; the report can be made again from it"] });
  }
}

function destination(options: AssessOptions, level: Level, who: string | undefined, folder: string): Destination {
  if (options.out === undefined) {
    return { dir: folder, progress: path.join(folder, `assessment-${levelAndWhom(level.id, who)}.partial.json`) };
  }
  const named = pairOf(options.out);
  const dir = path.dirname(named.record);
  const stat = (p: string) => {
    try {
      return statSync(p);
    } catch {
      return undefined;
    }
  };
  if (stat(options.out)?.isDirectory()) throw new LadderError(`--out ${options.out} is a directory`, { hints: ["give a file name, such as report.md"] });
  if (!stat(dir)?.isDirectory()) throw new LadderError(`--out ${options.out}: the directory ${dir} does not exist`);
  // Fails before the first question, rather than after the last; the files are never replaced.
  for (const file of [named.report, named.record]) {
    if (stat(file)) throw new LadderError(`${file} already exists`, { hints: ["records and reports are never replaced: name another file with --out"] });
  }
  return { dir, named, progress: named.record.replace(/\.json$/, ".partial.json") };
}

/** The answers kept by an assessment that was stopped, when --resume asks for them; refuses to start over one silently. */
function resumeFrom(progress: string, resume: boolean, level: Level): AssessmentRecord | undefined {
  const there = existsSync(progress);
  if (!resume) {
    if (there) {
      throw new LadderError(`an unfinished assessment of ${level.id} is kept in ${progress}`, {
        hints: [`\`ladder assess ${shellWord(level.id)} --resume\` continues it; delete the file to start afresh`],
      });
    }
    return undefined;
  }
  if (!there) throw usageError(`no unfinished assessment of ${level.id} to resume (looked for ${progress})`, ["leave out --resume to start one"]);
  return readRecordFile(progress).record;
}

/** A record's answers as the questions of the level in the current ladder see them (carried by text, or by the diff alignment). */
function kept(ladder: Ladder, level: Level, record: AssessmentRecord): (KeptAnswer | undefined)[] {
  return carryAnswers(ladder, level, record.answers).map((m) => (m.answer ? { rating: m.answer.answer, note: m.answer.note ?? null, links: m.answer.links ?? [] } : undefined));
}

/**
 * The terminal to draw the prompts on: standard error when it is one, else
 * /dev/tty; standard output is left to the report. Standard input must be a
 * terminal too. Without one, a usage error that names the commands that work
 * without a terminal.
 */
function openTerminal(ctx: Context, level: Level): { stream: NodeJS.WriteStream; color: boolean } {
  const hints = [
    `answers from a file, without prompts: \`ladder assess ${shellWord(level.id)} --answers answers.csv\``,
    `the same expectations as a checklist: \`ladder show ${shellWord(level.id)} --checklist\``,
  ];
  if (!ctx.io.stdin.isTTY) throw usageError("`ladder assess` asks its questions on a terminal, but standard input is not one", hints);
  let stream: NodeJS.WriteStream | undefined = process.stderr.isTTY ? process.stderr : undefined;
  if (!stream) {
    try {
      stream = new tty.WriteStream(openSync("/dev/tty", "w"));
    } catch {
      throw usageError("`ladder assess` asks its questions on a terminal, but there is none to draw them on", hints);
    }
  }
  return { stream, color: wantsColor(ctx.options, { ...ctx.io, stdout: { write: () => true, isTTY: true } }) };
}
