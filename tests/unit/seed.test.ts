// Proves that data/ladder.yaml is a faithful transcription of the seed document:
// the seed markdown is parsed here on its own (split on headings), and every list
// it yields must equal the YAML's content in order, so nothing is added, lost,
// reordered or reworded. No expected sentence is copied into this file.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/**
 * The source document ships with the tests so that a clone anywhere can run
 * them; where the shared/ folder it came from sits beside the repository, the
 * copy must still be identical to it.
 */
const seedCopy = path.resolve(repoRoot, "tests", "fixtures", "seed", "source.md");
const seedOriginal = path.resolve(repoRoot, "..", "shared", "seed", "000_63e7354391c5864f.txt");
const ladderPath = path.resolve(repoRoot, "data", "ladder.yaml");

function readSeed(): string {
  return readFileSync(seedCopy, "utf8");
}

describe("the seed copy", () => {
  it.skipIf(!existsSync(seedOriginal))("is identical to shared/seed (when shared/ is beside the repository)", () => {
    expect(readFileSync(seedCopy, "utf8")).toBe(readFileSync(seedOriginal, "utf8"));
  });
});

// ---------------------------------------------------------------------------
// Seed parsing

interface Block {
  heading: string;
  lines: string[];
}

/** Splits lines at every line starting with `marker`; text before the first is `preamble`. */
function splitOn(lines: string[], marker: string): { preamble: string[]; blocks: Block[] } {
  const preamble: string[] = [];
  const blocks: Block[] = [];
  for (const line of lines) {
    if (line.startsWith(marker)) {
      blocks.push({ heading: line.slice(marker.length).trim(), lines: [] });
    } else {
      (blocks.at(-1)?.lines ?? preamble).push(line);
    }
  }
  return { preamble, blocks };
}

const BULLET = /^\s*- (.*)$/;
const LABEL = /^\*\*(.+):\*\*$/; // **Leadership Skills:**
const NUMBERED = /^\d+\. \*\*(.+)\*\*$/; // 1. **People Development**

/** Prose paragraphs: non-empty lines that are not headings, bullets, labels or numbered titles. */
function paragraphs(lines: string[]): string[] {
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#") && !BULLET.test(l) && !LABEL.test(l) && !NUMBERED.test(l));
}

function bullets(lines: string[]): string[] {
  return lines.flatMap((l) => {
    const m = BULLET.exec(l);
    return m ? [m[1]!] : [];
  });
}

function only<T>(items: T[], what: string): T {
  if (items.length !== 1) throw new Error(`expected exactly one ${what} in the seed, found ${items.length}`);
  return items[0]!;
}

/** Items introduced by a title line matching `title` (group 1), each with its bullets. */
function titledLists(lines: string[], title: RegExp): { title: string; items: string[] }[] {
  const out: { title: string; items: string[] }[] = [];
  for (const line of lines) {
    const t = title.exec(line.trim());
    const b = BULLET.exec(line);
    if (t) out.push({ title: t[1]!, items: [] });
    else if (b) {
      const current = out.at(-1);
      if (!current) throw new Error(`bullet before any title: ${line}`);
      current.items.push(b[1]!);
    }
  }
  return out;
}

interface SeedLevel {
  title: string;
  summary: string | undefined;
  sections: { title: string; items: string[] }[];
}

interface Seed {
  body: string;
  intro: string;
  responsibilitiesIntro: string;
  responsibilities: string[];
  levelsIntro: string;
  levels: SeedLevel[];
  transitions: { title: string; text: string }[];
  growthAreasIntro: string;
  growthAreas: { title: string; entries: { label: string; text: string }[] }[];
  conclusion: string[];
}

