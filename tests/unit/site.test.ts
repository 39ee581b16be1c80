// The site generator in-process: every expectation on its level page,
// verbatim; every link lands on a page and an anchor that exist; the same
// ladder gives the same bytes; ladder text is escaped; nothing is loaded from
// another host; HTML is valid. Then `ladder site` as a command: where it
// writes and what it refuses to replace. (The pages in a real browser:
// tests/e2e/site-browser.test.ts.)
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Script } from "node:vm";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { loadLadderText } from "../../src/core/load/index.js";
import { AssessmentRecordSchema, assessmentRecord, fingerprintOf } from "../../src/core/record.js";
import type { Ladder } from "../../src/core/types.js";
import { SITE_MARKER, siteScript } from "../../src/cli/commands/site.js";
import { buildSite } from "../../src/site/index.js";
import { searchItems } from "../../src/site/pages.js";
import type { PickerData } from "../../src/site/data.js";
import { href } from "../../src/site/layout.js";
import { fixture, repoRoot, runCli } from "../helpers.js";
import { loadProseReader } from "../../src/render/prose.js";

// The sites below are built as `ladder site` builds them, once the prose reader is loaded (src/cli/commands/site.ts).
await loadProseReader();

const builtinFile = path.join(repoRoot, "data", "ladder.yaml");
const acmeFile = fixture("acme.yaml");
const load = (file: string) => loadLadderText(readFileSync(file, "utf-8"), file);
const company = (name: string) => fixture(path.join("company", name));
const ladders: [string, Ladder, string][] = [
  ["the built-in ladder", load(builtinFile), builtinFile],
  ["a two-track ladder", load(acmeFile), acmeFile],
  ["a ranked ladder that forks into two tracks", load(company("fork.yaml")), company("fork.yaml")],
  ["a ladder of five tracks with the same level titles", load(company("five-tracks.yaml")), company("five-tracks.yaml")],
  ["a ladder whose tracks use their own sections", load(company("per-track-sections.yaml")), company("per-track-sections.yaml")],
  ["a ladder of rated expectations with examples and links", load(company("rich-expectations.yaml")), company("rich-expectations.yaml")],
];
// The script as the build made it (dist/site.js; npm test builds first).
const OPTIONS = { generator: "ladder test", fingerprint: fingerprintOf("test"), script: siteScript() };

/** The five entities escapeHtml writes, read back. */
const unescape = (html: string) => html.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!);

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => unescape(m[1]!)));

