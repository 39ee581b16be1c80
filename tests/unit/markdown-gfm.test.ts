/**
 * Generated markdown read back by a real GFM renderer (micromark with its
 * GFM extension, the parser behind remark-gfm, built to match GitHub): plain
 * text from the ladder must render as the same text — no emphasis, code
 * block, heading, quote or link made up from it, no visible backslash, and
 * tables keep their columns.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { escapeCell, escapeLine, escapeText } from "../../src/render/markdown/escape.js";
import { table } from "../../src/render/markdown/layout.js";
import { runCli } from "../helpers.js";

// GitHub lets some HTML through (our `<br>` in cells); plain text never makes any, which MADE_UP checks.
const render = (md: string) => micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
/** A command's page: the level ids are ours, printed as code on purpose. */
const renderPage = (md: string) => render(md).replace(/<code>[ab]<\/code>/g, "");

/** The text a reader sees: tags gone, the entities micromark writes decoded, whitespace as single spaces. */
function seen(html: string): string {
  return normal(
    html
      .replace(/<br \/>|<br>/g, " ")
      .replace(/<[^>]*>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&"),
  );
}
const normal = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();

/** Structure plain text must never turn into (the renderer's own tags for it). */
const MADE_UP = /<(pre|code|em|strong|del|h[1-6]|blockquote|hr|img|table|input|ol|math)\b/;
const tricky = fc.constantFrom(
  "https://example.com/a_b_c",
  "https://example.com/a_b_c.",
  "(https://example.com/x_(y)_z)",
  "https://example.com/__init__",
  "www.example.com/snake_case",
  "https://example.com/a_b](c)",
  "<http://example.com/a_b>",
  "<b>",
  "&amp;",
  "&#42;",
  "a_b@example.com",
  "|",
  "\\",
  "\\\\",
  "*",
  "**",
  "_",
  "__",
  "~~",
  "`",
  "```",
  "$x$",
  "[a](b)",
  "![a](b)",
  "#",
  "-",
  "+",
  ">",
  "1.",
  "2)",
  "=",
  "===",
  "---",
  "- [ ]",
  "\t",
  "    ",
);
const piece = fc.oneof({ weight: 3, arbitrary: tricky }, { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 8 }) }, { weight: 1, arbitrary: fc.constantFrom("word", "team", "ship") });
/** One line of plain text: pieces run together or apart, maybe led by spaces or tabs. */
const line = fc
  .tuple(fc.constantFrom("", "", " ", "\t", "    ", "\t\t"), fc.array(fc.tuple(piece, fc.constantFrom("", " ", " ")), { minLength: 1, maxLength: 6 }))
  .map(([lead, parts]) => lead + parts.map(([p, s]) => p + s).join(""))
  .filter((t) => t.trim() !== "");
/** Prose: lines, maybe with a blank line between them (the next line indented or not). */
const prose = fc.array(fc.tuple(line, fc.constantFrom("\n", "\n\n")), { minLength: 1, maxLength: 3 }).map((ls) => ls.map(([l, s], i) => (i === ls.length - 1 ? l : l + s)).join(""));

const oneLine = line.map((t) => t.replace(/\t/g, " ").trim()).filter((t) => t !== "");

