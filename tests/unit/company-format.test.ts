/** Issue 12's format additions, in-process: names, sections per track, structured expectations, prose, small fixes. */
import { beforeAll, describe, expect, it } from "vitest";
import { compareLevels } from "../../src/core/diff/compare.js";
import { LadderFileError } from "../../src/core/errors.js";
import { loadLadderFile, loadLadderText } from "../../src/core/load/index.js";
import { diffLevels } from "../../src/core/level-diff.js";
import { areaAcrossLevels, isOrdinal, listLevels, showLevel } from "../../src/core/query.js";
import { resolveArea, resolveLevel, resolveTrack } from "../../src/core/resolve.js";
import { searchLadder } from "../../src/core/search.js";
import { makeStyle } from "../../src/render/style.js";
import { cell, table } from "../../src/render/text/table.js";
import { proseLines } from "../../src/render/text/prose.js";
import { hasMarkup, ladderProse, proseMarkdown, proseTokens, PROSE_OPTIONS } from "../../src/render/prose.js";
import { ladderHtml } from "../../src/render/views/export/html.js";
import { ladderJson } from "../../src/render/views/export/json.js";
import { ladderMarkdown } from "../../src/render/views/export/markdown.js";
import { diffMarkdown, diffText, sideBySideMarkdown, sideBySideText } from "../../src/render/views/diff.js";
import { levelsMarkdown, levelsText } from "../../src/render/views/levels.js";
import { showMarkdown, showText } from "../../src/render/views/show.js";
import { displayWidth } from "../../src/render/width.js";
import { fixture, repoRoot } from "../helpers.js";
import { loadProseReader } from "../../src/render/prose.js";
import fc from "fast-check";
import { Lexer, Marked, type Token } from "marked";
import { readFileSync } from "node:fs";
import path from "node:path";

// These render prose directly, as a command does once its ladder is ready (src/cli/ladder-source.ts).
beforeAll(loadProseReader);

/** The problems a file is refused with, one line each. */
function problems(source: string): string {
  try {
    loadLadderText(source, "x.yaml");
  } catch (error) {
    expect(error).toBeInstanceOf(LadderFileError);
    return (error as LadderFileError).details.join("\n");
  }
  throw new Error("the file loaded");
}

const plain = { width: 80, style: makeStyle(false) };
const company = (name: string) => loadLadderFile(fixture(`company/${name}.yaml`));
const fork = company("fork");
const five = company("five-tracks");
const sections = company("per-track-sections");
const rich = company("rich-expectations");

describe("tracks that share levels and a rank", () => {
  it("puts a shared level in every track it names", () => {
    expect(resolveLevel(fork, "associate").tracks).toEqual(["ic", "manager"]);
    const view = listLevels(fork);
    expect(view.grid?.rows.map((r) => [r.rank, ...r.cells.map((c) => c.map((l) => l.id).join(","))])).toEqual([
      [1, "associate", "associate"],
      [2, "engineer", "engineer"],
      [3, "senior", "lead"],
      [4, "staff", "head"],
    ]);
  });

  it("numbers a shared level the same in each track's table: its place in the ladder, as `about` numbers it", () => {
    const numbered = (text: string) => [...text.matchAll(/^(?:│ (\d+) +│ ([A-Za-z]+)|\| (\d+) \| `([a-z]+)`)/gm)].map((m) => `${m[1] ?? m[3]} ${m[2] ?? m[4]}`);
    const view = listLevels(fork);
    expect(numbered(levelsText(view, { ...plain, width: 100 }).split("Levels by rank")[0]!)).toEqual(["1 Associate", "2 Engineer", "3 Senior", "4 Staff", "1 Associate", "2 Engineer", "5 Senior", "6 Head"]);
    expect(numbered(levelsMarkdown(view).split("Levels by rank")[0]!)).toEqual(["1 associate", "2 engineer", "3 senior", "4 staff", "1 associate", "2 engineer", "5 lead", "6 head"]);
  });

  it("finds a level by track:level and by '<track title> <level title>'", () => {
    expect(resolveLevel(five, "mobile:level-3").id).toBe("mobile-3");
    expect(resolveLevel(five, "Frontend Level 2").id).toBe("frontend-2");
    expect(resolveLevel(fork, "manager:senior").id).toBe("lead");
    expect(resolveLevel(fork, "ic:senior").id).toBe("senior");
  });

  it("lists the qualified candidates of an ambiguous title", () => {
    expect(() => resolveLevel(five, "level 1")).toThrowError(expect.objectContaining({ hints: [expect.stringContaining("backend:backend-1, frontend:frontend-1, mobile:mobile-1")] }));
  });

  it("qualifies repeated titles with their track everywhere, and only those", () => {
    expect(showLevel(five, resolveLevel(five, "data-2")).level.title).toBe("Level 2 (Data)");
    expect(showLevel(fork, resolveLevel(fork, "engineer")).level.title).toBe("Engineer");
    const hits = searchLadder(five, "mentors").hits;
    expect(hits.map((h) => h.location)).toContain("Level 3 (Platform) › Collaboration");
    const area = areaAcrossLevels(five, resolveArea(five, "delivery"));
    expect(area.levels.map((l) => l.level.title)).toContain("Level 4 (Mobile)");
  });

  it("refuses track and tracks together, and an unknown track in tracks", () => {
    const base = "title: x\ntracks: [{id: a, title: A}]\nsections: [{id: s, title: S}]\nlevels:\n";
    expect(problems(`${base}  - {id: l, title: L, track: a, tracks: [a], expectations: {}}\n`)).toMatch(/`track` and `tracks`/);
    expect(problems(`${base}  - {id: l, title: L, tracks: [a, b], expectations: {}}\n`)).toMatch(/unknown track "b"/);
  });
});

