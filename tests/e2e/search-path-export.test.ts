// search, path and export as a user runs them: the built binary, on the
// built-in ladder and on a multi-track company ladder (by --data and by
// LADDER_DATA). Run `npm run build` first (npm test does).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runBin } from "../helpers.js";

const acme = fixture("acme.yaml");
const ESC = "\u001b";

/** The same command on both ladders: built-in, and acme chosen each way a user can. */
const onAcme = (args: string[]) => [runBin(["--data", acme, ...args]), runBin(args, { env: { LADDER_DATA: acme } })];

describe("ladder search (binary)", () => {
  it("finds text on the built-in ladder, markdown when piped", () => {
    const { code, stdout, stderr } = runBin(["search", "budget"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain('# Search: "budget"');
    expect(stdout).toContain("## Director of Engineering › Team & Project Scope");
    expect(stdout).toContain("- Manages significant engineering budget and resources");
  });

  it("highlights matches only when colour is on (FORCE_COLOR, text format)", () => {
    const coloured = runBin(["search", "budget", "-f", "text"], { env: { FORCE_COLOR: "1" } });
    expect(coloured.stdout).toContain(`${ESC}[1m${ESC}[33mbudget${ESC}[39m${ESC}[22m`);
    const plain = runBin(["search", "budget", "-f", "text"]);
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stdout.split("\n")[0]).toBe('Found "budget" in 4 places');
  });

  it("searches a multi-track ladder, narrowed by level and section", () => {
    for (const result of onAcme(["search", "team", "--level", "staff", "--json"])) {
      expect(result.code).toBe(0);
      const view = JSON.parse(result.stdout);
      expect(view.ladder).toBe("Acme Engineering Ladder");
      expect(view.hits.map((h: { location: string }) => h.location)).toEqual(["Staff Engineer › Craft", "Staff Engineer › Impact & Scope", "Transition: The staff jump"]);
    }
    const section = runBin(["--data", acme, "search", "e", "--section", "people", "--json"]);
    const hits = JSON.parse(section.stdout).hits as { section: { id: string } }[];
    expect(hits.length).toBe(5);
    expect(hits.every((h) => h.section.id === "people")).toBe(true);
  });

  it("says there is no match on stdout, exit 0; bad names exit 2", () => {
    expect(runBin(["search", "blockchain", "-f", "text"])).toEqual({ code: 0, stdout: 'No matches for "blockchain".\n', stderr: "" });
    expect(JSON.parse(runBin(["--data", acme, "search", "blockchain", "--json"]).stdout).hits).toEqual([]);
    const bad = runBin(["search", "x", "--level", "ceo"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^ladder: unknown level "ceo"/);
  });
});

describe("ladder path (binary)", () => {
  it("chains all five transitions from ic to cto, in order", () => {
    const { code, stdout, stderr } = runBin(["path", "ic", "cto", "-f", "text"], { env: { COLUMNS: "100" } });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const titles = [
      "1. Individual Contributor to Engineering Manager",
      "2. Engineering Manager to Senior Engineering Manager",
      "3. Senior Engineering Manager to Director",
      "4. Director to VP of Engineering",
      "5. VP to CTO",
    ];
    const lines = stdout.split("\n");
    const at = titles.map((t) => lines.indexOf(t));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines[0]).toBe("Individual Contributor → CTO");
    expect(stdout).toContain("     ~ Team size: [-5-8-]{+8-15+} engineers\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });

  it("walks across tracks of a custom ladder", () => {
    for (const result of onAcme(["path", "intern", "sem", "--json"])) {
      expect(result.code).toBe(0);
      const view = JSON.parse(result.stdout);
      expect(view.steps.map((s: { title: string }) => s.title)).toEqual([
        "Intern to Software Engineer I",
        "Software Engineer I to Software Engineer II",
        "Software Engineer II to Engineering Manager",
        "Engineering Manager to Senior Engineering Manager",
      ]);
      expect(view.steps[0].changes).toBeNull();
      expect(view.steps[1].changes.facts).toEqual([{ label: "Typical experience", from: "0-2 years", to: "2-5 years" }]);
    }
    const md = runBin(["--data", acme, "path", "e2", "staff"]);
    expect(md.stdout).toContain("## 1. The staff jump");
  });

  it("says clearly when there is no path: one line and hints on stderr, exit 1", () => {
    const back = runBin(["path", "director", "em"]);
    expect(back.code).toBe(1);
    expect(back.stdout).toBe("");
    expect(back.stderr.split("\n")[0]).toBe("ladder: no path from Director of Engineering to Engineering Manager");
    expect(back.stderr).toContain("hint: transitions only go the other way: ladder path em director");
    const none = runBin(["--data", acme, "path", "staff", "m2"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe("ladder: no path from Staff Engineer to Senior Engineering Manager\nhint: no transition starts at Staff Engineer\n");
  });
});

describe("ladder export (binary)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ladder-e2e-export-"));

  it("prints the whole ladder as markdown by default", () => {
    const { code, stdout } = runBin(["export"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("# Software Engineering Manager Career Progression\n")).toBe(true);
    expect(stdout).toContain("## Growth areas across levels");
    expect(stdout).toContain("## Conclusion");
  });

  it("writes each format to a file, for both ladders", () => {
    for (const [name, args] of [
      ["builtin", []],
      ["acme", ["--data", acme]],
    ] as const) {
      for (const format of ["markdown", "html", "json", "csv"]) {
        const file = path.join(dir, `${name}.${format === "markdown" ? "md" : format}`);
        const result = runBin([...args, "export", "--out", file]);
        expect(result.code, `${name} ${format}`).toBe(0);
        expect(result.stdout).toBe("");
        expect(result.stderr).toMatch(new RegExp(`^Wrote .*\\(${format}, `));
        const written = readFileSync(file, "utf-8");
        // Printed markdown has one more blank line at the end, to keep apart from what is appended after it.
        expect(written + (format === "markdown" ? "\n" : "")).toBe(runBin([...args, "export", "--format", format]).stdout);
      }
    }
    const csv = readFileSync(path.join(dir, "acme.csv"), "utf-8").split("\r\n");
    expect(csv[0]).toBe("level_id,level,rank,track_id,track,section_id,section,text,rating_id,rating,rating_rank,examples,links");
    expect(csv).toContain("m1,Engineering Manager,,management,Management,people,People,Holds weekly 1:1s with every report,,,,,");
    expect(readFileSync(path.join(dir, "builtin.csv"), "utf-8").split("\r\n")).toHaveLength(127);
  });

  it("exports json that loads again as a ladder", () => {
    const file = path.join(dir, "again.json");
    runBin(["export", "-f", "json", "-o", file], { env: { LADDER_DATA: acme } });
    const levels = runBin(["--data", file, "levels", "--json"]);
    expect(levels.code).toBe(0);
    expect(levels.stdout).toBe(runBin(["--data", acme, "levels", "--json"]).stdout);
    const show = runBin(["--data", file, "show", "staff", "--json"]);
    expect(show.stdout).toBe(runBin(["--data", acme, "show", "staff", "--json"]).stdout);
  });

  it("makes a standalone html page, every text escaped", () => {
    const { stdout } = runBin(["--data", acme, "export", "-f", "html"]);
    expect(stdout).toContain("<title>Acme Engineering Ladder</title>");
    expect(stdout).toContain("<li>Mentors interns &lt;and&gt; new hires</li>");
    expect(stdout).toContain("<li>Reads `git log` before asking | asks after 15 minutes</li>");
    expect(stdout).not.toMatch(/<script|<link|src=|https?:\/\//);
  });

  it("rejects text and unknown formats with exit 2", () => {
    for (const format of ["text", "yaml"]) {
      const result = runBin(["export", "--format", format]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("hint: use one of: markdown (md), html, json, csv");
    }
  });
});
