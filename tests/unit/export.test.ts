import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveOutput } from "../../src/cli/io.js";
import { EXPORT_FORMATS } from "../../src/cli/program.js";
import { loadLadderText } from "../../src/core/load/index.js";
import type { Ladder } from "../../src/core/types.js";
import { csvField, ladderCsv } from "../../src/render/views/export/csv.js";
import { escapeHtml, ladderHtml } from "../../src/render/views/export/html.js";
import { ladderJson } from "../../src/render/views/export/json.js";
import { ladderMarkdown } from "../../src/render/views/export/markdown.js";
import { escapeText } from "../../src/render/markdown/escape.js";
import { fixture, repoRoot, runCli } from "../helpers.js";
import { loadProseReader } from "../../src/render/prose.js";

// These render prose directly, as a command does once its ladder is ready (src/cli/ladder-source.ts).
beforeAll(loadProseReader);

const builtin = loadLadderText(readFileSync(path.join(repoRoot, "data", "ladder.yaml"), "utf-8"), "data/ladder.yaml");
const acmeFile = fixture("acme.yaml");
const acme = loadLadderText(readFileSync(acmeFile, "utf-8"), acmeFile);
const ladders: [string, Ladder][] = [
  ["the built-in ladder", builtin],
  ["a multi-track ladder", acme],
];
const expectations = (l: Ladder) => l.levels.flatMap((level) => l.sections.flatMap((s) => (level.expectations[s.id] ?? []).map(({ text }) => ({ level, section: s, text }))));

/** A strict RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === "") (quoted = true), i++;
    else if (c === ",") row.push(field), (field = ""), i++;
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), (i += 2);
    else if (c === "\n" || c === "\r" || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (field += c), i++;
  }
  if (field !== "" || row.length > 0) throw new Error("last record not ended by CRLF");
  return rows;
}

/** A ladder whose text tries every trick: markup, quotes, separators, line breaks, control characters. */
const hostile: Ladder = {
  ...acme,
  title: `<script>alert("x")</script> & 'co'`,
  description: "First <b>para</b>.\n\nSecond & last.",
  responsibilities: ["Say \"hi\", then 'bye'", "Tab\there"],
  levels: acme.levels.map((l, i) =>
    i === 0
      ? {
          ...l,
          title: `Eng <I> "one"`,
          facts: [{ label: "2024", value: "first" }, ...l.facts],
          expectations: { craft: ['Comma, "quote" and\nnew line', "Control \u001b[31mred\u001b[0m", "</td></tr></table><img src=x onerror=alert(1)>"].map((text) => ({ text, examples: [], links: [] })) },
        }
      : l,
  ),
};

describe("csv", () => {
  for (const [name, ladder] of ladders) {
    it(`has one row per expectation, in ladder order, for ${name}`, () => {
      const rows = parseCsv(ladderCsv(ladder));
      expect(rows[0]).toEqual(["level_id", "level", "rank", "track_id", "track", "section_id", "section", "text", "rating_id", "rating", "rating_rank", "examples", "links"]);
      const want = expectations(ladder).map(({ level, section, text }) => [
        level.id,
        level.title,
        "",
        level.tracks[0] ?? "",
        ladder.tracks.find((t) => t.id === level.tracks[0])?.title ?? "",
        section.id,
        section.title,
        text,
        "",
        "",
        "",
        "",
        "",
      ]);
      expect(rows.slice(1)).toEqual(want);
    });
  }

  it("has 125 rows of expectations for the built-in ladder", () => {
    expect(ladderCsv(builtin).split("\r\n").length).toBe(1 + 125 + 1);
  });

  it("quotes what RFC 4180 says to quote and keeps the text exact", () => {
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    const rows = parseCsv(ladderCsv(hostile));
    expect(rows[1]![7]).toBe('Comma, "quote" and\nnew line');
    expect(rows[1]![1]).toBe('Eng <I> "one"');
  });

  it("is plain UTF-8 without a byte-order mark", () => {
    const csv = ladderCsv(acme);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).toContain("技術的な方向性を示す 🚀");
  });
});

describe("json", () => {
  for (const [name, ladder] of ladders) {
    it(`is the ladder file format and loads back to the same ladder, for ${name}`, () => {
      const json = ladderJson(ladder);
      expect(loadLadderText(json, "export.json")).toEqual(ladder);
      const doc = JSON.parse(json);
      expect(doc.version).toBe(1);
      // The format's keys in its order, then the file's own `x-` keys, written back.
      expect(Object.keys(doc).filter((k) => !k.startsWith("x-"))).toEqual(
        ["version", "title", "description", "responsibilities", "notes", "tracks", "sections", "levels", "growth_areas", "roles", "transitions"].filter(
          (k) => k !== "tracks" || ladder.tracks.length > 0,
        ),
      );
    });
  }

  it("keeps fact order even for labels that look like numbers", () => {
    // A plain object would move "2024" to the front.
    const ladder: Ladder = { ...acme, levels: acme.levels.map((l, i) => (i === 0 ? { ...l, facts: [...l.facts, { label: "2024", value: "last" }] } : l)) };
    const json = ladderJson(ladder);
    expect(json.indexOf('"Scope": "1 team"')).toBeLessThan(json.indexOf('"2024": "last"'));
    expect(JSON.parse(json).levels[0].facts).toEqual({ Scope: "1 team", "Typical experience": "0-2 years", 2024: "last" });
  });
});