describe("sections per track", () => {
  it("shows a level only the sections its track fills, in the track's order", () => {
    const view = showLevel(sections, resolveLevel(sections, "eng-1"));
    expect(view.sections.map((s) => s.id)).toEqual(["systems", "code", "coaching"]);
    expect(showText(view, plain)).not.toMatch(/User Research|Visual Design|Roadmapping/);
    const pm = showLevel(sections, resolveLevel(sections, "pm-1"));
    expect(pm.sections.map((s) => s.id)).toEqual(["roadmap", "research"]);
  });

  it("finds a section or track in a group by the heading every output gives it ('Craft › Code Quality'), or its words", () => {
    for (const typed of ["Craft › Code Quality", "craft > code quality", "craft code quality"]) {
      const area = resolveArea(sections, typed);
      expect(area.kind === "section" && area.section.id).toBe("code");
    }
    expect(resolveTrack(fork, "Engineering › People Manager").id).toBe("manager");
    expect(resolveTrack(fork, "engineering individual contributor").id).toBe("ic");
  });

  it("drops rows empty on both sides of a comparison", () => {
    const view = diffLevels(sections, resolveLevel(sections, "eng-1"), resolveLevel(sections, "eng-2"));
    expect(view.sections.map((s) => s.id)).toEqual(["systems", "code"]);
    const comparison = compareLevels(sections, resolveLevel(sections, "eng-1"), resolveLevel(sections, "eng-2"));
    expect(comparison.sections.map((s) => s.id)).toEqual(["systems", "code"]);
  });

  it("refuses expectations in a section the level's track does not name", () => {
    const source = "title: x\nsections: [{id: s, title: S}, {id: t, title: T}]\ntracks: [{id: a, title: A, sections: [s]}]\nlevels:\n  - {id: l, title: L, track: a, expectations: {t: [x]}}\n";
    expect(problems(source)).toMatch(/section "t" is not one of the sections of track "a"/);
  });
});

