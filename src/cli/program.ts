/**
 * The command line, declared: the only grammar ladder has. Commands,
 * arguments, options (each command's --format values included) and help.
 * Each action hands its typed options to a command function that returns a
 * result; main.ts is the one place that prints it and exits.
 */
import { Command, Option } from "commander";
import type { CommandResult, Context } from "./context.js";
import type { DiffOptions } from "./commands/diff.js";
import { COLOR_WHEN, type GlobalOptions, type Offered } from "./io.js";
import { wrap } from "../render/width.js";
import { VERSION } from "./version.js";

/** Runs a command and receives its result; supplied by main.ts. */
export type Runner = (cmd: Command, job: (ctx: Context) => Promise<CommandResult | undefined>) => Promise<void>;

/** The --format values of each kind of command (case is ignored). */
export const VIEW_FORMATS = ["text", "markdown", "md", "json"] as const;
/** A document to paste (the promotion case): no text view. */
export const REPORT_FORMATS = ["markdown", "md", "json"] as const;
export const EXPORT_FORMATS = ["markdown", "md", "html", "json", "csv"] as const;
export const JSON_FORMATS = ["json"] as const;

const FORMAT_DEFAULT = "(default: text on a terminal, markdown otherwise)";

/**
 * --format, declared with its choices (which completion offers). ladder
 * checks the value itself (io.ts resolveOutput), case-insensitively and with
 * its own message, so commander only records it.
 */
function formatOption(choices: readonly string[], note = FORMAT_DEFAULT): Option {
  return new Option("-f, --format <format>", `output format ${note}`).choices(choices).argParser((value: string) => value);
}

/** Which of the common options a command has: only those that change what it does. */
interface Common {
  /** --data: it reads the ladder. */
  data?: boolean;
  /** --color/--no-color: it can print colour (text views, prompts). */
  color?: boolean;
  /** --no-pager: it prints to standard output, where a long result may be paged. */
  pager?: boolean;
}

const ALL: Common = { data: true, color: true, pager: true };

/**
 * The common options, after a command's name as well as before it: the ladder
 * to read, the format (for a command that prints views), colour and the pager.
 */
function withCommonOptions(cmd: Command, format: Option | null, common: Common = ALL): Command {
  if (common.data) cmd.option("-d, --data <file>", "the ladder file to read (default: $LADDER_DATA, else the built-in ladder)");
  if (format) cmd.addOption(format).option("--json", "shorthand for --format json");
  if (common.color) {
    cmd
      .addOption(new Option("--color <when>", "colour in text output: auto (default), always or never").choices(COLOR_WHEN))
      .option("--no-color", "no colour (also: NO_COLOR=1, TERM=dumb)");
  }
  if (common.pager) cmd.option("--no-pager", "print long output directly, without a pager (also: LADDER_PAGER=)");
  return cmd;
}

