/**
 * The docs cannot rot: every example in README.md and docs/*.md that runs ladder is run here with the
 * built binary, and every YAML sample is validated by it. The conventions a doc writer follows:
 *
 * Commands
 * - In a ```sh block (or bash, shell, zsh), each line that starts with `ladder ` or `npx ladder `
 *   (optionally after `NAME=value` settings, or after `cat FILE | `, which gives FILE on standard
 *   input) is run; so is the ladder command inside `$(ladder ...)` or `<(ladder ...)`. Other lines
 *   (`npm test`, `$EDITOR acme.yaml`) are not. A line that runs ladder in any other way must say
 *   why it is not run, `# not run: ...`: nothing that runs ladder is left out silently.
 *   A line `export NAME=value` sets NAME for the examples after it in the same file (`$PWD` is the
 *   examples' directory).
 * - A fenced block of any language whose first line is `$ ladder ...` is a command followed by the
 *   output it prints: standard output, then standard error. The shown output must match the real
 *   output line for line (trailing spaces ignored), except that a line holding only `...` or `…`
 *   stands for any run of lines, none included. Nothing else is shortened.
 * - A trailing `# comment` is not part of the command. The exit status must be 0, unless the comment
 *   says `exit status N`: then it must be N. An example that shows an error (a `ladder: ` line) must
 *   say its status that way.
 * - A block of output in ```text shows what a terminal shows: when the command names no format and
 *   pipes nowhere, `--format text` is added (here standard output is a pipe, where the default is
 *   markdown). Every command runs with COLUMNS=80 and NO_COLOR=1.
 * - Only `| cat` may follow a command (it shows the piped default). `> file` and `>> file` write or
 *   append standard output to that file when it is a plain relative name; any other target (`~/...`,
 *   `"${fpath[1]}/_ladder"`) is not written.
 * - Skipped, by rule: `ladder explore` and `ladder assess` (they need a terminal; see
 *   tests/e2e/interactive.test.ts), except `ladder assess ... --answers FILE`, which asks nothing.
 * - The examples of one file run in order in one fresh temporary directory, so a file made by
 *   `ladder init` is there for the next example. That directory holds `tests/fixtures`, `tests/golden`
 *   and `tests/hostile` (links to the repository's), so examples name `tests/fixtures/acme.yaml` as a
 *   reader in a clone would.
 *
 * - In any other block, a `$ ladder` line may only be the first (a second command would be taken
 *   for output, never run), and a bare `ladder ...` first line is a command left out: both fail.
 *
 * - A command named in running text (`ladder show --no-examples`) is not run, but it must name a
 *   command and options that ladder declares.
 *
 * YAML and JSON
 * - Every ```yaml block must be a complete ladder that `ladder validate` accepts, unless its first
 *   line is `# fragment`; a fragment must still be YAML that parses without an error.
 * - Every ```json block that is not a command's output (`$ ladder ...`) is a ladder or an
 *   assessment record that `ladder validate` accepts.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { repoRoot, runBin } from "../helpers.js";
import type { Option } from "commander";
import { buildProgram, formatsOf } from "../../src/cli/program.js";

const docFiles = [
  "README.md",
  ...readdirSync(path.join(repoRoot, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join("docs", name)),
];

interface Block {
  lang: string;
  line: number; // of the opening fence, from 1
  lines: string[];
}

/** The fenced blocks of a markdown file (``` fences, not nested). */
function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  markdown.split("\n").forEach((text, index) => {
    const fence = /^```(\S*)\s*$/.exec(text);
    if (open) {
      if (/^```\s*$/.test(text)) {
        blocks.push(open);
        open = null;
      } else open.lines.push(text);
    } else if (fence) open = { lang: fence[1] ?? "", line: index + 1, lines: [] };
  });
  return blocks;
}

/** Shell words of one line: quotes, backslashes, `#` comments, and `|`, `>`, `>>` as their own words. */
function shellWords(line: string): { words: string[]; comment: string } {
  const words: string[] = [];
  let word: string | null = null;
  let i = 0;
  const push = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  while (i < line.length) {
    const c = line[i];
    if (c === " " || c === "\t") {
      push();
      i++;
    } else if (c === "#" && word === null) {
      return { words, comment: line.slice(i + 1).trim() };
    } else if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) throw new Error(`unclosed quote in: ${line}`);
      word = (word ?? "") + line.slice(i + 1, end);
      i = end + 1;
    } else if (c === "\\") {
      word = (word ?? "") + line[i + 1];
      i += 2;
    } else if (c === "|" || c === ">") {
      push();
      const op = line.startsWith(">>", i) ? ">>" : c;
      words.push(op);
      i += op.length;
    } else {
      word = (word ?? "") + c;
      i++;
    }
  }
  push();
  return { words, comment: "" };
}

