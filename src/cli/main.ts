/**
 * The one place that prints results and decides the exit status. commander
 * reads every command line (program.ts); a command returns a view and its
 * renderers, present() writes it in the chosen format, and only then does
 * anything reach standard output, so an error never leaves partial output.
 */
import type { Command, CommanderError } from "commander";
import { EXIT, LadderError, visible } from "../core/errors.js";
import { present } from "../render/present.js";
import { makeContext, type CommandResult, type Context } from "./context.js";
import type { Io } from "./io.js";

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await runCommandLine(argv, io);
  } catch (error) {
    // Anything that escapes (a broken build, a bug) still ends in one line, not a trace.
    return report(error, io);
  }
}

async function runCommandLine(argv: readonly string[], io: Io): Promise<number> {
  const [{ CommanderError }, { buildProgram, globalOptions, offeredBy }] = await Promise.all([import("commander"), import("./program.js")]);
  let ran: { ctx: Context; result: CommandResult | undefined } | undefined;
  const program = buildProgram(async (cmd: Command, job) => {
    const ctx = makeContext(io, globalOptions(cmd), offeredBy(cmd));
    // A bad --format is a usage error whatever else is wrong, so it is checked before the ladder is read.
    ctx.output();
    ran = { ctx, result: await job(ctx) };
  });
  /** The subcommand whose arguments commander rejected, for the hint. */
  let failing: string | undefined;
  /** What commander has to say on standard error, held until we know it is not the "no command" help. */
  let said = "";
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
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
    program.outputHelp();
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return reportUsage(error, io, said, failing);
    return report(error, io);
  }
  if (!ran?.result) return EXIT.ok;
  const { ctx, result } = ran;
  const output = ctx.output();
  io.stdout.write(present(result, output.format, output));
  if (result.message !== undefined) io.stderr.write(`ladder: ${visible(result.message)}\n`);
  return result.status ?? EXIT.ok;
}

function reportUsage(error: CommanderError, io: Io, said: string, failing: string | undefined): number {
  if (error.exitCode === 0) return EXIT.ok; // --help, --version
  if (error.code === "commander.help") {
    // Options but no command word (`ladder --json`): commander would print all of the help; say what is missing instead.
    io.stderr.write("ladder: no command given\nhint: run `ladder --help` for the commands, e.g. `ladder show director`\n");
    return EXIT.usage;
  }
  // commander's message, then the way to more help.
  io.stderr.write(`${said}hint: run \`ladder ${failing ? `${failing} ` : ""}--help\` for usage\n`);
  return EXIT.usage;
}

function report(error: unknown, io: Io): number {
  if (error instanceof LadderError) {
    // Messages can quote a file or an argument: no control character reaches the terminal.
    for (const line of error.details) io.stderr.write(`${visible(line)}\n`);
    io.stderr.write(`ladder: ${visible(error.message)}\n`);
    for (const hint of error.hints) io.stderr.write(`hint: ${visible(hint)}\n`);
    return error.exitCode;
  }
  const debug = io.env.LADDER_DEBUG === "1";
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`ladder: unexpected error: ${visible(message.split("\n")[0]!)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write("hint: this is a bug in ladder; run again with LADDER_DEBUG=1 for details and report it\n");
  return EXIT.failure;
}
