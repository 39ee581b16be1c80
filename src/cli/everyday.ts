/**
 * The everyday commands (show, diff, levels, area, about), read from the
 * command line without commander. Loading commander and declaring a program
 * of fifteen commands costs more start-up time than such a command spends on
 * its own work (bench/run.js), so a plainly written invocation is recognised
 * here and run directly.
 *
 * Only what is certain is taken: known options, each given once, in the forms
 * `--name value`, `--name=value` or `-n value`, and the right number of
 * arguments. Anything else (help, the version, a typo, an option this module
 * does not know, `--`) returns undefined, and commander handles it with all
 * its messages. The declarations in program.ts stay the reference:
 * tests/unit/everyday.test.ts checks that for every invocation taken here, the
 * output, errors and exit status are those of the commander path.
 */
import type { Context } from "./context.js";
import type { GlobalOptions } from "./io.js";

type Options = Record<string, string | boolean>;

interface EverydayCommand {
  /** How many arguments, at least and at most. */
  args: [number, number];
  /** Option flags -> option name; `true` after the name for an option without a value. */
  options: Record<string, [string, boolean]>;
  /** What program.ts's action does with the parsed arguments and options. */
  run(ctx: Context, args: string[], options: Options): Promise<string>;
}

const COMMANDS: Record<string, EverydayCommand> = {
  show: {
    args: [1, 1],
    options: { "-c": ["checklist", true], "--checklist": ["checklist", true] },
    run: async (ctx, [level], options) => (await import("./commands/show.js")).show(ctx, level!, options),
  },
  diff: {
    args: [2, 2],
    options: {},
    run: async (ctx, [from, to]) => (await import("./commands/diff.js")).diff(ctx, from!, to!),
  },
  levels: {
    args: [0, 0],
    options: { "-t": ["track", false], "--track": ["track", false] },
    run: async (ctx, _args, options) => (await import("./commands/levels.js")).levels(ctx, options),
  },
  area: {
    args: [0, 1],
    options: { "-t": ["track", false], "--track": ["track", false] },
    run: async (ctx, [name], options) => (await import("./commands/area.js")).area(ctx, name, options),
  },
  about: {
    args: [0, 0],
    options: {},
    run: async (ctx) => (await import("./commands/about.js")).about(ctx),
  },
};

/** The program's own options, valid before or after the command name (as commander reads them). */
const GLOBAL: Record<string, [string, boolean]> = {
  "-d": ["data", false],
  "--data": ["data", false],
  "-f": ["format", false],
  "--format": ["format", false],
  "--json": ["json", true],
  "--no-color": ["color", true],
};

export interface Everyday {
  /** What commander's optsWithGlobals() would give: the command's options, then the program's over them. */
  options: GlobalOptions;
  run(ctx: Context): Promise<string>;
}

/** The everyday command `argv` asks for, or undefined when commander should read it. */
export function everydayCommand(argv: readonly string[]): Everyday | undefined {
  // --no-color declares `color`, true unless given.
  const global: Options = { color: true };
  const local: Options = {};
  const args: string[] = [];
  const given = new Set<string>();
  let command: EverydayCommand | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("-")) {
      if (command) args.push(arg);
      else if (Object.hasOwn(COMMANDS, arg)) command = COMMANDS[arg];
      else return undefined;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const isGlobal = Object.hasOwn(GLOBAL, flag);
    const known = isGlobal ? GLOBAL[flag] : command && Object.hasOwn(command.options, flag) ? command.options[flag] : undefined;
    if (!known) return undefined;
    const [name, noValue] = known;
    if (given.has(name)) return undefined;
    given.add(name);
    let value: string | boolean;
    if (noValue) {
      if (eq > 0) return undefined;
      value = name !== "color"; // --no-color sets color to false
    } else if (eq > 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("-")) return undefined;
      value = next;
      i++;
    }
    (isGlobal ? global : local)[name] = value;
  }
  if (!command || args.length < command.args[0] || args.length > command.args[1]) return undefined;
  const chosen = command;
  return {
    options: { ...local, ...global },
    run: (ctx) => chosen.run(ctx, args, local),
  };
}
