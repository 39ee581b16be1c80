// `ladder site` as a person uses it: the built binary writes the site, and a
// real headless browser (Debian's chromium, driven by puppeteer-core) opens it
// from file://, for the built-in ladder and a two-track ladder: every page
// reached by following links, the comparison picker, search from the box and
// from ?q= (held to `ladder search --json` on the same ladder, a Spanish one
// too), a whole self-assessment exported (and downloaded) and imported
// again, and axe-core's WCAG A/AA check of every page template in the light
// and the dark theme. Company fixtures add the rank grid, titles shared
// across tracks, and rated expectations with examples and links. Run `npm run build` first (npm test does).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { AssessmentRecordSchema, fingerprintOf } from "../../src/core/record.js";
import { recordStem } from "../../src/core/slug.js";
import { fixture, repoRoot, runBin } from "../helpers.js";

/** Debian's chromium; the tests fail (not skip) without it: CI installs it (.ci/run). */
function chromiumPath(): string {
  const found = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf-8" }).stdout.trim();
  if (found === "") throw new Error("chromium is not installed: the site's browser tests need it (Debian: apt-get install chromium)");
  return found;
}

const AXE = readFileSync(path.join(repoRoot, "node_modules", "axe-core", "axe.min.js"), "utf-8");
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const acmeFile = fixture("acme.yaml");
const forkFile = fixture(path.join("company", "fork.yaml"));
const fiveFile = fixture(path.join("company", "five-tracks.yaml"));
const richFile = fixture(path.join("company", "rich-expectations.yaml"));
const spanishFile = fixture("spanish.yaml");
const builtinFile = path.join(repoRoot, "data", "ladder.yaml");
const work = mkdtempSync(path.join(tmpdir(), "ladder-site-e2e-"));

function buildSite(name: string, args: string[]): string {
  const out = path.join(work, name);
  const result = runBin([...args, "site", "--out", out]);
  if (result.code !== 0) throw new Error(`ladder site failed: ${result.stderr}`);
  return out;
}

let browser: Browser;
let builtinSite: string;
let acmeSite: string;
/** A ranked ladder that forks into two tracks; five tracks that share level titles; rated expectations with examples and links. */
let forkSite: string;
let fiveSite: string;
let richSite: string;
/** Accented words, for search. */
let spanishSite: string;

beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--headless=new"] });
  builtinSite = buildSite("builtin", []);
  acmeSite = buildSite("acme", ["--data", acmeFile]);
  forkSite = buildSite("fork", ["--data", forkFile]);
  fiveSite = buildSite("five", ["--data", fiveFile]);
  richSite = buildSite("rich", ["--data", richFile]);
  spanishSite = buildSite("spanish", ["--data", spanishFile]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** A page of a site as a file: URL; `page` may carry a query (search.html?q=...). */
const url = (site: string, page: string) => `${pathToFileURL(site).href}/${page}`;

/** A fresh tab that records script errors and Content-Security-Policy complaints, which fail the test. */
async function openTab(context = browser.defaultBrowserContext()): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`script error: ${(error as Error).message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  return { page, problems };
}

/** An expression evaluated in the page (a string: the tests are typed without the DOM's types). */
const inPage = <T = unknown>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((el) => (el.textContent ?? "").trim()));

describe("the site in a browser", () => {
  it("reaches every page by following links from the index, and every link's anchor exists", async () => {
    // The two sites in two tabs at once.
    const crawl = async (site: string) => {
      const { page, problems } = await openTab();
      const seen = new Set<string>();
      const ids = new Map<string, Set<string>>();
      const targets = new Set<string>();
      const queue = ["index.html"];
      while (queue.length > 0) {
        const name = queue.shift()!;
        if (seen.has(name)) continue;
        seen.add(name);
        await page.goto(url(site, name), { waitUntil: "domcontentloaded" });
        // One round trip per page: the links (resolved), the ids, the headings.
        const { links, here, h1 } = await inPage<{ links: string[]; here: string[]; h1: number }>(
          page,
          `({ links: [...document.querySelectorAll("a[href]")].map((a) => a.href), here: [...document.querySelectorAll("[id]")].map((el) => el.id), h1: document.querySelectorAll("h1").length })`,
        );
        expect(h1, name).toBe(1);
        ids.set(name, new Set(here));
        for (const link of links) {
          if (!link.startsWith("file:")) continue;
          const target = new URL(link);
          const file = path.basename(target.pathname);
          if (target.hash) targets.add(`${file}${target.hash}`);
          if (!seen.has(file)) queue.push(file);
        }
      }
      const pages = readdirSync(site).filter((f) => f.endsWith(".html"));
      expect([...seen].sort()).toEqual(pages.sort());
      const missing = [...targets].filter((target) => {
        const [file, hash] = target.split("#") as [string, string];
        return !ids.get(file)?.has(decodeURIComponent(hash));
      });
      expect(missing).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    };
    await Promise.all([crawl(builtinSite), crawl(acmeSite), crawl(forkSite), crawl(richSite)]);
  }, 60_000);

  it("moves from a level to its next step and back by keyboard and by the header", async () => {
    const { page, problems } = await openTab();
    await page.goto(url(builtinSite, "index.html"));
    await Promise.all([page.waitForNavigation(), page.click("a[href='level-em.html']")]);
    expect(await texts(page, "h1")).toEqual(["Engineering Manager"]);
    // Skip link: the first Tab stop, and Enter takes focus to the main content.
    await page.keyboard.press("Tab");
    expect(await inPage(page, "document.activeElement?.textContent")).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await inPage(page, "document.activeElement?.id")).toBe("main");
    await Promise.all([page.waitForNavigation(), page.click("a[href='compare-em--senior-em.html']")]);
    expect(await texts(page, "h1")).toEqual(["From Engineering Manager to Senior Engineering Manager"]);
    expect(await texts(page, "#summary ~ * tbody th, #summary + p")).not.toEqual([]);
    await Promise.all([page.waitForNavigation(), page.click("header nav a[href='about.html']")]);
    expect(await page.title()).toContain("About");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens the comparison of any two levels from the picker, in ladder order, across tracks too", async () => {
    for (const [site, from, to, title] of [
      [builtinSite, "cto", "em", "From Engineering Manager to CTO"],
      [acmeSite, "e2", "m2", "From Software Engineer II to Senior Engineering Manager"],
    ] as const) {
      const { page, problems } = await openTab();
      await page.goto(url(site, "compare.html"));
      await page.select("#picker-from", from);
      await page.select("#picker-to", to);
      await Promise.all([page.waitForNavigation(), page.click("#picker button[type=submit]")]);
      expect(await texts(page, "h1")).toEqual([title]);
      expect(problems).toEqual([]);
      await page.close();
    }
    const { page, problems } = await openTab();
    await page.goto(url(acmeSite, "compare.html"));
    await page.select("#picker-from", "m1");
    await page.select("#picker-to", "m1");
    await page.click("#picker button[type=submit]");
    expect(await texts(page, "#picker-message")).toEqual(["Choose two different levels."]);
    expect(page.url()).toBe(url(acmeSite, "compare.html"));

    // A ladder too large for a page per pair: the picker opens the near ones and names the command for the rest.
    const words = ["plans", "roadmaps", "leads", "teams", "budgets", "hiring", "systems", "strategy", "reviews", "partners"];
    const sections = ["a", "b", "c"];
    const large = path.join(work, "large.yaml");
    writeFileSync(
      large,
      stringify({
        title: "Large",
        sections: sections.map((id) => ({ id, title: `Section ${id}` })),
        levels: Array.from({ length: 20 }, (_, l) => ({
          id: `l${l}`,
          title: `Level ${l}`,
          expectations: Object.fromEntries(sections.map((s) => [s, Array.from({ length: 40 }, (_, e) => `${words[(e + l) % 10]} ${words[(e * 3) % 10]} item ${e} at ${l}`)])),
        })),
      }),
    );
    const largeSite = buildSite("large", ["--data", large]);
    await page.goto(url(largeSite, "compare.html"));
    await page.select("#picker-from", "l5");
    await page.select("#picker-to", "l3");
    await Promise.all([page.waitForNavigation(), page.click("#picker button[type=submit]")]);
    expect(page.url()).toBe(url(largeSite, "compare-l3--l5.html"));
    await page.goto(url(largeSite, "compare.html"));
    await page.select("#picker-from", "l0");
    await page.select("#picker-to", "l19");
    await page.click("#picker button[type=submit]");
    expect(await texts(page, "#picker-message")).toEqual([
      "This site has no page comparing levels this far apart (the ladder is large); on the command line: ladder diff l0 l19",
    ]);
    expect(page.url()).toBe(url(largeSite, "compare.html"));
    expect(problems).toEqual([]);
    await page.close();
  });

  it("finds what `ladder search` finds, in its order, with the same words marked, from ?q=", async () => {
    const { page, problems } = await openTab();
    // Each found by ladder search's rules beyond a plain substring: accents folded, inflections folded, words in any order.
    const found: [string, string[], string][] = [
      [builtinSite, [], "Budget"],
      [builtinSite, [], "team"],
      [acmeSite, ["--data", acmeFile], "staff"],
      [spanishSite, ["--data", spanishFile], "gestion"],
      [spanishSite, ["--data", spanishFile], "tecnica revision"],
      [builtinSite, [], "hire"],
      [builtinSite, [], "decisions hiring"],
      [acmeSite, ["--data", acmeFile], "roadmap team"],
    ];
    // Misses: a word the ladder lacks, and one word of two.
    const missed: [string, string[], string][] = [
      [acmeSite, ["--data", acmeFile], "zzzz-nothing"],
      [builtinSite, [], "hire zeppelin"],
      [spanishSite, ["--data", spanishFile], "gestion kubernetes"],
    ];
    const beyondSubstring = new Set<string>();
    for (const [site, data, query] of [...found, ...missed]) {
      const cli = JSON.parse(runBin([...data, "search", query, "--json"]).stdout) as {
        hits: { location: string; title: string | null; text: string; matches: { field: "title" | "text"; start: number; end: number }[] }[];
      };
      const expected = cli.hits.map((h) => ({
        where: h.location,
        text: h.text.trim(),
        marks: h.matches.map((m) => (m.field === "title" ? h.title! : h.text).slice(m.start, m.end)),
      }));
      await page.goto(url(site, `search.html?q=${encodeURIComponent(query)}`));
      const shown = await inPage<typeof expected>(
        page,
        `[...document.querySelectorAll("#search-results li")].map((li) => ({ where: li.querySelector(".where").textContent, text: li.querySelector(".text").textContent.trim(), marks: [...li.querySelectorAll("mark")].map((m) => m.textContent) }))`,
      );
      expect(shown, query).toEqual(expected);
      const isMiss = missed.some(([, , q]) => q === query);
      expect(cli.hits.length === 0, query).toBe(isMiss);
      expect(await texts(page, "#search-status"), query).toEqual([
        isMiss ? `Nothing contains “${query}”.` : `Found “${query}” in ${cli.hits.length} place${cli.hits.length === 1 ? "" : "s"}.`,
      ]);
      if (cli.hits.some((h) => !`${h.title ?? ""} ${h.text}`.toLowerCase().includes(query.toLowerCase()))) beyondSubstring.add(query);
    }
    // The queries that show the rules are found where the text does not hold them as typed.
    expect([...beyondSubstring].sort()).toEqual(["decisions hiring", "gestion", "hire", "roadmap team", "tecnica revision"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("searches from the header box, and leads from a result to its expectation", async () => {
    const { page, problems } = await openTab();
    // From the box in the header of a level page: type, Enter, and the results page opens with its own link.
    await page.goto(url(builtinSite, "level-director.html"));
    await page.keyboard.press("/");
    await page.keyboard.type("roadmap");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(page.url()).toBe(url(builtinSite, "search.html?q=roadmap"));
    const marks = await texts(page, "#search-results mark");
    expect(marks.length).toBeGreaterThan(0);
    // "roadmap" and the words it starts ("roadmaps").
    expect(marks.every((m) => m.toLowerCase().startsWith("roadmap"))).toBe(true);
    // A result leads to the expectation's permalink.
    await Promise.all([page.waitForNavigation(), page.click("#search-results li:first-child a")]);
    const target = await inPage<string>(page, 'document.querySelector(":target")?.textContent ?? ""');
    expect(target.toLowerCase()).toContain("roadmap");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("keeps a whole self-assessment in the browser, exports it as a valid record, and imports it again", async () => {
    const downloads = mkdtempSync(path.join(work, "downloads-"));
    const context = await browser.createBrowserContext({ downloadBehavior: { policy: "allow", downloadPath: downloads } });
    const { page, problems } = await openTab(context);
    await page.goto(url(acmeSite, "assess-m1.html"));
    const questions = await page.$$eval("fieldset.question", (fs) => fs.map((f) => f.id));
    expect(questions.length).toBeGreaterThanOrEqual(3);
    const ratings = ["consistently", "sometimes", "not-yet"];
    for (const [i, id] of questions.entries()) await page.click(`#${id} input[value="${ratings[i % 3]}"]`);
    await page.type(`#${questions[0]}-note`, "Ran the planning offsite <twice> & wrote it up");
    await page.type(`#${questions[1]}-links`, "https://wiki.example/offsite\n  \nhttps://wiki.example/plan ");
    await page.type("#assess-for", "Zoë Rivera");
    expect(await texts(page, "#assess-summary")).toEqual([
      `${questions.length} of ${questions.length} answered: ${Math.ceil(questions.length / 3)} consistently, ${Math.ceil((questions.length - 1) / 3)} sometimes, ${Math.ceil((questions.length - 2) / 3)} not yet.`,
    ]);

    // Kept across a reload (localStorage).
    await page.reload();
    expect(await inPage(page, `document.querySelector('#${questions[1]} input[value="sometimes"]').checked`)).toBe(true);
    expect(await inPage(page, `document.getElementById("${questions[0]}-note").value`)).toBe("Ran the planning offsite <twice> & wrote it up");

    // The export: a data: link whose JSON is a record by the schema of src/core/record.ts.
    const link = await page.$eval("#assess-export", (a) => ({ href: String(a.getAttribute("href")), name: a.getAttribute("download") }));
    expect(link.href.startsWith("data:application/json;charset=utf-8,")).toBe(true);
    const record = AssessmentRecordSchema.parse(JSON.parse(decodeURIComponent(link.href.slice(link.href.indexOf(",") + 1))));
    const acme = JSON.parse(runBin(["--data", acmeFile, "show", "m1", "--json"]).stdout) as { sections: { id: string; expectations: string[] }[] };
    expect(record.ladder).toEqual({ title: "Acme Engineering Ladder", fingerprint: fingerprintOf(readFileSync(acmeFile)) });
    expect(record.level.id).toBe("m1");
    expect(record.for).toBe("Zoë Rivera");
    expect(record.answers.map((a) => a.expectation)).toEqual(acme.sections.flatMap((s) => s.expectations));
    expect(record.answers.map((a) => a.answer)).toEqual(questions.map((_, i) => ratings[i % 3]));
    expect(record.answers[0]!.note).toBe("Ran the planning offsite <twice> & wrote it up");
    expect(record.answers[1]!.links).toEqual(["https://wiki.example/offsite", "https://wiki.example/plan"]);
    expect(record.answers.filter((a) => a.note !== undefined || a.links !== undefined)).toHaveLength(2);
    // Named as `ladder assess` names a record (recordStem), so the two kinds sort together by date.
    expect(link.name).toBe(`assessment-${record.date}-m1-zoe-rivera.json`);
    expect(link.name).toBe(`${recordStem(record.date, "m1", "Zoë Rivera")}.json`);

    // Clicking it downloads the same file.
    await page.click("#assess-export");
    const file = path.join(downloads, link.name!);
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
    expect(AssessmentRecordSchema.parse(JSON.parse(readFileSync(file, "utf-8")))).toEqual(record);

    // The command line reads the browser's record as its own: validate, progress against an
    // earlier record made by `ladder assess --answers`, and a promotion case from it.
    const acmeArgs = ["--data", acmeFile];
    const validated = runBin([...acmeArgs, "validate", file]);
    expect(validated.code, validated.stderr).toBe(0);
    const csv = path.join(work, "earlier.csv");
    writeFileSync(csv, "expectation,answer,note\nDelivers the team's roadmap each quarter,sometimes,Slipped once\nHolds weekly 1:1s with every report,consistently,\n");
    const earlier = path.join(work, "earlier.json");
    const assessed = runBin([...acmeArgs, "assess", "m1", "--answers", csv, "--for", "Zoë Rivera", "--out", earlier]);
    expect(assessed.code, assessed.stderr).toBe(0);
    const progress = runBin([...acmeArgs, "progress", earlier, file, "--format", "text"]);
    expect(progress.stderr).toBe("");
    expect(progress.code).toBe(0);
    expect(progress.stdout).toContain(`to:   ${record.date}, Engineering Manager (m1) for Zoë Rivera:`);
    expect(progress.stdout).toContain(file);
    expect(progress.stdout).toContain("1 up, 1 down, 1 new, 0 no longer asked, 0 unchanged\n");
    expect(progress.stdout).toContain(
      [
        "Impact & Scope",
        "  Moved up",
        "    • Delivers the team's roadmap each quarter (sometimes → consistently)",
        "        then: Slipped once",
        "        now: Ran the planning offsite <twice> & wrote it up",
        "",
        "People",
        "  Moved down",
        "    • Holds weekly 1:1s with every report (consistently → sometimes)",
        "        evidence: https://wiki.example/offsite",
        "        evidence: https://wiki.example/plan",
        "  New",
        "    • Hires for the team (new: not yet)",
      ].join("\n"),
    );
    const promotion = runBin([...acmeArgs, "case", "m2", "--from", file]);
    expect(promotion.stderr).toBe("");
    expect(promotion.code).toBe(0);
    expect(promotion.stdout).toContain("- **For:** Zoë Rivera\n");
    expect(promotion.stdout).toContain(
      "## Strengths\n\n### Impact & Scope\n\n- Plans a multi-team roadmap for 2 quarters *(consistently)*\n  - *Answered for:* Delivers the team's roadmap each quarter\n  - *Note:* Ran the planning offsite \\<twice> & wrote it up\n",
    );
    expect(promotion.stdout).toContain("## Gaps\n\n### Craft\n\n- [ ] Keeps architecture reviews honest *(no answer yet)*\n\n### People\n\n- [ ] Grows managers *(no answer yet)*\n");

    // Another browser (empty storage) imports the file and has every answer back.
    const other = await browser.createBrowserContext();
    const { page: fresh, problems: freshProblems } = await openTab(other);
    await fresh.goto(url(acmeSite, "assess-m1.html"));
    expect(await texts(fresh, "#assess-summary")).toEqual([`0 of ${questions.length} answered: 0 consistently, 0 sometimes, 0 not yet.`]);
    const input = (await fresh.$("#assess-import"))!;
    await input.uploadFile(file);
    await fresh.waitForFunction('document.getElementById("assess-message").textContent !== ""');
    expect(await texts(fresh, "#assess-message")).toEqual([`Imported ${questions.length} answers from ${link.name}.`]);
    const again = AssessmentRecordSchema.parse(JSON.parse(decodeURIComponent(await fresh.$eval("#assess-export", (a) => String(a.getAttribute("href")).replace(/^[^,]*,/, "")))));
    expect(again).toEqual(record);

    // And the record `ladder assess` wrote is read by the page as its own.
    await input.uploadFile(earlier);
    await fresh.waitForFunction('document.getElementById("assess-message").textContent.includes("earlier.json")');
    expect(await texts(fresh, "#assess-message")).toEqual(["Imported 2 answers from earlier.json."]);
    expect(await texts(fresh, "#assess-summary")).toEqual([`2 of ${questions.length} answered: 1 consistently, 1 sometimes, 0 not yet.`]);
    expect(await inPage(fresh, `document.getElementById("${questions[0]}-note").value`)).toBe("Slipped once");

    // A record of another level is refused with a pointer to its page.
    const elsewhere = path.join(work, "other-level.json");
    writeFileSync(elsewhere, JSON.stringify({ ...record, level: { id: "m2", title: "Senior Engineering Manager" } }));
    await input.uploadFile(elsewhere);
    await fresh.waitForFunction('document.getElementById("assess-message").textContent.includes("another level")');

    // One answer is counted as one, and an answer to no expectation here is named as such.
    const single = path.join(work, "single.json");
    writeFileSync(single, JSON.stringify({ ...record, answers: [record.answers[0], { ...record.answers[1], expectation: "Written before the ladder changed" }] }));
    await input.uploadFile(single);
    await fresh.waitForFunction('document.getElementById("assess-message").textContent.includes("single.json")');
    expect(await texts(fresh, "#assess-message")).toEqual(["Imported 1 answer from single.json; 1 other answer in it matches no expectation of this level."]);
    expect(problems).toEqual([]);
    expect(freshProblems).toEqual([]);
    await context.close();
    await other.close();
  }, 30_000);

  it("offers no record to download without JavaScript, and points to ladder assess instead", async () => {
    const { page } = await openTab();
    await page.setJavaScriptEnabled(false);
    await page.goto(url(acmeSite, "assess-m1.html"));
    // A download link here would save the HTML page itself under a record's name.
    expect(await page.$eval("#assess-export", (a) => a.hasAttribute("download"))).toBe(false);
    expect(await texts(page, "noscript")).toEqual(["Rating in the page needs JavaScript. Without it, ladder assess m1 asks the same questions."]);
    await page.close();
  });

  it("points to the list of comparisons when the picker cannot run without JavaScript", async () => {
    const { page } = await openTab();
    await page.setJavaScriptEnabled(false);
    await page.goto(url(forkSite, "compare.html"));
    expect(await texts(page, "noscript")).toEqual(["Choosing here needs JavaScript; every comparison is linked below."]);
    expect(await page.$$eval("section[aria-labelledby=every] a", (links) => links.length)).toBe(15);
    await page.close();
  });

  it("sets levels of equal rank side by side on the index, and each leads to its page", async () => {
    const { page, problems } = await openTab();
    await page.goto(url(forkSite, "index.html"));
    const grid = await inPage<string[][]>(page, `[...document.querySelectorAll("table.grid tr")].map((tr) => [...tr.children].map((c) => c.innerText.trim()))`);
    expect(grid).toEqual([
      ["Rank", "Individual Contributor", "People Manager"],
      ["1", "Associate", "Associate"],
      ["2", "Engineer", "Engineer"],
      ["3", "Senior", "Senior"],
      ["4", "Staff", "Head of Engineering"],
    ]);
    // The second "Senior" is the manager track's: its page says so.
    await Promise.all([page.waitForNavigation(), page.click("table.grid tr:nth-child(3) td:nth-child(3) a")]);
    expect(await texts(page, "h1")).toEqual(["Senior (People Manager)"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("names every level with its track where tracks share titles: picker, comparison and search", async () => {
    const { page, problems } = await openTab();
    await page.goto(url(fiveSite, "compare.html"));
    const options = await texts(page, "#picker-from option");
    expect(options.slice(0, 5)).toEqual(["Level 1 (Backend)", "Level 2 (Backend)", "Level 3 (Backend)", "Level 4 (Backend)", "Level 1 (Frontend)"]);
    expect(new Set(options).size).toBe(20);
    await page.select("#picker-from", "frontend-1");
    await page.select("#picker-to", "backend-1");
    await Promise.all([page.waitForNavigation(), page.click("#picker button[type=submit]")]);
    expect(await texts(page, "h1")).toEqual(["From Level 1 (Backend) to Level 1 (Frontend)"]);
    const query = "Mentors a newer engineer";
    const cli = JSON.parse(runBin(["--data", fiveFile, "search", query, "--json"]).stdout) as { hits: { location: string }[] };
    await page.goto(url(fiveSite, `search.html?q=${encodeURIComponent(query)}`));
    expect(await texts(page, "#search-results .where")).toEqual(cli.hits.map((h) => h.location));
    expect(cli.hits.map((h) => h.location)).toContain("Level 3 (Frontend) › Collaboration");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows ratings, examples and links under each expectation, and a rating that moved as a change", async () => {
    const { page, problems } = await openTab();
    // What the eye reads (text for screen readers only left out), and what a screen reader reads (what is hidden from it left out).
    const readers = `const seen = (el, drop) => { const c = el.cloneNode(true); c.querySelectorAll(drop).forEach((x) => x.remove()); return c.textContent.replace(/\\s+/g, " ").trim(); };
      const eye = (el) => seen(el, ".sr"); const ear = (el) => seen(el, "[aria-hidden=true]");`;
    await page.goto(url(richSite, "level-developer.html#e-testing-1"));
    const item = await inPage<Record<string, unknown>>(
      page,
      `(() => { ${readers} const li = document.querySelector(":target"); const rating = li.querySelector(".rating");
        return { target: li.id, rating: [eye(rating), ear(rating)], examples: [...li.querySelectorAll(".examples li")].map(eye), links: [...li.querySelectorAll(".links a")].map((a) => [eye(a), a.href]) }; })()`,
    );
    expect(item).toEqual({
      target: "e-testing-1",
      rating: ["Practising", "Rating: Practising"],
      examples: ["e.g. Adds a test that fails before the fix and passes after it", 'e.g. Keeps test names readable, e.g. "rejects an empty basket"'],
      links: [["Testing guide", "https://handbook.example.com/testing"]],
    });
    await Promise.all([page.waitForNavigation(), page.click("a[href='compare-developer--senior-developer.html']")]);
    const changed = await inPage<string[][]>(page, `(() => { ${readers} return [...document.querySelectorAll(".changes li.changed")].map((li) => [eye(li), ear(li)]); })()`);
    expect(changed).toEqual([
      ["Changed Writes unit tests for new code Rating: Practising → Expert", "Changed Writes unit tests for new code Rating: Practising to Expert"],
      ["Changed Finishes the tasks of a sprint Rating: Aware → Proficient", "Changed Finishes the tasks of a sprint Rating: Aware to Proficient"],
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lays pages out cleanly: a change's parts under its text, one rule under a heading, no blank line after a summary, search's answer clear of its box, outside links' addresses on paper", async () => {
    const { page, problems } = await openTab();
    await page.setViewport({ width: 900, height: 900 });
    // A change's wrapped text, rating move and examples start where its text starts, not under the tag.
    await page.goto(url(builtinSite, "compare-em--senior-em.html"));
    const misaligned = async () =>
      inPage<string[]>(
        page,
        `[...document.querySelectorAll(".changes > li")].flatMap((li) => {
          const text = li.querySelector(":scope > .text"); const left = text.getClientRects()[0].left;
          const lines = [...text.getClientRects()].map((r) => r.left);
          const under = [...li.querySelectorAll(":scope > .rating-change, :scope > .examples")].map((el) => el.getBoundingClientRect().left);
          return [...lines, ...under].some((x) => x < left - 8) ? [li.textContent.trim().slice(0, 60)] : [];
        })`,
      );
    expect(await misaligned()).toEqual([]);
    await page.goto(url(richSite, "compare-developer--senior-developer.html"));
    expect(await misaligned()).toEqual([]);
    // A heading's own rule is the only line above the first transition under it.
    for (const [site, name] of [[richSite, "level-developer.html"], [forkSite, "about.html"], [richSite, "compare-developer--senior-developer.html"]] as const) {
      await page.goto(url(site, name));
      const first = await inPage<string[]>(page, `[...document.querySelectorAll("h2 + .transition")].map((t) => getComputedStyle(t).borderTopStyle)`);
      expect(first.length, name).toBeGreaterThan(0);
      expect(first.every((style) => style === "none"), name).toBe(true);
    }
    // On the index, a level's summary leaves no blank line before the facts or link under it.
    await page.goto(url(builtinSite, "index.html"));
    const afterSummary = await inPage<number[]>(page, `[...document.querySelectorAll(".level-list .sub + *")].map((next) => next.getBoundingClientRect().top - next.previousElementSibling.getBoundingClientRect().bottom)`);
    expect(afterSummary.length).toBeGreaterThan(0);
    expect(afterSummary.filter((gap) => gap > 4)).toEqual([]);
    // Search's answer stands clear of the box above it.
    await page.goto(url(builtinSite, "search.html?q=budget"));
    const gap = await inPage<number>(page, `document.getElementById("search-status").getBoundingClientRect().top - document.getElementById("search-q").getBoundingClientRect().bottom`);
    expect(gap).toBeGreaterThanOrEqual(8);
    // On paper a link cannot be clicked: its address is printed after it.
    await page.emulateMediaType("print");
    await page.goto(url(richSite, "level-developer.html"));
    const printed = await inPage<string[]>(page, `[...document.querySelectorAll("main a")].map((a) => getComputedStyle(a, "::after").content).filter((c) => c !== "none")`);
    expect(printed).toEqual(['" <https://handbook.example.com/testing>"', '" <https://handbook.example.com/promotion>"']);
    await page.emulateMediaType("screen");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("tells a screen reader which words of a changed expectation went and which came", async () => {
    const { page } = await openTab();
    await page.goto(url(builtinSite, "compare-em--senior-em.html"));
    // What the browser hands a screen reader: the accessibility tree's text, in reading order.
    const spoken = async (root: Awaited<ReturnType<Page["$"]>>) => {
      type Node = { name?: string; role?: string; children?: Node[] };
      const leaves = (n: Node): string[] => (n.children?.length ? n.children.flatMap(leaves) : n.name ? [n.name] : []);
      // Joined without a separator: how a line happens to wrap splits a text into pieces, without changing its characters.
      return leaves((await page.accessibility.snapshot({ root: root!, interestingOnly: false })) as Node).join("");
    };
    expect(await spoken(await page.$("li.changed"))).toBe(
      "CHANGEDAbility to lead removed:a small team of engineers (typically 5-8added:multiple teams or a larger team (8-15 engineers)",
    );
    // A whole new or gone expectation is named by its tag alone.
    expect(await spoken(await page.$("li.removed"))).toBe("GONEBasic understanding of management principles and practices");
    await page.close();
  });

  it("passes axe-core's WCAG A and AA rules on a phone, where tables scroll sideways", async () => {
    const { page } = await openTab();
    await page.setViewport({ width: 360, height: 800 });
    const failures: string[] = [];
    for (const [site, name] of [[builtinSite, "compare-em--senior-em.html"], [fiveSite, "index.html"]] as const) {
      await page.goto(url(site, name));
      // The page does have a table wider than the screen, or the check would prove nothing.
      expect(await inPage<boolean>(page, `[...document.querySelectorAll(".scroll")].some((s) => s.scrollWidth > s.clientWidth)`), name).toBe(true);
      await page.evaluate(AXE);
      const result = (await inPage(page, `axe.run({ runOnly: { type: "tag", values: ${JSON.stringify(WCAG_AA)} } })`)) as { violations: { id: string; nodes: { target: string[] }[] }[] };
      for (const v of result.violations) failures.push(`${path.basename(site)}/${name}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }
    expect(failures).toEqual([]);
    await page.close();
  });

  it("passes axe-core's WCAG A and AA rules on every page template, light and dark", async () => {
    const { page } = await openTab();
    const templates = ["index.html", "about.html", "compare.html", "search.html?q=team", "level-m1.html", "assess-m1.html", "section-craft.html", "area-delivery.html", "compare-e1--e2.html", "compare-e2--m2.html"];
    const failures: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
      // Colours are the same on every page; the dark theme is checked on the pages that use the most of them.
      const names = scheme === "light" ? templates : ["search.html?q=team", "assess-m1.html", "compare-e1--e2.html", "level-m1.html"];
      // The grid, titles shared across tracks, and ratings with examples and links, in both themes.
      const company = [
        [forkSite, "index.html"],
        [fiveSite, "compare.html"],
        [fiveSite, "search.html?q=early"],
        [richSite, "level-developer.html"],
        [richSite, "assess-developer.html"],
        [richSite, "section-testing.html"],
        [richSite, "compare-developer--senior-developer.html"],
        [richSite, "about.html"],
      ] as const;
      for (const [site, name] of [...names.map((n) => [acmeSite, n] as const), [builtinSite, "compare-em--senior-em.html"] as const, ...company]) {
        await page.goto(url(site, name));
        await page.evaluate(AXE);
        const result = (await inPage(page, `axe.run({ runOnly: { type: "tag", values: ${JSON.stringify(WCAG_AA)} } })`)) as {
          violations: { id: string; help: string; nodes: { target: string[] }[] }[];
        };
        for (const v of result.violations) failures.push(`${scheme} ${path.basename(site)}/${name}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    }
    expect(failures).toEqual([]);
    await page.close();
  }, 60_000);
});
