import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LadderError } from "../../src/core/errors.js";
import { mergeOrders } from "../../src/core/import/assemble.js";
import { importLadder } from "../../src/core/import/index.js";
import { LIMITS, loadLadderText } from "../../src/core/load/index.js";
import { resolveLevel } from "../../src/core/resolve.js";
import { sectionsFor, sectionsOfTrack } from "../../src/core/tracks.js";
import type { Ladder, Level } from "../../src/core/types.js";
import { ladderCsv } from "../../src/render/views/export/csv.js";
import { importedYaml } from "../../src/render/views/import.js";
import { fixture, repoRoot, runCli } from "../helpers.js";

const builtin = loadLadderText(readFileSync(path.join(repoRoot, "data", "ladder.yaml"), "utf-8"), "data/ladder.yaml");
const acme = loadLadderText(readFileSync(fixture("acme.yaml"), "utf-8"), fixture("acme.yaml"));
const importFixture = (name: string) => fixture(path.join("import", name));

/** The texts of loaded expectations (the model holds each as { text, rating?, examples, links }). */
const texts = (list: readonly { text: string }[] | undefined) => list?.map((e) => e.text);
const textsBySection = (bySection: Record<string, readonly { text: string }[]>) => Object.fromEntries(Object.entries(bySection).map(([id, list]) => [id, texts(list)]));

/** CSV text -> the ladder it imports as, loaded the way `--data` would load it. */
function imported(csv: string, file = "sheet.csv"): { ladder: Ladder; warnings: string[]; yaml: string } {
  const result = importLadder(csv, file, "Imported");
  const yaml = importedYaml(result.ladder, file);
  return { ladder: loadLadderText(yaml, "imported.yaml"), warnings: result.warnings.map((w) => `${w.line}: ${w.message}`), yaml };
}

function importError(csv: string): LadderError {
  try {
    importLadder(csv, "sheet.csv", "Imported");
  } catch (error) {
    if (error instanceof LadderError) return error;
    throw error;
  }
  throw new Error("imported without an error");
}

describe("a matrix: sections by levels", () => {
  const { ladder, warnings } = imported(readFileSync(importFixture("matrix.csv"), "utf-8"));

  it("reads levels from the header in order, sections from the first column, one expectation per cell", () => {
    expect(ladder.levels.map((l) => `${l.id}: ${l.title}`)).toEqual(["associate: Associate", "practitioner: Practitioner", "senior-practitioner: Senior Practitioner", "principal: Principal"]);
    expect(ladder.sections.map((s) => s.title)).toEqual(["Delivery", "Quality", "Collaboration", "Communication"]);
    expect(texts(ladder.levels[1]!.expectations.delivery)).toEqual(["Plans and ships features of a few weeks, alone"]);
    expect(warnings).toEqual([]);
  });

  it("splits a cell written as a list (CRLF line ends) into one expectation per item, and leaves an empty cell out", () => {
    expect(texts(ladder.levels[2]!.expectations.delivery)).toEqual(["Splits a quarter's work into milestones", "Spots delivery risks early and says so"]);
    expect(ladder.levels[1]!.expectations.communication).toBeUndefined();
    expect(ladder.levels[3]!.expectations.quality).toBeUndefined();
  });

  it("keeps a one-line cell that starts with a dash, and a cell of prose lines, whole", () => {
    const { ladder } = imported('Section,Junior\nCraft,- reviews code\nWriting,"Writes the design doc.\nKeeps it current."\n');
    expect(textsBySection(ladder.levels[0]!.expectations)).toEqual({ craft: ["- reviews code"], writing: ["Writes the design doc.\nKeeps it current."] });
  });

  it("reads a track column: each track has its own levels, and a title shared by tracks gets the track in its id", () => {
    const { ladder } = imported("Track,Competency,Level 1,Level 2\nEngineering,Craft,Writes code,Designs systems\nManagement,People,Runs one-to-ones,Grows managers\n");
    expect(ladder.tracks.map((t) => t.id)).toEqual(["engineering", "management"]);
    expect(ladder.levels.map((l) => `${l.id} (${l.tracks.join(", ")})`)).toEqual([
      "engineering-level-1 (engineering)",
      "engineering-level-2 (engineering)",
      "management-level-1 (management)",
      "management-level-2 (management)",
    ]);
  });
});

