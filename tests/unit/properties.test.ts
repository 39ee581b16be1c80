/**
 * Property-based tests (fast-check): generated valid ladders (random ids, any
 * unicode text, markdown-looking characters) go through YAML, the loader and
 * every renderer with every string intact; control characters slipped past the
 * loader never reach the output; and random mutations of valid files never
 * crash the loader. Run counts are modest so that the suite stays fast; a
 * failure prints the seed and the shrunk counterexample.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { LadderFileError } from "../../src/core/errors.js";
import { loadLadderText } from "../../src/core/load/index.js";
import { diffLevels } from "../../src/core/level-diff.js";
import { about, areaAcrossLevels, listAreas, listLevels, showLevel } from "../../src/core/query.js";
import type { Ladder } from "../../src/core/types.js";
import { escapeHtml, ladderHtml } from "../../src/render/views/export/html.js";
import { renderJson } from "../../src/render/present.js";
import { escapeCell, escapeLine } from "../../src/render/markdown/escape.js";
import { aboutMarkdown } from "../../src/render/views/about.js";
import { areaListMarkdown, areaMarkdown } from "../../src/render/views/area.js";
import { diffMarkdown } from "../../src/render/views/diff.js";
import { levelsMarkdown } from "../../src/render/views/levels.js";
import { checklistMarkdown, showMarkdown } from "../../src/render/views/show.js";
import { makeStyle } from "../../src/render/style.js";
import { aboutText } from "../../src/render/views/about.js";
import { areaListText, areaText } from "../../src/render/views/area.js";
import { diffText } from "../../src/render/views/diff.js";
import { levelsText } from "../../src/render/views/levels.js";
import { showText } from "../../src/render/views/show.js";
import { displayWidth, graphemes, stripAnsi } from "../../src/render/width.js";
import { fixture, repoRoot } from "../helpers.js";
import { loadProseReader } from "../../src/render/prose.js";

// These render prose directly, as a command does once its ladder is ready (src/cli/ladder-source.ts).
beforeAll(loadProseReader);

const TIMEOUT = 60_000;

// --- generators ---------------------------------------------------------------

/** What the format forbids: every control character in one-line text; all but tab and line feed in prose. */
const NOT_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/g;
const NOT_IN_PROSE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text that looks like markdown, YAML or a number: all of it must come out verbatim. */
const tricky = fc.constantFrom(
  "|", "||", "*", "**bold**", "`", "```", "<", ">", "<b>", "</div>", "[", "]", "[x](y)", "![i](u)", "\\", "\\|", "|\\", "#", "# ",
  "## ", "- ", "* ", "+ ", "1. ", "2) ", "_", "__", "~~", "&amp;", "&#42;", "$", "$x$", ">", "> ", "---", "===", "...", "  ", "42",
  "3.14", "-1", "0x1F", "1e3", "yes", "no", "null", "~", "true", "e\u0301", "技術", "🚀", "👩‍👩‍👧", "🇫🇷", "한국어", "é", ":", ": ",
  " #", "'", '"', "%", "@", "!", "&", "?", "{", "}", ",", "\u00a0", "\u3000", "\u200b",
  "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<svg/onload=alert(1)>", "&lt;", "]]>", "<!--",
);

const piece = fc.oneof(
  { weight: 3, arbitrary: tricky },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 10 }) },
);

const words = fc.array(fc.tuple(piece, fc.constantFrom("", " ", " ", "-")), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([p, s]) => p + s).join(""));

/** One-line text (titles, names): non-empty, no control characters. */
const line = words.map((s) => s.replace(NOT_IN_LINE, "")).filter((s) => s !== "");

/** Prose (expectations, descriptions): may hold line breaks and tabs. */
const prose = fc
  .array(fc.tuple(words, fc.constantFrom("\n", " ", "\t", "\n\n")), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([w, s], i) => (i === 0 ? w : s + w)).join("").replace(NOT_IN_PROSE, ""))
  .filter((s) => s !== "");

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}$/);

