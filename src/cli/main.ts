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
  // A plainly written everyday command skips commander and the program's declaration: start-up time (everyday.ts).
  const everyday = options.commander ? undefined : everydayCommand(argv);
  if (everyday) {
    let output: string;
    try {
      output = await everyday.run(makeContext(io, everyday.options));
    } catch (error) {
      return report(error, io, argv);
    }
    io.stdout.write(output);
    return EXIT.ok;
  }
  const [{ CommanderError }, { buildProgram, globalOptions }] = await Promise.all([import("commander"), import("./program.js")]);
  let result = "";
  const program = buildProgram(async (cmd: Command, job) => {
    result = await job(makeContext(io, globalOptions(cmd)));
  });
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    outputError: (s, write) => write(`ladder: ${s.replace(/^error: /, "")}`),
    getOutHelpWidth: () => Math.min(100, io.stdout.columns ?? 80),
    getErrHelpWidth: () => 80,
  });
  for (const sub of program.commands) sub.exitOverride().configureOutput(program.configureOutput());
  if (argv.length === 0) {
    io.stdout.write(program.helpInformation());
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    return report(error, io, argv, CommanderError);
  }
  io.stdout.write(result);
  return EXIT.ok;
}

function report(error: unknown, io: Io, argv: readonly string[], commanderError?: typeof CommanderError): number {
  if (commanderError && error instanceof commanderError) {
    if (error.exitCode === 0) return EXIT.ok; // --help, --version
    // commander has printed its message; add the way to more help.
    const sub = argv.find((a) => !a.startsWith("-"));
    io.stderr.write(`hint: run \`ladder ${sub && error.code !== "commander.unknownCommand" ? `${sub} ` : ""}--help\` for usage\n`);
    return EXIT.usage;
  }
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
