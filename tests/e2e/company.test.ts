/**
 * Every command on every company fixture (tests/fixtures/company: shapes of real ladders, in our own
 * words), run with the built binary: exit 0, sections a track does not use never printed for it, and
 * titles that repeat across tracks always named with their track.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runBin } from "../helpers.js";

const FIXTURES = readdirSync(fixture("company")).filter((f) => f.endsWith(".yaml"));

/** Two levels to compare and walk between, per fixture, and a word to search for. */
const PICKS: Record<string, { show: string[]; diff: [string, string]; path: [string, string]; area: string; search: string; track?: string }> = {
  "five-tracks.yaml": { show: ["backend:level-1", "Mobile Level 3", "platform-4"], diff: ["backend-1", "backend-3"], path: ["backend-1", "backend-3"], area: "delivery", search: "mentors", track: "mobile" },
  "fork.yaml": { show: ["associate", "ic:senior", "manager:senior", "head"], diff: ["engineer", "lead"], path: ["engineer", "head"], area: "people", search: "team", track: "manager" },
  "per-track-sections.yaml": { show: ["eng-1", "des-2", "pm-1"], diff: ["eng-1", "eng-3"], path: ["eng-1", "eng-2"], area: "research", search: "design", track: "design" },
  "rich-expectations.yaml": { show: ["developer", "senior-developer"], diff: ["developer", "senior-developer"], path: ["developer", "senior-developer"], area: "testing", search: "test" },
};

function commands(file: string): string[][] {
  const p = PICKS[file]!;
  const out: string[][] = [["validate", fixture(`company/${file}`)], ["levels"], ["about"], ["area"], ["area", p.area], ["search", p.search], ["diff", ...p.diff], ["schema"]];
  for (const level of p.show) out.push(["show", level], ["show", level, "--checklist"], ["show", level, "--no-examples"]);
  if (p.track) out.push(["search", p.search, "--track", p.track], ["levels", "--track", p.track], ["area", p.area, "--track", p.track]);
  out.push(["diff", ...p.diff, "--side-by-side"]);
  for (const format of ["markdown", "html", "json", "csv"]) out.push(["export", "--format", format]);
  // `path` follows transitions; a fixture without a chain between its picks exits 1, which is tested elsewhere.
  out.push(["path", ...p.path]);
  return out;
}

describe.each(FIXTURES)("%s", (file) => {
  const data = fixture(`company/${file}`);
  const source = readFileSync(data, "utf-8");
  const runs = commands(file).flatMap((args) => {
    const single = args[0] === "export" || args[0] === "validate" || args[0] === "schema";
    // A checklist and the side-by-side table have no json form.
    const formats = single ? [[]] : args.includes("--checklist") || args.includes("--side-by-side") ? [["--format", "text"], ["--format", "markdown"]] : [["--format", "text"], ["--format", "markdown"], ["--format", "json"]];
    // schema reads no ladder, so it takes no --data.
    const reading = args[0] === "schema" ? [] : ["--data", data];
    return formats.map((format) => ({ args: [...args, ...format], result: runBin([...reading, ...args, ...format], { env: { COLUMNS: "100" } }) }));
  });

  it("runs every command with exit status 0 and no error", () => {
    for (const { args, result } of runs) {
      expect(result.stderr, args.join(" ")).toBe("");
      expect(result.code, args.join(" ")).toBe(0);
      expect(result.stdout.length, args.join(" ")).toBeGreaterThan(0);
    }
  });

  it("compares the file with itself (changes) and publishes it (site)", () => {
    const same = runBin(["changes", data, data, "--format", "text"]);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout.length).toBeGreaterThan(0);
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-company-"));
    try {
      const site = runBin(["--data", data, "site", "--out", path.join(dir, "site")]);
      expect(site.code, site.stderr).toBe(0);
      expect(readdirSync(path.join(dir, "site"))).toContain("index.html");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("goes out to a spreadsheet and back in: export --format csv, import, validate", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-company-csv-"));
    try {
      const csv = path.join(dir, "ladder.csv");
      const yaml = path.join(dir, "ladder.yaml");
      expect(runBin(["--data", data, "export", "--out", csv]).code).toBe(0);
      const imported = runBin(["import", csv, "--out", yaml]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stderr).not.toContain("warning");
      expect(runBin(["validate", yaml]).code).toBe(0);
      const titles = (file: string) => JSON.parse(runBin(["--data", file, "levels", "--json"]).stdout).levels.map((l: { id: string; title: string }) => `${l.id}: ${l.title}`);
      expect(titles(yaml)).toEqual(titles(data));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names repeated titles with their track in every output for people", () => {
    const repeated = /^ {2,}- ?(?:\{ )?id: [\w-]+, title: (Level \d)/m.test(source) || file === "fork.yaml";
    if (!repeated) return;
    for (const { args, result } of runs) {
      if (args.includes("json") || args.includes("csv") || args[0] === "schema" || args[0] === "validate") continue;
      // The rank grid names the track in its column heading, and its cells by their own title.
      const text = result.stdout.replace(/\u001b\[[0-9;]*m/g, "").replace(/(## )?Levels by rank\n+(?:[^\n]+\n?)*/, "");
      // "Level 2" (five tracks) and "Senior" (fork) only ever appear followed by their track.
      expect(text, args.join(" ")).not.toMatch(/\bLevel \d\b(?! \()/);
      expect(text, args.join(" ")).not.toMatch(/\bSenior\b(?! \((Individual Contributor|People Manager)\)| Developer)/);
    }
  });

  it("never prints a section for a track that does not use it", () => {
    if (file !== "per-track-sections.yaml") return;
    const foreign: Record<string, RegExp> = { "eng-1": /User Research|Visual Design|Roadmapping/, "des-2": /Code Quality|System Design|Roadmapping/, "pm-1": /Code Quality|System Design|Visual Design|Coaching/ };
    for (const { args, result } of runs) {
      if (args[0] !== "show" || args.includes("json")) continue;
      expect(result.stdout, args.join(" ")).not.toMatch(foreign[args[1]!]!);
    }
    const html = runs.find((r) => r.args.includes("html"))!.result.stdout;
    // Under the global sections 31 of 42 level x section cells are empty; per track, 6 of 17 (engineering 4 of 9,
    // design 1 of 4 once the coaching it never fills is gone, product 1 of 4).
    expect(html.match(/No expectations at this level/g)?.length).toBe(6);
  });
});
