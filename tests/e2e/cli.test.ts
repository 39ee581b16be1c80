/** The built binary, run the way a user runs it: help, version, formats, colour, width, exit statuses, pipes. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { binPath, cleanEnv, fixture, repoRoot, runBin } from "../helpers.js";

const pkg = JSON.parse(readFileSync(`${repoRoot}/package.json`, "utf-8")) as { version: string };
const ESC = "\u001b";

describe("help and version", () => {
  it("prints the version", () => {
    const r = runBin(["--version"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("leads every command's help with examples", () => {
    const commands = ["show", "diff", "area", "levels", "about", "search", "path", "explore", "assess", "validate", "init", "schema", "completion", "export"];
    for (const args of [["--help"], ...commands.map((c) => [c, "--help"])]) {
      const r = runBin(args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.stdout, args.join(" ")).toMatch(/^Examples:\n  \$ .*ladder /);
      expect(r.stdout).toContain("Usage: ladder");
    }
  });

  it("prints a short usage with no arguments, and the whole help, examples first, with --help", () => {
    const r = runBin([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  ladder show <level>");
    expect(r.stdout).toContain("ladder help");
    expect(r.stdout).not.toContain("Commands:");
    const help = runBin(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout.startsWith("Examples:\n")).toBe(true);
    expect(help.stdout).toContain("Commands:");
  });

  it("says a command is missing when only options are given", () => {
    const r = runBin(["--json"]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe("ladder: no command given\nhint: run `ladder --help` for the commands, e.g. `ladder show director`\n");
  });
});

describe("show", () => {
  it("appends clean markdown when piped (the default off a terminal)", () => {
    const r = runBin(["show", "director"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.startsWith("# Director of Engineering\n")).toBe(true);
    expect(r.stdout).toContain("## Team & Project Scope\n\n- Responsible for an entire engineering domain or department\n");
    expect(r.stdout).toContain("### Out of this level: Director to VP of Engineering");
    expect(r.stdout).not.toContain(ESC);
  });

  it("prints text with --format text, width-aware from COLUMNS", () => {
    const r = runBin(["show", "director", "--format", "text"], { env: { COLUMNS: "50" } });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Director of Engineering");
    for (const line of r.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(50);
    expect(r.stdout).not.toContain(ESC);
  });

  it("prints JSON with --json and --format json alike", () => {
    const a = runBin(["show", "cto", "--json"]);
    const b = runBin(["--format", "json", "show", "cto"]);
    expect(a.stdout).toBe(b.stdout);
    const view = JSON.parse(a.stdout);
    expect(view.level).toMatchObject({ id: "cto", title: "CTO", summary: "Chief Technology Officer" });
    expect(view.sections).toHaveLength(5);
    expect(view.sections[2].expectations[3]).toBe("Makes decisions on build vs. buy vs. partner for critical technologies");
  });

  it("keeps only the chosen section", () => {
    const r = runBin(["show", "director", "--section", "scope"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("## Team & Project Scope");
    expect(r.stdout).not.toContain("## Leadership Skills");
    expect(r.stdout).not.toContain("## Growth areas");
  });

  it("takes --section before the level, repeated or comma-separated", () => {
    for (const args of [["show", "--section", "scope", "director"], ["show", "director", "-s", "scope", "-s", "leadership"], ["show", "director", "-s", "scope,leadership"]]) {
      const r = runBin(args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.stdout, args.join(" ")).toContain("## Team & Project Scope");
    }
  });

  it("prints a markdown checklist", () => {
    const r = runBin(["show", "em", "--checklist"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("- [ ] Ability to lead a small team of engineers (typically 5-8)\n");
  });
});

describe("colour", () => {
  const text = ["show", "em", "--format", "text"];
  it("is off when piped, even in text format", () => {
    expect(runBin(text).stdout).not.toContain(ESC);
  });
  it("is on with FORCE_COLOR even when piped", () => {
    expect(runBin(text, { env: { FORCE_COLOR: "1" } }).stdout).toContain(`${ESC}[`);
  });
  it("stays off with NO_COLOR or --no-color, whatever FORCE_COLOR says", () => {
    expect(runBin(text, { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toContain(ESC);
    expect(runBin([...text, "--no-color"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(ESC);
  });
  it("is never in markdown or JSON", () => {
    expect(runBin(["show", "em"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(ESC);
    expect(runBin(["show", "em", "--json"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(ESC);
  });
});

describe("diff, area, levels, about", () => {
  it("diffs two levels with the transition between them", () => {
    const r = runBin(["diff", "em", "senior em"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("## Leadership Skills: Engineering Manager → Senior Engineering Manager\n");
    expect(r.stdout).toContain("### Engineering Manager to Senior Engineering Manager");
  });

  it("shows every transition on the way for levels further apart", () => {
    const r = runBin(["diff", "senior em", "cto", "--json"]);
    expect(JSON.parse(r.stdout).transitions.map((t: { title: string }) => t.title)).toEqual([
      "Senior Engineering Manager to Director",
      "Director to VP of Engineering",
      "VP to CTO",
    ]);
  });

  it("follows a growth area or a section across levels, and lists them with no name", () => {
    const people = runBin(["area", "people"]);
    expect(people.stdout).toContain("# People Development");
    expect(people.stdout).toContain("## Director of Engineering\n\nCreates systems for talent development across departments");
    const leadership = runBin(["area", "leadership"]);
    expect(leadership.stdout).toContain("# Leadership Skills");
    const list = runBin(["area"]);
    expect(list.stdout).toContain("- `people-development`: People Development");
    expect(list.stdout).toContain("- `scope`: Team & Project Scope");
  });

  it("lists the levels in order", () => {
    const view = JSON.parse(runBin(["levels", "--json"]).stdout);
    expect(view.levels.map((l: { id: string }) => l.id)).toEqual(["em", "senior-em", "director", "vp", "cto"]);
    const text = runBin(["levels", "-f", "text"]).stdout;
    expect(text).toContain("How scope grows");
  });

  it("tells about the ladder", () => {
    const r = runBin(["about"]);
    expect(r.stdout).toContain("## Responsibilities shared by every level");
    expect(r.stdout).toContain("- Managing engineering resources and budgets");
    expect(r.stdout).toContain("## Conclusion");
  });
});

describe("errors and exit statuses", () => {
  it("exits 2 on an unknown level, naming the closest, with nothing on stdout", () => {
    const r = runBin(["show", "directr"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('ladder: unknown level "directr"\nhint: did you mean: director?\nhint: run `ladder levels` to see them all\n');
  });

  it("refuses to diff a level with itself", () => {
    const r = runBin(["diff", "em", "manager"]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe('ladder: "em" and "manager" are the same level (em)\nhint: to see one level: ladder show em\n');
  });

  it("exits 2 on an unknown command, an unknown option and a missing argument", () => {
    for (const args of [["shw", "em"], ["show", "em", "--bogus"], ["show"], ["diff", "em"], ["show", "em", "--format", "yaml"]]) {
      const r = runBin(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr, args.join(" ")).toMatch(/^ladder: /);
    }
  });

  it("points the usage hint at the command that failed, also after --data", () => {
    const r = runBin(["--data", fixture("acme.yaml"), "show", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ladder: unknown option '--bogus'\nhint: run `ladder show --help` for usage\n");
  });

  it("gives commander's suggestion as a hint line", () => {
    expect(runBin(["shwo", "em"]).stderr).toBe("ladder: unknown command 'shwo'\nhint: did you mean show?\nhint: run `ladder --help` for usage\n");
  });

  it("reports a bad --format as a usage error before reading the ladder", () => {
    const r = runBin(["show", "em", "-f", "yaml", "--data", "/nonexistent.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ladder: unknown format "yaml"\nhint: use one of: text, markdown (md), json\n');
  });

  it("exits 1 with located problems for a broken ladder file", () => {
    const r = runBin(["--data", fixture("broken-basic.yaml"), "show", "em"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("broken-basic.yaml:");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 1 when the ladder file does not exist, with a hint", () => {
    const r = runBin(["show", "em"], { env: { LADDER_DATA: "/nonexistent/acme.yaml" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ladder: cannot read ladder file \/nonexistent\/acme.yaml: no such file\nhint: /);
  });

  it("ends quietly when the reader of the pipe goes away", async () => {
    // Far more output than a pipe buffer holds, so the write is still going when the reader leaves.
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-epipe-"));
    const big = path.join(dir, "big.yaml");
    const items = Array.from({ length: 4000 }, (_, i) => `      - Expectation number ${i} of a very long list that fills the pipe`).join("\n");
    writeFileSync(big, `title: Big\nsections:\n  - id: s\n    title: S\nlevels:\n  - id: l\n    title: L\n    expectations:\n      s:\n${items}\n`);
    const child = spawn(process.execPath, [binPath, "--data", big, "show", "l"], { env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

describe("custom ladder", () => {
  it("works with --data and LADDER_DATA alike", () => {
    const a = runBin(["--data", fixture("acme.yaml"), "show", "staff", "--json"]);
    const b = runBin(["show", "staff", "--json"], { env: { LADDER_DATA: fixture("acme.yaml") } });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).sections[0].expectations[0]).toBe("Sets technical direction across teams — 技術的な方向性を示す 🚀");
  });
});

describe("wide terminals and empty paths", () => {
  it("makes a diff table no wider than its content needs", () => {
    const r = runBin(["diff", "em", "cto", "-f", "text", "--side-by-side"], { env: { COLUMNS: "100000" } });
    expect(r.code).toBe(0);
    const widest = Math.max(...r.stdout.split("\n").map((l) => [...l].length));
    expect(widest).toBeLessThan(300);
  });

  it("says --data needs a path when it is given an empty one", () => {
    const r = runBin(["--data", "", "show", "em"]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(/^ladder: --data needs the path of a ladder file\n/);
  });
});
