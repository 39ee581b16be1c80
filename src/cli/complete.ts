/**
 * Shell completion, computed here rather than in each shell's language: the
 * scripts of `ladder completion` hand the words on the command line to the
 * hidden `ladder __complete` command, which answers with candidates, one per
 * line (`value<TAB>description`), and a last line `:files` when the shell
 * should complete file names instead. Commands and options are read from the
 * commander program itself, so a new command completes without touching this
 * file; level, area and track names come from the ladder that `--data` or
 * LADDER_DATA chooses on that command line.
 */
import type { Command, Option } from "commander";
import { TERMINAL_CONTROL } from "../core/definitions.js";
import type { Ladder } from "../core/types.js";

/** What a word on the command line can be. */
export type Kind = "levels" | "positions" | "areas" | "tracks" | "files" | "shells";

export interface Candidate {
  value: string;
  description: string;
}

export interface Completion {
  candidates: Candidate[];
  /** Complete file names (the shell does it). */
  files: boolean;
}

export interface OptionSpec {
  short: string | null;
  long: string | null;
  description: string;
  takesValue: boolean;
  variadic: boolean;
  choices: string[] | null;
}

export interface CommandSpec {
  name: string;
  aliases: string[];
  description: string;
  options: OptionSpec[];
  /** The kinds of the positional arguments, in order (null: free text); the last repeats when variadic. */
  args: (Kind | string[] | null)[];
  variadicLast: boolean;
}

export interface ProgramSpec {
  options: OptionSpec[];
  commands: CommandSpec[];
}

/**
 * Arguments and options named like these complete these names from the ladder
 * (or file names). Fixed values (`--format`'s) are the choices the program
 * declares for the option.
 */
const ARGUMENT_KINDS: Record<string, Kind> = { level: "levels", from: "levels", to: "levels", area: "areas", file: "files", old: "files", new: "files", shell: "shells", track: "tracks" };
/** Commands whose arguments say more than their names (`path` also takes roles; `area [name]`). */
const COMMAND_ARGUMENT_KINDS: Record<string, Kind[]> = { path: ["positions", "positions"], area: ["areas"] };
const OPTION_KINDS: Record<string, Kind> = {
  "--data": "files",
  "--out": "files",
  "--section": "areas",
  "--level": "levels",
  "--track": "tracks",
};

export const SHELLS = ["bash", "zsh", "fish"] as const;

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

function optionSpec(o: Option): OptionSpec {
  return {
    short: o.short ?? null,
    long: o.long ?? null,
    description: o.description,
    takesValue: o.required || o.optional,
    variadic: o.variadic,
    choices: o.argChoices ? [...o.argChoices] : null,
  };
}

/** What completion needs to know about the program, read from commander's own declarations. */
export function programSpec(program: Command): ProgramSpec {
  const help = program.createHelp();
  return {
    options: help.visibleOptions(program).map(optionSpec),
    commands: help.visibleCommands(program).map((cmd) => {
      const fixed = own(COMMAND_ARGUMENT_KINDS, cmd.name());
      const args = cmd.registeredArguments.map((a, i) => (a.argChoices ? [...a.argChoices] : (fixed?.[i] ?? own(ARGUMENT_KINDS, a.name()) ?? null)));
      return {
        name: cmd.name(),
        aliases: cmd.aliases(),
        description: cmd.description(),
        options: help.visibleOptions(cmd).map(optionSpec),
        args,
        variadicLast: cmd.registeredArguments.at(-1)?.variadic ?? false,
      };
    }),
  };
}

/** What to complete at the cursor. */
export interface Request {
  /** Candidates of this kind (or these fixed values), or option names, or command names, or nothing. */
  want: { kind: Kind } | { values: string[] } | { options: OptionSpec[] } | { commands: true } | null;
  /** The partial word typed so far (after any `--option=`). */
  partial: string;
  /** Put back in front of each candidate: `--format=` when completing inside one shell word. */
  prefix: string;
  /** `--data` on the command line, if any. */
  data: string | undefined;
  /** The command being completed, if known. */
  command: string | undefined;
}

/**
 * Reads the words of a command line (words[0] is the program) with the cursor
 * in words[cword]. Bash splits `--data=file` into `--data`, `=`, `file`;
 * that is put back together here.
 */