describe("structured expectations", () => {
  const developer = resolveLevel(rich, "developer");
  const senior = resolveLevel(rich, "senior-developer");

  it("keeps text, rating, examples and links in the model, and plain text as before", () => {
    expect(developer.expectations.testing![0]).toEqual({
      text: "Writes unit tests for new code",
      rating: "practising",
      examples: ["Adds a test that fails before the fix and passes after it", 'Keeps test names readable, e.g. "rejects an empty basket"'],
      links: [{ url: "https://handbook.example.com/testing", title: "Testing guide" }],
    });
    expect(developer.expectations.testing![1]).toEqual({ text: "Runs the test suite before asking for review", examples: [], links: [] });
  });

  it("shows the rating by its title and the examples under their criterion, in text and markdown", () => {
    const view = showLevel(rich, developer);
    expect(view.sections[0]!.expectations[0]).toBe("Writes unit tests for new code");
    const text = showText(view, plain);
    expect(text).toContain("• Writes unit tests for new code [Practising]\n      e.g. Adds a test that fails before the fix and passes after it");
    const md = showMarkdown(view);
    expect(md).toContain("- Writes unit tests for new code *(Practising)*\n  - *e.g.* Adds a test that fails before the fix and passes after it");
    expect(md).toContain("[Testing guide](<https://handbook.example.com/testing>)");
  });

  it("makes a pair whose rating rises `changed` even when the text is the same", () => {
    const comparison = compareLevels(rich, developer, senior);
    const testing = comparison.sections.find((s) => s.id === "testing")!;
    const unitTests = testing.changes.find((c) => c.from === "Writes unit tests for new code")!;
    expect(unitTests).toMatchObject({ kind: "changed", to: "Writes unit tests for new code", rating: { from: { id: "practising", title: "Practising" }, to: { id: "expert", title: "Expert" } } });
    const impact = comparison.sections.find((s) => s.id === "impact")!;
    expect(impact.changes[0]).toMatchObject({ kind: "changed", rating: { from: { id: "aware", title: "Aware" }, to: { id: "proficient", title: "Proficient" } } });
  });

  it("shows the rating of a new or dropped expectation in diff, as part of what is new or dropped", () => {
    const view = diffLevels(rich, developer, senior);
    expect(diffText(view, plain)).toContain("  + Designs the test strategy of a feature\n    rating: Proficient\n");
    expect(diffMarkdown(view)).toContain("- **Designs the test strategy of a feature** *(new)* *(rating: Proficient)*");
    const back = diffLevels(rich, senior, developer);
    expect(diffText(back, plain)).toContain("  - Designs the test strategy of a feature\n    rating: Proficient\n");
    // Unrated, as before: nothing after the item.
    expect(diffText(view, plain)).toContain("  - Runs the test suite before asking for review\n  + Designs");
  });

  it("shows each side's rating side by side, so a rating that rose is seen there too", () => {
    const view = diffLevels(rich, developer, senior);
    expect(view.sections[0]!.ratings).toEqual({ from: [{ id: "practising", title: "Practising" }, null], to: [{ id: "expert", title: "Expert" }, { id: "proficient", title: "Proficient" }] });
    const text = sideBySideText(view, { ...plain, width: 100 });
    expect(text).toMatch(/│ • Writes unit tests for new code \[Practising\] +│ • Writes unit tests for new code \[Expert\] +│/);
    expect(sideBySideMarkdown(view)).toContain("| Writes unit tests for new code *(Practising)* | Writes unit tests for new code *(Expert)* |");
    // A ladder without ratings keeps the shape it had.
    expect(diffLevels(fork, resolveLevel(fork, "engineer"), resolveLevel(fork, "lead")).sections[0]).not.toHaveProperty("ratings");
  });

  it("searches examples as well as texts", () => {
    const hits = searchLadder(rich, "empty basket").hits;
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: "example", title: "Writes unit tests for new code", section: { id: "testing" } });
  });

  it("refuses a rating without a scale, or not on it", () => {
    const base = "title: x\nsections: [{id: s, title: S}]\n";
    expect(problems(`${base}levels: [{id: l, title: L, expectations: {s: [{text: a, rating: high}]}}]\n`)).toMatch(/has no `ratings`/);
    expect(problems(`${base}ratings: [{id: low, title: Low}]\nlevels: [{id: l, title: L, expectations: {s: [{text: a, rating: high}]}}]\n`)).toMatch(/unknown rating "high"/);
    expect(problems(`${base}levels: [{id: l, title: L, expectations: {s: [{text: a, exampels: [b]}]}}]\n`)).toMatch(/did you mean "examples"/);
    expect(problems(`${base}levels: [{id: l, title: L, expectations: {s: [{text: a, links: [{url: "javascript:alert(1)"}]}]}}]\n`)).toMatch(/"javascript:alert\(1\)" must be an http\(s\):\/\/ or mailto: address/);
    expect(problems(`${base}levels: [{id: l, title: L, expectations: {s: [{text: a, examples: ["\\e[2J"]}]}}]\n`)).toMatch(/control character/);
  });

  it("exports to JSON that loads back to the same ladder", () => {
    for (const ladder of [rich, fork, five, sections]) {
      const again = loadLadderText(ladderJson(ladder), "again.json");
      expect(again).toEqual(ladder);
    }
  });
});