function examples(...lines: string[]): string {
  return `Examples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

export function buildProgram(run: Runner): Command {
  const program = new Command("ladder")
    .description("Explore a career ladder: what is expected at each level, and what changes between levels.")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command: `ladder help show` is `ladder show --help`")
    // The program reads its own options only before the command word; each command declares the same ones for after it.
    .enablePositionalOptions()
    .addHelpText(
      "before",
      examples(
        "ladder show director",
        'ladder diff em "senior em"',
        'ladder area "people development"',
        "ladder levels",
        "ladder show director >> notes.md",
      ),
    )
    .addHelpText(
      "after",
      [
        "",
        "Environment:",
        "  LADDER_DATA   a ladder file to use instead of the built-in ladder",
        "  NO_COLOR      no colour;  FORCE_COLOR  colour even when piped (text format)",
        "  LADDER_PAGER  the pager for long output on a terminal (else PAGER, else less);",
        "                empty: no pager",
        "  COLUMNS       the width to lay out text for",
        "",
      ].join("\n"),
    );

  // Before the command word any format a command offers may be given; the command's own declaration then decides.
  const programFormat = formatOption([], "(each command lists its own)");
  withCommonOptions(program, programFormat);

  // The common options are added after each command's own, so that its help lists what is special to it first.
  const commonLater: (() => void)[] = [];
  const command = (name: string, description: string, exampleLines: string[], formats: readonly string[] | null = VIEW_FORMATS, note?: string, common?: Common) => {
    const cmd = program.command(name).description(description).helpOption("-h, --help", "show help").addHelpText("before", examples(...exampleLines));
    commonLater.push(() => withCommonOptions(cmd, formats ? formatOption(formats, note) : null, common));
    return cmd;
  };

  command("levels", "list every level in order: id, title, aliases and facts, and how scope grows", [
    "ladder levels",
    "ladder levels --json",
    "ladder --data acme.yaml levels --track management",
  ])
    .summary("every level in order, and how scope grows")
    .option("-t, --track <name>", "only the levels of this track")
    .action((opts: { track?: string }, cmd: Command) => run(cmd, async (ctx) => (await import("./commands/levels.js")).levels(ctx, opts)));

  command("show", "everything expected at one level", [
    "ladder show director",
    "ladder show em --section scope",
    "ladder show em --checklist >> 1on1.md",
    "ladder show cto --json",
  ])
    .summary("everything expected at one level")
    .argument("<level>", "a level id, alias or title (a unique prefix will do)")
    .option("-s, --section <name>", "keep only this section or growth area (repeatable, or a,b)", collect)
    .option("-c, --checklist", "print the expectations as a markdown checklist (- [ ])")
    .option("--no-examples", "leave out the examples under each expectation")
    .action((level: string, opts: { section?: string[]; checklist?: boolean; examples?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => (await import("./commands/show.js")).show(ctx, level, opts)),
    );

  command("diff", "what changes from one level to another: a summary, then each section's changes, and the transitions on the way", [
    'ladder diff em "senior em"',
    "ladder diff em director --section scope --changes-only",
    "ladder diff em cto --steps",
    "ladder diff em director --format md >> promotion.md",
  ])
    .summary("what changes from one level to another")
    .argument("<from>", "the first level")
    .argument("<to>", "the second level")
    .option("-s, --section <name>", "keep only this section or growth area (repeatable, or a,b)", collect)
    .addOption(new Option("--changes-only", "leave out what is the same at both levels").conflicts("all"))
    .option("--all", "show unchanged expectations in full, not counted")
    .option("--steps", "compare each step on the way as well, in turn")
    // The table pairs items by position: it has no steps, and nothing to collapse that --all would show.
    .addOption(new Option("--side-by-side", "the two levels in two columns, paired by position").conflicts(["steps", "all"]))
    .action((from: string, to: string, opts: DiffOptions, cmd: Command) => run(cmd, async (ctx) => (await import("./commands/diff.js")).diff(ctx, from, to, opts)));

  command("area", "one growth area (or section) across all levels; no name lists them", [
    'ladder area "people development"',
    "ladder area people",
    "ladder area leadership",
    "ladder area",
  ])
    .summary("one growth area or section across all levels")
    .argument("[name]", "a growth area or section id or title (a unique prefix will do)")
    .option("-t, --track <name>", "only the levels of this track")
    .action((name: string | undefined, opts: { track?: string }, cmd: Command) => run(cmd, async (ctx) => (await import("./commands/area.js")).area(ctx, name, opts)));

  command("about", "the ladder's introduction, shared responsibilities, transitions and closing notes", ["ladder about", "ladder about --format md"]).action(
    (_opts, cmd: Command) => run(cmd, async (ctx) => (await import("./commands/about.js")).about(ctx)),
  );

  command("explore", "browse the ladder from a menu: levels, comparisons, areas, search, a self-assessment (needs a terminal)", [
    "ladder explore",
    "ladder --data acme.yaml explore",
  ])
    .addHelpText(
      "after",
      "\nKeys: arrows and Enter choose; type to narrow a list; Esc goes back.\nq, Esc or Quit at the menu leave (status 0); Ctrl-C stops (status 130).\nWithout a terminal: ladder show, diff, area, search, levels or about.\n",
    )
    .action((_opts, cmd: Command) => run(cmd, async (ctx) => (await import("./commands/explore.js")).explore(ctx)));

  command("assess", "rate yourself on every expectation of a level; keeps a record and a report (needs a terminal, or --answers)", [
    "ladder assess em",
    'ladder assess "senior em" --for "Sam Rivera" --out sam.md',
    "ladder assess em --resume",
    "ladder assess --update assessment-2026-08-30-em.json",
    "ladder assess em --answers answers.csv",
  ], VIEW_FORMATS, "of the report on standard output (default: text on a terminal, markdown otherwise)")
    .argument("[level]", "a level id, alias or title (a unique prefix will do); with --update, the record's level")
    .option("-o, --out <file>", "name the report (FILE.md) and the record beside it (FILE.json); never replaced")
    .option("--for <name>", "whom the assessment is about (default: yourself)")
    .option("--resume", "continue a stopped assessment at its first unanswered question")
    .option("--update <record>", "revisit an earlier record: its answers are the defaults; writes a new record")
    .option("--answers <file>", "answers from a CSV (expectation,answer,note) or JSON file, without prompts")
    .addHelpText(
      "after",
      '\nFor each expectation: consistently, sometimes or not yet (Enter: "sometimes"),\nthen an optional note; links in it are kept as evidence. Esc goes back a step.\nEvery answer is kept as it is given: after Ctrl-C (status 130) or a closed\nterminal, --resume continues. At the end a record (JSON, docs/record.md) and\na report (markdown) are written, by default as assessment-<date>-<level>.json\nand .md in the current folder (numbered, never replaced), and the report is\nprinted. Prompts go to the terminal, so `ladder assess em > report.md` works.\nAn --answers CSV has the header expectation,answer,note (answer: consistently,\nsometimes or not-yet); rows left out stay unanswered.\n',
    )
    .action((level: string | undefined, opts: { out?: string; for?: string; resume?: boolean; update?: string; answers?: string }, cmd: Command) =>
      run(cmd, async (ctx) => (await import("./commands/assess.js")).assess(ctx, level, opts)),
    );

  command("progress", "what moved between two assessment records, per section (or the records of a folder)", [
    "ladder progress assessment-2026-08-30-em.json assessment-2026-11-30-em.json",
    "ladder progress records/ --each",
    "ladder progress records/ --for \"Sam Rivera\" --format md >> sam.md",
  ])
    .argument("[records...]", "two record files (older, newer), or one folder of records (default: the current folder)")
    .option("--for <name>", "in a folder, only the records about this person")
    .option("--each", "in a folder, every consecutive pair, not just the oldest and newest")
    .action((records: string[], opts: { for?: string; each?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => (await import("./commands/progress.js")).progress(ctx, records, opts)),
    );

  command("case", "a promotion case for a target level, in markdown: strengths, growing, gaps (from a record)", [
    "ladder case senior-em --from assessment-2026-11-30-em.json",
    "ladder case senior-em --from records/ >> promotion.md",
    "ladder case director",
  ], REPORT_FORMATS, "(default: markdown)")
    .argument("<level>", "the target level")
    .option("--from <record>", "the assessment record (a folder: its newest); without it, the empty template")
    .option("--for <name>", "in a folder, only the records about this person")
    .action((level: string, opts: { from?: string; for?: string }, cmd: Command) =>
      run(cmd, async (ctx) => (await import("./commands/case.js")).promotionCase(ctx, level, opts)),
    );

  command("validate", "check a ladder file and list every problem, compiler style", [
    "ladder validate acme.yaml",
    "ladder validate acme.yaml --json",
    "LADDER_DATA=acme.yaml ladder validate",
  ])
    .argument("[file]", "the ladder file (default: --data, $LADDER_DATA, else the built-in ladder)")
    .action((file: string | undefined, _opts, cmd: Command) => run(cmd, async (ctx) => (await import("./commands/validate.js")).validate(ctx, file)));

  command("init", "write a starter ladder file to edit (the built-in ladder, every field explained)", [
    "ladder init",
    "ladder init acme.yaml",
    "ladder init acme.yaml --force",
    "ladder init acme.yaml --tracks",
  ], null, undefined, {})
    .argument("[file]", "where to write it", "ladder.yaml")
    .option("--force", "replace the file if it exists")
    .option("--tracks", "a small two-track starter instead: shared levels, ranks, per-track sections, ratings and examples")
    .action((file: string, opts: { force?: boolean; tracks?: boolean }, cmd: Command) => run(cmd, async (ctx) => (await import("./commands/init.js")).init(ctx, file, opts)));

  command("schema", "print the JSON Schema of the ladder file format, for editors", [
    "ladder schema > ladder.schema.json",
  ], JSON_FORMATS, "(always json)", { pager: true }).action((_opts, cmd: Command) => run(cmd, async () => (await import("./commands/schema.js")).schema()));

  command("search", "every expectation, growth-area entry, transition, responsibility and note containing some text", [
    "ladder search budget",
    "ladder search stakeholder --level director",
    "ladder search hiring --section autonomy",
    "ladder search roadmap --json",
  ])
    .summary("every expectation containing some words")
    .argument("<text>", "the words to find, in any order (case, accents and word endings are ignored)")
    .option("-l, --level <name>", "only what belongs to this level (repeatable)", collect)
    .option("-s, --section <name>", "only this section or growth area (repeatable)", collect)
    .option("-t, --track <name>", "only what belongs to the levels of this track")
    .action((text: string, opts: { level?: string[]; section?: string[]; track?: string }, cmd: Command) =>
      run(cmd, async (ctx) => (await import("./commands/search.js")).search(ctx, text, opts)),
    );

  command("path", "the steps from one position to another (its transitions, or a track's levels in order), and what changes at each", [
    "ladder path ic cto",
    'ladder path em "vp of engineering"',
    "ladder path senior-em director --format md >> growth-plan.md",
  ])
    .argument("<from>", "a level, or a role outside the ladder such as ic")
    .argument("<to>", "a level or role further along")
    .action((from: string, to: string, _opts, cmd: Command) => run(cmd, async (ctx) => (await import("./commands/path.js")).path(ctx, from, to)));

  command("changes", "what changed between two editions of a ladder file: levels, expectations, structure, transitions", [
    "ladder changes ladder-2025.yaml ladder-2026.yaml",
    'ladder changes ladder-2025.yaml ladder-2026.yaml --level "senior em"',
    "git show v1:ladder.yaml | ladder changes - ladder.yaml",
    "ladder changes ladder-2025.yaml ladder-2026.yaml --format md > CHANGES.md",
  ], VIEW_FORMATS, undefined, { color: true, pager: true })
    .argument("<old>", "the earlier edition: a ladder file, or - for standard input")
    .argument("<new>", "the later edition: a ladder file, or - for standard input")
    .option("-l, --level <name>", "only what changed for this level (a name from either edition)")
    .addOption(new Option("--changes-only", "leave out what did not change (the default)").conflicts("all"))
    .option("--all", "show what did not change too")
    .addHelpText(
      "after",
      [
        "",
        "Marks: ~ changed (the words that went [-like this-], that came {+like this+}),",
        "+ added, - removed. Levels, sections, growth areas, tracks and roles are paired",
        "by id, then by title, then by content: a renumbered level still reads as itself.",
        "",
      ].join("\n"),
    )
    .action((oldFile: string, newFile: string, opts: { level?: string; all?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => (await import("./commands/changes.js")).changes(ctx, oldFile, newFile, opts)),
    )
    // It reads the two files it is given: --data, which every command takes, means nothing here (and is refused).
    .options.find((o) => o.long === "--data")
    ?.hideHelp();

  command("completion", "print a shell completion script (bash, zsh or fish) for commands, options and level names", [
    'eval "$(ladder completion bash)"            # in ~/.bashrc',
    'source <(ladder completion zsh)             # in ~/.zshrc, after compinit',
    "ladder completion fish > ~/.config/fish/completions/ladder.fish",
  ], null, undefined, { pager: true })
    .argument("<shell>", "bash, zsh or fish")
    .action((shell: string, _opts, cmd: Command) => run(cmd, async (ctx) => verbatim(await (await import("./commands/completion.js")).completion(ctx, shell))));

  // Called by the completion scripts at each Tab: `ladder __complete -- <index> <words...>`.
  program
    .command("__complete", { hidden: true })
    .argument("[words...]")
    .allowUnknownOption()
    .helpOption(false)
    .action((words: string[], _opts, cmd: Command) =>
      run(cmd, async (ctx) => verbatim(await (await import("./commands/completion.js")).complete(ctx, program, words))),
    );

  command("export", "the whole ladder as one document: markdown (default), html, json or csv", [
    "ladder export > ladder.md",
    "ladder export --format html --out ladder.html",
    "ladder export --out ladder.csv            # the format follows the file's extension",
    "ladder --data acme.yaml export --format json",
  ], EXPORT_FORMATS, "(default: the extension of --out, else markdown)")
    .option("-o, --out <file>", "write to this file instead of standard output (never the ladder being read)")
    .option("--force", "replace the --out file if it exists")
    .addHelpText(
      "after",
      [
        "",
        "Formats:",
        "  markdown, md  one GitHub-flavoured document (the default)",
        "  html          a standalone page that reads well on screen and prints to PDF",
        "  json          the ladder file format: loads again with --data",
        "  csv           one row per expectation: level_id,level,rank,track_id,track,section_id,section,",
        "                text,rating_id,rating,rating_rank,examples,links (`ladder import` reads it back)",
        "Without --format, the extension of --out decides (.md, .html, .json, .csv).",
        "",
      ].join("\n"),
    )
    .action((opts: { out?: string; force?: boolean }, cmd: Command) => run(cmd, async (ctx) => (await import("./commands/export.js")).exportLadder(ctx, opts)));

  command("import", "a spreadsheet export (CSV) as a ladder file: a matrix of sections by levels, or one row per expectation", [
    "ladder import ladder.csv > ladder.yaml",
    "ladder import competencies.csv --out ladder.yaml",
    "ladder export --format csv --out ladder.csv && ladder import ladder.csv",
  ], null, undefined, {})
    .argument("<file>", "the CSV file (UTF-8, comma-separated, as spreadsheets export it), or - to read it from standard input")
    .option("-o, --out <file>", "write the ladder to this file instead of standard output")
    .option("--force", "replace the --out file if it exists")
    .addHelpText(
      "after",
      [
        "",
        "Shapes (told from the header row; header names ignore case):",
        "  matrix     the first column holds section titles, one column per level (its title in the header);",
        "             optionally a track column. A cell lists that level's expectations, one per line.",
        "  long form  one row per expectation: level, section and expectation columns (also: level_id,",
        "             section_id, rank, track, track_id, rating, rating_id, rating_rank, examples, links),",
        "             as `ladder export --format csv` writes them. A track cell may name several: `a; b`.",
        "Rows that cannot be placed are listed on standard error with their line; status 1 if none could be.",
        "",
      ].join("\n"),
    )
    .action((file: string, opts: { out?: string; force?: boolean }, cmd: Command) =>
      run(cmd, async (ctx) => (await import("./commands/import.js")).importSpreadsheet(ctx, file, opts)),
    );

  command("site", "publish the ladder as a static website: levels, comparisons, search and a self-assessment", [
    "ladder site --out site",
    "ladder --data acme.yaml site --out public/ladder",
  ], null, undefined, { data: true })
    .requiredOption("-o, --out <folder>", "the folder to write (made, or replaced if ladder site made it)")
    .option("--force", "replace the folder even if it holds other files")
    .addHelpText("after", "\nThe site needs no server and loads nothing from other hosts: open index.html,\nor copy the folder to any static host. More: docs/site.md\n")
    .action((opts: { out: string; force?: boolean }, cmd: Command) => run(cmd, async (ctx) => (await import("./commands/site.js")).site(ctx, opts)));


  for (const add of commonLater) add();
  programFormat.choices([...new Set(program.commands.flatMap((c) => formatsOf(c)))]).argParser((value: string) => value);
  return program;
}

/** The commands a newcomer needs first: bare `ladder` lists these and says where the rest is. */
const EVERYDAY = ["show", "diff", "levels", "area", "search"] as const;

/** What bare `ladder` prints: a few lines, not the whole help. */
export function shortUsage(program: Command): string {
  const rows = EVERYDAY.map((name) => {
    const cmd = program.commands.find((c) => c.name() === name)!;
    const args = cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`)).join(" ");
    return [`ladder ${name}${args ? ` ${args}` : ""}`, cmd.summary() || cmd.description()] as const;
  });
  const width = Math.max(...rows.map(([usage]) => usage.length));
  return [
    ...wrap(program.description(), 80),
    "",
    ...rows.map(([usage, summary]) => `  ${usage.padEnd(width)}  ${summary}`),
    "",
    "Browse from a menu: ladder explore",
    "Every command and option: ladder help;  one command: ladder help <command>",
    "",
  ].join("\n");
}