export function analyse(spec: ProgramSpec, words: readonly string[], cword: number): Request {
  const before = words.slice(1, Math.max(1, cword));
  const current = words[cword] ?? "";
  const merged: string[] = [];
  let valueAfterEquals = false; // bash: the cursor word is the value after `--option=`
  for (let i = 0; i < before.length; i++) {
    const word = before[i]!;
    const last = merged.at(-1);
    if (word === "=" && last !== undefined && /^--[^=]+$/.test(last)) {
      if (i + 1 < before.length) merged[merged.length - 1] = `${last}=${before[++i]!}`;
      else valueAfterEquals = true;
      continue;
    }
    merged.push(word);
  }

  let command: CommandSpec | undefined;
  let unknownCommand = false;
  let positional = 0;
  let dashDash = false;
  let pending: OptionSpec | undefined;
  let variadic: OptionSpec | undefined;
  let data: string | undefined;
  // The program reads its own options only before the command word (enablePositionalOptions); after it, only the command's.
  const options = () => (command ? command.options : spec.options);
  const findLong = (name: string) => options().find((o) => o.long === name);
  const findShort = (name: string) => options().find((o) => o.short === name);
  const took = (option: OptionSpec, value: string) => {
    if (option.long === "--data") data = value;
  };

  for (const word of merged) {
    if (pending) {
      took(pending, word);
      variadic = pending.variadic ? pending : undefined;
      pending = undefined;
      continue;
    }
    if (!dashDash && word === "--") {
      dashDash = true;
      variadic = undefined;
      continue;
    }
    if (!dashDash && word.startsWith("--")) {
      const eq = word.indexOf("=");
      const option = findLong(eq === -1 ? word : word.slice(0, eq));
      variadic = undefined;
      if (option?.takesValue) {
        if (eq === -1) pending = option;
        else {
          took(option, word.slice(eq + 1));
          variadic = option.variadic ? option : undefined;
        }
      }
      continue;
    }
    if (!dashDash && word.startsWith("-") && word.length > 1) {
      const option = findShort(word.slice(0, 2));
      variadic = undefined;
      if (option?.takesValue) {
        if (word.length === 2) pending = option;
        else took(option, word.slice(2));
      }
      continue;
    }
    if (variadic) continue; // commander gives it to the variadic option
    if (!command && !unknownCommand) {
      command = spec.commands.find((c) => c.name === word || c.aliases.includes(word));
      unknownCommand = command === undefined;
      continue;
    }
    positional++;
  }

  const request = (want: Request["want"], partial = current, prefix = ""): Request => ({ want, partial, prefix, data, command: command?.name });
  const valuesOf = (option: OptionSpec): Request["want"] => {
    if (option.choices) return { values: option.choices };
    const kind = option.long ? own(OPTION_KINDS, option.long) : undefined;
    return kind ? { kind } : null;
  };

  if (unknownCommand) return request(null);
  if (valueAfterEquals) {
    const option = findLong(merged.at(-1)!);
    return request(option?.takesValue ? valuesOf(option) : null);
  }
  if (pending) return request(valuesOf(pending));
  if (current === "=") return request(null); // bash, cursor right after `--option=`: nothing can replace the "=" itself
  if (!dashDash && current.startsWith("--") && current.includes("=")) {
    const eq = current.indexOf("=");
    const option = findLong(current.slice(0, eq));
    return request(option?.takesValue ? valuesOf(option) : null, current.slice(eq + 1), current.slice(0, eq + 1));
  }
  if (!dashDash && current.startsWith("-")) return request({ options: options() });
  if (variadic) return request(valuesOf(variadic));
  if (!command) return request({ commands: true });
  const kinds = command.args;
  const kind = kinds[positional] ?? (command.variadicLast ? kinds.at(-1) : undefined);
  if (!kind) return request(null);
  return request(Array.isArray(kind) ? { values: kind } : { kind });
}

/** Names a shell can insert as they are: no spaces, quotes or characters the shell would read. */
const INSERTABLE = /^[\p{L}\p{N}\p{M}._+@%,/-]+$/u;

/** The candidates for a request; `ladder()` is called only when names from the ladder are needed. */
export async function candidates(spec: ProgramSpec, request: Request, ladder: () => Promise<Ladder | undefined>): Promise<Completion> {
  const { want, partial, prefix } = request;
  let all: Candidate[] = [];
  let files = false;
  if (want === null) all = [];
  else if ("commands" in want) all = spec.commands.map((c) => ({ value: c.name, description: c.description }));
  else if ("options" in want) {
    const longOnly = partial.startsWith("--");
    for (const o of want.options) {
      if (o.long) all.push({ value: o.long, description: o.description });
      if (o.short && !longOnly) all.push({ value: o.short, description: o.description });
    }
  } else if ("values" in want) all = want.values.map((value) => ({ value, description: "" }));
  else if (want.kind === "files") files = true;
  else all = await namesOf(want.kind, ladder);

  const lower = partial.toLowerCase();
  const seen = new Set<string>();
  const matching = all.filter((c) => {
    if (seen.has(c.value) || !INSERTABLE.test(c.value)) return false;
    seen.add(c.value);
    return c.value.toLowerCase().startsWith(lower);
  });
  return { candidates: matching.map((c) => ({ value: prefix + c.value, description: oneLine(c.description) })), files };
}

/** A description on one line: tabs, line feeds and terminal controls become spaces. */
const ONE_LINE = new RegExp(`(?:[\\t\\n]|${TERMINAL_CONTROL.source})+`, "g");
const oneLine = (s: string) => s.replace(ONE_LINE, " ").trim();

async function namesOf(kind: Kind, load: () => Promise<Ladder | undefined>): Promise<Candidate[]> {
  if (kind === "shells") return SHELLS.map((value) => ({ value, description: "" }));
  const ladder = await load();
  if (!ladder) return [];
  const levels = (): Candidate[] =>
    ladder.levels.flatMap((l) => [{ value: l.id, description: l.title }, ...l.aliases.map((a) => ({ value: a, description: l.title }))]);
  switch (kind) {
    case "levels":
      return levels();
    case "positions":
      return [...levels(), ...ladder.roles.map((r) => ({ value: r.id, description: r.title }))];
    case "areas":
      return [
        ...ladder.sections.map((s) => ({ value: s.id, description: `${s.title} (section)` })),
        ...ladder.growthAreas.map((a) => ({ value: a.id, description: `${a.title} (growth area)` })),
      ];
    case "tracks":
      return ladder.tracks.map((t) => ({ value: t.id, description: t.title }));
    default:
      return [];
  }
}

/** The answer as the scripts read it: `value<TAB>description` lines, then `:files` when file names are wanted. */
export function formatCompletion(completion: Completion): string {
  const lines = completion.candidates.map((c) => (c.description ? `${c.value}\t${c.description}` : c.value));
  if (completion.files) lines.push(":files");
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}
