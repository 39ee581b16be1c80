/**
 * `ladder changes`: two editions of a ladder (tests/fixtures/editions/2025.yaml
 * and its revision 2026.yaml, written to hold every kind of change) compared
 * in the core, and through the command line in-process.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareEditions, REIDENTIFY_THRESHOLD } from "../../src/core/changes.js";
import { ladderCorpus } from "../../src/core/diff/compare.js";
import { createCorpus, weigh, weightedDice } from "../../src/core/diff/similarity.js";
import { loadLadderFile, loadLadderText } from "../../src/core/load/index.js";
import { LIMITS } from "../../src/core/load/limits.js";
import type { ChangesView, EditionMatch, LevelChanges } from "../../src/core/views.js";
import { fixture, repoRoot, runCli } from "../helpers.js";

const OLD = fixture("editions/2025.yaml");
const NEW = fixture("editions/2026.yaml");
const older = loadLadderFile(OLD);
const newer = loadLadderFile(NEW);
const compare = (options: { all?: boolean; level?: string } = {}) => compareEditions(older, newer, { fromFile: "2025.yaml", toFile: "2026.yaml", ...options });
const full = compare({ all: true });
const view = compare();

const brief = (m: EditionMatch) => [m.status, m.from?.id ?? null, m.to?.id ?? null, m.matchedBy];
const levelById = (v: ChangesView, id: string): LevelChanges => v.levels.find((l) => (l.to ?? l.from)!.id === id)!;
const section = (l: LevelChanges, id: string) => l.sections.find((s) => s.id === id)!;

describe("what changed between two editions", () => {
  it("pairs levels by id, by title and by content, and names the added and removed ones", () => {
    expect(full.levels.map(brief)).toEqual([
      ["kept", "e1", "e1", "id"],
      ["renamed", "e2", "e2", "id"],
      ["re-identified", "e3", "senior", "title"],
      ["added", null, "staff", null],
      ["added", null, "p1", null],
      ["kept", "lead", "lead", "id"],
      ["removed", "s1", null, null],
      ["kept", "m1", "m1", "id"],
      ["re-identified", "m2", "group-manager", "content"],
    ]);
    expect(levelById(full, "e2").to!.title).toBe("Software Engineer II");
    expect(levelById(full, "group-manager").similarity).toBeGreaterThan(REIDENTIFY_THRESHOLD);
  });

  it("reports tracks, sections, growth areas and roles added, removed, renamed and re-identified", () => {
    const wide = view.ladderWide!;
    expect(wide.tracks.map(brief)).toEqual([
      ["re-identified", "engineering", "engineer", "title"],
      ["renamed", "management", "management", "id"],
      ["removed", "support", null, null],
      ["added", null, "platform", null],
    ]);
    expect(wide.sections.map(brief)).toEqual([
      ["renamed", "delivery", "delivery", "id"],
      ["re-identified", "people", "growing-others", "title"],
      ["removed", "tooling", null, null],
      ["added", null, "communication", null],
    ]);
    expect(wide.growthAreas.map(brief)).toEqual([
      ["renamed", "ownership", "ownership", "id"],
      ["removed", "estimation", null, null],
      ["re-identified", "collab", "teamwork", "content"],
      ["added", null, "influence", null],
    ]);
    expect(wide.roles.map(brief)).toEqual([
      ["removed", "intern", null, null],
      ["added", null, "apprentice", null],
      ["renamed", "ic", "ic", "id"],
    ]);
    // Unchanged ones are shown with --all.
    expect(full.ladderWide!.sections.map((m) => m.status)).toContain("kept");
  });

  it("shows each level's expectations reworded, added, removed and reordered, section by section", () => {
    const e1 = levelById(view, "e1");
    const craft = section(e1, "craft");
    expect(craft.reordered).toBe(true);
    expect(craft.changes.map((c) => [c.kind, c.from, c.to])).toEqual([
      ["changed", "Writes small changes with tests", "Writes small, well-tested changes"],
      ["added", null, "Fixes flaky tests they come across"],
    ]);
    expect(craft.summary).toEqual({ same: 2, changed: 1, added: 1, removed: 0 });
    expect(section(e1, "tooling").changes.map((c) => c.kind)).toEqual(["removed"]);
    expect(section(e1, "communication").changes.map((c) => c.kind)).toEqual(["added"]);
    // A section re-identified keeps its expectations paired: the People expectations of m1 are the same but one.
    expect(section(levelById(view, "m1"), "growing-others").changes.map((c) => [c.kind, c.to])).toEqual([["changed", "Gives feedback within days of the event"]]);
    expect(section(levelById(view, "senior"), "delivery").changes[0]!.words).toEqual([
      { op: "same", text: "Leads projects across two " },
      { op: "removed", text: "or three" },
      { op: "added", text: "to four" },
      { op: "same", text: " teams" },
    ]);
  });

  it("shows facts, growth-area entries, summary, aliases and track that changed", () => {
    const e1 = levelById(view, "e1");
    expect(e1.facts.map((f) => [f.label, f.change.kind])).toEqual([
      ["Scope", "changed"],
      ["Typical experience", "removed"],
      ["On-call", "added"],
    ]);
    expect(e1.summary?.kind).toBe("changed");
    expect(e1.aliases).toEqual({ added: ["engineer-1"], removed: [] });
    expect(e1.growthAreas.map((g) => [g.id, g.change?.kind])).toEqual([["writing", "changed"]]);
    expect(levelById(view, "m1").aliases).toEqual({ added: ["team-manager"], removed: ["em"] });
    expect(levelById(view, "lead").track).toEqual({ from: { id: "engineering", title: "Engineering" }, to: { id: "management", title: "People Management" } });
    // A level whose track was re-identified has not moved.
    expect(levelById(full, "e2").track).toBeNull();
    expect(levelById(view, "staff").growthAreas.map((g) => [g.id, g.change?.kind])).toEqual([
      ["writing", "added"],
      ["influence", "added"],
    ]);
  });

  it("shows transitions, notes, description and responsibilities that changed", () => {
    expect(view.transitions.map((t) => [t.from.id, t.to.id, t.title?.kind ?? null, t.text.kind])).toEqual([
      ["intern", "e1", "removed", "removed"],
      ["apprentice", "e1", "added", "added"],
      ["e1", "e2", null, "changed"],
      ["senior", "staff", "added", "added"],
      ["ic", "m1", "changed", "same"],
    ]);
    // Through the re-identified levels, the unchanged transitions are found again: shown with --all as the same.
    expect(full.transitions.filter((t) => t.text.kind === "same" && t.title === null).map((t) => `${t.from.id}>${t.to.id}`)).toEqual(["e2>senior", "m1>group-manager"]);
    const wide = view.ladderWide!;
    expect(wide.description?.kind).toBe("changed");
    expect(wide.title.kind).toBe("same");
    expect(wide.responsibilities.map((r) => r.kind)).toEqual(["removed", "changed", "added"]);
    expect(wide.notes.map((n) => [n.title, n.change.kind])).toEqual([
      ["How to use this ladder", "changed"],
      ["Calibration", "removed"],
      ["What changed in 2026", "added"],
    ]);
  });

  it("counts everything in the summary, unchanged items too", () => {
    expect(view.summary).toEqual(full.summary);
    expect(view.summary.levels).toEqual({ added: 2, removed: 1, renamed: 1, reidentified: 2, changed: 6, unchanged: 0 });
    expect(view.summary.expectations).toEqual({ same: 22, changed: 4, added: 5, removed: 4 });
    expect(view.summary.transitions).toEqual({ same: 2, changed: 2, added: 2, removed: 1 });
    expect(view.summary.description).toBe("changed");
  });

  it("leaves out what did not change unless --all", () => {
    const kinds = (v: ChangesView) => v.levels.flatMap((l) => l.sections.flatMap((s) => s.changes.map((c) => c.kind)));
    expect(kinds(view)).not.toContain("same");
    expect(kinds(full)).toContain("same");
    expect(view.all).toBe(false);
    expect(full.all).toBe(true);
  });

  it("reports nothing for an edition compared with itself", () => {
    const same = compareEditions(older, older, { fromFile: "a", toFile: "a" });
    expect(same.levels).toEqual([]);
    expect(same.transitions).toEqual([]);
    const wide = same.ladderWide!;
    expect([wide.tracks, wide.sections, wide.growthAreas, wide.roles, wide.responsibilities, wide.notes]).toEqual([[], [], [], [], [], []]);
    expect(same.summary.levels).toEqual({ added: 0, removed: 0, renamed: 0, reidentified: 0, changed: 0, unchanged: 7 });
    expect(same.summary.expectations).toEqual({ same: 30, changed: 0, added: 0, removed: 0 });
  });

  it("limits the report to one level, named as either edition names it", () => {
    for (const name of ["senior", "e3", "Senior Engineer"]) {
      const one = compare({ level: name });
      expect(one.level).toEqual({ id: "senior", title: "Senior Engineer" });
      expect(one.levels.map((l) => l.to?.id)).toEqual(["senior"]);
      expect(one.ladderWide).toBeNull();
      // Only the transitions into or out of it, in either edition.
      expect(one.transitions.map((t) => `${t.from.id}>${t.to.id}`)).toEqual(["senior>staff"]);
      expect(one.summary.levels.changed).toBe(1);
    }
    expect(compare({ level: "s1" }).levels.map((l) => l.status)).toEqual(["removed"]);
    expect(() => compare({ level: "nobody" })).toThrow(/unknown level "nobody"/);
    // "e" starts several level names of the new edition: ambiguous there, whatever the old edition says.
    expect(() => compare({ level: "e" })).toThrow(/"e" could be more than one level/);
  });

  it("takes no two levels of the built-in ladder for each other, and still finds a level that lost 30% of its expectations", () => {
    const ladder = loadLadderFile(path.join(repoRoot, "data", "ladder.yaml"));
    const corpus = ladderCorpus(ladder);
    const content = (title: string, expectations: string[]) => [title, ...expectations].join("\n");
    const all = ladder.levels.map((l) => Object.values(l.expectations).flat().map((e) => e.text));
    const texts = ladder.levels.map((l, i) => content(l.title, all[i]!));
    const weights = createCorpus(texts, corpus);
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) expect(weightedDice(weigh(texts[i]!, weights), weigh(texts[j]!, weights))).toBeLessThan(REIDENTIFY_THRESHOLD);
    }
    // Renumbered and renamed, with every third expectation gone: still the same level.
    ladder.levels.forEach((level, i) => {
      const kept = all[i]!.filter((_, k) => k % 3 !== 0);
      const renamed = { ...level, id: `${level.id}-2026`, title: `${level.title} (2026)`, expectations: { leadership: kept.map((text) => ({ text, examples: [], links: [] })) } };
      const changed = compareEditions(ladder, { ...ladder, levels: ladder.levels.map((l) => (l === level ? renamed : l)) }, { fromFile: "a", toFile: "b" });
      expect(changed.levels.find((l) => l.to?.id === renamed.id)?.from?.id).toBe(level.id);
    });
  });
});

describe("ladder changes on the command line", () => {
  it("prints the summary first, then the structure, each level, the transitions and the ladder's prose", async () => {
    const r = await runCli(["changes", OLD, NEW, "--format", "text"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Larkspur Engineering Ladder: what changed");
    expect(r.stdout).toContain("6 levels changed (1 renamed, 2 re-identified), 2 added, 1 removed; 4\nexpectations reworded, 5 added, 4 removed.");
    for (const line of [
      "  ~ Management → People Management (renamed; id management)",
      "  ~ Collaboration → Working with others (new id teamwork, was collab; matched by",
      "Software Engineer II (e2): renamed from Engineer II",
      "Group Engineering Manager (group-manager): was Senior Engineering Manager (m2)",
      "Support Engineer (s1): removed",
      "  Track: Engineering → People Management",
      "  Aliases: +team-manager -em",
      "  ~ Summary: Learns the systems with help{+ from a buddy+}",
      "  Craft (order changed)",
      "    ~ Writes small[- changes with tests-]{+, well-tested changes+}",
      "    + Fixes flaky tests they come across",
      "    - Sets up the local environment from the guide",
      "  ~ Team size: [-5-8-]{+6-10+} people",
      "  - Budget: None",
      "  ~ [-Moving into -]{+Into +}management",
      "  - Write down the decisions you make",
      "  - Calibration: Managers calibrate promotions together twice a year.",
    ]) {
      expect(lines).toContain(line);
    }
    const order = ["Tracks", "Engineer I (e1)", "Transitions", "Description", "Responsibilities", "Notes"].map((h) => lines.indexOf(h));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  });

  it("writes a markdown changelog when piped", async () => {
    const r = await runCli(["changes", OLD, NEW]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("# What changed in Larkspur Engineering Ladder\n\nFrom ")).toBe(true);
    expect(r.stdout).toContain("### Software Engineer II (e2): renamed from Engineer II\n");
    expect(r.stdout).toContain("#### Craft\n\n*Order changed.*\n\n- Writes ~~small changes with tests~~ **small, well-tested changes**\n- **Fixes flaky tests they come across** *(new)*\n");
    expect(r.stdout).toContain("- Typical experience: ~~0-2 years~~ *(dropped)*\n");
    expect(r.stdout).toContain("- Re-identified growth area: Collaboration (`collab`) → Working with others (`teamwork`) (matched by content)\n");
    expect(r.stdout).toContain("## Transitions\n\n- Intern to Engineer I: ~~Interns who come back after graduating start as Engineer I.~~ *(dropped)*\n");
  });

  it("prints the documented JSON, unchanged items included with --all", async () => {
    const r = await runCli(["changes", OLD, NEW, "--json"]);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify({ ...view, from: { ...view.from, file: OLD }, to: { ...view.to, file: NEW } })));
    const all = JSON.parse((await runCli(["changes", OLD, NEW, "--json", "--all"])).stdout) as ChangesView;
    expect(all.all).toBe(true);
    expect(all.levels).toHaveLength(9);
  });

  it('says "No changes" for an edition compared with itself, in every format, and exits 0', async () => {
    const text = await runCli(["changes", OLD, OLD, "--format", "text"]);
    expect(text.code).toBe(0);
    expect(text.stdout.endsWith("\n\nNo changes.\n")).toBe(true);
    expect(text.stdout.split("\n")).toHaveLength(6); // title, the two files (on two lines: long paths), blank, the line, end
    expect((await runCli(["changes", OLD, OLD])).stdout).toContain("\nNo changes.\n");
    expect((await runCli(["changes", OLD, OLD, "--level", "m1", "-f", "text"])).stdout).toContain("\nNo changes at Engineering Manager.\n");
  });

  it("reads one edition from standard input, named <stdin>", async () => {
    const { readFileSync } = await import("node:fs");
    const r = await runCli(["changes", "-", NEW, "--json"], { input: readFileSync(OLD) });
    expect(r.code).toBe(0);
    const piped = JSON.parse(r.stdout) as ChangesView;
    expect(piped.from.file).toBe("<stdin>");
    expect(piped.summary).toEqual(view.summary);
  });

  it("refuses both editions on standard input, a terminal as standard input, and a file too large", async () => {
    const both = await runCli(["changes", "-", "-"]);
    expect([both.code, both.stdout]).toEqual([2, ""]);
    expect(both.stderr).toMatch(/^ladder: only one of the two editions can come from standard input\nhint: /);
    const tty = await runCli(["changes", "-", NEW], { stdinTTY: true });
    expect([tty.code, tty.stdout]).toEqual([2, ""]);
    expect(tty.stderr).toMatch(/^ladder: - reads a ladder from standard input, but nothing is piped in\n/);
    const big = await runCli(["changes", "-", NEW], { input: Buffer.alloc(LIMITS.maxFileBytes + 1, "#") });
    expect([big.code, big.stdout]).toEqual([1, ""]);
    expect(big.stderr).toMatch(/^ladder: cannot read ladder file <stdin>: it is larger than the limit of 16 MiB\n/);
  });

  it("reports an invalid edition with its own file name and positions; both when both are", async () => {
    const broken = fixture("broken-basic.yaml");
    const r = await runCli(["changes", OLD, broken]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toMatch(new RegExp(`^${broken}:9:7: levels\\[0\\]\\.expectations\\.leadrship: unknown section`));
    expect(r.stderr).toContain(`ladder: ${broken} is not a valid ladder file (1 problem)\n`);
    const piped = await runCli(["changes", "-", NEW], { input: "title: x\nlevels: []\n" });
    expect(piped.code).toBe(1);
    expect(piped.stderr).toMatch(/^<stdin>:\d+:\d+: /);
    const both = await runCli(["changes", broken, "-"], { input: "title: [\n" });
    expect(both.code).toBe(1);
    expect(both.stderr).toContain(`${broken}:9:7: `);
    expect(both.stderr).toMatch(/\n<stdin>:\d+:\d+: /);
    expect(both.stderr).toContain(`ladder: neither edition is a valid ladder file: ${broken} (1 problem), <stdin> (`);
  });

  it("names a missing file without speaking of --data, and refuses --data", async () => {
    const r = await runCli(["changes", OLD, "nowhere.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("ladder: cannot read ladder file nowhere.yaml: no such file\nhint: check the paths: ladder changes OLD NEW takes two ladder files\n");
    const data = await runCli(["changes", OLD, NEW, "--data", OLD]);
    expect([data.code, data.stdout]).toEqual([2, ""]);
  });

  it("treats --all and --changes-only as opposites, and an unknown --level as a usage error naming the levels", async () => {
    const r = await runCli(["changes", OLD, NEW, "--all", "--changes-only"]);
    expect(r.code).toBe(2);
    expect((await runCli(["changes", OLD, NEW, "--changes-only"])).stdout).toBe((await runCli(["changes", OLD, NEW])).stdout);
    const unknown = await runCli(["changes", OLD, NEW, "--level", "nobody"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`hint: the levels of ${NEW}: e1, e2, senior, staff, p1, lead, m1, group-manager\n`);
  });
});

describe("ratings between two editions", () => {
  const RATED_OLD = fixture("editions/rated-2025.yaml");
  const RATED_NEW = fixture("editions/rated-2026.yaml");
  const rated = compareEditions(loadLadderFile(RATED_OLD), loadLadderFile(RATED_NEW), { fromFile: "rated-2025.yaml", toFile: "rated-2026.yaml" });

  it("makes an expectation whose rating rises, falls, appears or goes a change, though its text is the same", () => {
    const developer = levelById(rated, "developer");
    expect(section(developer, "testing").changes.map((c) => [c.kind, c.to, c.rating?.from?.id ?? null, c.rating?.to?.id ?? null])).toEqual([
      ["changed", "Writes unit tests for the code they change", "aware", "practising"],
    ]);
    expect(section(developer, "operations").changes.map((c) => [c.kind, c.to, c.rating?.from?.id ?? null, c.rating?.to?.id ?? null])).toEqual([
      ["changed", "Reads the service dashboards", "practising", "aware"],
      ["changed", "Follows the incident checklist", null, "practising"],
    ]);
    const senior = levelById(rated, "senior");
    expect(section(senior, "testing").changes.map((c) => [c.kind, c.to, c.rating?.from?.id ?? null, c.rating?.to?.id ?? null])).toEqual([
      ["changed", "Writes unit tests for the code they change", "fluent", "leading"],
      ["changed", "Chooses what to test end to end", "practising", null],
    ]);
  });

  it("counts the expectations changed by their rating alone apart from the reworded ones, and the scale's new step", () => {
    expect(rated.summary.expectations).toEqual({ same: 1, changed: 6, added: 0, removed: 0 });
    expect(rated.summary.ratingChanged).toBe(5);
    expect(rated.summary.ratings).toEqual({ added: 1, removed: 0, renamed: 0, reidentified: 0 });
    expect(rated.ladderWide!.ratings.map(brief)).toEqual([["added", null, "leading", null]]);
  });

  it("shows the old and new rating in text, markdown and JSON", async () => {
    const text = await runCli(["changes", RATED_OLD, RATED_NEW, "--format", "text"], { columns: 100 });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("2 levels changed; 1 expectation reworded, 5 rated differently.\nStructure: 1 rating added.\n");
    expect(text.stdout).toContain("  Testing\n    ~ Writes unit tests for the code they change\n      rating: Aware → Practising\n");
    expect(text.stdout).toContain("    ~ Chooses what to test end to end\n      rating: Practising → none\n");
    expect(text.stdout).toContain("Ratings\n  + Leading (leading)\n");
    const md = await runCli(["changes", RATED_OLD, RATED_NEW, "--format", "md"]);
    expect(md.stdout).toContain("- Reads the service dashboards *(rating: Practising → Aware)*\n");
    expect(md.stdout).toContain("- Writes unit tests for the code they change *(rating: Fluent → Leading)*\n");
    const json = JSON.parse((await runCli(["changes", RATED_OLD, RATED_NEW, "--json"])).stdout) as ChangesView;
    const follows = levelById(json, "developer").sections[1]!.changes[1]!;
    expect(follows).toMatchObject({ kind: "changed", from: "Follows the incident checklist", to: "Follows the incident checklist", rating: { from: null, to: { id: "practising", title: "Practising" } } });
    expect(json.summary.ratingChanged).toBe(5);
  });

  it("leaves a ladder without ratings as it was: no rating on any change", () => {
    expect(full.levels.flatMap((l) => l.sections.flatMap((s) => s.changes)).some((c) => "rating" in c)).toBe(false);
  });
});

describe("changes in a ladder whose tracks repeat titles", () => {
  const FORK = fixture("company/fork.yaml");
  /** A next edition of the fork fixture: its text with one edit, written to a file. */
  const forkEdited = (from: string, to: string) => {
    const next = path.join(mkdtempSync(path.join(tmpdir(), "ladder-changes-fork-")), "next.yaml");
    writeFileSync(next, readFileSync(FORK, "utf-8").replace(from, to));
    return next;
  };

  it("names each level with its track, as every other output does", () => {
    const source = readFileSync(fixture("company/fork.yaml"), "utf-8");
    const before = loadLadderText(source, "fork.yaml");
    const after = loadLadderText(source.replace("Runs weekly one-to-ones", "Runs fortnightly one-to-ones"), "fork-next.yaml");
    const v = compareEditions(before, after, { fromFile: "fork.yaml", toFile: "fork-next.yaml" });
    expect(v.levels.map((l) => [l.to!.id, l.to!.title, l.status])).toEqual([["lead", "Senior (People Manager)", "kept"]]);
  });

  it("counts a level ranked anew as changed, and says from which rank to which", async () => {
    const next = forkEdited("track: ic\n    rank: 4", "track: ic\n    rank: 5");
    const text = await runCli(["changes", FORK, next, "--format", "text"]);
    expect(text.stdout).toContain("1 level changed.\n\nStaff (staff)\n  Rank: 4 → 5\n");
    expect((await runCli(["changes", FORK, next, "--format", "md"])).stdout).toContain("- Rank: 4 → 5\n");
    const json = JSON.parse((await runCli(["changes", FORK, next, "--json"])).stdout) as ChangesView;
    expect(json.levels.map((l) => [l.to!.id, l.rank])).toEqual([["staff", { from: 4, to: 5 }]]);
  });

  it("names every track of a shared level that leaves one, not its first track on both sides", async () => {
    const next = forkEdited("tracks: [ic, manager]\n    rank: 1", "tracks: [ic]\n    rank: 1");
    const text = await runCli(["changes", FORK, next, "--format", "text"]);
    expect(text.stdout).toContain("Associate (associate)\n  Tracks: Individual Contributor; People Manager → Individual Contributor\n");
    const md = await runCli(["changes", FORK, next, "--format", "md"]);
    expect(md.stdout).toContain("- Tracks: Individual Contributor; People Manager → Individual Contributor\n");
    const json = JSON.parse((await runCli(["changes", FORK, next, "--json"])).stdout) as ChangesView;
    expect(json.levels[0]!.tracks).toEqual({ from: [{ id: "ic", title: "Individual Contributor" }, { id: "manager", title: "People Manager" }], to: [{ id: "ic", title: "Individual Contributor" }] });
  });
});

describe("prose that ends with a line break", () => {
  it("leaves no blank line under the item that shows it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-changes-prose-"));
    const source = readFileSync(fixture("company/rich-expectations.yaml"), "utf-8");
    const next = path.join(dir, "next.yaml");
    writeFileSync(next, source.replace("Moves from **doing** tasks", "Moves from **doing** tasks well"));
    const r = await runCli(["changes", fixture("company/rich-expectations.yaml"), next, "--format", "text"], { columns: 100 });
    expect(r.stdout.endsWith("(https://handbook.example.com/promotion).\n")).toBe(true);
    expect(r.stdout.split("\n").some((line) => line !== "" && line.trim() === "")).toBe(false);
  });
});