function parseSeed(text: string): Seed {
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(text);
  if (!frontMatter) throw new Error("seed has no front matter");
  const body = text.slice(frontMatter[0].length);
  const { preamble, blocks } = splitOn(body.split("\n"), "## ");

  const h2 = (prefix: string): Block => only(blocks.filter((b) => b.heading.startsWith(prefix)), `"## ${prefix}" heading`);
  const core = h2("Core Responsibilities");
  const progression = h2("Software Engineering Manager Career Progression");
  const transitions = h2("Key Transitions");
  const growth = h2("Management-Specific Growth Areas");
  const conclusion = h2("Conclusion");

  const levelSplit = splitOn(progression.lines, "### ");
  const levels = levelSplit.blocks.map((b): SeedLevel => {
    const m = /^(.*?)(?: \((.*)\))?$/.exec(b.heading)!; // "CTO (Chief Technology Officer)"
    return { title: m[1]!, summary: m[2], sections: titledLists(b.lines, LABEL) };
  });

  const transitionSplit = splitOn(transitions.lines, "### ");

  const growthAreas = titledLists(growth.lines, NUMBERED).map((area) => ({
    title: area.title,
    entries: area.items.map((item) => {
      const m = /^(.+?): (.*)$/.exec(item);
      if (!m) throw new Error(`growth-area entry without a level label: ${item}`);
      return { label: m[1]!, text: m[2]! };
    }),
  }));

  return {
    body,
    intro: only(paragraphs(preamble), "intro paragraph"),
    responsibilitiesIntro: only(paragraphs(core.lines), "responsibilities lead-in"),
    responsibilities: bullets(core.lines),
    levelsIntro: only(paragraphs(levelSplit.preamble), "levels lead-in"),
    levels,
    transitions: transitionSplit.blocks.map((b) => ({
      title: b.heading,
      text: only(paragraphs(b.lines), `paragraph under "${b.heading}"`),
    })),
    growthAreasIntro: only(paragraphs(growth.lines), "growth-areas lead-in"),
    growthAreas,
    conclusion: paragraphs(conclusion.lines),
  };
}

// ---------------------------------------------------------------------------
// The ladder file, typed only as far as this test reads it

interface Ladder {
  version: number;
  title: string;
  description: string;
  responsibilities: string[];
  notes: { title: string; text: string }[];
  sections: { id: string; title: string }[];
  levels: {
    id: string;
    title: string;
    summary?: string;
    aliases?: string[];
    facts?: Record<string, string>;
    expectations: Record<string, string[]>;
  }[];
  growth_areas: { id: string; title: string; by_level: { levels: string[]; text: string }[] }[];
  roles: { id: string; title: string }[];
  transitions: { from: string; to: string; title: string; text: string }[];
  [extension: `x-${string}`]: unknown;
}

function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      collectStrings(v, out);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------

const seed = parseSeed(readSeed());
const ladder = parse(readFileSync(ladderPath, "utf8")) as Ladder;

/** Finds a level by its exact title, else by a unique title prefix ("Director", "VP"). */
function levelIdForTitle(name: string): string {
  const exact = ladder.levels.filter((l) => l.title === name);
  const matches = exact.length > 0 ? exact : ladder.levels.filter((l) => l.title.startsWith(name));
  return only(matches, `level titled like "${name}"`).id;
}

function positionTitle(id: string): string {
  const found = [...ladder.levels, ...ladder.roles].find((p) => p.id === id);
  if (!found) throw new Error(`unknown level or role "${id}"`);
  return found.title;
}

