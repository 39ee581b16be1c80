import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLadderText } from "../../src/core/load/index.js";
import { resolveArea, resolveLevel } from "../../src/core/resolve.js";
import { findMatches } from "../../src/core/match.js";
import { searchLadder } from "../../src/core/search.js";
import type { Ladder } from "../../src/core/types.js";
import type { SearchHit } from "../../src/core/search-views.js";
import { searchMarkdown, searchSummary, searchText } from "../../src/render/views/search.js";
import { makeStyle } from "../../src/render/style.js";
import { highlightedBlock } from "../../src/render/text/layout.js";
import { displayWidth, stripAnsi } from "../../src/render/width.js";
import { fixture, repoRoot, runCli } from "../helpers.js";

const builtin = loadLadderText(readFileSync(path.join(repoRoot, "data", "ladder.yaml"), "utf-8"), "data/ladder.yaml");
const acmeFile = fixture("acme.yaml");
const acme = loadLadderText(readFileSync(acmeFile, "utf-8"), acmeFile);
const ESC = "\u001b";

describe("findMatches", () => {
  it("finds every occurrence, ignoring case, without overlaps", () => {
    expect(findMatches("Budget and BUDGETS, budget", "budget")).toEqual([
      { start: 0, end: 6 },
      { start: 11, end: 17 },
      { start: 20, end: 26 },
    ]);
    expect(findMatches("aaaa", "aa")).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(findMatches("anything", "")).toEqual([]);
    expect(findMatches("nothing here", "budget")).toEqual([]);
  });

  it("keeps offsets exact where lower-casing changes a string's length", () => {
    // "İ" lower-cases to two code units; the match after it must still point at the original text.
    const text = "İstanbul team";
    const [m] = findMatches(text, "team");
    expect(text.slice(m!.start, m!.end)).toBe("team");
    const [i] = findMatches(text, "i̇stanbul");
    expect(text.slice(i!.start, i!.end)).toBe("İstanbul");
  });

  it("works on text outside the basic multilingual plane", () => {
    const text = "🚀 Sets 技術 direction";
    const [m] = findMatches(text, "技術");
    expect(text.slice(m!.start, m!.end)).toBe("技術");
  });
});