interface Example {
  file: string;
  line: number;
  command: string;
  /** A file given on standard input (`cat FILE | ladder ...`). */
  input?: string;
  /** Expected output lines, or null when the docs show none. */
  output: string[] | null;
  showsText: boolean;
}

type Step = { kind: "example"; example: Example } | { kind: "export"; name: string; value: string; line: number; file: string };

const interactive = new Set(["explore", "assess"]);
const startsLadder = (command: string) => /^([A-Z_]+=\S*\s+)*(npx\s+)?ladder(\s|$)/.test(command);
/** Whether a shell line runs ladder anywhere: at its start, after a pipe, `;`, `&&`, or inside `$(...)` or `<(...)`. */
const runsLadder = (text: string) => /(^|[|;&(]\s*)(npx\s+)?ladder(\s|$)/.test(text.replace(/\s#.*$/, ""));
const SHELLS = new Set(["sh", "bash", "shell", "zsh"]);

/** A shell line as the example to run, or null when it runs no ladder this test can run. */
function shellExample(file: string, line: number, text: string): Example | null {
  if (startsLadder(text)) return { file, line, command: text, output: null, showsText: false };
  const piped = /^cat\s+(\S+)\s*\|\s*(.*)$/.exec(text);
  if (piped && startsLadder(piped[2]!)) return { file, line, command: piped[2]!, input: piped[1]!, output: null, showsText: false };
  const inner = /(?:\$|<)\((ladder\s[^()]*)\)/.exec(text);
  if (inner) return { file, line, command: inner[1]!, output: null, showsText: false };
  return null;
}

function stepsOf(file: string): { steps: Step[]; samples: Block[]; fragments: Block[]; unrun: string[] } {
  const steps: Step[] = [];
  const samples: Block[] = [];
  const fragments: Block[] = [];
  const unrun: string[] = [];
  for (const block of fencedBlocks(readFileSync(path.join(repoRoot, file), "utf-8"))) {
    const first = block.lines[0] ?? "";
    if (block.lang === "yaml" || (block.lang === "json" && !first.startsWith("$ "))) {
      (first.trim() === "# fragment" ? fragments : samples).push(block);
      continue;
    }
    // `$ ladder ...` or `$ cat FILE | ladder ...`, followed by what it prints.
    const shown = first.startsWith("$ ") ? first.slice(2) : "";
    const shownPipe = /^cat\s+(\S+)\s*\|\s*(.*)$/.exec(shown);
    const shownOutput = startsLadder(shown) || (shownPipe !== null && startsLadder(shownPipe[2]!));
    if (SHELLS.has(block.lang) && !shownOutput) {
      block.lines.forEach((text, index) => {
        const line = block.line + 1 + index;
        const exported = /^export\s+([A-Z_]+)=(\S+)/.exec(text);
        const example = exported ? null : shellExample(file, line, text);
        if (exported) steps.push({ kind: "export", name: exported[1] ?? "", value: exported[2] ?? "", line, file });
        else if (example) steps.push({ kind: "example", example });
        else if (runsLadder(text) && !/#\s*not run: \S/.test(text)) unrun.push(`${file}:${line}: ${text}`);
      });
      continue;
    }
    if (shownOutput) {
      steps.push({
        kind: "example",
        example: {
          file,
          line: block.line + 1,
          command: shownPipe && !startsLadder(shown) ? shownPipe[2]! : shown,
          ...(shownPipe && !startsLadder(shown) ? { input: shownPipe[1]! } : {}),
          output: block.lines.slice(1),
          showsText: block.lang === "text",
        },
      });
    } else if (startsLadder(first)) unrun.push(`${file}:${block.line + 1}: ${first} (a command in a ${block.lang || "plain"} block: make it \`$ ${first}\` with its output, or a sh block)`);
    block.lines.forEach((text, index) => {
      if (index > 0 && text.startsWith("$ ") && startsLadder(text.slice(2))) unrun.push(`${file}:${block.line + 1 + index}: ${text} (only a block's first line is run)`);
    });
  }
  return { steps, samples, fragments, unrun };
}

/** Glob matching of lines, where a wildcard line matches any run of lines. */
function matchLines(expected: string[], actual: string[]): boolean {
  const wild = (s: string | undefined) => s !== undefined && (s.trim() === "..." || s.trim() === "…");
  let e = 0;
  let a = 0;
  let star = -1;
  let resume = 0;
  while (a < actual.length) {
    if (e < expected.length && wild(expected[e])) {
      star = e++;
      resume = a;
    } else if (e < expected.length && expected[e] === actual[a]) {
      e++;
      a++;
    } else if (star >= 0) {
      e = star + 1;
      a = ++resume;
    } else return false;
  }
  while (e < expected.length && wild(expected[e])) e++;
  return e === expected.length;
}

// A markdown document ends with a blank line (so that `>>` keeps documents apart); a fenced example cannot show it.
const outputLines = (text: string) => text.replace(/\n+$/, "").split("\n").map((l) => l.trimEnd());
/** Whether the command named in these arguments offers a text format, as the program declares it. */
const program = buildProgram(async () => undefined);
const offersText = (args: string[]) => {
  const command = program.commands.find((c) => args.includes(c.name()) || c.aliases().some((a) => args.includes(a)));
  return command !== undefined && formatsOf(command).includes("text");
};
const hasFormat = (args: string[]) => args.some((a) => a === "--json" || a === "-f" || a.startsWith("--format") || a.startsWith("-f"));

function makeWorkDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ladder-docs-"));
  mkdirSync(path.join(dir, "tests"));
  for (const name of ["fixtures", "golden", "hostile"]) symlinkSync(path.join(repoRoot, "tests", name), path.join(dir, "tests", name));
  return dir;
}

function runExample(example: Example, cwd: string, exported: Record<string, string>): void {
  const where = `${example.file}:${example.line}: ${example.command}`;
  const { words, comment } = shellWords(example.command);
  const env: Record<string, string> = { ...exported, COLUMNS: "80", NO_COLOR: "1" };
  while (/^[A-Z_]+=/.test(words[0] ?? "")) {
    const setting = words.shift()!;
    const at = setting.indexOf("=");
    env[setting.slice(0, at)] = setting.slice(at + 1);
  }
  if (words[0] === "npx") words.shift();
  words.shift(); // ladder
  let args = words;
  let redirect: { op: string; target: string } | null = null;
  const op = args.findIndex((w) => w === "|" || w === ">" || w === ">>");
  if (op >= 0) {
    const tail = args.slice(op);
    args = args.slice(0, op);
    if (tail[0] === "|") expect(tail, `${where}: only \`| cat\` may follow a command`).toEqual(["|", "cat"]);
    else {
      expect(tail.length, `${where}: one redirection target`).toBe(2);
      redirect = { op: tail[0] ?? "", target: tail[1] ?? "" };
    }
  }
  if (example.showsText && op < 0 && !hasFormat(args) && offersText(args)) args = [...args, "--format", "text"];

  const input = example.input === undefined ? undefined : readFileSync(path.join(cwd, example.input), "utf-8");
  const result = runBin(args, { cwd, env, ...(input === undefined ? {} : { input }) });
  const status = /exit status (\d+)/.exec(comment);
  const expectedStatus = status ? Number(status[1]) : 0;
  const report = `${where}\nexit status ${result.code}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`;
  expect(result.code, report).toBe(expectedStatus);

  if (redirect && /^[\w.-]+$/.test(redirect.target)) {
    (redirect.op === ">>" ? appendFileSync : writeFileSync)(path.join(cwd, redirect.target), result.stdout);
  }
  if (example.output) {
    const shown = example.output;
    if (shown.some((l) => l.startsWith("ladder: "))) expect(status, `${where}: an example that shows an error says "# exit status N"`).not.toBeNull();
    const real = outputLines(result.stdout + result.stderr);
    expect(matchLines(outputLines(shown.join("\n")), real), `${where}: the shown output differs from the real output:\n${real.join("\n")}`).toBe(true);
  }
}

describe("the wildcard rule of the docs test", () => {
  it("lets `...` stand for any run of lines and nothing else", () => {
    expect(matchLines(["a", "...", "d"], ["a", "b", "c", "d"])).toBe(true);
    expect(matchLines(["a", "…"], ["a"])).toBe(true);
    expect(matchLines(["a", "...", "d"], ["a", "b", "c"])).toBe(false);
    expect(matchLines(["a", "c"], ["a", "b", "c"])).toBe(false);
    expect(matchLines(["...", "b", "...", "d"], ["x", "b", "y", "b", "d"])).toBe(true);
  });
});

describe("the README and docs/ cover what they must", () => {
  it("has examples to run in the README and in every docs page that documents commands", () => {
    const counted = (file: string) => stepsOf(file).steps.filter((s) => s.kind === "example").length;
    expect(counted("README.md")).toBeGreaterThanOrEqual(8);
    expect(counted(path.join("docs", "commands.md"))).toBeGreaterThanOrEqual(20);
    expect(stepsOf(path.join("docs", "ladder-format.md")).samples.length).toBeGreaterThanOrEqual(1);
  });

  it("names in running text only commands and options that ladder declares", () => {
    const named = (option: readonly Option[], word: string) => word === "--help" || word === "-h" || option.some((o) => o.long === word.split("=")[0] || o.short === word);
    const wrong: string[] = [];
    for (const file of docFiles) {
      const prose = readFileSync(path.join(repoRoot, file), "utf-8").replace(/```[\s\S]*?```/g, "");
      for (const [, span] of prose.matchAll(/`(?:npx )?(ladder [^`]*)`/g)) {
        const words = span!.split(/\s+/).slice(1);
        let i = 0;
        // Options before the command word are the program's; one that takes a value takes the next word.
        for (; i < words.length && words[i]!.startsWith("-"); i++) {
          if (!named(program.options, words[i]!)) wrong.push(`${file}: \`${span}\`: no option ${words[i]}`);
          const option = program.options.find((o) => o.long === words[i] || o.short === words[i]);
          if (option && (option.required || option.optional)) i++;
        }
        const name = words[i];
        if (name === undefined || /^[<[|]/.test(name)) continue; // `ladder <command> --help`
        const command = name === "help" ? program : program.commands.find((c) => c.name() === name);
        if (!command) {
          wrong.push(`${file}: \`${span}\`: no command ${name}`);
          continue;
        }
        for (const word of words.slice(i + 1)) if (/^--?[a-zA-Z]/.test(word) && !named(command.options, word)) wrong.push(`${file}: \`${span}\`: ${name} has no ${word}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("runs every line of every page that runs ladder, or says why not", () => {
    expect(docFiles.flatMap((file) => stepsOf(file).unrun)).toEqual([]);
  });
});

describe("the docs test's reading of shell lines", () => {
  it("runs ladder at the start of a line, after cat FILE |, and inside $(...) or <(...)", () => {
    expect(shellExample("f", 1, "ladder show em")?.command).toBe("ladder show em");
    expect(shellExample("f", 1, "cat a.yaml | ladder changes - b.yaml")).toMatchObject({ command: "ladder changes - b.yaml", input: "a.yaml" });
    expect(shellExample("f", 1, 'eval "$(ladder completion bash)"')?.command).toBe("ladder completion bash");
    expect(shellExample("f", 1, "source <(ladder completion zsh)")?.command).toBe("ladder completion zsh");
    expect(shellExample("f", 1, "npm test")).toBeNull();
    expect(runsLadder("git show v1:ladder.yaml | ladder changes - ladder.yaml")).toBe(true);
    expect(runsLadder("npm install   # ladder's dependencies")).toBe(false);
  });
});

for (const file of docFiles) {
  const { steps, samples, fragments } = stepsOf(file);
  if (steps.length === 0 && samples.length === 0 && fragments.length === 0) continue; // a page with nothing to run, such as development.md
  describe(file, () => {
    const cwd = makeWorkDir();
    afterAll(() => rmSync(cwd, { recursive: true, force: true }));
    const exported: Record<string, string> = {};
    for (const step of steps) {
      if (step.kind === "export") {
        it(`${file}:${step.line}: export ${step.name}`, () => {
          exported[step.name] = step.value.replace(/\$PWD|\$\{PWD\}/g, cwd);
        });
        continue;
      }
      const { example } = step;
      const subcommand = shellWords(example.command).words.find((w, i, all) => i > 0 && !w.startsWith("-") && all[i - 1] !== "--data" && all[i - 1] !== "-d" && w !== "ladder");
      const skip = subcommand !== undefined && interactive.has(subcommand) && !(subcommand === "assess" && shellWords(example.command).words.includes("--answers"));
      it.skipIf(skip)(`${file}:${example.line}: ${example.command}`, () => runExample(example, cwd, exported));
    }
    samples.forEach((block, index) => {
      it(`${file}:${block.line}: the ${block.lang.toUpperCase()} sample validates`, () => {
        const sample = path.join(cwd, `sample-${index}.${block.lang}`);
        writeFileSync(sample, block.lines.join("\n") + "\n");
        const result = runBin(["validate", sample], { cwd, env: { COLUMNS: "80", NO_COLOR: "1" } });
        expect(result.code, `${file}:${block.line}:\n${result.stderr}`).toBe(0);
      });
    });
    fragments.forEach((block) => {
      it(`${file}:${block.line}: the YAML fragment parses`, () => {
        const doc = parseDocument(block.lines.join("\n") + "\n");
        expect(doc.errors.map((e) => e.message), `${file}:${block.line}`).toEqual([]);
      });
    });
  });
}
