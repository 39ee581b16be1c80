/**
 * `ladder diff` in-process: the change view (summary, sections with both
 * level names, changed words marked, unchanged items counted), markdown,
 * --side-by-side, --section, --changes-only, --all, --steps, reading
 * downward, ladders without transitions, and the JSON shape. Then properties
 * of the view for every pair of levels of three ladders.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeWords } from "../../src/core/diff/words.js";
import { diffLevels } from "../../src/core/level-diff.js";
import { loadLadderText } from "../../src/core/load/index.js";
import type { Ladder } from "../../src/core/types.js";
import type { Change, DiffView } from "../../src/core/views.js";
import { makeStyle } from "../../src/render/style.js";
import { diffMarkdown, diffText } from "../../src/render/views/diff.js";
import { fixture, repoRoot, runCli } from "../helpers.js";

const load = (file: string) => loadLadderText(readFileSync(file, "utf-8"), file);
const builtin = load(path.join(repoRoot, "data", "ladder.yaml"));
const acmeFile = fixture("acme.yaml");
const bareFile = fixture("no-transitions.yaml");
const ladders: [string, Ladder][] = [
  ["built-in", builtin],
  ["acme", load(acmeFile)],
  ["no-transitions", load(bareFile)],
];

const text = async (...args: string[]) => {
  const r = await runCli([...args, "-f", "text"]);
  expect(r.stderr, args.join(" ")).toBe("");
  expect(r.code, args.join(" ")).toBe(0);
  return r.stdout;
};
const json = async (...args: string[]) => JSON.parse((await runCli([...args, "--json"])).stdout) as DiffView;

describe("ladder diff: the change view", () => {
  it("starts with a summary per section and names what is new", async () => {
    const out = await text("diff", "em", "senior em");
    const lines = out.split("\n");
    expect(lines[0]).toBe("Engineering Manager → Senior Engineering Manager");
    expect(lines[1]).toBe("+ added, - removed, ~ changed: [-went-]{+came+}, = same");
    expect(lines.slice(3, 9)).toEqual([
      "Summary",
      "  Leadership Skills             2 changed  3 added  3 removed  0 same",
      "  Team & Project Scope          4 changed  1 added  1 removed  0 same",
      "  Autonomy and Decision-Making  4 changed  1 added  1 removed  0 same",
      "  Impact and Communication      3 changed  2 added  2 removed  0 same",
      "  Growth Indicators             3 changed  2 added  2 removed  0 same",
    ]);
    expect(lines[9]).toBe("New at Senior Engineering Manager:");
    expect(lines[10]).toBe("  + Strong people management and development capabilities");
    // The summary comes before the sections.
    expect(out.indexOf("New at")).toBeLessThan(out.indexOf("Leadership Skills · "));
  });

  it("heads each section with the two level names and marks the words that changed", async () => {
    const out = await text("diff", "director", "vp");
    expect(out).toContain("\nTeam & Project Scope · Director of Engineering → VP of Engineering\n");
    expect(out).toContain("  ~ Creates [-long-term-]{+multi-year+} strategic roadmaps ([-1-2-]{+2-5+}\n    years)\n");
    const em = await text("diff", "em", "senior em");
    expect(em).toContain("  ~ Ability to lead [-a small team of engineers (typically 5-8-]{+multiple teams\n    or a larger team (8-15 engineers+})\n");
    expect(em).toContain("  + Delegation skills to empower tech leads and senior engineers\n");
    expect(em).toContain("  - Technical credibility to earn respect from engineers\n");
    // An unrelated pair is not set side by side as one changed item.
    expect(em).not.toMatch(/~ .*Technical credibility/);
  });

  it("collapses unchanged items to a count, shows them with --all, and leaves them out with --changes-only", async () => {
    const counted = await text("--data", bareFile, "diff", "a1", "a2", "--section", "craft");
    expect(counted).toContain("Craft · Analyst → Senior Analyst\n  - Builds dashboards from an agreed specification\n");
    expect(counted).toContain("  = 2 unchanged\n");
    expect(counted).not.toContain("Writes SQL queries");
    const all = await text("--data", bareFile, "diff", "a1", "a2", "--section", "craft", "--all");
    expect(all).toContain("  = Writes SQL queries that others can read and rerun\n  = Checks numbers against a second source before sharing them\n");
    expect(all).not.toContain("unchanged");
    const only = await text("--data", bareFile, "diff", "a1", "a2", "--changes-only");
    expect(only).not.toMatch(/^ {2}= /m);
    // The summary still counts what --changes-only leaves out.
    expect(only).toContain("  Craft                  0 changed  2 added  1 removed  2 same\n");
    // A section with nothing but unchanged items is left out whole: Growth areas (Data Quality is shared).
    expect(only).not.toContain("Growth areas ·");
    const both = await runCli(["diff", "em", "director", "--all", "--changes-only"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^ladder: option '--changes-only' cannot be used with option '--all'\n/);
  });

  it("shows facts and growth areas in the same change view", async () => {
    const out = await text("diff", "vp", "cto");
    expect(out).toContain("Facts · VP of Engineering → CTO\n  - Team size: 50-200+ engineers\n  ~ Roadmap horizon: [-2-5-]{+5++} years\n");
    expect(out).toContain(
      "Growth areas · VP of Engineering → CTO\n  = 5 unchanged: People Development, Organizational Design, Strategic Planning,\n    Resource Management, Technical Leadership\n",
    );
    const em = await text("diff", "em", "senior em");
    expect(em).toContain("  ~ People Development\n      [-Coaches individual contributors directly-]\n      {+Develops technical leaders and new managers+}\n");
  });

  it("paints changed words in colour instead of bracketing them", async () => {
    const r = await runCli(["diff", "director", "vp", "-f", "text", "--section", "scope"], { env: { FORCE_COLOR: "1" } });
    expect(r.stdout).toContain("\u001b[31m\u001b[9mlong-term\u001b[29m\u001b[39m \u001b[32mmulti-year\u001b[39m");
    expect(r.stdout).not.toContain("[-long-term-]");
  });

  it("keeps only the sections and growth areas named with --section (repeatable, or a,b)", async () => {
    const view = await json("diff", "em", "director", "--section", "scope,people development", "--section", "autonomy");
    expect(view.sections.map((s) => s.id)).toEqual(["scope", "autonomy"]);
    expect(view.growthAreas.map((a) => a.id)).toEqual(["people-development"]);
    expect(view.facts).toEqual([]);
    expect(view.summary).toEqual({ same: 0, changed: 7, added: 3, removed: 3 });
    const out = await text("diff", "em", "director", "--section", "scope");
    expect(out).not.toContain("Leadership Skills");
    const unknown = await runCli(["diff", "em", "director", "--section", "scop3"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^ladder: unknown growth area or section "scop3"\n/);
  });
});

describe("ladder diff: levels further apart, and which way it reads", () => {
  it("compares directly, then gives the transitions on the way", async () => {
    const out = await text("diff", "em", "director");
    expect(out.split("\n")[1]).toBe("2 steps apart: Engineering Manager → Senior Engineering Manager → Director of");
    expect(out).toContain("Leadership Skills · Engineering Manager → Director of Engineering");
    expect(out).toContain("\nTransitions on the way\n  1. Engineering Manager to Senior Engineering Manager\n");
    expect(out).not.toContain("Step 1 of 2");
  });

  it("compares each step in turn with --steps", async () => {
    const out = await text("diff", "em", "director", "--steps");
    const first = out.indexOf("Step 1 of 2: Engineering Manager → Senior Engineering Manager");
    const second = out.indexOf("Step 2 of 2: Senior Engineering Manager → Director of Engineering");
    expect(first).toBeGreaterThan(out.indexOf("Leadership Skills · Engineering Manager → Director of Engineering"));
    expect(second).toBeGreaterThan(first);
    expect(out.slice(first, second)).toContain("   Leadership Skills · Engineering Manager → Senior Engineering Manager\n");
    expect(out.slice(first, second)).toContain("   This transition involves moving from tactical team management");
    const view = await json("diff", "em", "director", "--steps");
    expect(view.steps!.map((s) => `${s.from.id}>${s.to.id}:${s.transition?.title}`)).toEqual([
      "em>senior-em:Engineering Manager to Senior Engineering Manager",
      "senior-em>director:Senior Engineering Manager to Director",
    ]);
    expect(view.steps![0]!.comparison).toEqual(
      (({ sections, growthAreas, facts, summary }) => ({ sections, growthAreas, facts, summary }))(await json("diff", "em", "senior-em")),
    );
    expect((await json("diff", "em", "director")).steps).toBeNull();
  });

  it("reads downward when the first level is the senior one, and says so", async () => {
    const out = await text("diff", "cto", "em");
    expect(out.split("\n")[1]).toBe("Reads downward: what changes from CTO down to Engineering Manager.");
    expect(out).toContain("Only at Engineering Manager:");
    const view = await json("diff", "cto", "em", "--steps");
    expect(view.direction).toBe("down");
    expect(view.route.map((r) => r.id)).toEqual(["cto", "vp", "director", "senior-em", "em"]);
    expect(view.transitions.map((t) => t.from.id)).toEqual(["em", "senior-em", "director", "vp"]);
    expect(view.steps!.map((s) => `${s.from.id}>${s.to.id}`)).toEqual(["cto>vp", "vp>director", "director>senior-em", "senior-em>em"]);
    expect((await json("diff", "em", "cto")).direction).toBe("up");
  });
});

describe("ladder diff on a ladder without transitions", () => {
  it("walks the track's levels and says in one line that there is no transition text: exit 0", async () => {
    const out = await text("--data", bareFile, "diff", "a1", "a3");
    expect(out.split("\n")[1]).toBe("2 steps apart: Analyst → Senior Analyst → Principal Analyst");
    expect(out.trimEnd().split("\n").at(-1)).toBe("This ladder has no transition text for these steps.");
    expect(out.match(/transition/gi)).toHaveLength(1);
    const steps = await text("--data", bareFile, "diff", "a1", "a3", "--steps");
    expect(steps).toContain("Step 2 of 2: Senior Analyst → Principal Analyst\n   No transition text for this step.\n");
  });

  it("compares levels of two tracks and says nothing leads from one to the other", async () => {
    const out = await text("--data", bareFile, "diff", "lead", "senior");
    expect(out).toContain("People · Analytics Lead → Senior Analyst\n  - Holds a weekly one-to-one with each analyst\n");
    expect(out.trimEnd().split("\n").at(-1)).toBe("No transition in this ladder leads from one of these levels to the other.");
    expect((await json("--data", bareFile, "diff", "lead", "senior")).direction).toBeNull();
  });
});

describe("ladder diff: markdown and --side-by-side", () => {
  it("prints markdown when piped, with ~~removed~~ and **added** words, escaped", async () => {
    const md = (await runCli(["diff", "director", "vp"])).stdout;
    expect(md.startsWith("# Director of Engineering → VP of Engineering\n")).toBe(true);
    expect(md).toContain("## Summary\n\n| Section | changed | added | removed | same |\n| --- | --- | --- | --- | --- |\n");
    expect(md).toContain("## Team & Project Scope: Director of Engineering → VP of Engineering\n");
    expect(md).toContain("- Creates ~~long-term~~ **multi-year** strategic roadmaps ~~(1-2~~ **(2-5** years)\n");
    const acme = (await runCli(["--data", acmeFile, "diff", "e1", "e2"])).stdout;
    expect(acme).toContain("- ~~Reads \\`git log\\` before asking \\| asks after 15 minutes~~ *(dropped)*\n");
    expect(acme).toContain("- **Designs features end to end, including \\*rollback\\* plans** *(new)*\n");
    expect(acme).toContain("- *1 unchanged: Scope*\n");
  });

  it("keeps the two-column table with --side-by-side", async () => {
    const out = await text("diff", "em", "senior em", "--side-by-side");
    expect(out).toContain("│ Engineering Manager                  │ Senior Engineering Manager            │");
    expect(out).toContain("│ • Ability to lead a small team of    │ • Ability to lead multiple teams or a │");
    const md = (await runCli(["diff", "em", "senior em", "--side-by-side"])).stdout;
    expect(md).toContain("| Engineering Manager | Senior Engineering Manager |\n| --- | --- |\n| Ability to lead a small team of engineers (typically 5-8) |");
  });

  it("refuses what the two columns cannot show, rather than ignoring it", async () => {
    for (const other of ["--steps", "--all"]) {
      expect(await runCli(["diff", "em", "cto", "--side-by-side", other])).toEqual({
        code: 2,
        stdout: "",
        stderr: `ladder: option '--side-by-side' cannot be used with option '${other}'\nhint: run \`ladder diff --help\` for usage\n`,
      });
    }
    expect(await runCli(["diff", "em", "senior em", "--side-by-side", "--json"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'ladder: --side-by-side is a two-column layout and has no json form\nhint: for the comparison as JSON leave out --side-by-side: `ladder diff em "senior em" --json`\n',
    });
  });
});

describe("ladder diff --json", () => {
  it("keeps the keys it had and adds changes, a summary, the direction, the route and the steps", async () => {
    const view = await json("diff", "em", "senior em");
    expect(Object.keys(view)).toEqual(["ladder", "from", "to", "facts", "sections", "growthAreas", "transitions", "summary", "direction", "route", "steps"]);
    expect(Object.keys(view.sections[0]!)).toEqual(["id", "title", "from", "to", "changes"]);
    expect(Object.keys(view.growthAreas[0]!)).toEqual(["id", "title", "from", "to", "change"]);
    expect(Object.keys(view.facts[0]!)).toEqual(["label", "from", "to", "change"]);
    expect(view.summary).toEqual({ same: 0, changed: 16, added: 9, removed: 9 });
    const roadmap = (await json("diff", "director", "vp")).sections[1]!.changes.find((c) => c.from === "Creates long-term strategic roadmaps (1-2 years)");
    expect(roadmap).toEqual({
      kind: "changed",
      from: "Creates long-term strategic roadmaps (1-2 years)",
      to: "Creates multi-year strategic roadmaps (2-5 years)",
      similarity: expect.any(Number),
      words: [
        { op: "same", text: "Creates " },
        { op: "removed", text: "long-term" },
        { op: "added", text: "multi-year" },
        { op: "same", text: " strategic roadmaps (" },
        { op: "removed", text: "1-2" },
        { op: "added", text: "2-5" },
        { op: "same", text: " years)" },
      ],
    });
  });

  it("leaves out what is the same with --changes-only, and counts it in the summary", async () => {
    const view = await json("diff", "vp", "cto", "--changes-only");
    expect(view.growthAreas).toEqual([]);
    expect(view.sections.flatMap((s) => s.changes).some((c) => c.kind === "same")).toBe(false);
    const full = await json("diff", "vp", "cto");
    expect(view.summary).toEqual(full.summary);
    expect(full.growthAreas.map((a) => a.change!.kind)).toEqual(["same", "same", "same", "same", "same"]);
  });

  it("agrees with path: VP and CTO share their five growth-area entries", async () => {
    const diff = await json("diff", "vp", "cto");
    const pathView = JSON.parse((await runCli(["path", "vp", "cto", "--json"])).stdout);
    expect(pathView.steps[0].comparison.growthAreas).toEqual(diff.growthAreas);
    expect(pathView.steps[0].comparison.sections).toEqual(diff.sections);
  });
});

// ---- properties ---------------------------------------------------------------

/** Every ordered pair of two different levels of a ladder. */
const pairs = (ladder: Ladder) => ladder.levels.flatMap((a) => ladder.levels.filter((b) => b !== a).map((b) => [a, b] as const));

