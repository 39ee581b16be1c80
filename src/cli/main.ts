/**
 * The one place that prints results and decides the exit status. Commands
 * return their whole output as a string, so an error never leaves partial
 * output on standard output.
 */
import type { Command, CommanderError } from "commander";
import { EXIT, LadderError, visible } from "../core/errors.js";
import { makeContext } from "./context.js";
import { everydayCommand } from "./everyday.js";
import type { Io } from "./io.js";

export interface RunOptions {
  /** Read every command line with commander, the everyday commands too (tests compare the two ways). */
  commander?: boolean;
}

export async function run(argv: readonly string[], io: Io, options: RunOptions = {}): Promise<number> {
  try {
    return await runCommandLine(argv, io, options);
  } catch (error) {
    // Anything that escapes (a broken build, a bug) still ends in one line, not a trace.
    return report(error, io);
  }
}

async function runCommandLine(argv: readonly string[], io: Io, options: RunOptions): Promise<number> {
  // A plainly written everyday command skips commander and the program's declaration: start-up time (everyday.ts).
  const everyday = options.commander ? undefined : everydayCommand(argv);
  if (everyday) {
    let output: string;
    try {
      const ctx = makeContext(io, everyday.options);
      ctx.output(); // a bad --format is a usage error before anything else (as below)
      output = await everyday.run(ctx);
    } catch (error) {
      return report(error, io);
    }
    io.stdout.write(output);
    return EXIT.ok;
  }
  const [{ CommanderError }, { buildProgram, globalOptions }] = await Promise.all([import("commander"), import("./program.js")]);
  let result = "";
  const program = buildProgram(async (cmd: Command, job) => {
    const ctx = makeContext(io, globalOptions(cmd));
    // A bad --format is a usage error whatever else is wrong, so it is checked before the ladder is read.
    // (export has formats of its own and checks them itself.)
    if (cmd.name() !== "export") ctx.output();
    result = await job(ctx);
  });
  /** The subcommand whose arguments commander rejected, for the hint. */
  let failing: string | undefined;
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    // commander's "(Did you mean show?)" becomes one of our hint lines.
    outputError: (s, write) => write(`ladder: ${s.replace(/^error: /, "").replace(/\n?\(Did you mean (.+)\?\)/, "\nhint: did you mean $1?")}`),
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
  if (onlyGlobalOptions(argv, new Set(program.commands.flatMap((c) => [c.name(), ...c.aliases()])))) {
    // `ladder --json`: say what is missing rather than printing all of the help as an error.
    io.stderr.write("ladder: no command given\nhint: run `ladder --help` for the commands, e.g. `ladder show director`\n");
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return reportUsage(error, io, failing);
    return report(error, io);
  }
  io.stdout.write(result);
  return EXIT.ok;
}

/** True when the command line holds options (and their values) but no command word at all. */
function onlyGlobalOptions(argv: readonly string[], commands: Set<string>): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (["-h", "--help", "-V", "--version"].includes(arg) || commands.has(arg)) return false;
    if (["-d", "--data", "-f", "--format"].includes(arg)) i++; // skip the option's value
    else if (!arg.startsWith("-")) return false; // a word: commander names the unknown command
  }
  return true;
}

function reportUsage(error: CommanderError, io: Io, failing: string | undefined): number {
  if (error.exitCode === 0) return EXIT.ok; // --help, --version
  // commander has printed its message; add the way to more help.
  io.stderr.write(`hint: run \`ladder ${failing ? `${failing} ` : ""}--help\` for usage\n`);
  return EXIT.usage;
}

function report(error: unknown, io: Io): number {
  if (error instanceof LadderError) {
    io.stdout.write(error.output);
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