describe("long form: one row per expectation", () => {
  const { ladder, warnings } = imported(readFileSync(importFixture("long.csv"), "utf-8"), "long.csv");

  it("matches header names with synonyms, and places each row under its track, level and section", () => {
    expect(ladder.tracks.map((t) => t.title)).toEqual(["Individual contributor", "Management"]);
    expect(ladder.levels.map((l) => l.id)).toEqual(["individual-contributor-level-1", "individual-contributor-level-2", "management-level-1", "management-level-2"]);
    expect(texts(ladder.levels[0]!.expectations.craft)).toEqual(["Ships small changes that pass review on the first or second round", "Reads the code around a change before making it"]);
    expect(texts(ladder.levels[3]!.expectations.ownership)).toEqual(["Owns the budget of a group of teams"]);
  });

  it("orders sections so that each level's own order holds", () => {
    expect(ladder.sections.map((s) => s.id)).toEqual(["craft", "teamwork", "people", "ownership"]);
  });

  it("lists the rows it could not place, with their lines", () => {
    expect(warnings).toEqual(["12: row left out: no track, where other rows name one", "13: row left out: no level"]);
  });
});

describe("export --format csv imports back to the same ladder", () => {
  const company = readdirSync(fixture("company")).filter((f) => f.endsWith(".yaml")).sort();
  const ladders: [string, Ladder][] = [
    ["the built-in ladder", builtin],
    ["a multi-track ladder (acme)", acme],
    ...company.map((f): [string, Ladder] => [`company/${f}`, loadLadderText(readFileSync(fixture(path.join("company", f)), "utf-8"), f)]),
  ];

  it("has every company fixture to check", () => {
    expect(company).toEqual(["five-tracks.yaml", "fork.yaml", "per-track-sections.yaml", "rich-expectations.yaml"]);
  });

  it.each(ladders)("%s: the same levels, tracks, ranks, sections and expectations (ratings, examples, links)", (_name, ladder) => {
    const back = imported(ladderCsv(ladder));
    expect(back.warnings).toEqual([]);
    expect(readerView(back.ladder)).toEqual(readerView(ladder));
  });

  it("keeps the ladder's own order of sections where the levels tell it", () => {
    for (const [, ladder] of ladders.filter(([name]) => !name.includes("per-track-sections"))) {
      expect(imported(ladderCsv(ladder)).ladder.sections.map((s) => s.id)).toEqual(ladder.sections.map((s) => s.id));
    }
  });

  it("imports a level shared by tracks as one level of both, not a track named after the two", () => {
    const fork = ladders.find(([name]) => name === "company/fork.yaml")![1];
    const csv = ladderCsv(fork);
    expect(csv.split("\r\n")[1]).toBe("associate,Associate,1,ic; manager,Individual Contributor; People Manager,craft,Craft,Completes well-scoped tasks with guidance,,,,,");
    const { ladder } = imported(csv);
    expect(ladder.tracks.map((t) => `${t.id}: ${t.title}`)).toEqual(["ic: Individual Contributor", "manager: People Manager"]);
    expect(ladder.levels.find((l) => l.id === "associate")!.tracks).toEqual(["ic", "manager"]);
  });
});

/** What a reader of the ladder sees of it in every command, and what a CSV holds. */
function readerView(l: Ladder) {
  const filled = (level: Level) => sectionsFor(l, [level]).filter((s) => (level.expectations[s.id]?.length ?? 0) > 0).map((s) => s.id);
  const used = new Set(l.levels.flatMap((level) => Object.values(level.expectations).flatMap((list) => list.map((e) => e.rating))));
  return {
    tracks: l.tracks.map((t) => ({ id: t.id, title: t.title, sections: sectionsOfTrack(l, t).map((s) => s.id) })),
    sections: l.sections.map((s) => `${s.id}: ${s.title}`).sort(),
    ratings: l.ratings.filter((r) => used.has(r.id)).map((r) => `${r.id}: ${r.title}`),
    levels: l.levels.map((level) => ({ id: level.id, title: level.title, tracks: level.tracks, rank: level.rank, sections: filled(level), expectations: level.expectations })),
  };
}