describe("data/ladder.yaml matches the seed document", () => {
  it("the seed parses into the expected shape", () => {
    expect(seed.responsibilities).toHaveLength(11);
    expect(seed.levels).toHaveLength(5);
    for (const level of seed.levels) {
      expect(level.sections.map((s) => s.items.length)).toEqual([5, 5, 5, 5, 5]);
    }
    expect(seed.levels.flatMap((l) => l.sections.flatMap((s) => s.items))).toHaveLength(125);
    expect(seed.transitions).toHaveLength(5);
    expect(seed.growthAreas).toHaveLength(5);
    expect(seed.growthAreas.flatMap((a) => a.entries)).toHaveLength(20);
    expect(seed.conclusion).toHaveLength(4);
  });

  it("has the intro paragraph as its description", () => {
    expect(ladder.version).toBe(1);
    // The title is the seed's "## Software Engineering Manager Career Progression" heading.
    expect(seed.body.split("\n")).toContain(`## ${ladder.title}`);
    expect(ladder.description).toBe(seed.intro);
  });

  it("lists the core responsibilities in order", () => {
    expect(ladder.responsibilities).toEqual(seed.responsibilities);
    expect(ladder.responsibilities).toHaveLength(11);
  });

  it("keeps the conclusion as one note of blank-line-separated paragraphs", () => {
    expect(ladder.notes).toEqual([{ title: "Conclusion", text: seed.conclusion.join("\n\n") }]);
  });

  it("keeps the connective lead-ins as extensions", () => {
    expect(ladder["x-responsibilities-intro"]).toBe(seed.responsibilitiesIntro);
    expect(ladder["x-levels-intro"]).toBe(seed.levelsIntro);
    expect(ladder["x-growth-areas-intro"]).toBe(seed.growthAreasIntro);
  });

  it("has the seed's sections, in order, for every level", () => {
    const titles = ladder.sections.map((s) => s.title);
    for (const level of seed.levels) expect(level.sections.map((s) => s.title)).toEqual(titles);
  });

  it("has the seed's levels with every expectation, in order", () => {
    expect(ladder.levels.map((l) => l.title)).toEqual(seed.levels.map((l) => l.title));
    expect(ladder.levels.map((l) => l.summary)).toEqual(seed.levels.map((l) => l.summary));

    let count = 0;
    seed.levels.forEach((seedLevel, i) => {
      const level = ladder.levels[i]!;
      const expected = Object.fromEntries(
        seedLevel.sections.map((s) => [only(ladder.sections.filter((x) => x.title === s.title), s.title).id, s.items]),
      );
      expect(level.expectations, level.id).toEqual(expected);
      // Same keys in the same order as the sections.
      expect(Object.keys(level.expectations)).toEqual(ladder.sections.map((s) => s.id));
      count += Object.values(level.expectations).flat().length;
    });
    expect(count).toBe(125);
  });

  it("has the seed's transitions, in order", () => {
    expect(ladder.transitions.map(({ title, text }) => ({ title, text }))).toEqual(seed.transitions);
    expect(ladder.transitions).toHaveLength(5);
    // from/to name the positions in the heading ("Director to VP of Engineering").
    for (const t of ladder.transitions) {
      const [from, to] = t.title.split(" to ");
      expect(positionTitle(t.from).startsWith(from!), `${t.title}: from ${t.from}`).toBe(true);
      expect(positionTitle(t.to).startsWith(to!), `${t.title}: to ${t.to}`).toBe(true);
    }
  });

  it("has the seed's growth areas, each entry on the levels its label names", () => {
    const expected = seed.growthAreas.map((area) => ({
      title: area.title,
      by_level: area.entries.map((e) => ({ levels: e.label.split("/").map(levelIdForTitle), text: e.text })),
    }));
    expect(ladder.growth_areas.map(({ title, by_level }) => ({ title, by_level }))).toEqual(expected);
    expect(ladder.growth_areas.flatMap((a) => a.by_level)).toHaveLength(20);
  });

  it("contains every prose line of the seed verbatim (nothing lost)", () => {
    const strings = collectStrings(ladder);
    const missing = seed.body
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#") && !LABEL.test(l) && !NUMBERED.test(l))
      .map((l) => l.replace(/^- /, ""))
      .filter((l) => {
        if (strings.some((s) => s.includes(l))) return false;
        // A growth-area entry: "<level label>: <text>"; the label is not prose.
        const labelled = /^([A-Z][A-Za-z/ ]*): (.*)$/.exec(l);
        return !(labelled && strings.some((s) => s.includes(labelled[2]!)));
      });
    expect(missing).toEqual([]);
  });
});