/** Letters and digits only, in order: what prose keeps whatever its markup. */
const wordsOnly = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&[a-z]+;/g, "")
    .replace(/[^\p{L}\p{N}]/gu, "");

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A ladder file as data, before YAML: what a company might write. */
const ladderFile = fc
  .record({
    title: line,
    description: optional(prose),
    responsibilities: optional(fc.array(prose, { maxLength: 2 })),
    notes: optional(fc.array(fc.record({ title: line, text: prose }), { maxLength: 2 })),
    tracks: fc.array(line, { maxLength: 2 }),
    sections: fc.array(fc.record({ slug, title: line }), { minLength: 1, maxLength: 3 }),
    levels: fc.array(
      fc.record({
        slug,
        title: line,
        summary: optional(line),
        aliases: fc.array(line, { maxLength: 2 }),
        facts: fc.array(fc.tuple(line, fc.oneof(line, fc.integer({ min: -1000, max: 100000 }))), { maxLength: 3 }),
        expectations: fc.array(fc.option(fc.array(prose, { maxLength: 3 })), { minLength: 3, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    areas: fc.array(fc.record({ slug, title: line, entries: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 4, maxLength: 4 }), texts: fc.array(prose, { minLength: 2, maxLength: 2 }) }), { maxLength: 2 }),
    roles: fc.array(fc.record({ slug, title: line }), { maxLength: 2 }),
    transitions: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), title: optional(line), text: prose }), { maxLength: 3 }),
  })
  .map((g) => {
    // Ids get a prefix by kind and position, so they are unique, and level ids, aliases
    // and role ids never collide (the format forbids that, and it is not what is tested here).
    const sections = g.sections.map((s, i) => ({ id: `s${i}-${s.slug}`, title: s.title }));
    const tracks = g.tracks.map((title, i) => ({ id: `t${i}`, title }));
    const levels = g.levels.map((l, i) => {
      const expectations: Record<string, string[]> = {};
      sections.forEach((s, k) => {
        const list = l.expectations[k];
        if (list) expectations[s.id] = list;
      });
      return {
        id: `l${i}-${l.slug}`,
        title: l.title,
        ...(l.aliases.length > 0 ? { aliases: l.aliases.map((a, j) => `A${i}x${j} ${a}`) } : {}),
        ...(tracks.length > 0 ? { track: tracks[i % tracks.length]!.id } : {}),
        ...(l.summary !== undefined ? { summary: l.summary } : {}),
        ...(l.facts.length > 0 ? { facts: Object.fromEntries(l.facts.map(([label, value], k) => [`F${k} ${label}`, value])) } : {}),
        expectations,
      };
    });
    const roles = g.roles.map((r, i) => ({ id: `r${i}-${r.slug}`, title: r.title }));
    const positions = [...levels.map((l) => l.id), ...roles.map((r) => r.id)];
    const growth_areas = g.areas.map((a, i) => ({
      id: `g${i}-${a.slug}`,
      title: a.title,
      by_level: [0, 1]
        .map((entry) => ({ levels: levels.filter((_, k) => a.entries[k] === entry).map((l) => l.id), text: a.texts[entry]! }))
        .filter((e) => e.levels.length > 0),
    }));
    const transitions = g.transitions
      .map((t) => ({ from: positions[t.from % positions.length]!, to: positions[t.to % positions.length]!, ...(t.title !== undefined ? { title: t.title } : {}), text: t.text }))
      .filter((t) => t.from !== t.to);
    return {
      title: g.title,
      ...(g.description !== undefined ? { description: g.description } : {}),
      ...(g.responsibilities !== undefined ? { responsibilities: g.responsibilities } : {}),
      ...(g.notes !== undefined ? { notes: g.notes } : {}),
      ...(tracks.length > 0 ? { tracks } : {}),
      sections,
      levels,
      ...(growth_areas.length > 0 ? { growth_areas } : {}),
      ...(roles.length > 0 ? { roles } : {}),
      ...(transitions.length > 0 ? { transitions } : {}),
    };
  });

type LadderFileData = typeof ladderFile extends fc.Arbitrary<infer T> ? T : never;

/**
 * The file as YAML. Without folding: the yaml package's own round trip loses
 * a line break when it folds (`>2-`) a line that starts with spaces, which is
 * its bug, not the loader's.
 */
const toYaml = (file: LadderFileData) => stringify(file, { lineWidth: 0 });

