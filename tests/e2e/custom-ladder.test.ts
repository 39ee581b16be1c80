/** Bring your own ladder: every command on a two-track company ladder, and validate / init / schema, through the built binary. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fixture, runBin } from "../helpers.js";

const acme = fixture("acme.yaml");
const withAcme = (...args: string[]) => runBin(["--data", acme, ...args]);

describe("a company ladder with two tracks", () => {
  it("groups levels by track, and --track keeps one", () => {
    const all = withAcme("levels", "--format", "md");
    expect(all.code).toBe(0);
    expect(all.stdout.indexOf("## Engineering track")).toBeLessThan(all.stdout.indexOf("## Management track"));
    expect(all.stdout).toContain("Roles outside the ladder: Intern (`intern`), Individual Contributor (`ic`)");
    const management = JSON.parse(withAcme("levels", "--track", "management", "--json").stdout);
    expect(management.levels.map((l: { id: string }) => l.id)).toEqual(["m1", "m2"]);
    expect(management.tracks).toEqual([{ id: "management", title: "Management", description: null, group: null }]);
  });

  it("names the track in show, and shows transitions from roles outside the ladder", () => {
    const r = withAcme("show", "manager", "--format", "text");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("track: Management");
    const view = JSON.parse(withAcme("show", "m1", "--json").stdout);
    expect(view.level.track).toEqual({ id: "management", title: "Management" });
    expect(view.transitions.into.map((t: { from: { id: string; kind: string } }) => `${t.from.kind}:${t.from.id}`)).toEqual(["level:e2", "role:ic"]);
  });

  it("diffs across tracks, with the transition between them", () => {
    const view = JSON.parse(withAcme("diff", "e2", "m1", "--json").stdout);
    expect(view.from.track.id).toBe("engineering");
    expect(view.to.track.id).toBe("management");
    expect(view.transitions.map((t: { text: string }) => t.text)).toEqual(["Chooses people over code, for now; the door back stays open."]);
  });

  it("keeps markdown-looking characters verbatim and tables intact", () => {
    const md = withAcme("diff", "e1", "e2", "--format", "md").stdout;
    expect(md).toContain("Reads \\`git log\\` before asking \\| asks after 15 minutes");
    expect(md).toContain("Designs features end to end, including \\*rollback\\* plans");
    for (const row of md.split("\n").filter((l) => l.startsWith("| "))) {
      expect(row.replace(/\\\|/g, "").split("|").length - 2).toBeGreaterThanOrEqual(2);
    }
    const json = JSON.parse(withAcme("show", "e1", "--json").stdout);
    expect(json.sections[0].expectations[1]).toBe("Reads `git log` before asking | asks after 15 minutes");
    expect(withAcme("show", "e2", "--json").stdout).toContain("Mentors interns <and> new hires");
  });

  it("lays out CJK and emoji text within the width", () => {
    const r = withAcme("show", "staff", "--format", "text");
    expect(r.stdout).toContain("技術的な方向性を示す");
    const narrow = runBin(["--data", acme, "show", "staff", "-f", "text"], { env: { COLUMNS: "30" } });
    expect(narrow.code).toBe(0);
  });

  it("says a level has no expectations in a section it leaves out", () => {
    expect(withAcme("show", "e1", "--format", "md").stdout).toContain("## People\n\n*No expectations at this level.*");
  });

  it("follows an area across one track with --track", () => {
    const view = JSON.parse(withAcme("area", "communication", "--track", "engineering", "--json").stdout);
    expect(view.levels.map((l: { level: { id: string } }) => l.level.id)).toEqual(["e1", "e2", "staff"]);
    expect(view.levels[0].sharedWith).toEqual([{ id: "e2", title: "Software Engineer II" }]);
  });

  it("tells about the ladder", () => {
    const r = withAcme("about", "--format", "md");
    expect(r.stdout).toContain("# Acme Engineering Ladder");
    expect(r.stdout).toContain("- Write things down \\| share them");
  });

  it("reads the same ladder written as JSON, and places a problem in it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-json-"));
    const json = path.join(dir, "acme.json");
    writeFileSync(json, JSON.stringify(parse(readFileSync(acme, "utf-8")), null, 2));
    for (const args of [["show", "m1", "--format", "text"], ["levels", "--json"], ["diff", "e2", "m1", "--format", "md"]]) {
      const fromJson = runBin(["--data", json, ...args]);
      expect(fromJson.code, args.join(" ")).toBe(0);
      expect(fromJson.stdout, args.join(" ")).toBe(withAcme(...args).stdout);
    }
    writeFileSync(json, JSON.stringify({ ...parse(readFileSync(acme, "utf-8")), titel: "Acme" }, null, 2));
    const broken = runBin(["--data", json, "levels"]);
    rmSync(dir, { recursive: true, force: true });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe("");
    expect(broken.stderr.split("\n")[0]).toMatch(/^.*acme\.json:\d+:3: titel: unknown key "titel" \(did you mean "title"\?\)$/);
  });
});

describe("validate", () => {
  it("prints one summary line for a valid file", () => {
    const r = runBin(["validate", acme]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`${acme}: valid ladder "Acme Engineering Ladder": 2 tracks, 5 levels, 3 sections, 15 expectations, 2 growth areas, 6 transitions\n`);
  });

  it("validates the built-in ladder when given no file", () => {
    const r = runBin(["validate"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid ladder "Software Engineering Manager Career Progression": 5 levels, 5 sections, 125 expectations/);
  });

  it("lists every problem compiler style on stderr and exits 1", () => {
    const r = runBin(["validate", "unresolved-references.yaml"], { cwd: path.dirname(fixture("x")).replace(/fixtures$/, "golden") });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.split("\n");
    expect(lines[0]).toBe('unresolved-references.yaml:15:7: levels[0].expectations.leadrship: unknown section "leadrship" (did you mean "leadership"?)');
    expect(lines.filter((l) => l.startsWith("unresolved-references.yaml:"))).toHaveLength(6);
    expect(r.stderr).toContain("ladder: unresolved-references.yaml is not a valid ladder file (6 problems)");
  });

  it("gives the problems as JSON with --json", () => {
    const r = runBin(["validate", fixture("broken-basic.yaml"), "--json"]);
    expect(r.code).toBe(1);
    const view = JSON.parse(r.stdout);
    expect(view.valid).toBe(false);
    expect(view.problems[0]).toMatchObject({ line: 9, col: 7, path: "levels[0].expectations.leadrship", hint: 'did you mean "leadership"?' });
  });
});

describe("init", () => {
  it("writes a starter ladder that validates as written, and never overwrites it without --force", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-init-"));
    const first = runBin(["init"], { cwd: dir });
    expect(first.code).toBe(0);
    const file = path.join(dir, "ladder.yaml");
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, "utf-8");
    expect(text).toContain("# yaml-language-server: $schema=./ladder.schema.json");
    expect(text).toMatch(/# Required, in order: the dimensions that describe every level/);
    expect(runBin(["validate", file]).code).toBe(0);
    expect(JSON.parse(runBin(["--data", file, "show", "director", "--json"]).stdout).sections).toHaveLength(5);

    writeFileSync(file, "title: mine\n");
    const again = runBin(["init"], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^ladder: ladder.yaml already exists\nhint: use `ladder init ladder.yaml --force`/);
    expect(readFileSync(file, "utf-8")).toBe("title: mine\n");
    expect(runBin(["init", "--force"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(file, "utf-8")).toBe(text);
  });
});

describe("schema", () => {
  it("prints the JSON Schema of the format, closed to unknown keys but open to x- extensions", () => {
    const r = runBin(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["title", "sections", "levels"]);
    expect(Object.keys(schema.properties)).toEqual(["version", "title", "description", "responsibilities", "notes", "ratings", "tracks", "sections", "levels", "growth_areas", "roles", "transitions"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.patternProperties).toEqual({ "^x-": {} });
    const level = schema.properties.levels.items;
    expect(level.required).toEqual(["id", "title", "expectations"]);
    expect(level.properties.id.pattern).toBe("^[a-z0-9]+(-[a-z0-9]+)*$");
  });
});
