/** `ladder import` the way a user runs it: the built binary, real files, a spreadsheet from `ladder export`. */
import { mkdtempSync, readFileSync } from "node:fs";
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

  it("fails with status 1 and no output on a file that is not a spreadsheet", () => {
    const r = runBin(["import", fixture("acme.yaml")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^ladder: cannot import /m);
  });
});

/** Rows of the CSV but its header (no expectation of acme spans lines). */
const countRows = (file: string) => readFileSync(file, "utf-8").trimEnd().split("\r\n").length - 1;