describe("markdown", () => {
  for (const [name, ladder] of ladders) {
    it(`holds every text of ${name}, escaped, in order`, () => {
      const md = ladderMarkdown(ladder);
      expect(md.startsWith(`# ${ladder.title}\n`)).toBe(true);
      let at = 0;
      for (const { text } of expectations(ladder)) {
        const next = md.indexOf(`- ${escapeText(text, "  ")}\n`, at);
        expect(next, text).toBeGreaterThanOrEqual(at);
        at = next;
      }
      for (const t of ladder.transitions) expect(md).toContain(`### ${t.title}`);
      for (const r of ladder.responsibilities) expect(md).toContain(`- ${escapeText(r)}`);
      for (const n of ladder.notes) expect(md).toContain(`## ${n.title}`);
    });
  }

  it("writes a shared growth-area entry once, naming its levels", () => {
    const md = ladderMarkdown(builtin);
    expect(md).toContain("| VP of Engineering, CTO | Builds leadership teams and succession planning for the organization |");
    expect(md.split("Builds leadership teams and succession planning").length).toBe(2);
    expect(ladderMarkdown(acme)).toContain("| Software Engineer II | — |");
  });

  it("escapes markdown and drops control characters", () => {
    const md = ladderMarkdown(hostile);
    expect(md).not.toContain("\u001b");
    expect(md).toContain("\\<script>");
    expect(md).toContain('- Comma, "quote" and\n  new line'); // the second line stays in its list item
    expect(md).toContain("- \\</td>\\</tr>\\</table>\\<img src=x onerror=alert(1)>");
  });
});