/** The texts a change list holds on one side. */
const side = (changes: readonly Change[], key: "from" | "to") => changes.flatMap((c) => (c[key] === null ? [] : [c[key]!]));
const spelled = (c: Change, op: "removed" | "added") => c.words!.filter((w) => w.op === "same" || w.op === op).map((w) => w.text).join("");
const squash = (s: string) => s.replace(/\s+/g, "");

function expectComplete(view: DiffView): void {
  for (const section of view.sections) {
    // Every expectation of both levels, exactly once, verbatim (same order as the level's own list is not required).
    expect([...side(section.changes, "from")].sort()).toEqual([...section.from].sort());
    expect([...side(section.changes, "to")].sort()).toEqual([...section.to].sort());
    for (const c of section.changes) {
      if (c.kind === "changed") {
        expect(spelled(c, "removed")).toBe(c.from);
        expect(spelled(c, "added")).toBe(c.to);
        // Markdown's whole-word form spells both texts too, and changes only at spaces.
        const whole = { ...c, words: wholeWords(c.words!) };
        expect(spelled(whole, "removed")).toBe(c.from);
        expect(spelled(whole, "added")).toBe(c.to);
        whole.words.forEach((w, i) => {
          const next = whole.words[i + 1];
          if (next && (w.op === "same") !== (next.op === "same")) expect(/\s$/.test(w.text) || /^\s/.test(next.text), JSON.stringify(whole.words)).toBe(true);
        });
      } else expect(c.words).toBeNull();
      if (c.kind === "same") expect(c.from).toBe(c.to);
    }
  }
}