describe("prose as a small markdown subset", () => {
  it("draws emphasis, lists and links in text, links as text (url)", () => {
    const lines = proseLines("Read the [guide](https://x.example/g) *first*.\n\n- one\n- two", plain);
    expect(lines).toEqual(["Read the guide (https://x.example/g) first.", "", "• one", "• two"]);
    const coloured = proseLines("*first* **then**", { width: 80, style: makeStyle(true) }).join("\n");
    expect(coloured).toContain("\u001b[3mfirst\u001b[23m");
  });

  it("continues a list item nested on its first line under spaces, never repeating the number", () => {
    expect(proseLines("2) - one\n  two", plain)).toEqual(["2. • one", "     two"]);
  });

  it("keeps markdown as written but escapes raw HTML", () => {
    expect(proseMarkdown("Keep **this** and <b>that</b> <script>x</script>")).toBe("Keep **this** and &lt;b>that&lt;/b> &lt;script>x&lt;/script>");
  });

  it("writes real markup in the HTML export, escaped, with only web and mail links", () => {
    const html = ladderHtml(rich);
    expect(html).toContain('<a href="https://handbook.example.com/growth">handbook</a>');
    expect(html).toContain("<em>how well</em>");
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
    const hostile = loadLadderText("title: x\ndescription: '[click](javascript:alert(1)) <img src=x onerror=alert(1)>'\nsections: [{id: s, title: S}]\nlevels: [{id: l, title: L, expectations: {}}]\n", "x.yaml");
    const page = ladderHtml(hostile);
    expect(page).not.toContain("javascript:alert");
    expect(page).not.toContain("<img");
  });

  it("writes a level's summary and a section's description as markup in the HTML export, not as literal asterisks", () => {
    const html = ladderHtml(rich);
    expect(html).toContain("Works on <em>well-defined</em> tasks");
    expect(html).toContain("does what it should, <strong>before</strong> it ships");
    expect(html).not.toMatch(/\*well-defined\*|\*\*before\*\*/);
    const hostile = loadLadderText("title: x\nsections: [{id: s, title: S, description: '<script>x</script>'}]\nlevels: [{id: l, title: L, summary: '<img src=x onerror=alert(1)>', expectations: {s: [a]}}]\n", "x.yaml");
    const page = ladderHtml(hostile);
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<script>x");
  });

  it("reads a level's summary as prose in the levels table and the markdown export's table: no literal asterisks or backticks", () => {
    const hostile = loadLadderText("title: x\nsections: [{id: s, title: S}]\nlevels: [{id: l, title: L, summary: 'A **first** step, see `docs` and [guide](https://example.com/g)', expectations: {s: [a]}}]\n", "x.yaml");
    const reading = "A first step, see docs and guide (https://example.com/g)";
    expect(levelsText(listLevels(hostile), { ...plain, width: 200 })).toContain(`(${reading})`);
    for (const markdown of [levelsMarkdown(listLevels(hostile)), ladderMarkdown(hostile)]) {
      expect(markdown).toContain(`L<br>*${reading}*`);
    }
    expect(levelsText(listLevels(hostile), { ...plain, width: 20 })).not.toMatch(/\*\*|`/);
  });

  it("gives each track of the markdown export its levels, so that no track heading stands empty", () => {
    const markdown = ladderMarkdown(five);
    expect(markdown).toContain("### Backend\n\nLevels: Level 1 (Backend); Level 2 (Backend); Level 3 (Backend); Level 4 (Backend)\n\n### Frontend\n");
    expect(markdown).not.toMatch(/^### .*\n\n###/m);
    expect(ladderMarkdown(fork)).toContain("Grows by *depth*: harder problems, wider technical reach.\n\nLevels: Associate; Engineer; Senior (Individual Contributor); Staff\n");
  });

  it("lists the rating scale, lowest first, in the HTML export as the markdown export does", () => {
    const html = ladderHtml(rich);
    expect(html).toContain('<section id="ratings">');
    expect(html.indexOf("<strong>Aware</strong>: Knows it exists")).toBeLessThan(html.indexOf("<strong>Expert</strong>: Teaches it"));
  });
});

describe("prose without markup is read without marked", () => {
  // What a renderer reads of a token: its kind, its text and its children (raw is marked's bookkeeping).
  // Blank lines before the first paragraph or after the last print as nothing in every format.
  const shape = (tokens: readonly Token[]): unknown[] => {
    const inner = [...tokens];
    while (inner[0]?.type === "space") inner.shift();
    while (inner.at(-1)?.type === "space") inner.pop();
    return inner.map((t) => [t.type, "text" in t ? t.text : null, "tokens" in t && t.tokens ? shape(t.tokens) : null]);
  };
  const html = new Marked(PROSE_OPTIONS);
  const word = fc.stringMatching(/^[A-Za-z0-9.,;:'"()?%$/+=-]{1,8}$|^(é|ü|名前|🙂|\u00a0|\u2028|\r)$/);
  const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
  const text = fc.array(fc.oneof(line, fc.constant("")), { minLength: 1, maxLength: 6 }).map((l) => l.join("\n")).filter((t) => t.trim() !== "" && !hasMarkup(t));

  it("gives the tokens marked gives, so every format prints it the same", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(shape(proseTokens(t))).toEqual(shape(Lexer.lex(t, PROSE_OPTIONS)));
        expect(html.parser(proseTokens(t))).toBe(html.parse(t));
      }),
      { numRuns: 400 },
    );
  });

  it("applies to all the built-in ladder's prose, so `show` loads no markdown reader", () => {
    const builtin = loadLadderText(readFileSync(path.join(repoRoot, "data", "ladder.yaml"), "utf-8"), "data/ladder.yaml");
    const prose = ladderProse(builtin);
    expect(prose.length).toBeGreaterThan(5);
    for (const t of prose) expect(shape(proseTokens(t))).toEqual(shape(Lexer.lex(t, PROSE_OPTIONS)));
    expect(prose.filter(hasMarkup)).toEqual([]);
  });

  it("sends anything that could be markup to marked", () => {
    for (const t of ["*a*", "a_b", "`c`", "[x](y)", "<b>", "&amp;", "# h", "- item", "1. item", "2) item", "    code", "a  \nb", "x\n===", "see https://x.example", "www.x.example", "me@x.example", "a | b", "~~gone~~", "\\*"]) expect(hasMarkup(t), t).toBe(true);
  });
});

describe("smaller", () => {
  it("lines up a table row that holds a zero-width space", () => {
    const t = table([cell("a", 10), cell("b", 10)], [10, 10]);
    t.push([cell("x\u200by", 10), cell("z", 10)]);
    const widths = t.toString().split("\n").map(displayWidth);
    expect(new Set(widths).size).toBe(1);
  });

  it("separates 'shared with' titles that hold commas", () => {
    const source = "title: x\nsections: [{id: s, title: S}]\nlevels:\n  - {id: a, title: 'Lead, Platform', expectations: {}}\n  - {id: b, title: 'Lead, Data', expectations: {}}\n  - {id: c, title: Staff, expectations: {}}\ngrowth_areas:\n  - {id: g, title: G, by_level: [{levels: [a, b, c], text: Shared}]}\n";
    const ladder = loadLadderText(source, "x.yaml");
    expect(showText(showLevel(ladder, resolveLevel(ladder, "c")), plain)).toContain('(shared with "Lead, Platform"; "Lead, Data")');
  });

  it("names the tracks of a shared level with a repeated title as one unambiguous list", () => {
    const source = "title: x\ntracks: [{id: ops, title: 'Ops, Support'}, {id: dev, title: Dev}]\nsections: [{id: s, title: S}]\nlevels:\n  - {id: a, title: Lead, tracks: [ops, dev], expectations: {}}\n  - {id: b, title: Lead, track: dev, expectations: {}}\n";
    const ladder = loadLadderText(source, "x.yaml");
    expect(showText(showLevel(ladder, resolveLevel(ladder, "a")), plain).split("\n")[0]).toBe('Lead ("Ops, Support"; Dev)');
  });

  it("lists a title shown with a quoted track title once quoted, not quotes inside quotes", () => {
    const source = "title: x\ntracks: [{id: ops, title: 'Ops, Support'}, {id: dev, title: Dev}]\nsections: [{id: s, title: S}]\nlevels:\n  - {id: a, title: Lead, track: ops, expectations: {}}\n  - {id: b, title: Lead, track: dev, expectations: {}}\n  - {id: c, title: 'Staff, Data', track: dev, expectations: {}}\ngrowth_areas:\n  - {id: g, title: G, by_level: [{levels: [a, b, c], text: Shared}]}\n";
    const ladder = loadLadderText(source, "x.yaml");
    expect(showText(showLevel(ladder, resolveLevel(ladder, "b")), plain)).toContain('(shared with Lead ("Ops, Support"); "Staff, Data")');
  });

  it("draws no scope bars for a fact that is a rank", () => {
    expect(isOrdinal("Level", ["1", "2", "3"])).toBe(true);
    expect(isOrdinal("Band", ["L3", "L4"])).toBe(true);
    expect(isOrdinal("Team size", ["5", "8-12"])).toBe(false);
  });
});

describe("x- extensions", () => {
  it("are written back by the JSON export, where the file had them, and shown by no view", () => {
    const ladder = loadLadderFile(fixture("../golden/extensions.yaml"));
    const json = JSON.parse(ladderJson(ladder)) as Record<string, any>;
    expect(json["x-generated-by"]).toBe("people-ops sheet v3");
    expect(json.sections[0]["x-color"]).toBe("blue");
    expect(json.levels[0]["x-band"]).toBe("B2");
    expect(json.growth_areas[0]["x-owner"]).toBe("qa-guild");
    expect(json.growth_areas[0].by_level[0]["x-note"]).toBe("reviewed 2026");
    expect(loadLadderText(ladderJson(ladder), "again.json")).toEqual(ladder);
    expect(JSON.stringify(showLevel(ladder, ladder.levels[0]!))).not.toContain("x-");
  });

  it("are written back on an expectation and on its links too", () => {
    const ladder = loadLadderText("title: x\nsections: [{id: s, title: S}]\nlevels: [{id: l, title: L, expectations: {s: [{text: a, x-source: row 3, links: [{url: 'https://a.example', x-checked: 2026}]}, {text: b, x-source: row 4}, c]}}]\n", "x.yaml");
    const json = JSON.parse(ladderJson(ladder)) as Record<string, any>;
    expect(json.levels[0].expectations.s).toEqual([{ text: "a", links: [{ url: "https://a.example", "x-checked": 2026 }], "x-source": "row 3" }, { text: "b", "x-source": "row 4" }, "c"]);
    expect(loadLadderText(ladderJson(ladder), "again.json")).toEqual(ladder);
    expect(JSON.stringify(showLevel(ladder, ladder.levels[0]!))).not.toContain("x-");
  });
});

describe("hostile input in the new fields", () => {
  const base = "title: x\nsections: [{id: s, title: S}]\nlevels: [{id: l, title: L, expectations: {s: [a]}}]\n";
  it.each([
    ["a section group", "title: x\nsections: [{id: s, title: S, group: \"G\\e[2J\"}]\nlevels: [{id: l, title: L, expectations: {}}]\n"],
    ["a track description", "title: x\ntracks: [{id: t, title: T, description: \"\\e]0;owned\\a\"}]\nsections: [{id: s, title: S}]\nlevels: [{id: l, title: L, track: t, expectations: {}}]\n"],
    ["a rating title", `${base}ratings: [{id: r, title: "R\\e[31m"}]\n`],
    ["a link title", "title: x\nsections: [{id: s, title: S}]\nlevels: [{id: l, title: L, expectations: {s: [{text: a, links: [{url: \"https://x.example\", title: \"\\x9b31m\"}]}]}}]\n"],
  ])("refuses a control character in %s", (_, source) => {
    expect(problems(source)).toMatch(/contains a control character/);
  });
  it("refuses a group that spans lines and a rank that is not whole", () => {
    expect(problems("title: x\nsections: [{id: s, title: S, group: \"a\\nb\"}]\nlevels: [{id: l, title: L, expectations: {}}]\n")).toMatch(/must be one line/);
    expect(problems("title: x\nsections: [{id: s, title: S}]\nlevels: [{id: l, title: L, rank: 1.5, expectations: {}}]\n")).toMatch(/rank/);
  });
  it("tells a mapping expectation what is wrong inside it, not that it is not text", () => {
    const expectation = (e: string) => problems(`title: x\nsections: [{id: s, title: S}]\nlevels: [{id: l, title: L, expectations: {s: [${e}]}}]\n`);
    expect(expectation("{text: a, examples: one}")).toContain(" levels[0].expectations.s[0].examples: expected a list, got text");
    expect(expectation("{examples: [one]}")).toContain(' levels[0].expectations.s[0].text: missing required key "text"');
    expect(expectation("{text: a, examples: [1]}")).toContain(" levels[0].expectations.s[0].examples[0]: expected text, got a number");
    expect(expectation("[a, b]")).toContain(" levels[0].expectations.s[0]: expected text, got a list");
  });
});