describe("searchLadder on the built-in ladder", () => {
  it("finds budget everywhere it is, each hit with where it lives", () => {
    const view = searchLadder(builtin, "budget");
    const kinds = view.hits.map((h) => h.kind);
    expect(kinds).toContain("responsibility");
    expect(kinds).toContain("expectation");
    expect(kinds).toContain("growth-area");
    for (const hit of view.hits) {
      expect(hit.text.toLowerCase()).toContain("budget");
      expect(hit.location).not.toBe("");
      // The whole word is marked: "budgets" too.
      for (const m of hit.matches) expect((m.field === "title" ? hit.title! : hit.text).slice(m.start, m.end).toLowerCase()).toMatch(/^budgets?$/);
    }
    const director = view.hits.find((h) => h.kind === "expectation" && h.levels[0]!.id === "director");
    expect(director?.section?.id).toBe("scope");
    expect(director?.location).toBe("Director of Engineering › Team & Project Scope");
  });

  it("finds every expectation that contains the text, nothing else, in ladder order", () => {
    const view = searchLadder(builtin, "STRATEG");
    const expected = builtin.levels.flatMap((l) => builtin.sections.flatMap((s) => (l.expectations[s.id] ?? []).map((e) => e.text).filter((e) => /strateg/i.test(e))));
    expect(view.hits.filter((h) => h.kind === "expectation").map((h) => h.text)).toEqual(expected);
  });

  it("searches transitions (title and text) and notes paragraph by paragraph", () => {
    const transition = searchLadder(builtin, "VP to CTO").hits.find((h) => h.kind === "transition");
    expect(transition?.title).toBe("VP to CTO");
    expect(transition?.matches[0]?.field).toBe("title");
    expect(transition?.transition?.from).toEqual({ kind: "level", id: "vp", title: "VP of Engineering" });
    expect(transition?.levels.map((l) => l.id)).toEqual(["vp", "cto"]);

    const ic = searchLadder(builtin, "systems of code").hits;
    expect(ic).toHaveLength(1);
    expect(ic[0]!.kind).toBe("transition");
    expect(ic[0]!.levels.map((l) => l.id)).toEqual(["em"]); // the individual contributor is a role, not a level

    const note = searchLadder(builtin, "dual-ladder").hits;
    expect(note).toHaveLength(1);
    expect(note[0]).toMatchObject({ kind: "note", title: "Conclusion", paragraph: 2, location: "Note: Conclusion, paragraph 2" });
    expect(builtin.notes[0]!.text).toContain(note[0]!.text);
  });

  it("searches the description", () => {
    const hits = searchLadder(builtin, "bridge technical expertise").hits;
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: "description", location: "Description", paragraph: null });
    expect(hits[0]!.text).toBe(builtin.description);
  });

  it("narrows to a level: its expectations, its growth-area entries and its transitions", () => {
    const view = searchLadder(builtin, "team", { levels: [resolveLevel(builtin, "cto")] });
    expect(view.filters.levels).toEqual([{ id: "cto", title: "CTO" }]);
    expect(view.hits.length).toBeGreaterThan(0);
    for (const hit of view.hits) {
      expect(["expectation", "growth-area", "transition"]).toContain(hit.kind);
      expect(hit.levels.map((l) => l.id)).toContain("cto");
    }
  });

  it("narrows to a section, and to a growth area", () => {
    const scope = searchLadder(builtin, "budget", { areas: [resolveArea(builtin, "scope")] });
    expect(scope.hits.length).toBeGreaterThan(0);
    expect(scope.hits.every((h) => h.kind === "expectation" && h.section?.id === "scope")).toBe(true);
    expect(scope.filters.sections).toEqual([{ id: "scope", title: "Team & Project Scope" }]);

    const area = searchLadder(builtin, "budget", { areas: [resolveArea(builtin, "resource management")] });
    expect(area.hits.map((h) => h.kind)).toEqual(["growth-area"]);
    expect(area.hits[0]!.area?.id).toBe("resource-management");
    expect(area.filters.growthAreas).toEqual([{ id: "resource-management", title: "Resource Management" }]);

    const both = searchLadder(builtin, "budget", { levels: [resolveLevel(builtin, "vp")], areas: [resolveArea(builtin, "scope")] });
    expect(both.hits.map((h) => h.location)).toEqual(["VP of Engineering › Team & Project Scope"]);
  });

  it("has every field of every hit present (null, not missing)", () => {
    const view = searchLadder(builtin, "e");
    const keys = ["kind", "location", "levels", "section", "area", "transition", "title", "paragraph", "text", "matches"];
    for (const hit of view.hits) expect(Object.keys(hit)).toEqual(keys);
    expect(new Set(view.hits.map((h) => h.kind))).toEqual(new Set(["description", "responsibility", "expectation", "growth-area", "transition", "note"]));
  });
});

describe("searchLadder on a multi-track ladder", () => {
  it("finds text in every kind of place, across tracks", () => {
    expect(searchLadder(acme, "staff jump").hits.map((h) => [h.kind, h.location])).toEqual([["transition", "Transition: The staff jump"]]);
    expect(searchLadder(acme, "impact").hits.map((h) => h.kind)).toEqual(["description", "transition", "note"]);
    expect(searchLadder(acme, "impact").hits[0]!.paragraph).toBe(2);
    // "Write things down" is another form of the word.
    const writes = searchLadder(acme, "writes").hits;
    expect(writes.map((h) => h.location)).toEqual([
      "Responsibilities shared by every level",
      "Growth area: Communication › Software Engineer I; Software Engineer II",
      "Growth area: Communication › Staff Engineer",
    ]);
    const across = searchLadder(acme, "grows").hits.map((h) => h.levels.map((l) => l.id));
    expect(across).toEqual([[], ["staff"], ["m2"]]);
  });

  it("finds text that is not ASCII", () => {
    const hits = searchLadder(acme, "技術").hits;
    expect(hits).toHaveLength(1);
    expect(hits[0]!.location).toBe("Staff Engineer › Craft");
  });
});