describe("html", () => {
  for (const [name, ladder] of ladders) {
    it(`is one standalone page with every text of ${name}`, () => {
      const html = ladderHtml(ladder, { generator: "ladder test" });
      expect(html.startsWith("<!doctype html>\n<html>\n<head>\n<meta charset=\"utf-8\">")).toBe(true);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|https?:/i);
      expect(html).toContain("@media print");
      expect(html).toContain("@page");
      for (const { text } of expectations(ladder)) expect(html).toContain(`<li>${escapeHtml(text)}</li>`);
      for (const area of ladder.growthAreas) for (const e of area.byLevel) expect(html).toContain(escapeHtml(e.text));
      for (const t of ladder.transitions) expect(html).toContain(`<h3>${escapeHtml(t.title)}</h3>`);
      for (const r of ladder.responsibilities) expect(html).toContain(`<li>${escapeHtml(r)}</li>`);
    });
  }

  it("has a matrix of levels by sections, one per track", () => {
    const html = ladderHtml(acme);
    expect(html).toContain("<h3>Engineering track</h3>");
    expect(html).toContain("<h3>Management track</h3>");
    // Engineering: three level columns; management: two.
    expect(html).toContain('style="--cols: 3"');
    expect(html).toContain('style="--cols: 2"');
    expect(html).toContain('<td class="empty">No expectations at this level</td>');
  });

  it("spans a growth-area entry shared by neighbouring levels", () => {
    const html = ladderHtml(builtin);
    expect(html).toContain('<td colspan="2" class="span">Builds leadership teams and succession planning for the organization<span class="shared">Shared by 2 levels</span></td>');
  });

  it("escapes every special character and drops control characters", () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>\u001b[1m`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;[1m");
    const html = ladderHtml(hostile);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("\u001b");
    expect(html).toContain("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</title>");
    expect(html).toContain("<li>Comma, &quot;quote&quot; and<br>new line</li>");
    expect(html).toContain("<p>First &lt;b&gt;para&lt;/b&gt;.</p>\n<p>Second &amp; last.</p>");
  });
});

describe("export format", () => {
  const exportFormat = (format: string | undefined, json: boolean | undefined, file: string | undefined) =>
    resolveOutput({ format, json }, { stdout: { write: () => true, isTTY: true }, stderr: { write: () => true }, stdin: {}, env: {} }, {
      command: "export",
      readsLadder: true,
      choices: EXPORT_FORMATS,
      ...(file === undefined ? {} : { file }),
    }).format;

  it("takes --format, else --json, else the --out extension, else markdown (on a terminal too)", () => {
    expect(exportFormat(undefined, undefined, undefined)).toBe("markdown");
    expect(exportFormat("HTML", undefined, "x.csv")).toBe("html");
    expect(exportFormat("md", undefined, undefined)).toBe("markdown");
    expect(exportFormat(undefined, true, "x.csv")).toBe("json");
    expect(exportFormat(undefined, undefined, "out/Ladder.HTM")).toBe("html");
    expect(exportFormat(undefined, undefined, "ladder.csv")).toBe("csv");
    expect(() => exportFormat(undefined, undefined, "ladder.txt")).toThrow(/cannot tell the format of ladder\.txt from its name/);
    expect(() => exportFormat(undefined, undefined, "acme.yaml")).toThrow(/cannot tell the format of acme\.yaml from its name/);
    expect(() => exportFormat("text", undefined, undefined)).toThrow(/export has no text format/);
    expect(() => exportFormat("pdf", undefined, undefined)).toThrow(/unknown format "pdf"/);
    expect(() => exportFormat("toString", undefined, undefined)).toThrow(/unknown format/);
    expect(() => exportFormat("csv", true, undefined)).toThrow(/--json conflicts/);
  });
});

describe("ladder export (in-process)", () => {
  const tmp = () => mkdtempSync(path.join(tmpdir(), "ladder-export-"));

  it("prints markdown by default", async () => {
    const { code, stdout, stderr } = await runCli(["export"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    // Printed markdown ends with a blank line, to keep apart from what is appended after it.
    expect(stdout).toBe(`${ladderMarkdown(builtin)}\n`);
  });

  it("prints each format on request", async () => {
    expect((await runCli(["export", "--format", "csv"])).stdout).toBe(ladderCsv(builtin));
    expect((await runCli(["export", "--json"])).stdout).toBe(ladderJson(builtin));
    expect((await runCli(["-f", "html", "export"])).stdout).toContain("<!doctype html>");
    expect((await runCli(["--data", acmeFile, "export", "-f", "json"])).stdout).toBe(ladderJson(acme));
  });

  it("writes --out, replacing a file only with --force, prints nothing on stdout and one line on stderr", async () => {
    const dir = tmp();
    const file = path.join(dir, "ladder.html");
    writeFileSync(file, "old");
    const refused = await runCli(["export", "--out", file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`ladder: ${file} already exists\nhint: use \`ladder export --out ${file} --force\` to replace it, or name another file\n`);
    expect(readFileSync(file, "utf-8")).toBe("old");
    const { code, stdout, stderr } = await runCli(["export", "--out", file, "--force"]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(new RegExp(`^Wrote ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(html, [\\d.]+ KiB\\)\\n$`));
    expect(readFileSync(file, "utf-8")).toContain("<!doctype html>");
    const csv = path.join(dir, "ladder.csv");
    await runCli(["--data", acmeFile, "export", "-o", csv]);
    expect(readFileSync(csv, "utf-8")).toBe(ladderCsv(acme));
  });

  it("treats --out - as standard output", async () => {
    expect((await runCli(["export", "--out", "-", "-f", "csv"])).stdout).toBe(ladderCsv(builtin));
  });

  it("rejects formats export does not have: exit 2", async () => {
    const text = await runCli(["export", "--format", "text"]);
    expect(text.code).toBe(2);
    expect(text.stderr).toBe("ladder: export has no text format\nhint: use one of: markdown (md), html, json, csv\n");
    const pdf = await runCli(["export", "-f", "pdf"]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/^ladder: unknown format "pdf"\n/);
  });

  it("reports a file it cannot write: exit 1, nothing written", async () => {
    const dir = tmp();
    const missing = path.join(dir, "no", "such", "dir", "ladder.md");
    const result = await runCli(["export", "--out", missing]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^ladder: cannot write .*ladder\.md: /);
    expect(existsSync(missing)).toBe(false);
    const isDir = await runCli(["export", "--out", dir]);
    expect(isDir.code).toBe(1);
    expect(isDir.stderr).toBe(`ladder: cannot write ${dir}: it is a directory\nhint: name a file inside it\n`);
    expect(readdirSync(dir)).toEqual([]); // no temporary file left behind
  });

  it("never writes over the ladder being read, whatever its extension, even with --force", async () => {
    const dir = tmp();
    const ladder = path.join(dir, "acme.yaml");
    const original = readFileSync(acmeFile, "utf-8");
    writeFileSync(ladder, original);
    symlinkSync(ladder, path.join(dir, "link.md"));
    for (const out of [ladder, path.join(dir, "link.md"), path.join(dir, ".", "acme.yaml")]) {
      const result = await runCli(["--data", ladder, "export", "--format", "md", "--out", out, "--force"]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(`ladder: refusing to write over ${out}: it is the ladder being read\nhint: name another output file\n`);
    }
    expect(readFileSync(ladder, "utf-8")).toBe(original);
  });
});
