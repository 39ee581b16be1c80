/**
 * The one place that prints results and decides the exit status. commander
 * reads every command line (program.ts); a command returns a view and its
 * renderers, present() writes it in the chosen format, and only then does
 * anything reach standard output, so an error never leaves partial output.
 */
import type { Command, CommanderError } from "commander";
import { EXIT, LadderError, visible } from "../core/errors.js";
import { present } from "../render/present.js";
import { wrap } from "../render/width.js";
import { makeContext, type CommandResult, type Context } from "./context.js";
import type { Io } from "./io.js";
import { shellWord } from "./interactive/terminal.js";
import { choosePager, runPager } from "./pager.js";

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await runCommandLine(argv, io);
  } catch (error) {
    // Anything that escapes (a broken build, a bug) still ends in one line, not a trace.
    return report(error, io);
  }
}

async function runCommandLine(argv: readonly string[], io: Io): Promise<number> {
  const [{ CommanderError }, { buildProgram, globalOptions, offeredBy, shortUsage, helpFirst, SYNONYMS }] = await Promise.all([import("commander"), import("./program.js")]);
  let ran: { ctx: Context; result: CommandResult | undefined } | undefined;
  const program = buildProgram(async (cmd: Command, job) => {
    const ctx = makeContext(io, globalOptions(cmd), offeredBy(cmd));
    // A bad --format or --data is a usage error whatever else is wrong, and the same for every command:
    // both are checked before anything is read.
    ctx.output();
    ctx.dataFile();
    ran = { ctx, result: await job(ctx) };
  });
  /** The subcommand whose arguments commander rejected, for the hint. */
  let failing: string | undefined;
  /** What commander has to say on standard error, held until we know it is not the "no command" help. */
  let said = "";
  let helped = "";
  program.exitOverride();
  program.configureOutput({
    // Help and the version, held to be printed (and paged, when long) like any result.
    writeOut: (s) => (helped += s),
    writeErr: (s) => (said += s),
    // commander's "(Did you mean show?)" becomes one of our hint lines.
    // Its messages quote arguments: control characters in them are shown as escapes, line by line.
    outputError: (s, write) => write(`ladder: ${s.replace(/^error: /, "").replace(/\n?\(Did you mean (.+)\?\)/, "\nhint: did you mean $1?").split("\n").map(visible).join("\n")}`),
    getOutHelpWidth: () => Math.min(100, io.stdout.columns ?? 80),
    getErrHelpWidth: () => 80,
  });
  for (const sub of program.commands) {
    sub
      .exitOverride((error) => {
        failing = sub.name();
        throw error;
      })
      .configureOutput(program.configureOutput());
  }
  if (argv.length === 0) {
    await print(shortUsage(program), io, {});
    return EXIT.ok;
  }
  try {
    await program.parseAsync(helpFirst(program, argv), { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) {
      await print(helped, io, { pager: !argv.includes("--no-pager") });
      return EXIT.ok;
    }
    if (error instanceof CommanderError) return reportUsage(error, io, said, failing, SYNONYMS, argv);
    return report(error, io);
  }
  if (!ran?.result) return EXIT.ok;
  const { ctx, result } = ran;
  const output = ctx.output();
  const rendered = present(result, output.format, output);
  // A markdown document ends with a blank line, so documents appended to one notes file (`>> notes.md`)
  // keep a blank line before each heading. (A one-line answer, like validate's, stays one line.)
  const text = output.format === "markdown" && rendered.startsWith("#") ? rendered.replace(/\n*$/, "\n\n") : rendered;
  await print(text, io, ctx.options);
  if (result.message !== undefined) sayError(io, `ladder: ${visible(result.message)}`);
  return result.status ?? EXIT.ok;
}

/** The one way output reaches standard output: rendered for the terminal already, then a pager if it is taller than the screen. */
async function print(text: string, io: Io, options: { pager?: boolean }): Promise<void> {
  const pager = choosePager(text, io, options);
  if (pager === undefined || !(await runPager(pager, text, io.env))) io.stdout.write(text);
}

function reportUsage(error: CommanderError, io: Io, said: string, failing: string | undefined, synonyms: Readonly<Record<string, string>>, argv: readonly string[]): number {
  if (error.code === "commander.help") {
    // Options but no command word (`ladder --json`): commander would print all of the help; say what is missing instead.
    sayError(io, "ladder: no command given", "hint: run `ladder --help` for the commands, e.g. `ladder show director`");
    return EXIT.usage;
  }
  // A word people use for one of ours (`compare` for diff): name the command that does it.
  const unknown = error.code === "commander.unknownCommand" ? /'(.*)'/.exec(error.message)?.[1] : undefined;
  const meant = unknown !== undefined && Object.hasOwn(synonyms, unknown.toLowerCase()) ? synonyms[unknown.toLowerCase()] : undefined;
  if (meant !== undefined) {
    // With the words that followed it (`ladder compare em cto`), the hint is the command to run.
    const command = meant.split(" ")[0]!;
    const rest = argv.slice(argv.indexOf(unknown!) + 1);
    const suggestion = rest.length > 0 ? `${command} ${rest.map((w) => visible(shellWord(w))).join(" ")}` : meant;
    sayError(io, `ladder: unknown command '${visible(unknown!)}'`, `hint: did you mean \`ladder ${suggestion}\`?`, `hint: run \`ladder ${command} --help\` for usage`);
    return EXIT.usage;
  }
  // commander's message, then the way to more help.
  sayError(io, ...said.split("\n").filter((l) => l !== ""), `hint: run \`ladder ${failing ? `${failing} ` : ""}--help\` for usage`);
  return EXIT.usage;
}

/**
 * Error and hint lines on standard error, wrapped at its width when it is a
 * terminal (the continuation indented under the text); whole lines otherwise,
 * for scripts that read them.
 */
function sayError(io: Io, ...lines: string[]): void {
  const columns = io.stderr.isTTY ? io.stderr.columns : undefined;
  for (const line of lines) {
    const lead = /^(ladder: |hint: )/.exec(line)?.[0] ?? "";
    if (columns === undefined || columns <= lead.length + 20) {
      io.stderr.write(`${line}\n`);
      continue;
    }
    const body = wrap(line.slice(lead.length), columns - lead.length);
    io.stderr.write(`${body.map((l, i) => (i === 0 ? lead : " ".repeat(lead.length)) + l).join("\n")}\n`);
  }
}

function report(error: unknown, io: Io): number {
  if (error instanceof LadderError) {
    // Messages can quote a file or an argument: no control character reaches the terminal.
    for (const line of error.details) io.stderr.write(`${visible(line)}\n`);
    sayError(io, `ladder: ${visible(error.message)}`, ...error.hints.map((hint) => `hint: ${visible(hint)}`));
    return error.exitCode;
  }
  const debug = io.env.LADDER_DEBUG === "1";
  const message = error instanceof Error ? error.message : String(error);
  sayError(io, `ladder: unexpected error: ${visible(message.split("\n")[0]!)}`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write("hint: this is a bug in ladder; run again with LADDER_DEBUG=1 for details and report it\n");
  return EXIT.failure;
}