describe.each(ladders)("the site of %s", (_name, ladder) => {
  const files = buildSite(ladder, OPTIONS);

  it("has every page: index, about, search, compare, and one per level, assessment, section, growth area and pair of levels", () => {
    const names = [...files.keys()];
    for (const name of [href.index, href.about, href.search, href.compare, "site.css", "site.js"]) expect(names).toContain(name);
    for (const level of ladder.levels) expect(names).toEqual(expect.arrayContaining([href.level(level.id), href.assess(level.id)]));
    for (const section of ladder.sections) expect(names).toContain(href.section(section.id));
    for (const area of ladder.growthAreas) expect(names).toContain(href.area(area.id));
    const n = ladder.levels.length;
    expect(names.filter((name) => name.startsWith("compare-"))).toHaveLength((n * (n - 1)) / 2);
    expect(files.get(href.compare)).toContain('<h2 id="every">Every comparison</h2>');
  });

  it("prints every expectation on its level page, verbatim, under its own permalink", () => {
    for (const level of ladder.levels) {
      const html = files.get(href.level(level.id))!;
      for (const section of ladder.sections) {
        (level.expectations[section.id] ?? []).forEach(({ text }, i) => {
          const id = `e-${section.id}-${i + 1}`;
          const item = new RegExp(`<li id="${id}"><span class="text">([^<]*)</span>(?: <span class="rating">.*?</span>)? <a class="permalink" href="#${id}"`).exec(html);
          expect(item, `${level.id} ${id}`).not.toBeNull();
          expect(unescape(item![1]!)).toBe(text);
        });
      }
    }
  });

  it("links only to pages and anchors that exist, search results included", () => {
    const missing: string[] = [];
    const check = (from: string, target: string) => {
      // Links the ladder's own prose and expectations make to the web are followed only by a click.
      if (/^(https?:|mailto:)/.test(target)) return;
      const [file, fragment] = target.split("#") as [string, string | undefined];
      const page = file === "" ? from : file;
      const html = files.get(page);
      if (html === undefined) missing.push(`${from} -> ${target}`);
      else if (fragment !== undefined && !idsOf(html).has(fragment)) missing.push(`${from} -> ${target} (no anchor)`);
    };
    let links = 0;
    for (const [name, html] of files) {
      if (!name.endsWith(".html")) continue;
      for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
        check(name, unescape(m[1]!));
        links++;
      }
    }
    const index = JSON.parse(/<script type="application\/json" id="search-index">(.*?)<\/script>/s.exec(files.get(href.search)!)![1]!) as { href: string }[];
    for (const item of index) check(href.search, item.href);
    expect(missing).toEqual([]);
    expect(links).toBeGreaterThan(100);
  });

  it("shows every expectation of both levels exactly once on each comparison page, changed words marked", () => {
    /** One side of a marked text: the other side's <del> or <ins> dropped, the tags of this side's unwrapped. */
    const side = (html: string, keep: "del" | "ins") => {
      const drop = keep === "del" ? "ins" : "del";
      return unescape(html.replace(new RegExp(`<${drop}>[^<]*</${drop}>`, "g"), "").replace(new RegExp(`</?${keep}>`, "g"), ""));
    };
    const sorted = (list: string[]) => [...list].sort();
    for (const [i, from] of ladder.levels.entries()) {
      for (const to of ladder.levels.slice(i + 1)) {
        const html = files.get(href.pair(from.id, to.id))!;
        for (const section of ladder.sections) {
          const part = new RegExp(`<section aria-labelledby="s-${section.id}">\\n<h2 id="s-${section.id}">[^<]*</h2>\\n(.*?)\\n</section>`, "s").exec(html);
          const none = (from.expectations[section.id] ?? []).length + (to.expectations[section.id] ?? []).length === 0;
          // A section neither level fills is left out, as `ladder diff` leaves it out.
          expect(part === null, `${from.id}--${to.id} ${section.id}`).toBe(none);
          if (none) continue;
          const body = part![1]!;
          const marked = [...body.matchAll(/<li class="(changed|added|removed)"><span class="tag">[^<]*<\/span> <span class="text">(.*?)<\/span>/g)].map((m) => ({ kind: m[1]!, html: m[2]! }));
          const unchanged = /<details class="unchanged">.*<\/details>/s.exec(body)?.[0] ?? "";
          const same = [...unchanged.matchAll(/<li><span class="text">([^<]*)<\/span>/g)].map((m) => unescape(m[1]!));
          const fromSide = [...same, ...marked.filter((m) => m.kind !== "added").map((m) => side(m.html, "del"))];
          const toSide = [...same, ...marked.filter((m) => m.kind !== "removed").map((m) => side(m.html, "ins"))];
          expect(sorted(fromSide), `${from.id}--${to.id} ${section.id}`).toEqual(sorted((from.expectations[section.id] ?? []).map((e) => e.text)));
          expect(sorted(toSide), `${from.id}--${to.id} ${section.id}`).toEqual(sorted((to.expectations[section.id] ?? []).map((e) => e.text)));
        }
      }
    }
  });

  it("is the same bytes every time", () => {
    const again = buildSite(structuredClone(ladder), OPTIONS);
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [name, text] of files) expect(again.get(name), name).toBe(text);
  });

  it("loads nothing from another host and runs no inline script", () => {
    for (const [name, html] of files) {
      if (!name.endsWith(".html")) continue;
      expect(html, name).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'`);
      // Nothing fetched from elsewhere: no script, image, stylesheet or form pointing away (a link a person follows may).
      expect(html, name).not.toMatch(/\s(src|action)="(https?:)?\/\//);
      expect(html, name).not.toMatch(/<link [^>]*href="(https?:)?\/\//);
      for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag, name).toMatch(/^<script (src="site\.js" defer|type="application\/json" id="[a-z-]+")>$/);
      expect(html, name).not.toMatch(/\son[a-z]+="/); // no inline event handlers
    }
  });

  it("is valid HTML, on every page template", () => {
    const validator = new HtmlValidate({ extends: ["html-validate:standard"] });
    const problems: string[] = [];
    // One page of each kind: validating all of them takes seconds and finds nothing more.
    const kinds = new Map<string, string>();
    for (const name of files.keys()) if (name.endsWith(".html")) kinds.set(name.replace(/-.*/, ""), kinds.get(name.replace(/-.*/, "")) ?? name);
    // index, about, search, compare, level, assess, section, and area where the ladder has growth areas.
    expect(kinds.size).toBe(ladder.growthAreas.length > 0 ? 9 : 8);
    for (const name of kinds.values()) {
      const html = files.get(name)!;
      const report = validator.validateStringSync(html, name);
      for (const result of report.results) for (const m of result.messages) problems.push(`${name}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  }, 30_000); // html-validate takes a second or more to set itself up
});

/** The links of a page to level pages: [level id, link text], the rank grid left out (its column names the track, as in `ladder levels`). */
const levelLinks = (html: string) =>
  [...html.replace(/<table class="grid">.*?<\/table>/s, "").matchAll(/<a href="level-([^".#]+)\.html">(.*?)<\/a>/g)].map((m) => [m[1]!, unescape(m[2]!)] as const);

describe("the rank x track grid", () => {
  const gridOf = (html: string) => {
    const table = /<h2 id="by-rank">Levels by rank<\/h2>.*?<table class="grid">(.*?)<\/table>/s.exec(html);
    if (!table) return null;
    const head = [...table[1]!.matchAll(/<th scope="col">(.*?)<\/th>/g)].map((m) => unescape(m[1]!));
    const rows = [...table[1]!.matchAll(/<tr><th scope="row">(\d+)<\/th>(.*?)<\/tr>/g)].map((m) => [
      Number(m[1]),
      ...[...m[2]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => [...cell[1]!.matchAll(/href="level-([^"]+)\.html">([^<]*)</g)].map((a) => `${a[1]} ${unescape(a[2]!)}`)),
    ]);
    return { head, rows };
  };

  it("sets the levels of a ranked two-track ladder side by side, the shared trunk in both columns", () => {
    const ladder = load(company("fork.yaml"));
    expect(gridOf(buildSite(ladder, OPTIONS).get(href.index)!)).toEqual({
      head: ["Rank", "Individual Contributor", "People Manager"],
      rows: [
        [1, ["associate Associate"], ["associate Associate"]],
        [2, ["engineer Engineer"], ["engineer Engineer"]],
        [3, ["senior Senior"], ["lead Senior"]],
        [4, ["staff Staff"], ["head Head of Engineering"]],
      ],
    });
  });

  it("is the grid `ladder levels` draws, for five tracks", async () => {
    const file = company("five-tracks.yaml");
    const cli = JSON.parse((await runCli(["--data", file, "levels", "--json"])).stdout) as { grid: { tracks: { title: string }[]; rows: { rank: number; cells: { id: string; title: string }[][] }[] } };
    expect(gridOf(buildSite(load(file), OPTIONS).get(href.index)!)).toEqual({
      head: ["Rank", ...cli.grid.tracks.map((t) => t.title)],
      rows: cli.grid.rows.map((r) => [r.rank, ...r.cells.map((levels) => levels.map((l) => `${l.id} ${l.title}`))]),
    });
  });

  it("is left out where levels have no rank", () => {
    expect(gridOf(buildSite(load(acmeFile), OPTIONS).get(href.index)!)).toBeNull();
  });
});

describe("the search page", () => {
  it("names in its box's label every kind of text it searches", () => {
    const label = /<label for="search-q">([^<]*)<\/label>/.exec(buildSite(load(company("rich-expectations.yaml")), OPTIONS).get(href.search)!)![1]!;
    const kinds = new Set(searchItems(load(builtinFile)).concat(searchItems(load(company("rich-expectations.yaml")))).map((i) => i.kind));
    const named: Record<string, string> = { description: "description", responsibility: "responsibilities", expectation: "expectations", example: "examples", "growth-area": "growth areas", transition: "transitions", note: "notes" };
    expect([...kinds].filter((k) => !label.includes(named[k]!))).toEqual([]);
    expect(kinds.size).toBe(7);
  });
});

describe("the site of a ladder of one level", () => {
  const ladder = loadLadderText("title: Solo\nsections: [{ id: craft, title: Craft }]\nlevels:\n  - { id: dev, title: Developer, expectations: { craft: [Writes code] } }\n", "solo.yaml");
  const compare = buildSite(ladder, OPTIONS).get(href.compare)!;

  it("says there is nothing to compare, instead of a picker of the level against itself and an empty list", () => {
    expect(compare).toContain("<p>This ladder has a single level so far: there is nothing to compare yet.</p>");
    expect(compare).not.toContain("<select");
    expect(compare).not.toContain("<ul class=\"link-list columns\"></ul>");
    // No picker for the script to wire up.
    expect(compare).not.toContain('data-page="picker"');
  });
});

describe("titles that several tracks share", () => {
  const file = company("five-tracks.yaml");
  const ladder = load(file);
  const files = buildSite(ladder, OPTIONS);
  const display = new Map(ladder.levels.map((l) => [l.id, `${l.title} (${ladder.tracks.find((t) => t.id === l.tracks[0])!.title})`]));

  it("are qualified by the track on every page: headings, window titles, links, picker and comparisons", () => {
    expect(new Set(display.values()).size).toBe(ladder.levels.length);
    for (const level of ladder.levels) {
      const page = files.get(href.level(level.id))!;
      expect(page).toContain(`<h1>${display.get(level.id)}</h1>`);
      expect(page).toContain(`<title>${display.get(level.id)} · ${ladder.title}</title>`);
    }
    const wrong: string[] = [];
    let links = 0;
    for (const [name, html] of files) {
      for (const [id, text] of levelLinks(html)) {
        links++;
        if (text !== display.get(id)) wrong.push(`${name}: ${id} reads "${text}"`);
      }
    }
    expect(wrong).toEqual([]);
    expect(links).toBeGreaterThan(ladder.levels.length * 10);
    const options = [...files.get(href.compare)!.matchAll(/<option value="([^"]+)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);
    expect(options).toEqual([...ladder.levels, ...ladder.levels].map((l) => [l.id, display.get(l.id)]));
    expect(files.get(href.pair("backend-1", "frontend-1"))).toContain("<h1>From Level 1 (Backend) to Level 1 (Frontend)</h1>");
    expect(files.get(href.pair("backend-1", "backend-2"))).toContain("<title>Level 1 (Backend) to Level 2 (Backend) · Harbor Engineering Progression</title>");
  });

  it("are qualified in search results, where `ladder search` puts them", async () => {
    const index = JSON.parse(/<script type="application\/json" id="search-index">(.*?)<\/script>/s.exec(files.get(href.search)!)![1]!) as { location: string; text: string }[];
    for (const query of ["Asks for help early", "Mentors a newer engineer", "Guides one person"]) {
      const cli = JSON.parse((await runCli(["--data", file, "search", query, "--json"])).stdout) as { hits: { location: string; text: string }[] };
      expect(cli.hits.length, query).toBeGreaterThan(0);
      expect(index.filter((item) => item.text.includes(query)).map((item) => item.location), query).toEqual(cli.hits.map((h) => h.location));
    }
  });

  it("are qualified where a fork gives two levels one title", () => {
    const fork = buildSite(load(company("fork.yaml")), OPTIONS);
    expect(fork.get(href.level("senior"))).toContain("<h1>Senior (Individual Contributor)</h1>");
    expect(fork.get(href.level("lead"))).toContain("<h1>Senior (People Manager)</h1>");
    expect(fork.get(href.pair("senior", "lead"))).toContain("<h1>From Senior (Individual Contributor) to Senior (People Manager)</h1>");
    // The last level of the shared trunk leads to both tracks.
    expect(fork.get(href.level("engineer"))).toContain(
      `<a href="compare-engineer--senior.html">What changes to Senior (Individual Contributor)</a> <a href="compare-engineer--lead.html">What changes to Senior (People Manager)</a>`,
    );
    // A step on the shared trunk is listed once, not once per track.
    const steps = /<h2 id="steps">.*?<\/section>/s.exec(fork.get(href.compare)!)![0];
    expect(steps.match(/href="compare-associate--engineer\.html"/g)).toHaveLength(1);
  });
});

describe("rated expectations with examples and links", () => {
  const file = company("rich-expectations.yaml");
  const ladder = load(file);
  const files = buildSite(ladder, OPTIONS);
  const ratingTitle = (id: string | undefined) => ladder.ratings.find((r) => r.id === id)?.title;
  /** What a page shows of an expectation: rating, examples and links, in that order. */
  const shown = (item: string) => ({
    rating: /<span class="rating"><span class="sr">Rating: <\/span>([^<]*)<\/span>/.exec(item)?.[1],
    examples: [...item.matchAll(/<span class="eg">e\.g\.<\/span> <span class="text">([^<]*)<\/span>/g)].map((m) => unescape(m[1]!)),
    links: [...item.matchAll(/<ul class="links">(.*?)<\/ul>/g)].flatMap((m) => [...m[1]!.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((a) => ({ url: unescape(a[1]!), title: unescape(a[2]!) }))),
  });
  const expected = (e: Ladder["levels"][number]["expectations"][string][number]) => ({
    rating: ratingTitle(e.rating),
    examples: e.examples,
    links: e.links.map((l) => ({ url: l.url, title: l.title ?? l.url })),
  });

  it("shows each expectation's rating by the scale's title, its examples under it and its links, on its level page and its section page", () => {
    let details = 0;
    for (const level of ladder.levels) {
      const page = files.get(href.level(level.id))!;
      for (const section of ladder.sections) {
        const onSectionPage = [...files.get(href.section(section.id))!.matchAll(new RegExp(`<li><span class="text">[^\n]*?href="${href.level(level.id)}#e-${section.id}-\\d+"[^\n]*`, "g"))].map((m) => m[0]);
        (level.expectations[section.id] ?? []).forEach((e, i) => {
          const item = new RegExp(`<li id="e-${section.id}-${i + 1}">[^\n]*`).exec(page)![0];
          expect(shown(item), `${level.id} ${section.id} ${i + 1}`).toEqual(expected(e));
          expect(shown(onSectionPage[i]!), `section page: ${level.id} ${section.id} ${i + 1}`).toEqual(expected(e));
          details += e.examples.length + e.links.length + (e.rating ? 1 : 0);
        });
      }
    }
    expect(details).toBeGreaterThanOrEqual(10);
    expect(files.get(href.level("developer"))).toContain(
      `<li id="e-testing-1"><span class="text">Writes unit tests for new code</span> <span class="rating"><span class="sr">Rating: </span>Practising</span> <a class="permalink" href="#e-testing-1"`,
    );
  });

  it("shows them on the self-assessment too, beside each question", () => {
    const html = files.get(href.assess("developer"))!;
    for (const [section, list] of Object.entries(ladder.levels[0]!.expectations)) {
      list.forEach((e, i) => {
        const question = new RegExp(`<fieldset class="question" id="q\\d+">\n<legend><span class="num">\\d+\\.</span> <span class="text">${e.text}</span>.*?</fieldset>`, "s").exec(html);
        expect(question, `${section} ${i + 1}`).not.toBeNull();
        expect(shown(question![0]), `${section} ${i + 1}`).toEqual(expected(e));
      });
    }
  });

  it("shows a rating that moved as a change, as `ladder diff` counts it", async () => {
    const html = files.get(href.pair("developer", "senior-developer"))!;
    const cli = JSON.parse((await runCli(["--data", file, "diff", "developer", "senior-developer", "--json"])).stdout) as { summary: { changed: number; added: number; removed: number; same: number } };
    const { changed, added, removed, same } = cli.summary;
    expect(html).toContain(`<p>${changed} expectations changed, ${added} new, ${removed} gone, ${same} unchanged.</p>`);
    const regraded = (text: string, from: string, to: string) =>
      `<li class="changed"><span class="tag">Changed</span> <span class="text">${text}</span> <span class="meta rating-change">Rating: ${from} <span aria-hidden="true">→</span><span class="sr"> to </span> ${to}</span></li>`;
    expect(html).toContain(regraded("Writes unit tests for new code", "Practising", "Expert"));
    expect(html).toContain(regraded("Finishes the tasks of a sprint", "Aware", "Proficient"));
    // A new expectation with its own rating and example.
    expect(html).toContain(
      `<li class="added"><span class="tag">New</span> <span class="text"><ins>Designs the test strategy of a feature</ins></span> <span class="rating"><span class="sr">Rating: </span>Proficient</span><ul class="examples"><li><span class="eg">e.g.</span> <span class="text">Chooses which paths need end-to-end coverage</span></li></ul></li>`,
    );
  });

  it("renders prose as real markup: descriptions, summaries, notes and transitions, raw HTML as text", () => {
    const index = files.get(href.index)!;
    expect(index).toContain(`<a href="https://handbook.example.com/growth">handbook</a>`);
    expect(index).toContain("<li>A rating says <em>how well</em>, not <em>how often</em></li>");
    expect(index).toContain(`<a href="section-testing.html">Results › Testing</a><div class="sub prose">\n<p>Confidence that a change does what it should, <strong>before</strong> it ships.</p>`);
    const level = files.get(href.level("developer"))!;
    expect(level).toContain(`<div class="prose lead">\n<p>Works on <em>well-defined</em> tasks</p>`);
    expect(level).toContain(`<h2 id="s-testing">Results › Testing</h2>\n<div class="prose sub">\n<p>Confidence that a change does what it should, <strong>before</strong> it ships.</p>`);
    expect(level).toContain(`<a href="https://handbook.example.com/promotion">promotion guide</a>`);
    const about = files.get(href.about)!;
    expect(about).toContain("Raw HTML such as &lt;b&gt;bold&lt;/b&gt; is shown as text.");
    expect(about).toContain(`<li><strong>Aware</strong>: <span class="text">Knows it exists and when it matters</span></li>`);
    expect(about).toContain(`<dt><a href="section-impact.html">Results › Impact</a></dt>`);
    // Tracks: their group and description on the index and the about page.
    const fork = buildSite(load(company("fork.yaml")), OPTIONS);
    expect(fork.get(href.index)).toContain(`<h3 id="track-ic">Engineering › Individual Contributor track</h3>\n<div class="prose">\n<p>Grows by <em>depth</em>: harder problems, wider technical reach.</p>`);
    expect(fork.get(href.about)).toContain(`<dt><a href="index.html#track-manager">Engineering › People Manager track</a></dt><dd><div class="prose">\n<p>Grows by <em>breadth</em>`);
  });

  it("finds examples in search, where `ladder search` finds them", async () => {
    const index = JSON.parse(/<script type="application\/json" id="search-index">(.*?)<\/script>/s.exec(files.get(href.search)!)![1]!) as { kind: string; location: string; href: string; text: string }[];
    const cli = JSON.parse((await runCli(["--data", file, "search", "fails before the fix", "--json"])).stdout) as { hits: { kind: string; location: string; text: string }[] };
    expect(cli.hits.map((h) => h.kind)).toEqual(["example"]);
    const item = index.find((i) => i.text.includes("fails before the fix"))!;
    expect({ kind: item.kind, location: item.location, text: item.text }).toEqual({ kind: "example", location: cli.hits[0]!.location, text: cli.hits[0]!.text });
    expect(item.href).toBe("level-developer.html#e-testing-1");
  });
});

describe("the site of a very large ladder", () => {
  // 20 levels of 120 expectations: a page for each of the 190 pairs would take seconds to align.
  const words = ["plans", "roadmaps", "leads", "teams", "budgets", "hiring", "systems", "strategy", "reviews", "partners"];
  const large: Ladder = {
    title: "Large",
    responsibilities: [],
    notes: [],
    ratings: [],
    tracks: [],
    sections: ["a", "b", "c"].map((id) => ({ id, title: `Section ${id}` })),
    levels: Array.from({ length: 20 }, (_, l) => ({
      id: `l${l}`,
      title: `Level ${l}`,
      aliases: [],
      tracks: [],
      facts: [],
      expectations: Object.fromEntries(["a", "b", "c"].map((s) => [s, Array.from({ length: 40 }, (_, e) => ({ text: `${words[(e + l) % 10]} ${words[(e * 3) % 10]} item ${e} at ${l}`, examples: [], links: [] }))])),
    })),
    growthAreas: [],
    roles: [],
    transitions: [],
  };
  const files = buildSite(large, OPTIONS);
  const pages = [...files.keys()].filter((name) => name.startsWith("compare-")).sort();

  it("compares every next step and the nearest pairs, not all 190", () => {
    for (const [i, level] of large.levels.entries()) {
      const next = large.levels[i + 1];
      if (next) expect(pages).toContain(href.pair(level.id, next.id));
      const twoOn = large.levels[i + 2];
      if (twoOn) expect(pages).toContain(href.pair(level.id, twoOn.id));
    }
    expect(pages).toHaveLength(19 + 18);
    expect(pages).not.toContain(href.pair("l0", "l3"));
  });

  it("tells the picker which comparisons exist, and lists them all", () => {
    const picker = files.get(href.compare)!;
    const data = JSON.parse(/<script type="application\/json" id="picker-data">(.*?)<\/script>/s.exec(picker)![1]!) as PickerData;
    // By the earlier level and then the later: the page of each pair the site has, and no other.
    const offered = Object.entries(data.pages).flatMap(([from, to]) => Object.entries(to).map(([later, page]) => [from, later, page]));
    expect(offered.map(([, , page]) => page).sort()).toEqual(pages);
    for (const [from, later, page] of offered) expect(page).toBe(href.pair(from!, later!));
    expect([...new Set([...picker.matchAll(/href="(compare-[^"]+)"/g)].map((m) => m[1]))].sort()).toEqual(pages);
    expect(picker).toContain("<code>ladder diff</code> compares any two.");
  });
});

describe("a comparison page of the built-in ladder", () => {
  const ladder = ladders[0]![1];
  const html = buildSite(ladder, OPTIONS).get(href.pair("vp", "cto"))!;

  it("marks growth-area entries that two levels share as unchanged (VP and CTO share all five)", () => {
    const areas = /<dl class="areas">(.*?)<\/dl>/s.exec(html)![1]!;
    expect([...areas.matchAll(/<div class="(\w+)">/g)].map((m) => m[1])).toEqual(ladder.growthAreas.map(() => "same"));
    expect(areas.match(/\(unchanged\)/g)).toHaveLength(ladder.growthAreas.length);
  });

  it("names the transitions on the way", () => {
    expect(html).toContain('<h2 id="transitions">On the way</h2>');
    expect(html).toContain(`<h3>${ladder.transitions.find((t) => t.from === "vp" && t.to === "cto")!.title}</h3>`);
  });

  it("gives a transition's two levels under its heading only where the heading does not already name them so", () => {
    const about = buildSite(ladder, OPTIONS).get(href.about)!;
    const article = (id: string) => new RegExp(`<article class="transition" id="${id}">.*?</article>`, "s").exec(about)![0];
    // "VP to CTO" shortens the names: the line under it gives them in full.
    expect(article("t-vp--cto")).toContain('<p class="ends">VP of Engineering <span aria-hidden="true">→</span><span class="sr"> to </span> CTO</p>');
    // "Engineering Manager to Senior Engineering Manager" says it all already.
    expect(article("t-em--senior-em")).not.toContain('class="ends"');
  });
});

describe("the site's safety", () => {
  const hostile = load(builtinFile);
  const evil = `</script><script>alert(1)</script><img src=x onerror="alert(2)"> & 'quotes' "double"`;
  hostile.title = evil;
  hostile.levels[0]!.expectations[hostile.sections[0]!.id]![0] = { text: evil, examples: [], links: [] };
  hostile.growthAreas[0]!.byLevel[0]!.text = evil;
  // The fields of structured expectations, descriptions and groups too.
  hostile.ratings = [{ id: "r", title: evil, description: evil }];
  hostile.levels[0]!.expectations[hostile.sections[0]!.id]![1] = {
    text: "rated",
    rating: "r",
    examples: [evil],
    links: [{ url: "javascript:alert(3)", title: evil }, { url: `https://example.com/"><script>alert(4)</script>`, title: evil }],
  };
  hostile.sections[0]!.description = evil;
  hostile.sections[0]!.group = evil;
  hostile.levels[0]!.summary = evil;
  const files = buildSite(hostile, OPTIONS);

  it("escapes ladder text everywhere, in pages and in the data the script reads", () => {
    for (const [name, html] of files) {
      expect(html, name).not.toContain("<script>alert");
      expect(html, name).not.toContain("<img");
      // The only </script> tags close our own elements.
      expect((html.match(/<\/script>/g) ?? []).length, name).toBe((html.match(/<script[ >]/g) ?? []).length);
    }
    const page = files.get(href.level(hostile.levels[0]!.id))!;
    // A link that is not to the web or mail is text, never a link; a web address stays inside its attribute.
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain(`<a href="https://example.com/&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;">`);
    expect(page).toContain("(javascript:alert(3))");
    expect(page).toContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &amp; &#39;quotes&#39;");
    const data = /<script type="application\/json" id="search-index">(.*?)<\/script>/s.exec(files.get(href.search)!)![1]!;
    expect(JSON.parse(data).some((item: { text: string }) => item.text === evil)).toBe(true);
  });

  it("ships a script the browser can parse as a plain script (no module syntax, nothing to fetch)", () => {
    expect(() => new Script(files.get("site.js")!, { filename: "site.js" })).not.toThrow();
  });
});

describe("the assessment record", () => {
  const ladder = load(builtinFile);
  const level = ladder.levels[1]!;
  const fingerprint = fingerprintOf(readFileSync(builtinFile));

  it("fingerprints the ladder file's bytes with sha256", () => {
    expect(fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(fingerprintOf(Buffer.from("a"))).toBe("sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
  });

  it("holds the answers given, in ladder order, and passes its own schema", () => {
    const first = ladder.sections[0]!.id;
    const record = assessmentRecord(
      ladder,
      level,
      [
        { section: first, index: 1, rating: "not-yet", note: "  " },
        { section: first, index: 0, rating: "consistently", note: "led the offsite" },
      ],
      { fingerprint, date: "2026-11-30", for: "Sam" },
    );
    expect(AssessmentRecordSchema.parse(record)).toEqual(record);
    expect(record.answers).toEqual([
      { section: first, index: 0, expectation: level.expectations[first]![0]!.text, answer: "consistently", note: "led the offsite" },
      { section: first, index: 1, expectation: level.expectations[first]![1]!.text, answer: "not-yet" },
    ]);
    expect(record.for).toBe("Sam");
  });

  it("rejects a foreign or broken record", () => {
    const record = assessmentRecord(ladder, level, [], { fingerprint, date: "2026-11-30" });
    expect(AssessmentRecordSchema.safeParse(record).success).toBe(true);
    expect("for" in record).toBe(false);
    for (const broken of [
      { ...record, version: 2 },
      { ...record, kind: "something-else" },
      { ...record, date: "30/11/2026" },
      { ...record, ladder: { ...record.ladder, fingerprint: "md5:abc" } },
      { ...record, answers: [{ section: "x", index: 0, expectation: "y", answer: "always" }] },
      { ...record, extra: true },
    ]) {
      expect(AssessmentRecordSchema.safeParse(broken).success, JSON.stringify(broken).slice(0, 80)).toBe(false);
    }
  });
});

describe("ladder site (command)", () => {
  const temp = () => mkdtempSync(path.join(tmpdir(), "ladder-site-"));

  it("writes the site into a new folder, marked as its own, and says where", async () => {
    const out = path.join(temp(), "public", "ladder");
    const { code, stdout, stderr } = await runCli(["--data", acmeFile, "site", "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain(`to ${out}`);
    const names = readdirSync(out);
    expect(names).toContain("index.html");
    expect(names).toContain(SITE_MARKER);
    expect(readFileSync(path.join(out, "assess-m1.html"), "utf-8")).toContain(fingerprintOf(readFileSync(acmeFile)));
    // The browser script as the build made it from src/site/browser/.
    expect(readFileSync(path.join(out, "site.js"), "utf-8")).toBe(readFileSync(path.join(repoRoot, "dist", "site.js"), "utf-8"));
    // Nothing left beside it.
    expect(readdirSync(path.dirname(out))).toEqual(["ladder"]);
  });

  it("replaces a folder it made, and gives the same bytes again", async () => {
    const out = path.join(temp(), "site");
    expect((await runCli(["site", "--out", out])).code).toBe(0);
    const before = readFileSync(path.join(out, "level-em.html"));
    writeFileSync(path.join(out, "stale.html"), "old");
    expect((await runCli(["site", "--out", out])).code).toBe(0);
    expect(existsSync(path.join(out, "stale.html"))).toBe(false);
    expect(readFileSync(path.join(out, "level-em.html")).equals(before)).toBe(true);
  });

  it("never replaces a non-empty folder it did not make, unless --force", async () => {
    const out = temp();
    writeFileSync(path.join(out, "notes.txt"), "mine");
    const refused = await runCli(["site", "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`ladder: ${out} is not empty, and ladder site did not make it\nhint: name a new or empty folder, or add --force to replace everything in ${out}\n`);
    expect(readdirSync(out)).toEqual(["notes.txt"]);
    const forced = await runCli(["site", "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(readdirSync(out)).toContain("index.html");
    expect(readdirSync(out)).not.toContain("notes.txt");
  });

  it("writes into an empty folder, and refuses a file or a missing --out", async () => {
    const dir = temp();
    const empty = path.join(dir, "empty");
    mkdirSync(empty);
    expect((await runCli(["site", "--out", empty])).code).toBe(0);
    const file = path.join(dir, "file.html");
    writeFileSync(file, "x");
    const onFile = await runCli(["site", "--out", file]);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toContain(`ladder: ${file} is a file, not a folder`);
    const missing = await runCli(["site"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--out");
  });

  it("never replaces the current folder or one above it, even empty or with --force", async () => {
    const dir = temp();
    const inner = path.join(dir, "work");
    mkdirSync(inner);
    const cwd = process.cwd();
    process.chdir(inner);
    try {
      for (const out of [".", inner, dir]) {
        const result = await runCli(["site", "--out", out, "--force"]);
        expect(result.code, out).toBe(1);
        expect(result.stderr, out).toContain("it is or holds the current folder");
      }
    } finally {
      process.chdir(cwd);
    }
    expect(readdirSync(dir)).toEqual(["work"]);
    expect(readdirSync(inner)).toEqual([]);
  });

  it("never replaces a folder that holds the ladder being read, even with --force", async () => {
    const out = temp();
    const ladder = path.join(out, "ladder.yaml");
    writeFileSync(ladder, readFileSync(acmeFile));
    const result = await runCli(["--data", ladder, "site", "--out", out, "--force"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("it holds the ladder file being read");
    expect(readdirSync(out)).toEqual(["ladder.yaml"]);
  });

  it("says how to make the site's script when the build has not", () => {
    const missing = path.join(temp(), "site.js");
    expect(() => siteScript(missing)).toThrow(expect.objectContaining({ message: `the site's script is missing: ${missing}`, hints: ["the build makes it: run `npm run build` in ladder's folder"] }));
  });

  it("writes nothing for an invalid ladder", async () => {
    const dir = temp();
    const out = path.join(dir, "site");
    const result = await runCli(["--data", fixture("broken-basic.yaml"), "site", "--out", out]);
    expect(result.code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});