describe("markdown read back by a GFM renderer", () => {
  it("a list item of prose renders as the prose", () => {
    fc.assert(
      fc.property(prose, (text) => {
        const html = render(`- ${escapeText(text, "  ")}\n`);
        expect(html).not.toMatch(MADE_UP);
        expect(seen(html)).toBe(normal(text));
      }),
      { numRuns: 400 },
    );
  });

  it("a heading renders as its title", () => {
    fc.assert(
      fc.property(oneLine, (title) => {
        const html = render(`## ${escapeLine(title)}\n`);
        expect(html.replace(/^<h2>/, "")).not.toMatch(MADE_UP);
        expect(seen(html)).toBe(normal(title));
      }),
      { numRuns: 300 },
    );
  });

  it("table cells keep their columns and their text", () => {
    fc.assert(
      fc.property(fc.array(prose, { minLength: 1, maxLength: 3 }), (cells) => {
        const html = render(table(cells.map((_, i) => `c${i}`), [cells.map(escapeCell)]).join("\n") + "\n");
        const body = html.slice(html.indexOf("<tbody>"));
        const found = [...body.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
        expect(found.length).toBe(cells.length);
        found.forEach((cell, i) => {
          expect(cell).not.toMatch(MADE_UP);
          expect(seen(cell)).toBe(normal(cells[i]!));
        });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a bare URL clickable and free of backslashes", () => {
    expect(render(escapeLine("see https://example.com/a_b_c."))).toBe('<p>see <a href="https://example.com/a_b_c">https://example.com/a_b_c</a>.</p>');
    expect(seen(render(escapeLine("<http://example.com/>")))).toBe("<http://example.com/>");
    expect(render(`- ${escapeText("one\n\n\tindented", "  ")}\n`)).not.toContain("<pre>");
    const cell = render(table(["a"], [[escapeCell("see https://example.com/a_b|c\nwww.example.com/__init__")]]).join("\n"));
    expect(cell.slice(cell.indexOf("<tbody>"))).not.toMatch(MADE_UP);
    expect(seen(cell.slice(cell.indexOf("<tbody>")))).toBe("see https://example.com/a_b|c www.example.com/__init__");
  });

  it("keeps the words a diff strikes or adds whole when they end in a URL followed by ~ or *", async () => {
    const file = ladderFile("x", "y", "https://example.com/a_b_c~~\n!", "!");
    const diffed = seen(renderPage((await runCli(["--data", file, "diff", "a", "b", "--format", "md"])).stdout));
    expect(diffed).toContain("https://example.com/a_b_c~~ ! (dropped)");
    const bold = ladderFile("x", "y", "ship", "word https://example.com/a_b_c* ship");
    expect(seen(renderPage((await runCli(["--data", bold, "diff", "a", "b", "--format", "md"])).stdout))).toContain("https://example.com/a_b_c* ship");
  });
});

/** A two-level ladder holding the given texts where commands print them. */
function ladderFile(title: string, fact: string, first: string, second: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ladder-gfm-"));
  const file = path.join(dir, "ladder.yaml");
  const level = (id: string, expectation: string) => ({ id, title: `${id} ${title}`, facts: { Scope: fact }, expectations: { craft: [expectation] } });
  writeFileSync(file, stringify({ version: 1, title: "Ladder", sections: [{ id: "craft", title: "Craft" }], levels: [level("a", first), level("b", second)] }));
  return file;
}

describe("commands' markdown read back by a GFM renderer", () => {
  it("show, diff and export render every text as written", async () => {
    await fc.assert(
      fc.asyncProperty(oneLine, oneLine, prose, prose, async (title, fact, first, second) => {
        const file = ladderFile(title, fact, first, second);
        const show = await runCli(["--data", file, "show", "a", "--format", "md"]);
        expect(show.code).toBe(0);
        const shown = renderPage(show.stdout);
        expect(shown).not.toMatch(/<(pre|code|em|del|blockquote|hr|img|math)\b/);
        expect([...shown.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => seen(m[1]!))).toContain(normal(first));
        expect(seen(shown)).toContain(normal(`a ${title}`));
        expect(seen(shown)).toContain(normal(fact));

        // A changed item marks words with ~~ and **: its rendered text holds both texts' words.
        const diff = await runCli(["--data", file, "diff", "a", "b", "--format", "md"]);
        expect(diff.code).toBe(0);
        const diffed = renderPage(diff.stdout);
        expect(diffed).not.toMatch(/<(pre|code|blockquote|hr|img|math)\b/);
        if (normal(first) !== normal(second)) for (const word of normal(`${first} ${second}`).split(" ")) expect(seen(diffed)).toContain(word);

        const exported = await runCli(["--data", file, "export", "--format", "md"]);
        expect(exported.code).toBe(0);
        const html = renderPage(exported.stdout);
        expect(html).not.toMatch(/<(pre|code|blockquote|hr|img|math)\b/);
        const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => seen(m[1]!));
        expect(cells).toContain(normal(`a ${title}`));
        expect(cells).toContain(normal(fact));
        for (const row of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
          const widths = [...row[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => (r[1]!.match(/<t[hd]>/g) ?? []).length);
          expect(new Set(widths).size).toBe(1);
        }
        expect(seen(html)).toContain(normal(first));
      }),
      { numRuns: 60 },
    );
  });

  it("keeps a removed or added item whole when a link in it ends in ~ or *", async () => {
    // Found by the property above: GitHub leaves trailing ~ and * out of a bare link, so raw they closed diff's ~~ and **.
    const removed = "https://example.com/a_b_c~~ https://example.com/a_b_c word";
    const added = "see https://example.com/x** now";
    // Each against an unrelated text, so that it is removed (or added), not paired.
    const items = async (first: string, second: string) => {
      const diff = await runCli(["--data", ladderFile("x", "word", first, second), "diff", "a", "b", "--format", "md"]);
      return [...renderPage(diff.stdout).matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    };
    const struck = (await items(removed, "Ships")).find((i) => seen(i).includes("a_b_c word"))!;
    expect(seen(struck)).toBe(`${removed} (dropped)`);
    expect(struck).toMatch(/^<del>[\s\S]*<\/del> <em>\(dropped\)<\/em>$/);
    expect(struck.match(/<del>/g)).toHaveLength(1);
    expect(struck).toContain('<a href="https://example.com/a_b_c">https://example.com/a_b_c</a>~~');
    const bold = (await items("Ships", added)).find((i) => seen(i).includes("now (new)"))!;
    expect(seen(bold)).toBe(`${added} (new)`);
    expect(bold).toMatch(/^<strong>[\s\S]*<\/strong> <em>\(new\)<\/em>$/);
  });
});
