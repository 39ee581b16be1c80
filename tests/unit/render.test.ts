import { describe, expect, it } from "vitest";
import { loadBuiltinLadder } from "../../src/cli/ladder-source.js";
import { diffLevels } from "../../src/core/level-diff.js";
import { about, listLevels, showLevel } from "../../src/core/query.js";
import { resolveLevel } from "../../src/core/resolve.js";
import { aboutText } from "../../src/render/views/about.js";
import { diffText, sideBySideMarkdown, sideBySideText } from "../../src/render/views/diff.js";
import { levelsText } from "../../src/render/views/levels.js";
import { showText } from "../../src/render/views/show.js";
import { escapeCell, escapeLine } from "../../src/render/markdown/escape.js";
import { checklistMarkdown, showMarkdown } from "../../src/render/views/show.js";
import { makeStyle } from "../../src/render/style.js";
import { displayWidth, stripAnsi, wrap } from "../../src/render/width.js";

const ladder = await loadBuiltinLadder();
const level = (name: string) => resolveLevel(ladder, name);
const plain = makeStyle(false);
const squash = (s: string) => s.replace(/[•\s]+/g, " ").trim();

/** The text of each cell of the box tables in `out`, lines joined, so wrapped cells can be compared whole. */
function tableCells(out: string): string[] {
  const cells: string[] = [];
  let open: string[][] = [];
  const close = () => {
    for (const c of open) cells.push(squash(c.join(" ")));
    open = [];
  };
  for (const line of out.split("\n")) {
    if (!line.startsWith("│")) {
      close();
      continue;
    }
    const parts = line.slice(1, -1).split("│");
    if (open.length !== parts.length) close();
    parts.forEach((p, i) => (open[i] ??= []).push(p.trim()));
  }
  close();
  return cells;
}

describe("wrap", () => {
  it("keeps every word and fits the width", () => {
    const text = "Communicates engineering capabilities and constraints to board/investors";
    const lines = wrap(text, 20);
    expect(lines.every((l) => displayWidth(l) <= 20)).toBe(true);
    expect(lines.join(" ")).toBe(text);
  });
  it("breaks long hyphenated words after a hyphen, and CJK text between characters", () => {
    expect(wrap("vice-president-of-engineering", 12)).toEqual(["vice-", "president-", "of-", "engineering"]);
    const cjk = wrap("技術的な方向性を示す", 6);
    expect(cjk.every((l) => displayWidth(l) <= 6)).toBe(true);
    expect(cjk.join("")).toBe("技術的な方向性を示す");
  });
  it("counts wide characters and emoji as two columns", () => {
    expect(displayWidth("技術")).toBe(4);
    expect(displayWidth("🚀")).toBe(2);
    expect(displayWidth("e\u0301")).toBe(1);
  });
});

describe("text format", () => {
  for (const width of [40, 80, 132]) {
    it(`fits every line of show, diff, levels and about into ${width} columns, dropping nothing`, () => {
      const outputs = [
        showText(showLevel(ladder, level("director")), { width, style: plain }),
        sideBySideText(diffLevels(ladder, level("em"), level("cto")), { width, style: plain }),
        levelsText(listLevels(ladder), { width, style: plain }),
        aboutText(about(ladder), { width, style: plain }),
      ];
      const changes = diffText(diffLevels(ladder, level("em"), level("cto")), { width, style: plain }, "all");
      for (const out of [...outputs, changes]) for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      const cells = tableCells(outputs[1]!);
      for (const l of [level("em"), level("cto")]) {
        for (const list of Object.values(l.expectations)) for (const e of list) expect(cells).toContain(squash(e.text));
      }
      const show = squash(outputs[0]!);
      for (const list of Object.values(level("director").expectations)) for (const e of list) expect(show).toContain(squash(e.text));
    });
  }

  it("has no escape codes without colour, and colours headings with it", () => {
    const view = showLevel(ladder, level("em"));
    expect(showText(view, { width: 80, style: plain })).not.toMatch(/\u001b/);
    const coloured = showText(view, { width: 80, style: makeStyle(true) });
    expect(coloured).toMatch(/\u001b\[/);
    expect(stripAnsi(coloured)).toBe(showText(view, { width: 80, style: plain }));
  });

  it("lines up levels with different numbers of expectations in a side-by-side diff", () => {
    const custom = structuredClone(ladder);
    custom.levels[0]!.expectations.leadership = [{ text: "Only one", examples: [], links: [] }];
    const out = sideBySideText(diffLevels(custom, custom.levels[0]!, custom.levels[1]!), { width: 80, style: plain });
    const rows = out.split("\n").filter((l) => l.startsWith("│"));
    // Every table row has the same two-column frame.
    const widths = new Set(rows.map((r) => displayWidth(r)));
    expect(widths.size).toBe(1);
    const cells = tableCells(out);
    expect(cells).toContain("Only one");
    expect(cells).toContain("Delegation skills to empower tech leads and senior engineers");
  });
});

describe("markdown format", () => {
  it("escapes characters that would change structure", () => {
    expect(escapeLine("a | b * c _d_ `e` <f> [g](h)")).toBe("a \\| b \\* c \\_d\\_ \\`e\\` \\<f> \\[g\\](h)");
    expect(escapeLine("# not a heading")).toBe("\\# not a heading");
    expect(escapeLine("- not a list")).toBe("\\- not a list");
    expect(escapeLine("1. not a list")).toBe("1\\. not a list");
    expect(escapeLine("back\\slash")).toBe("back\\\\slash");
    expect(escapeCell("two\nlines | here")).toBe("two<br>lines \\| here");
  });

  it("leaves the built-in ladder's text readable (nothing needs escaping)", () => {
    const md = showMarkdown(showLevel(ladder, level("cto")));
    expect(md).toContain("- Makes decisions on build vs. buy vs. partner for critical technologies");
    expect(md).toContain("- Creates 5+ year technology vision");
    expect(md.startsWith("# CTO\n")).toBe(true);
  });

  it("keeps every table row's columns when text contains pipes", () => {
    const custom = structuredClone(ladder);
    custom.levels[0]!.expectations.leadership = [{ text: "a | b | c", examples: [], links: [] }];
    const md = sideBySideMarkdown(diffLevels(custom, custom.levels[0]!, custom.levels[1]!));
    for (const row of md.split("\n").filter((l) => l.startsWith("| "))) {
      const cells = row.replace(/\\\|/g, "").split("|").length - 2;
      expect([2, 3]).toContain(cells);
    }
  });

  it("prints a checklist for 1:1 notes", () => {
    const md = checklistMarkdown(showLevel(ladder, level("em")));
    expect(md.match(/^- \[ \] /gm)).toHaveLength(25 + 5);
    expect(md).toContain("- [ ] Provides regular feedback to team members");
  });
});