describe("properties of the diff view", () => {
  for (const [name, ladder] of ladders) {
    it(`holds every expectation of both levels exactly once, verbatim, for every pair of levels of the ${name} ladder`, () => {
      for (const [a, b] of pairs(ladder)) {
        const view = diffLevels(ladder, a, b, { steps: true });
        expectComplete(view);
        for (const step of view.steps!) if (step.comparison) expectComplete({ ...view, ...step.comparison });
        // The text and markdown print every added, removed and unchanged text, and both sides of each changed one.
        const out = squash(diffText(view, { width: 80, style: makeStyle(false) }, "all"));
        const md = diffMarkdown(view, "all");
        for (const c of view.sections.flatMap((s) => s.changes)) {
          if (c.kind === "changed") expect(out).toContain(squash(c.words!.map((w) => (w.op === "same" ? w.text : w.op === "removed" ? `[-${w.text}-]` : `{+${w.text}+}`)).join("")));
          else expect(out).toContain(squash((c.to ?? c.from)!));
        }
        expect(md.split("\n").filter((l) => /^- /.test(l)).length).toBeGreaterThanOrEqual(view.sections.reduce((n, s) => n + s.changes.length, 0));
      }
    });
  }

  it("holds for expectations shuffled and drawn from the ladder's own words, in every format", () => {
    const texts = builtin.levels.flatMap((l) => Object.values(l.expectations).flat());
    const list = fc.array(fc.constantFrom(...texts), { maxLength: 8 });
    fc.assert(
      fc.property(list, list, (from, to) => {
        const ladder: Ladder = structuredClone(builtin);
        ladder.levels[0]!.expectations.leadership = from;
        ladder.levels[1]!.expectations.leadership = to;
        const view = diffLevels(ladder, ladder.levels[0]!, ladder.levels[1]!, { only: [{ kind: "section", section: ladder.sections[0]! }] });
        expectComplete(view);
        expect(JSON.parse(JSON.stringify(view))).toEqual(view);
      }),
      { numRuns: 60 },
    );
  });
});