/**
 * Words people reach for that are not our command names, and the command that
 * does the job; commander's own "did you mean" covers typos of the real names.
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  compare: "diff <from> <to>",
  list: "levels",
  ls: "levels",
  view: "show <level>",
  level: "show <level>",
  find: "search <text>",
  grep: "search <text>",
  areas: "area",
  growth: "area [name]",
  browse: "explore",
  check: "validate [file]",
  lint: "validate [file]",
  new: "init [file]",
  create: "init [file]",
  steps: "path <from> <to>",
  promotion: "path <from> <to>",
  intro: "about",
  info: "about",
};

/** `ladder --help show` is `ladder show --help`: commander would answer with the whole program's help. */
export function helpFirst(program: Command, argv: readonly string[]): string[] {
  const [first, second, ...rest] = argv;
  const known = program.commands.some((c) => c.name() === second);
  if ((first === "-h" || first === "--help") && second !== undefined && known) return [second, "--help", ...rest];
  // `ladder help compare`: commander would print the whole help; the unknown word gets its own answer.
  if (first === "help" && second !== undefined && !known) return [second];
  return [...argv];
}

/** The --format values a command declares (none for a command that prints no view). */
export function formatsOf(cmd: Command): readonly string[] {
  return cmd.options.find((o) => o.long === "--format")?.argChoices ?? [];
}

/** What the command offers, for resolveOutput and the data path: its declared formats, whether it reads a ladder, and the file its --out names. */
export function offeredBy(cmd: Command): Offered {
  const out = cmd.opts<{ out?: string }>().out;
  return { command: cmd.name(), choices: formatsOf(cmd), readsLadder: cmd.options.some((o) => o.long === "--data"), ...(out !== undefined ? { file: out } : {}) };
}

/** Text printed as it is (a completion script, completion candidates): these commands have no --format. */
function verbatim(text: string): CommandResult<string> {
  return { view: text, renderers: { text: (s) => s } };
}

/** Repeatable options: `--level a --level b`. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * The common options as given, after the command word or before it (the
 * command's own win). A value commander filled in by default (--no-color's
 * `color: true`) does not hide one given before the command word.
 */
export function globalOptions(cmd: Command): GlobalOptions {
  const options: Record<string, unknown> = {};
  for (const c of [cmd.parent, cmd]) {
    if (!c) continue;
    for (const [key, value] of Object.entries(c.opts())) if (!(key in options) || c.getOptionValueSource(key) !== "default") options[key] = value;
  }
  return options as GlobalOptions;
}
