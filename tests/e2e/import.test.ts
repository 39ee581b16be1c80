/** `ladder import` the way a user runs it: the built binary, real files, a spreadsheet from `ladder export`. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runBin } from "../helpers.js";

describe("ladder import (built binary)", () => {
  it("imports what export --format csv wrote, and the result answers as the original does", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-import-e2e-"));
    const csv = path.join(dir, "acme.csv");
    const yaml = path.join(dir, "acme.yaml");
    expect(runBin(["--data", fixture("acme.yaml"), "export", "--out", csv]).code).toBe(0);
    const imported = runBin(["import", csv, "--out", yaml]);
    expect(imported).toMatchObject({ code: 0, stdout: "" });
    expect(imported.stderr).toBe(`Imported 2 tracks, 5 levels, 3 sections, ${countRows(csv)} expectations from ${csv} (long form)\nWrote ${yaml}\n`);
    // A CSV holds expectations only (no facts, summaries or transitions): those come back the same.
    const json = (file: string, ...args: string[]) => JSON.parse(runBin(["--data", file, ...args, "--json"]).stdout);
    expect(json(yaml, "show", "staff").sections).toEqual(json(fixture("acme.yaml"), "show", "staff").sections);
    const expectationHits = (file: string) =>
      json(file, "search", "roadmap").hits.filter((h: { kind: string }) => h.kind === "expectation").map((h: { location: string; text: string }) => [h.location, h.text]);
    expect(expectationHits(yaml)).toEqual(expectationHits(fixture("acme.yaml")));
    expect(expectationHits(yaml).length).toBeGreaterThan(0);
    expect(runBin(["validate", yaml]).code).toBe(0);
  });

  it("imports a rated long-form spreadsheet: the scale in order, ratings, examples and links shown and compared", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-import-rated-e2e-"));
    const yaml = path.join(dir, "rated.yaml");
    expect(runBin(["import", fixture(path.join("import", "long-rated.csv")), "--out", yaml]).code).toBe(0);
    expect(runBin(["validate", yaml]).code).toBe(0);
    const about = JSON.parse(runBin(["--data", yaml, "about", "--json"]).stdout);
    expect(about.ratings.map((r: { title: string }) => r.title)).toEqual(["Awareness", "Working", "Practised", "Expert"]);
    const senior = JSON.parse(runBin(["--data", yaml, "show", "senior", "--json"]).stdout);
    expect(senior.sections[0].details[0]).toEqual({
      rating: { id: "expert", title: "Expert" },
      examples: ["Wrote the team's guide to test data", "Cut build time in half by splitting the suite"],
      links: [
        { url: "https://handbook.example.com/testing", title: "Our testing handbook" },
        { url: "https://handbook.example.com/test-data", title: null },
      ],
    });
    const diff = runBin(["--data", yaml, "diff", "junior", "mid", "--section", "testing", "--format", "md"]);
    expect(diff.stdout).toContain("- Writes unit tests for new code *(rating: Working → Practised)*\n");
  });

  it("takes a forked ladder through export and import: shared levels stay shared, ranks stay", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-import-fork-e2e-"));
    const csv = path.join(dir, "fork.csv");
    const yaml = path.join(dir, "fork.yaml");
    expect(runBin(["--data", fixture(path.join("company", "fork.yaml")), "export", "--out", csv]).code).toBe(0);
    expect(runBin(["import", csv, "--out", yaml]).code).toBe(0);
    const levels = (file: string) => JSON.parse(runBin(["--data", file, "levels", "--json"]).stdout);
    const brief = (view: { levels: { id: string; tracks: unknown; rank: unknown }[] }) => view.levels.map((l) => [l.id, l.tracks, l.rank]);
    expect(brief(levels(yaml))).toEqual(brief(levels(fixture(path.join("company", "fork.yaml")))));
  });

  it("reads the spreadsheet from standard input with -: ladder export --format csv | ladder import -", () => {
    const csv = runBin(["--data", fixture("acme.yaml"), "export", "--format", "csv"]).stdout;
    const piped = runBin(["import", "-"], { input: csv });
    expect(piped.code).toBe(0);
    expect(piped.stderr).toMatch(/^Imported 2 tracks, 5 levels, 3 sections, \d+ expectations from <stdin> \(long form\)\n$/);
    // The same ladder as from the file, but for where it came from and the title taken from the file's name.
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-import-stdin-e2e-"));
    const file = path.join(dir, "Imported ladder.csv");
    writeFileSync(file, csv);
    expect(piped.stdout.replace(/^# .*\n/gm, "")).toBe(runBin(["import", file]).stdout.replace(/^# .*\n/gm, ""));
    expect(piped.stdout).toContain("standard input");
    const empty = runBin(["import", "-"], { input: "\u0000\u0001PK" });
    expect(empty).toMatchObject({ code: 1, stdout: "" });
    expect(empty.stderr).toMatch(/^ladder: cannot import <stdin>: it is not CSV text\nhint: save the sheet as "CSV UTF-8/m);
  });

  it("fails with status 1 and no output on a file that is not a spreadsheet", () => {
    const r = runBin(["import", fixture("acme.yaml")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^ladder: cannot import /m);
  });
});

/** Rows of the CSV but its header (no expectation of acme spans lines). */
const countRows = (file: string) => readFileSync(file, "utf-8").trimEnd().split("\r\n").length - 1;