describe("search rendering", () => {
  const colour = { width: 80, style: makeStyle(true) };
  const plain = { width: 80, style: makeStyle(false) };

  it("highlights each match on a colour terminal, and nothing else changes", () => {
    const out = searchText(searchLadder(builtin, "budget"), colour);
    expect(out).toContain(`${ESC}[33mbudget${ESC}[39m`);
    expect(stripAnsi(out)).toBe(searchText(searchLadder(builtin, "budget"), plain));
  });

  it("keeps a highlight when wrapping moves part of a match to the next line", () => {
    const text = "Manages significant engineering budget and resources";
    const [m] = findMatches(text, "engineering budget");
    const lines = highlightedBlock(text, [m!], (s) => `[${s}]`, 30, "  ");
    expect(lines.join("\n")).toBe("  Manages significant\n  [engineering budget] and\n  resources");
    const split = highlightedBlock(text, [m!], (s) => `[${s}]`, 34, "  ");
    expect(split).toEqual(["  Manages significant [engineering]", "  [budget] and resources"]);
  });

  it("wraps to the width and keeps every word", () => {
    for (const width of [24, 40, 80]) {
      const out = searchText(searchLadder(builtin, "team"), { width, style: makeStyle(false) });
      for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      const words = out.split(/\s+/).join(" ");
      for (const hit of searchLadder(builtin, "team").hits) expect(words).toContain(hit.text.split(/\s+/).join(" "));
    }
  });

  it("groups hits under where they live", () => {
    const out = searchText(searchLadder(builtin, "budget"), plain);
    expect(out).toBe(
      [
        'Found "budget" in 4 places',
        "",
        "Responsibilities shared by every level",
        "  • Managing engineering resources and budgets",
        "",
        "Director of Engineering › Team & Project Scope",
        "  • Manages significant engineering budget and resources",
        "",
        "VP of Engineering › Team & Project Scope",
        "  • Manages entire engineering budget and resource allocation",
        "",
        "Growth area: Resource Management › Director of Engineering",
        "  Manages departmental budgets and headcount planning",
        "",
      ].join("\n"),
    );
  });

  it("escapes markdown and strips control characters", () => {
    const md = searchMarkdown(searchLadder(acme, "<and>"));
    expect(md).toContain("- Mentors interns \\<and> new hires");
    expect(md).toContain("## Software Engineer II › People");

    const hostile: Ladder = { ...acme, levels: [{ ...acme.levels[0]!, expectations: { craft: [{ text: `Ships \u001b[31mred\u001b[0m code`, examples: [], links: [] }] } }] };
    const text = searchText(searchLadder(hostile, "red"), colour);
    expect(stripAnsi(text)).not.toContain(ESC);
    expect(stripAnsi(text)).toContain("Ships [31mred[0m code");
    expect(searchMarkdown(searchLadder(hostile, "red"))).not.toContain(ESC);
  });
});