/** The Ladder the loader must return for a file: every string exactly as written. */
function expectedLadder(f: LadderFileData): Ladder {
  const titles = new Map<string, string>([...f.levels.map((l) => [l.id, l.title] as const), ...(f.roles ?? []).map((r) => [r.id, r.title] as const)]);
  return {
    title: f.title,
    ...(f.description !== undefined ? { description: f.description } : {}),
    responsibilities: f.responsibilities ?? [],
    notes: f.notes ?? [],
    ratings: [],
    tracks: f.tracks ?? [],
    sections: f.sections,
    levels: f.levels.map((l) => ({
      id: l.id,
      title: l.title,
      aliases: l.aliases ?? [],
      tracks: l.track !== undefined ? [l.track] : [],
      ...(l.summary !== undefined ? { summary: l.summary } : {}),
      facts: Object.entries(l.facts ?? {}).map(([label, value]) => ({ label, value: String(value) })),
      // Every expectation the generator writes is text: the model gives it the full shape.
      expectations: Object.fromEntries(Object.entries(l.expectations).map(([k, list]) => [k, list.map((text) => ({ text: String(text), examples: [], links: [] }))])),
    })),
    growthAreas: (f.growth_areas ?? []).map((a) => ({ id: a.id, title: a.title, byLevel: a.by_level })),
    roles: f.roles ?? [],
    transitions: (f.transitions ?? []).map((t) => ({ from: t.from, to: t.to, title: t.title ?? `${titles.get(t.from)} to ${titles.get(t.to)}`, text: t.text })),
  };
}

// --- what the outputs must satisfy ------------------------------------------

const plain = makeStyle(false);
const colour = makeStyle(true);
const WIDTHS = [24, 37, 80, 133];

/** Every rendering of a ladder, by format: show (and checklist) for each level, diff, area for each, levels, about. */
function renderAll(ladder: Ladder, width: number, style = plain) {
  const views = {
    shows: ladder.levels.map((l) => showLevel(ladder, l)),
    diff: diffLevels(ladder, ladder.levels[0]!, ladder.levels.at(-1)!),
    areas: [
      ...ladder.sections.map((section) => areaAcrossLevels(ladder, { kind: "section", section })),
      ...ladder.growthAreas.map((area) => areaAcrossLevels(ladder, { kind: "growth-area", area })),
    ],
    list: listAreas(ladder),
    levels: listLevels(ladder),
    about: about(ladder),
  };
  const o = { width, style };
  return {
    views,
    text: [...views.shows.map((v) => showText(v, o)), diffText(views.diff, o), ...views.areas.map((v) => areaText(v, o)), areaListText(views.list, o), levelsText(views.levels, o), aboutText(views.about, o)],
    markdown: [
      ...views.shows.flatMap((v) => [showMarkdown(v), checklistMarkdown(v)]),
      diffMarkdown(views.diff),
      ...views.areas.map(areaMarkdown),
      areaListMarkdown(views.list),
      levelsMarkdown(views.levels),
      aboutMarkdown(views.about),
    ],
    json: [...views.shows, views.diff, ...views.areas, views.list, views.levels, views.about].map(renderJson),
  };
}

/** Every string in a value, recursively. */
function stringsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, into));
  else if (value !== null && typeof value === "object") Object.values(value).forEach((v) => stringsOf(v, into));
  return into;
}

const squash = (s: string) => s.replace(/\s+/g, "");

/** A line of a box table: it starts with a border. */
const BOX = /^[┌│├└]/;

/**
 * The width cli-table3 gives a line: its own measure (string-width 4), which
 * does not know emoji newer than about 2019 (🩴 is one column to it, two to
 * us and to up-to-date terminals). A table drawer measuring with displayWidth
 * would close that gap; until then the property holds by the drawer's measure.
 */
const tableWidth: (s: string) => number = createRequire(import.meta.url)("string-width");

/** The pipes of a markdown table row that separate cells: those not escaped by a backslash. */
function cellSeparators(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === "\\") i++;
    else if (row[i] === "|") n++;
  }
  return n;
}

/** Each markdown table (a run of lines starting with `|`) as its rows. */
function tables(markdown: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const l of markdown.split("\n")) {
    if (l.startsWith("|")) current.push(l);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  // A table has its delimiter row second; prose that happens to start a line with a pipe is not one.
  return out.filter((t) => t.length > 1 && /^\|( *:?-+:? *\|)+$/.test(t[1]!));
}