describe("a track cell that names several tracks", () => {
  it("makes a level shared by them, in long form and in a matrix", () => {
    const long = imported("track,level,section,expectation\nIC; Manager,Engineer,Craft,Ships features\nIC,Senior,Craft,Designs systems\nManager,Lead,People,Hires\n").ladder;
    expect(long.tracks.map((t) => t.id)).toEqual(["ic", "manager"]);
    expect(long.levels.map((l) => `${l.id}: ${l.tracks.join(", ")}`)).toEqual(["engineer: ic, manager", "senior: ic", "lead: manager"]);
    const matrix = imported("Track,Section,Level 1,Level 2\nIC; Manager,Craft,Writes code,Designs systems\n").ladder;
    expect(matrix.levels.map((l) => `${l.title}: ${l.tracks.join(", ")}`)).toEqual(["Level 1: ic, manager", "Level 2: ic, manager"]);
  });

  it("keeps a title with a semicolon whole when one track id names it, also where a shared level's row came first", () => {
    const { ladder } = imported("track_id,track,level,section,expectation\nrd; ops,R&D; Labs; Operations,L0,S,w\nrd,R&D; Labs,L1,S,x\nops,Operations,L2,S,y\n");
    expect(ladder.tracks.map((t) => `${t.id}: ${t.title}`)).toEqual(["rd: R&D; Labs", "ops: Operations"]);
    expect(ladder.levels.map((l) => `${l.id}: ${l.tracks.join(", ")}`)).toEqual(["l0: rd, ops", "l1: rd", "l2: ops"]);
  });
});

describe("the order of sections", () => {
  it("keeps every level's order, the first seen first where the levels leave it open", () => {
    expect(mergeOrders([["craft", "people"], ["craft", "strategy"], ["people", "strategy"]])).toEqual(["craft", "people", "strategy"]);
    expect(mergeOrders([["a", "c"], ["b"]])).toEqual(["a", "c", "b"]);
  });

  it("gives a track its own order of sections where it disagrees with the others", () => {
    const { ladder, yaml } = imported("track,level,section,expectation\nDesign,D1,Research,a\nDesign,D1,Visual,b\nEngineering,E1,Visual,c\nEngineering,E1,Research,d\n");
    expect(ladder.sections.map((s) => s.id)).toEqual(["research", "visual"]);
    expect(ladder.tracks.map((t) => [t.id, t.sections])).toEqual([["design", undefined], ["engineering", ["visual", "research"]]]);
    expect(sectionsFor(ladder, [resolveLevel(ladder, "e1")]).map((s) => s.id)).toEqual(["visual", "research"]);
    expect(yaml).toContain("  - id: engineering\n    title: Engineering\n    sections:\n      - visual\n      - research\n");
  });
});

describe("ranks and links (long form)", () => {
  it("reads a level's rank, and warns about a rank that is not a whole number or that another row contradicts", () => {
    const { ladder, warnings } = imported("level,rank,section,expectation\nA,1,S,x\nA,2,S,y\nB,high,S,z\n");
    expect(ladder.levels.map((l) => [l.id, l.rank])).toEqual([["a", 1], ["b", undefined]]);
    expect(warnings).toEqual(["3: rank 2 left out: an earlier row gives A rank 1", '4: rank "high" left out: not a whole number']);
  });

  it("reads links one per line, [title](address) or the address alone, and leaves out what is not a web or mail address", () => {
    const { ladder, warnings } = imported('level,section,expectation,links\nA,S,x,"[Guide](https://example.com/guide)\nmailto:team@example.com\njavascript:alert(1)"\n');
    expect(ladder.levels[0]!.expectations.s![0]!.links).toEqual([{ url: "https://example.com/guide", title: "Guide" }, { url: "mailto:team@example.com" }]);
    expect(warnings).toEqual(['2: link "javascript:alert(1)" left out: a link is an http(s):// or mailto: address, or [title](address)']);
  });

  it("says once per cell what it left out of a links cell, however many lines it holds", () => {
    const cell = Array.from({ length: 1000 }, (_, i) => `not a link ${i}`).join("\n");
    const { warnings } = imported(`level,section,expectation,links\nA,S,x,"${cell}"\n`);
    expect(warnings).toEqual(['2: link "not a link 0" and 999 more left out: a link is an http(s):// or mailto: address, or [title](address)']);
  });
});

