/**
 * Comfortable reading (issue 13), in-process: help that fits each command,
 * names that point at the right one, colour rules, error lines that fit the
 * terminal, markdown that appends cleanly, the levels table at 80 columns,
 * and when output goes to a pager.
 */
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { choosePager, pagerCommand, screenRows, viewPager } from "../../src/cli/pager.js";
import { buildProgram } from "../../src/cli/program.js";
import { runCli } from "../helpers.js";

const program = buildProgram(async () => {});
const optionsOf = (name: string) => program.commands.find((c) => c.name() === name)!.options.map((o) => o.long);

describe("help", () => {
  it("`ladder help <command>` and `ladder --help <command>` are `ladder <command> --help`", async () => {
    const own = await runCli(["show", "--help"]);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain("Usage: ladder show [options] <level>");
    expect(await runCli(["help", "show"])).toEqual(own);
    expect(await runCli(["--help", "show"])).toEqual(own);
    expect(await runCli(["-h", "show"])).toEqual(own);
    expect((await runCli(["help"])).stdout).toContain("Usage: ladder [options] [command]");
  });

  it("bare `ladder` prints a short usage: the everyday commands and where the rest is", async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(12);
    for (const command of ["show <level>", "diff <from> <to>", "levels", "area [name]", "search <text>"]) expect(r.stdout).toContain(`ladder ${command}`);
    expect(r.stdout).toContain("ladder help");
    expect(r.stdout).not.toContain("Options:");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("lists only the options that apply to each command", () => {
    expect(optionsOf("init")).toEqual(["--force", "--tracks"]);
    expect(optionsOf("schema")).toEqual(["--format", "--json", "--no-pager"]);
    expect(optionsOf("completion")).toEqual(["--no-pager"]);
    // Its own options first, then the common ones.
    expect(optionsOf("show")).toEqual(["--section", "--checklist", "--no-examples", "--data", "--format", "--json", "--color", "--no-color", "--no-pager"]);
  });

  it("refuses what cannot be honoured, saying why", async () => {
    expect(await runCli(["show", "em", "--checklist", "--json"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "ladder: --checklist is a markdown checklist and has no json form\nhint: for the level as JSON leave out --checklist: `ladder show em --json`\n",
    });
    expect(await runCli(["schema", "--format", "md"])).toEqual({ code: 2, stdout: "", stderr: "ladder: schema has no markdown format\nhint: schema prints json only: leave out --format\n" });
  });
});

describe("names that point at the right one", () => {
  it("answers a common word for a command with the command", async () => {
    for (const [args, meant] of [
      [["compare", "em", "senior em"], 'diff em "senior em"'],
      [["list"], "levels"],
      [["ls", "--json"], "levels --json"],
      [["find", "budget"], "search budget"],
      [["help", "compare"], "diff <from> <to>"],
    ] as const) {
      const word = args.join(" ");
      const r = await runCli([...args]);
      expect(r.code, word).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr, word).toContain(`hint: did you mean \`ladder ${meant}\`?`);
    }
  });

  it("suggests the closest names for a typo of a command, a level, a growth area, a section and an option", async () => {
    expect((await runCli(["shwo", "em"])).stderr).toContain("hint: did you mean show?");
    expect((await runCli(["show", "dirctor"])).stderr).toContain("hint: did you mean: director?");
    expect(await runCli(["area", "peeple"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'ladder: unknown growth area or section "peeple"\nhint: did you mean: people-development?\nhint: run `ladder area` to see them all\n',
    });
    expect((await runCli(["show", "em", "--section", "leadrship"])).stderr).toContain("hint: did you mean: leadership?");
    expect((await runCli(["show", "em", "--sectoin", "scope"])).stderr).toContain("hint: did you mean --section?");
  });
});

describe("colour", () => {
  const coloured = async (args: string[], env: Record<string, string> = {}) => (await runCli(args, { tty: true, env })).stdout.includes("\u001b[");

  it("follows --color <auto|always|never>, --no-color, NO_COLOR and TERM=dumb", async () => {
    expect(await coloured(["levels"])).toBe(true);
    expect(await coloured(["levels"], { TERM: "dumb" })).toBe(false);
    expect(await coloured(["levels", "--color", "always"], { TERM: "dumb" })).toBe(true);
    expect(await coloured(["levels", "--color", "never"])).toBe(false);
    expect(await coloured(["--color", "never", "levels"])).toBe(false);
    expect(await coloured(["levels", "--no-color"])).toBe(false);
    expect(await coloured(["levels", "--color", "auto"], { NO_COLOR: "1" })).toBe(false);
    // Piped, always means colour in the text format (markdown has none).
    expect((await runCli(["levels", "-f", "text", "--color", "always"])).stdout).toContain("\u001b[");
    expect((await runCli(["levels", "--color", "always"])).stdout).not.toContain("\u001b[");
    expect((await runCli(["levels", "--color", "sometimes"])).code).toBe(2);
  });
});

describe("layout", () => {
  it("wraps error and hint lines at the width of standard error when it is a terminal", async () => {
    const name = "a-level-name-that-nobody-has-ever-given-to-any-level-in-any-ladder";
    const wrapped = await runCli(["show", name], { stderrColumns: 40 });
    expect(wrapped.code).toBe(2);
    const lines = wrapped.stderr.trimEnd().split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines[0]).toMatch(/^ladder: unknown level "a-level-name-/);
    expect(lines[1]).toMatch(/^ {8}\S/); // continued under the message
    // Not a terminal: whole lines, for scripts.
    expect((await runCli(["show", name])).stderr.split("\n")[0]).toBe(`ladder: unknown level "${name}"`);
  });

  it("ends printed markdown with a blank line, so outputs appended to one file keep a blank line before each heading", async () => {
    const notes = (await runCli(["show", "em", "--section", "scope"])).stdout + (await runCli(["diff", "em", "director"])).stdout + (await runCli(["levels"])).stdout;
    const lines = notes.split("\n");
    lines.forEach((line, i) => {
      if (line.startsWith("#") && i > 0) expect(lines[i - 1], `before "${line}"`).toBe("");
    });
    expect(notes.endsWith("\n\n")).toBe(true);
    expect(notes).not.toMatch(/\n\n\n/);
  });

  it("never breaks a name at its hyphens in the levels table at 80 columns, and keeps the summary apart from the title", async () => {
    const r = await runCli(["levels"], { tty: true, columns: 80, env: { NO_COLOR: "1" } });
    const table = r.stdout.split("\n").filter((l) => l.startsWith("│"));
    expect(table.length).toBeGreaterThan(0);
    for (const line of r.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    const cells = table.map((l) => l.split("│").map((c) => c.trim()));
    for (const name of ["first-level-manager", "senior-manager", "vice-president-of-engineering", "chief-technology-officer", "senior-em"]) {
      expect(cells.some((row) => row.some((c) => c.split(/,? /).includes(name) || c.split(", ").includes(name))), name).toBe(true);
    }
    expect(cells.every((row) => row.every((c) => !/\w-$/.test(c)))).toBe(true);
    // The summary in brackets under the title, not run on from it.
    expect(r.stdout).toMatch(/│ \(First-Level\s*│|│ \(First-Level Manager\)/);
  });
});

describe("when output goes to a pager", () => {
  const io = (over: { isTTY?: boolean; rows?: number; columns?: number; env?: Record<string, string> } = {}): Io => ({
    stdout: { write: () => true, isTTY: over.isTTY ?? true, columns: over.columns ?? 80, rows: over.rows ?? 24 },
    stderr: { write: () => true },
    stdin: { isTTY: true },
    env: over.env ?? {},
  });
  const tall = "line\n".repeat(30);
  const short = "line\n".repeat(5);

  it("pages output taller than the screen, on a terminal, unless asked not to", () => {
    expect(choosePager(tall, io(), {})).toBe("less");
    expect(choosePager(short, io(), {})).toBeUndefined();
    expect(choosePager(tall, io({ isTTY: false }), {})).toBeUndefined();
    expect(choosePager(tall, io(), { pager: false })).toBeUndefined();
    expect(choosePager(tall, io({ rows: 40 }), {})).toBeUndefined();
    // Long lines take several rows of a narrow screen.
    expect(choosePager(`${"x".repeat(200)}\n`.repeat(8), io({ columns: 40 }), {})).toBe("less");
  });

  it("takes LADDER_PAGER, then PAGER, then less; an empty one or cat is none", () => {
    expect(pagerCommand({ LADDER_PAGER: "most -s", PAGER: "more" })).toBe("most -s");
    expect(pagerCommand({ PAGER: "more" })).toBe("more");
    expect(pagerCommand({})).toBe("less");
    expect(pagerCommand({ LADDER_PAGER: "", PAGER: "more" })).toBeUndefined();
    expect(pagerCommand({ PAGER: "cat" })).toBeUndefined();
    expect(pagerCommand({ TERM: "dumb" })).toBeUndefined();
    expect(pagerCommand({ TERM: "dumb", PAGER: "more" })).toBe("more");
    expect(viewPager({}, { pager: false })).toBeUndefined();
    expect(viewPager({}, {})).toMatch(/^less -\+F /); // explore's views stay open until q
  });

  it("counts the rows text takes on screen", () => {
    expect(screenRows("a\nb\n", 80)).toBe(2);
    expect(screenRows(`${"x".repeat(81)}\n`, 80)).toBe(2);
    expect(screenRows("\u001b[1mbold\u001b[22m\n", 4)).toBe(1);
  });
});