describe("ladder search (in-process)", () => {
  it("prints markdown when piped, text on a terminal, json on request", async () => {
    const md = await runCli(["search", "budget"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Search: "budget"\n/);
    const text = await runCli(["search", "budget"], { tty: true, env: { NO_COLOR: "1" } });
    expect(text.stdout).toMatch(/^Found "budget" in 4 places\n/);
    const json = JSON.parse((await runCli(["search", "budget", "--json"])).stdout);
    expect(json.query).toBe("budget");
    expect(json.hits).toHaveLength(4);
  });

  it("colours the matches only in text on a terminal", async () => {
    const tty = await runCli(["search", "budget"], { tty: true });
    expect(tty.stdout).toContain(`${ESC}[33mbudget`);
    const noColor = await runCli(["search", "budget"], { tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain(ESC);
    const forced = await runCli(["search", "budget", "-f", "md"], { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).not.toContain(ESC);
  });

  it("says plainly when nothing matches, and exits 0", async () => {
    const none = await runCli(["search", "kubernetes"], { tty: true, env: { NO_COLOR: "1" } });
    expect(none).toEqual({ code: 0, stdout: 'No matches for "kubernetes".\n', stderr: "" });
    const narrowed = await runCli(["search", "budget", "--level", "em", "--section", "leadership"], { tty: true, env: { NO_COLOR: "1" } });
    expect(narrowed.stdout).toBe('No matches for "budget" at Engineering Manager in Leadership Skills.\n');
    const json = JSON.parse((await runCli(["search", "kubernetes", "--json"])).stdout);
    expect(json.hits).toEqual([]);
  });

  it("narrows with --level and --section, repeatable and comma-separated", async () => {
    const one = JSON.parse((await runCli(["search", "budget", "--level", "dir", "--json"])).stdout);
    expect(one.hits.map((h: { location: string }) => h.location)).toEqual([
      "Director of Engineering › Team & Project Scope",
      "Growth area: Resource Management › Director of Engineering",
    ]);
    const two = JSON.parse((await runCli(["search", "budget", "-l", "dir,vp", "-l", "director", "-s", "scope", "--json"])).stdout);
    expect(two.filters.levels.map((l: { id: string }) => l.id)).toEqual(["director", "vp"]);
    expect(two.hits).toHaveLength(2);
    const area = JSON.parse((await runCli(["search", "budget", "--section", "resource", "--json"])).stdout);
    expect(area.hits).toHaveLength(1);
  });

  it("rejects unknown names and empty text as usage errors", async () => {
    const level = await runCli(["search", "budget", "--level", "wizard"]);
    expect(level.code).toBe(2);
    expect(level.stderr).toMatch(/^ladder: unknown level "wizard"/);
    const section = await runCli(["search", "budget", "--section", "nope"]);
    expect(section.code).toBe(2);
    const empty = await runCli(["search", "  "]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("ladder: nothing to search for");
    const missing = await runCli(["search"]);
    expect(missing.code).toBe(2);
  });

  it("searches the ladder chosen with --data", async () => {
    const out = await runCli(["--data", acmeFile, "search", "roadmap", "--json"]);
    const json = JSON.parse(out.stdout);
    expect(json.ladder).toBe("Acme Engineering Ladder");
    expect(json.hits.map((h: { levels: { id: string }[] }) => h.levels[0]!.id)).toEqual(["m1", "m2"]);
  });
});

describe("search by words: any order, case, accents and word endings folded", () => {
  const tracks = loadLadderText(
    [
      "title: Two tracks",
      "tracks: [{ id: ic, title: Individual contributor }, { id: mgmt, title: Management }]",
      "sections: [{ id: craft, title: \"🛠 Results > Craft\" }]",
      "levels:",
      "  - { id: ic-1, title: Level 1, track: ic, expectations: { craft: [\"Gestión del código: revisa cambios\", Reviews code daily] } }",
      "  - { id: ic-2, title: Level 2, track: ic, expectations: { craft: [Hires and reviews] } }",
      "  - { id: mgmt-1, title: Level 1, track: mgmt, expectations: { craft: [Reviews hiring plans, Runs the hiring loop] } }",
    ].join("\n"),
    "two-tracks.yaml",
  );
  const marked = (hit: SearchHit) => hit.matches.map((m) => hit.text.slice(m.start, m.end));

  it("ignores accents and case, both ways", () => {
    for (const query of ["gestion", "GESTIÓN", "Gestión del"]) {
      const hits = searchLadder(tracks, query).hits;
      expect(hits.map((h) => h.text)).toEqual(["Gestión del código: revisa cambios"]);
      expect(marked(hits[0]!)[0]).toMatch(/^Gestión/);
    }
    expect(searchLadder(tracks, "codigo").hits).toHaveLength(1);
  });

  it("matches every word in any order, not only the phrase", () => {
    const inOrder = searchLadder(builtin, "engineering budget").hits.map((h) => h.text);
    expect(inOrder.length).toBeGreaterThan(0);
    expect(searchLadder(builtin, "budget engineering").hits.map((h) => h.text)).toEqual(inOrder);
    // Each text found holds both words; a text with one of them is not found.
    for (const text of inOrder) expect(text.toLowerCase()).toMatch(/engineering[\s\S]*budget|budget[\s\S]*engineering/);
    expect(inOrder).not.toContain("Manages departmental budgets and headcount planning");
  });

  it("folds inflections: hire finds hiring and hires, and marks those words", () => {
    const hits = searchLadder(tracks, "hire").hits;
    expect(hits.map((h) => h.text)).toEqual(["Hires and reviews", "Reviews hiring plans", "Runs the hiring loop"]);
    expect(hits.map((h) => marked(h))).toEqual([["Hires"], ["hiring"], ["hiring"]]);
    expect(searchLadder(builtin, "hire").hits.some((h) => /hiring/i.test(h.text))).toBe(true);
  });

  it("still finds a word typed in part, and the phrase inside a word", () => {
    expect(searchLadder(builtin, "stakehold").hits.length).toBeGreaterThan(0);
    expect(searchLadder(builtin, "ship").hits.some((h) => /leadership/i.test(h.text))).toBe(true);
  });

  it("suggests the ladder's closest words on a miss, one form of each", () => {
    expect(searchLadder(builtin, "budgte").suggestions).toEqual(["budget"]);
    expect(searchLadder(builtin, "planing budgte").suggestions).toEqual(["planning", "budget"]);
    expect(searchLadder(builtin, "budget").suggestions).toEqual([]);
    expect(searchLadder(builtin, "kubernetes").suggestions).toEqual([]);
    expect(searchLadder(tracks, "gestoin").suggestions).toEqual(["gestión"]);
    expect(searchSummary(searchLadder(builtin, "budgte"))).toBe('No matches for "budgte". Did you mean: budget?');
  });

  it("keeps levels of different tracks that share a title apart, qualified by their track", () => {
    const view = searchLadder(tracks, "reviews");
    expect(view.hits.map((h) => [h.levels[0]!.id, h.location])).toEqual([
      ["ic-1", "Level 1 (Individual contributor) › 🛠 Results > Craft"],
      ["ic-2", "Level 2 › 🛠 Results > Craft"],
      ["mgmt-1", "Level 1 (Management) › 🛠 Results > Craft"],
    ]);
    const headings = searchText(view, { width: 80, style: makeStyle(false) }).split("\n").filter((l) => l.startsWith("Level"));
    expect(headings).toEqual(["Level 1 (Individual contributor) › 🛠 Results > Craft", "Level 2 › 🛠 Results > Craft", "Level 1 (Management) › 🛠 Results > Craft"]);
  });

  it("groups by level id: two levels of one title in a row never share a heading", () => {
    const twins: Ladder = { ...tracks, levels: [tracks.levels[0]!, tracks.levels[2]!] };
    const out = searchText(searchLadder(twins, "reviews"), { width: 80, style: makeStyle(false) });
    expect(out.split("\n").filter((l) => l.startsWith("Level 1"))).toHaveLength(2);
    expect(searchMarkdown(searchLadder(twins, "reviews")).match(/^## Level 1/gm)).toHaveLength(2);
  });

  it("narrows to a track: its levels' texts only", () => {
    const view = searchLadder(tracks, "reviews", { track: tracks.tracks[1]! });
    expect(view.hits.map((h) => h.levels[0]!.id)).toEqual(["mgmt-1"]);
    expect(view.filters.track).toEqual({ id: "mgmt", title: "Management" });
    expect(searchSummary(view)).toBe('Found "reviews" in 1 place on the Management track');
    expect(searchLadder(tracks, "reviews").filters.track).toBeNull();
  });
});

describe("ladder search --track (in-process)", () => {
  it("keeps the hits of one track, and leaves ladder-wide text out", async () => {
    const all = JSON.parse((await runCli(["--data", acmeFile, "search", "team", "--json"])).stdout);
    const management = JSON.parse((await runCli(["--data", acmeFile, "search", "team", "--track", "management", "--json"])).stdout);
    expect(management.hits.length).toBeGreaterThan(0);
    expect(management.hits.length).toBeLessThan(all.hits.length);
    const managers = new Set(acme.levels.filter((l) => l.tracks.includes("management")).map((l) => l.id));
    for (const hit of management.hits) expect(hit.levels.some((l: { id: string }) => managers.has(l.id))).toBe(true);
    expect(management.filters.track).toEqual({ id: "management", title: "Management" });
  });

  it("rejects an unknown track, and a track on a ladder without tracks", async () => {
    const unknown = await runCli(["--data", acmeFile, "search", "team", "--track", "sales"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^ladder: unknown track "sales"/);
    expect((await runCli(["search", "team", "--track", "x"])).code).toBe(2);
  });

  it("keeps the JSON shape: the old fields as they were, and the new ones beside them", async () => {
    const json = JSON.parse((await runCli(["search", "budgte", "--json"])).stdout);
    expect(Object.keys(json)).toEqual(["ladder", "query", "filters", "hits", "suggestions"]);
    expect(Object.keys(json.filters)).toEqual(["levels", "sections", "growthAreas", "track"]);
    expect(json.suggestions).toEqual(["budget"]);
  });
});

describe("prose found by search", () => {
  const rich = fixture("company/rich-expectations.yaml");
  const search = (...args: string[]) => runCli(["--data", rich, "search", ...args], { columns: 100 });

  it("is drawn as prose in text, as show and about draw it: no markdown marks, links as text (url)", async () => {
    const { stdout } = await search("handbook", "--format", "text");
    expect(stdout).toContain("  How we grow at Quay. Read it with your manager; see the\n  handbook (https://handbook.example.com/growth) for the review calendar.\n");
    expect(stdout).toContain("  Moves from doing tasks to owning outcomes. See the\n  promotion guide (https://handbook.example.com/promotion).\n");
    expect(stdout).not.toMatch(/\*\*|\]\(/);
  });

  it("keeps the matches highlighted on a colour terminal", async () => {
    const style = makeStyle(true);
    const { stdout } = await search("owning outcomes", "--format", "text", "--color", "always");
    expect(stdout).toContain(style.match("outcomes"));
    expect(stdout).toContain(style.match("owning"));
    expect(stripAnsi(stdout)).toContain("  Moves from doing tasks to owning outcomes. See the\n");
    expect(stdout).not.toMatch(/[\uFDD0\uFDD1]/);
  });

  it("stays markdown in markdown", async () => {
    expect((await search("owning", "--format", "md")).stdout).toContain("Moves from **doing** tasks to *owning* outcomes.");
  });
});