describe("mergeOrders", () => {
  it("puts a section first seen at a later level where that level has it, not at the end", () => {
    expect(mergeOrders([["a", "c"], ["a", "b", "c"]])).toEqual(["a", "b", "c"]);
    expect(mergeOrders([["b", "c"], ["a", "b"]])).toEqual(["a", "b", "c"]);
    expect(mergeOrders([["x"], ["y"]])).toEqual(["x", "y"]);
  });
});

describe("hostile spreadsheets", () => {
  it("keeps formula-looking cells as text, exactly", () => {
    const cells = ["=SUM(A1:A9)", "+1", "-2", "@here", "=HYPERLINK(\"http://example.com\",\"x\")", "- item", "true", "null", "#hash", "'quoted'"];
    const csv = ["level,section,expectation", ...cells.map((c) => `L1,S,"${c.replace(/"/g, '""')}"`)].join("\n");
    const { ladder } = imported(csv);
    expect(texts(ladder.levels[0]!.expectations.s)).toEqual(cells);
  });

  it("reads quotes, commas and line breaks inside cells, a byte-order mark, and CRLF line ends", () => {
    const { ladder } = imported('\uFEFFlevel,section,expectation\r\nL1,S,"Says ""no"", kindly,\r\nand why"\r\n');
    expect(texts(ladder.levels[0]!.expectations.s)).toEqual(['Says "no", kindly,\nand why']);
    expect(ladder.levels[0]!.title).toBe("L1");
  });

  it("reads old Mac line ends (a lone CR) as line ends", () => {
    const { ladder } = imported("level,section,expectation\rL1,S,one\rL1,S,\"two\rlines\"\r");
    expect(texts(ladder.levels[0]!.expectations.s)).toEqual(["one", "two\nlines"]);
  });

  it("warns about cells past the header's columns, with their line", () => {
    const { ladder, warnings } = imported("level,section,expectation\nL1,S,one\nL1,S,two,stray\n\nL1,S,three\n");
    expect(texts(ladder.levels[0]!.expectations.s)).toEqual(["one", "two", "three"]);
    expect(warnings).toEqual(["3: 1 cell past the header's 3 columns left out"]);
  });

  it("counts lines across cells that span several lines", () => {
    const { warnings } = imported('level,section,expectation\nL1,S,"a\nb\nc"\nL1,,x\n');
    expect(warnings).toEqual(["5: row left out: no section"]);
  });

  it("refuses a control character, placed by line and cell", () => {
    const error = importError("level,section,expectation\nL1,S,fine\nL1,S,\"a\nb\u001b[31m\"\n");
    expect(error.message).toBe("cannot import sheet.csv: a cell holds a control character");
    expect(error.details).toEqual(["sheet.csv:4: cell 3 contains a control character (\\u001b)"]);
    expect(error.exitCode).toBe(1);
  });

  it("refuses text that is not CSV, saying where", () => {
    expect(importError('level,section,expectation\nL1,S,"never closed\n').message).toMatch(/^cannot import sheet\.csv: it is not CSV \(quote not closed at line 2\)$/);
  });

  it("fails when nothing can be placed, listing why for each row", () => {
    const error = importError("level,section,expectation\nL1,,x\n,S,y\n");
    expect(error.message).toBe("cannot import sheet.csv: no row could be placed in a ladder");
    expect(error.details).toEqual(["sheet.csv:2: row left out: no section", "sheet.csv:3: row left out: no level"]);
    expect(importError("").message).toBe("cannot import sheet.csv: it is empty");
    expect(importError("just one column\nx\n").message).toBe("cannot import sheet.csv: its header names no levels");
  });

  it("says a sheet saved with semicolons or tabs between cells is not comma-separated", () => {
    expect(importError("Level;Section;Expectation\nL1;Craft;Ships\n").hints[0]).toMatch(/one cell holding semicolons: ladder reads comma-separated CSV/);
    expect(importError("Level\tSection\tExpectation\nL1\tCraft\tShips\n").hints[0]).toMatch(/one cell holding tabs/);
    expect(importError("just one column\nx\n").hints[0]).toMatch(/^a matrix has/);
  });

  it("makes valid, unique ids from any title", () => {
    const { ladder } = imported("Section,🚀,Senior,senior,Gestión de equipos,\"   \"\n✨ Impact,a,b,c,d,e\nImpact,f,g,h,i,j\n");
    expect(ladder.levels.map((l) => `${l.id}: ${l.title}`)).toEqual(["level: 🚀", "senior: Senior", "gestion-de-equipos: Gestión de equipos"]);
    expect(ladder.sections.map((s) => `${s.id}: ${s.title}`)).toEqual(["impact: ✨ Impact", "impact-2: Impact"]);
  });
});