/** Undoes escapeLine: what a markdown reader sees (leading spaces are written as &nbsp;). */
const unescapeMarkdown = (s: string) => s.replace(/^(&nbsp;)+/, (m) => " ".repeat(m.length / 6)).replace(/&amp;(?=#?[a-zA-Z0-9]+;)/g, "&").replace(/\\([!-/:-@[-`{-~])/g, "$1");

// --- properties ----------------------------------------------------------------

describe("generated valid ladders", () => {
  it("load from YAML with every string exactly as written", () => {
    fc.assert(
      fc.property(ladderFile, (file) => {
        expect(loadLadderText(toYaml(file), "gen.yaml")).toEqual(expectedLadder(file));
      }),
      { numRuns: 150 },
    );
  }, TIMEOUT);

  it("load from JSON the same as from YAML", () => {
    fc.assert(
      fc.property(ladderFile, fc.constantFrom(0, 2), (file, indent) => {
        expect(loadLadderText(JSON.stringify(file, null, indent), "gen.json")).toEqual(expectedLadder(file));
      }),
      { numRuns: 150 },
    );
  }, TIMEOUT);

  it("render to JSON with every string intact", () => {
    fc.assert(
      fc.property(ladderFile, (file) => {
        const ladder = loadLadderText(toYaml(file), "gen.yaml");
        const { views, json } = renderAll(ladder, 80);
        const parsed = json.map((j) => JSON.parse(j) as unknown);
        // The documents are the views exactly...
        expect(parsed).toEqual([...views.shows, views.diff, ...views.areas, views.list, views.levels, views.about]);
        // ...and between them they hold every string of the ladder (ids, titles, names, facts, all prose).
        const found = stringsOf(parsed);
        const missing = [...stringsOf(ladder)].filter((s) => !found.has(s));
        expect(missing).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, TIMEOUT);

  it("render to text that fits the width and keeps every word of every expectation", () => {
    fc.assert(
      fc.property(ladderFile, fc.constantFrom(...WIDTHS), (file, width) => {
        const ladder = loadLadderText(toYaml(file), "gen.yaml");
        const { views, text } = renderAll(ladder, width);
        for (const out of text) {
          for (const l of out.split("\n")) {
            // Box tables are drawn by cli-table3, which measures with string-width: they fit by that measure.
            // (It counts emoji newer than its own tables as one column where we count two; see tableWidth.)
            const measured = BOX.test(l) ? tableWidth(l) : displayWidth(l);
            // A line may only overflow when it holds a single grapheme that is wider by itself.
            if (measured > width) expect(graphemes(l.trim()).length, `${JSON.stringify(l)} at ${width}`).toBe(1);
          }
        }
        // cli-table3 cuts a line it finds too wide, marking the cut with "…": nothing may be cut.
        if (![...stringsOf(ladder)].some((s) => s.includes("…"))) for (const out of text) expect(out).not.toContain("…");
        // show, area and about print text whole (not in side-by-side columns): every word is there, in order.
        const shown = text.slice(0, views.shows.length).map(squash);
        ladder.levels.forEach((level, i) => {
          for (const list of Object.values(level.expectations)) for (const e of list) expect(shown[i]).toContain(squash(e.text));
        });
        const areas = text.slice(views.shows.length + 1, views.shows.length + 1 + views.areas.length).map(squash).join("");
        for (const level of ladder.levels) for (const list of Object.values(level.expectations)) for (const e of list) expect(areas).toContain(squash(e.text));
        // Transition texts are prose, a markdown subset: their words are all there, their markup is drawn.
        const aboutOut = wordsOnly(text.at(-1)!);
        for (const t of ladder.transitions) expect(aboutOut).toContain(wordsOnly(t.text));
      }),
      { numRuns: 60 },
    );
  }, TIMEOUT);

  it("render to markdown whose tables keep their columns and whose text reads back exactly", () => {
    fc.assert(
      fc.property(ladderFile, (file) => {
        const ladder = loadLadderText(toYaml(file), "gen.yaml");
        const { markdown } = renderAll(ladder, 80);
        for (const out of markdown) {
          for (const table of tables(out)) {
            const columns = cellSeparators(table[0]!);
            for (const row of table) expect(cellSeparators(row), row).toBe(columns);
            expect(table[1]).toMatch(/^\|( --- \|)+$/);
          }
        }
        // Each expectation is a list item whose first line reads back as written (markdown ignores the
        // spaces around it).
        const shows = markdown.filter((_, i) => i < 2 * ladder.levels.length && i % 2 === 0);
        ladder.levels.forEach((level, i) => {
          const items = shows[i]!.split("\n").filter((l) => /^-( |$)/.test(l)).map((l) => unescapeMarkdown(l.slice(2)).trim());
          for (const list of Object.values(level.expectations)) {
            for (const e of list) expect(items).toContain(e.text.split("\n")[0]!.trim());
          }
        });
      }),
      { numRuns: 60 },
    );
  }, TIMEOUT);
});

describe("HTML export", () => {
  it("escapes all text: no tag from the ladder survives, and every title reads as written", () => {
    fc.assert(
      fc.property(ladderFile, (file) => {
        const ladder = loadLadderText(toYaml(file), "gen.yaml");
        const html = ladderHtml(ladder);
        for (const tag of ["<script", "<img", "<svg", "<!--", "]]>"]) expect(html.toLowerCase()).not.toContain(tag);
        // A track shows only the sections its levels fill.
        const shown = ladder.tracks.length === 0 ? ladder.sections : ladder.sections.filter((s) => ladder.levels.some((l) => (l.expectations[s.id]?.length ?? 0) > 0));
        for (const title of [ladder.title, ...shown.map((s) => s.title), ...ladder.levels.map((l) => l.title)]) {
          expect(html).toContain(escapeHtml(title.trim()));
        }
      }),
      { numRuns: 40 },
    );
  }, TIMEOUT);
});

describe("markdown escaping", () => {
  const oneLine = fc.string({ unit: fc.oneof(tricky, fc.string({ unit: "grapheme", maxLength: 2 })), maxLength: 12 }).map((s) => s.replace(NOT_IN_LINE, ""));

  it("reads back exactly, and never starts or ends a line with structure", () => {
    fc.assert(
      fc.property(oneLine, (s) => {
        const escaped = escapeLine(s);
        expect(unescapeMarkdown(escaped)).toBe(s);
        // No list, heading, quote, setext underline, numbered item, fence or HTML at the start...
        expect(escaped).not.toMatch(/^\s*([-+*>#=]|\d+[.)]|`{3}|~{3}|<)/);
        // ...no heading closing sequence at the end, and no unescaped pipe anywhere.
        expect(escaped).not.toMatch(/(^|[ \t])#+[ \t]*$/);
        expect(cellSeparators(escaped)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps a table cell to one line with no unescaped pipe", () => {
    fc.assert(
      fc.property(prose, (s) => {
        const cell = escapeCell(s);
        expect(cell).not.toContain("\n");
        expect(cellSeparators(cell)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe("control characters that escaped the loader", () => {
  /** Control characters and the sequences they start: clear the screen, set the title, colour, cursor moves, C1 CSI. */
  const control = fc.constantFrom("\u001b[2J", "\u001b]0;owned\u0007", "\u001b[31m", "\u0007", "\u0008", "\r", "\u000b", "\u000c", "\u007f", "\u009b31m", "\u0085", "\u0000", "\u001b");

  /** The same ladder with control characters put into every string but the ids and references the queries look up. */
  function poison(ladder: Ladder, pick: () => string): Ladder {
    const REFERENCES = new Set(["id", "track", "from", "to", "levels"]);
    const walk = (value: unknown, key = ""): unknown => {
      if (typeof value === "string") return REFERENCES.has(key) ? value : `${pick()}${value}${pick()}`;
      if (Array.isArray(value)) return value.map((v) => walk(v, key));
      if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
      return value;
    };
    return walk(ladder) as Ladder;
  }

  it("never reach the text, markdown or HTML output, in plain or colour", () => {
    fc.assert(
      fc.property(ladderFile, fc.array(control, { minLength: 1, maxLength: 6 }), (file, controls) => {
        let n = 0;
        const ladder = poison(loadLadderText(toYaml(file), "gen.yaml"), () => controls[n++ % controls.length]!);
        for (const width of [24, 80]) {
          const plainOut = renderAll(ladder, width, plain);
          // Tabs are text (allowed in prose): markdown keeps them, the text format turns them into spaces.
          for (const out of plainOut.text) expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
          for (const out of plainOut.markdown) expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
          expect(ladderHtml(ladder)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
          // In colour the only escape sequences are our own colour codes: without them, the output is the plain one
          // (but for diff, whose changed words are painted in colour and bracketed without it: no control characters there).
          const diffAt = plainOut.views.shows.length;
          renderAll(ladder, width, colour).text.forEach((out, i) => {
            if (i === diffAt) expect(stripAnsi(out)).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
            else expect(stripAnsi(out)).toBe(plainOut.text[i]);
          });
        }
      }),
      { numRuns: 40 },
    );
  }, TIMEOUT);
});

// --- mutations: the loader never crashes --------------------------------------

/** Valid files to mutate: the company fixture, the built-in ladder, and generated ones. */
const bases = [readFileSync(fixture("acme.yaml"), "utf-8"), readFileSync(`${repoRoot}/data/ladder.yaml`, "utf-8")];

/** Fragments that make YAML go wrong in interesting ways. */
const hostileBits = fc.constantFrom(
  "[", "]", "{", "}", ":", ": ", "- ", "? ", "&a ", "*a", "&a [*a]", "!!binary ", "!foo ", "\t", "  ", "\n", "\r\n", "'", '"', "#", "---\n", "...\n",
  "%YAML 1.1\n", "__proto__: 1\n", "constructor:", "prototype: [x]", "\u001b", "\u0000", "\ufeff", "- - - - ", "[[[[[[", "x-a: ", "<<: *a", "|", ">-",
  "~", "null", "1e9999", "0x", "\\", "\u2028", "é", "🚀",
);

type Mutation = (lines: string[], text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })).map(([at, n]): Mutation => (_, t) => { const i = at % (t.length + 1); return t.slice(0, i) + t.slice(i + n); }),
  fc.tuple(fc.nat(), fc.oneof(hostileBits, fc.string({ unit: "binary", maxLength: 4 }))).map(([at, bit]): Mutation => (_, t) => { const i = at % (t.length + 1); return t.slice(0, i) + bit + t.slice(i); }),
  fc.tuple(fc.nat(), fc.oneof(hostileBits, fc.string({ unit: "binary", minLength: 1, maxLength: 2 }))).map(([at, bit]): Mutation => (_, t) => { const i = at % (t.length + 1); return t.slice(0, i) + bit + t.slice(i + bit.length); }),
  fc.nat().map((at): Mutation => (l) => { const i = at % l.length; return [...l.slice(0, i), ...l.slice(i + 1)].join("\n"); }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (l) => { const x = [...l]; const i = a % x.length; const j = b % x.length; [x[i], x[j]] = [x[j]!, x[i]!]; return x.join("\n"); }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (l) => { const x = [...l]; x.splice(b % (x.length + 1), 0, x[a % x.length]!); return x.join("\n"); }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([a, d]): Mutation => (l) => { const x = [...l]; const i = a % x.length; x[i] = d >= 0 ? " ".repeat(d) + x[i] : x[i]!.slice(-d); return x.join("\n"); }),
);

function expectLoadsOrLocatedError(source: string): void {
  try {
    loadLadderText(source, "mutant.yaml");
  } catch (error) {
    if (!(error instanceof LadderFileError)) throw new Error(`not a LadderFileError: ${String(error)}\n--- source ---\n${source.slice(0, 2000)}`);
    expect(error.problems.length).toBeGreaterThan(0);
    for (const p of error.problems) {
      expect(p.line, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
      expect(p.col, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
    }
  }
}

describe("mutated valid files", () => {
  it("load, or fail with problems that all have a line and a column, never anything else", () => {
    const base = fc.oneof(fc.constantFrom(...bases), ladderFile.map(toYaml), ladderFile.map((file) => JSON.stringify(file, null, 2)));
    fc.assert(
      fc.property(base, fc.array(mutation, { minLength: 1, maxLength: 6 }), (source, mutations) => {
        let text = source;
        for (const m of mutations) text = m(text.split("\n"), text);
        expectLoadsOrLocatedError(text);
      }),
      { numRuns: 300 },
    );
  }, TIMEOUT);
});
