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
import { SITE_MARKER } from "../../src/cli/commands/site.js";
import { buildSite } from "../../src/site/index.js";
import { href } from "../../src/site/layout.js";
import { SCRIPT } from "../../src/site/script.js";
import { fixture, repoRoot, runCli } from "../helpers.js";

const builtinFile = path.join(repoRoot, "data", "ladder.yaml");
const acmeFile = fixture("acme.yaml");
const load = (file: string) => loadLadderText(readFileSync(file, "utf-8"), file);
const ladders: [string, Ladder, string][] = [
  ["the built-in ladder", load(builtinFile), builtinFile],
  ["a two-track ladder", load(acmeFile), acmeFile],
];
const OPTIONS = { generator: "ladder test", fingerprint: fingerprintOf("test") };

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
          const item = new RegExp(`<li id="${id}"><span class="text">([^<]*)</span> <a class="permalink" href="#${id}"`).exec(html);
          expect(item, `${level.id} ${id}`).not.toBeNull();
          expect(unescape(item![1]!)).toBe(text);
        });
      }
    }
  });

  it("links only to pages and anchors that exist, search results included", () => {
    const missing: string[] = [];
    const check = (from: string, target: string) => {
      if (target.startsWith("data:")) return;
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
          const marked = [...body.matchAll(/<li class="(changed|added|removed)"><span class="tag">[^<]*<\/span> <span class="text">(.*?)<\/span><\/li>/g)].map((m) => ({ kind: m[1]!, html: m[2]! }));
          const same = [...body.matchAll(/<li class="text">([^<]*)<\/li>/g)].map((m) => unescape(m[1]!));
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
      expect(html, name).not.toMatch(/\s(src|href|action)="(https?:)?\/\//);
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
    expect(kinds.size).toBeGreaterThanOrEqual(9);
    for (const name of kinds.values()) {
      const html = files.get(name)!;
      const report = validator.validateStringSync(html, name);
      for (const result of report.results) for (const m of result.messages) problems.push(`${name}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  }, 30_000); // html-validate takes a second or more to set itself up
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
    const data = JSON.parse(/<script type="application\/json" id="picker-data">(.*?)<\/script>/s.exec(picker)![1]!) as { pages: string[] };
    expect([...data.pages].sort()).toEqual(pages);
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
});

describe("the site's safety", () => {
  const hostile = load(builtinFile);
  const evil = `</script><script>alert(1)</script><img src=x onerror="alert(2)"> & 'quotes' "double"`;
  hostile.title = evil;
  hostile.levels[0]!.expectations[hostile.sections[0]!.id]![0] = { text: evil, examples: [], links: [] };
  hostile.growthAreas[0]!.byLevel[0]!.text = evil;
  const files = buildSite(hostile, OPTIONS);

  it("escapes ladder text everywhere, in pages and in the data the script reads", () => {
    for (const [name, html] of files) {
      expect(html, name).not.toContain("<script>alert");
      expect(html, name).not.toContain("<img");
      // The only </script> tags close our own elements.
      expect((html.match(/<\/script>/g) ?? []).length, name).toBe((html.match(/<script[ >]/g) ?? []).length);
    }
    const page = files.get(href.level(hostile.levels[0]!.id))!;
    expect(page).toContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &amp; &#39;quotes&#39;");
    const data = /<script type="application\/json" id="search-index">(.*?)<\/script>/s.exec(files.get(href.search)!)![1]!;
    expect(JSON.parse(data).some((item: { text: string }) => item.text === evil)).toBe(true);
  });

  it("ships a script the browser can parse", () => {
    expect(() => new Script(SCRIPT, { filename: "site.js" })).not.toThrow();
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

  it("writes nothing for an invalid ladder", async () => {
    const dir = temp();
    const out = path.join(dir, "site");
    const result = await runCli(["--data", fixture("broken-basic.yaml"), "site", "--out", out]);
    expect(result.code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});