describe("ladder import on the command line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ladder-import-"));

  it("prints the YAML on standard output and a summary with the warnings on standard error", async () => {
    const r = await runCli(["import", importFixture("long.csv")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Imported by `ladder import` from long\.csv\./);
    expect(r.stderr).toContain(`${importFixture("long.csv")}:12: warning: row left out: no track, where other rows name one\n`);
    expect(r.stderr).toContain("Imported 2 tracks, 4 levels, 4 sections, 10 expectations from");
  });

  it("writes --out, which then loads with --data, and never replaces a file without --force", async () => {
    const out = path.join(dir, "ladder.yaml");
    const first = await runCli(["import", importFixture("matrix.csv"), "--out", out]);
    expect(first).toMatchObject({ code: 0, stdout: "" });
    expect((await runCli(["--data", out, "show", "principal", "--format", "md"])).stdout).toContain("Writes the documents that set technical direction");
    writeFileSync(out, "mine");
    const again = await runCli(["import", importFixture("matrix.csv"), "--out", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(readFileSync(out, "utf-8")).toBe("mine");
    expect((await runCli(["import", importFixture("matrix.csv"), "--out", out, "--force"])).code).toBe(0);
    expect(readFileSync(out, "utf-8")).toContain("title: Principal");
  });

  it("never writes over the spreadsheet it reads", async () => {
    const csv = path.join(dir, "sheet.csv");
    writeFileSync(csv, "level,section,expectation\nL1,S,x\n");
    const r = await runCli(["import", csv, "--out", csv, "--force"]);
    expect(r.code).toBe(2);
    expect(readFileSync(csv, "utf-8")).toBe("level,section,expectation\nL1,S,x\n");
  });

  it("exits 1 with no output when nothing could be placed, or the file is missing or too large", async () => {
    const empty = path.join(dir, "empty.csv");
    writeFileSync(empty, "level,section,expectation\n");
    const r = await runCli(["import", empty]);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toMatch(/^ladder: cannot import .*empty\.csv: no row could be placed in a ladder\nhint: /);
    const missing = await runCli(["import", path.join(dir, "nope.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read spreadsheet");
    // A sparse file: its size is over the limit, and it is refused before a byte is read.
    const big = path.join(dir, "big.csv");
    const fd = openSync(big, "w");
    ftruncateSync(fd, LIMITS.maxFileBytes + 1);
    closeSync(fd);
    const tooBig = await runCli(["import", big]);
    expect(tooBig).toMatchObject({ code: 1, stdout: "" });
    expect(tooBig.stderr).toContain("over the limit");
  });

  it("calls a workbook or UTF-16 file a spreadsheet that is not CSV text, not an invalid ladder file", async () => {
    const book = path.join(dir, "book.xlsx");
    writeFileSync(book, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0xfe, 0x00]));
    const r = await runCli(["import", book]);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toContain(`ladder: cannot import ${book}: it is not CSV text\nhint: save the sheet as "CSV UTF-8 (comma delimited)"`);
    expect(r.stderr).not.toMatch(/not a valid ladder file|Write your own ladder/);
  });

  it("has no --format, and needs a file", async () => {
    expect((await runCli(["import", importFixture("matrix.csv"), "--format", "json"])).code).toBe(2);
    expect((await runCli(["import"])).code).toBe(2);
    expect(existsSync(path.join(dir, "nope.csv"))).toBe(false);
  });
});

describe("ratings and examples (long form), in the structured-expectation shape", () => {
  const { ladder } = importLadder(readFileSync(importFixture("long-rated.csv"), "utf-8"), "long-rated.csv", "Rated");

  it("makes a scale of the ratings, junior to senior by the levels they are given at", () => {
    expect(ladder.ratings).toEqual([
      { id: "awareness", title: "Awareness" },
      { id: "working", title: "Working" },
      { id: "practised", title: "Practised" },
      { id: "expert", title: "Expert" },
    ]);
  });

  it("writes each expectation with its rating and its examples, one per line of the cell", () => {
    expect(ladder.levels[0]!.expectations.testing).toEqual([
      { text: "Writes unit tests for new code", rating: "working", examples: ["Adds tests to every pull request", "Fixes a flaky test they come across"] },
      { text: "Knows when an integration test is worth its cost", rating: "awareness" },
    ]);
    expect(ladder.levels[2]!.expectations.testing).toEqual([
      {
        text: "Sets the testing strategy for a service",
        rating: "expert",
        examples: ["Wrote the team's guide to test data", "Cut build time in half by splitting the suite"],
        links: [{ url: "https://handbook.example.com/testing", title: "Our testing handbook" }, { url: "https://handbook.example.com/test-data" }],
      },
    ]);
  });

  it("orders numbers as numbers, and leaves plain strings where a spreadsheet has no such columns", () => {
    const numeric = importLadder("level,section,expectation,rating\nA,S,x,10\nA,S,y,2\nB,S,z,1\n", "n.csv", "N").ladder;
    expect(numeric.ratings!.map((r) => r.title)).toEqual(["1", "2", "10"]);
    const plain = importLadder("level,section,expectation,rating,examples\nA,S,x,,\n", "p.csv", "P").ladder;
    expect(plain.ratings).toBeUndefined();
    expect(plain.levels[0]!.expectations.s).toEqual(["x"]);
  });
});

describe("ladder import of a rated spreadsheet, then every command on what it wrote", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ladder-import-rated-"));
  const out = path.join(dir, "rated.yaml");

  it("writes a ladder with its rating scale in order, that validates, and shows ratings, examples and links", async () => {
    const r = await runCli(["import", importFixture("long-rated.csv"), "--out", out]);
    expect(r).toMatchObject({ code: 0, stdout: "" });
    expect(r.stderr).toContain("Imported 3 levels, 2 sections, 8 expectations from");
    expect((await runCli(["validate", out])).code).toBe(0);
    const about = await runCli(["--data", out, "about", "--format", "text"]);
    expect(about.stdout).toContain("Ratings, lowest first\n  1. Awareness\n  2. Working\n  3. Practised\n  4. Expert\n");
    const senior = await runCli(["--data", out, "show", "senior", "--format", "text"]);
    expect(senior.stdout).toContain(
      "  • Sets the testing strategy for a service [Expert]\n      e.g. Wrote the team's guide to test data\n      e.g. Cut build time in half by splitting the suite\n      → Our testing handbook (https://handbook.example.com/testing)\n      → https://handbook.example.com/test-data\n",
    );
  });

  it("compares the ratings it imported: a rating that rises between two levels is a change", async () => {
    const diff = await runCli(["--data", out, "diff", "junior", "mid", "--section", "testing", "--format", "text"]);
    expect(diff.stdout).toContain("  ~ Writes unit tests for new code\n    rating: Working → Practised\n  ~ Knows when an integration test is worth its cost\n    rating: Awareness → Working\n");
  });

  it("exports it to CSV with the scale's order, and that imports back to the same ladder", async () => {
    const first = loadLadderText(readFileSync(out, "utf-8"), out);
    const back = imported((await runCli(["--data", out, "export", "--format", "csv"])).stdout);
    expect(back.ladder.ratings.map((r) => r.id)).toEqual(["awareness", "working", "practised", "expert"]);
    expect(readerView(back.ladder)).toEqual(readerView(first));
  });
});
