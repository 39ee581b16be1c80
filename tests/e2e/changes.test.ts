/** `ladder changes` through the built binary: two editions as files, one of them piped in, and a broken one. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { binPath, cleanEnv, fixture, repoRoot, runBin } from "../helpers.js";

const OLD = path.join("tests", "fixtures", "editions", "2025.yaml");
const NEW = path.join("tests", "fixtures", "editions", "2026.yaml");

describe("ladder changes, built", () => {
  it("reports what changed between two editions, summary first", () => {
    const r = runBin(["changes", OLD, NEW, "--format", "text"], { env: { COLUMNS: "100" } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n").slice(0, 5)).toEqual([
      "Larkspur Engineering Ladder: what changed",
      `${OLD} → ${NEW}`,
      "",
      "6 levels changed (1 renamed, 2 re-identified), 2 added, 1 removed; 4 expectations reworded, 5 added,",
      "4 removed.",
    ]);
  });

  it("reads the old edition from a pipe: cat old.yaml | ladder changes - new.yaml", () => {
    const r = spawnSync("sh", ["-c", `cat "$OLD" | "${process.execPath}" "${binPath}" changes - "$NEW" --json`], {
      cwd: repoRoot,
      env: { ...cleanEnv(), OLD, NEW },
      encoding: "utf-8",
      timeout: 20_000,
    });
    expect(r.status).toBe(0);
    const view = JSON.parse(r.stdout);
    expect(view.from).toEqual({ file: "<stdin>", ladder: "Larkspur Engineering Ladder" });
    expect(view.to.file).toBe(NEW);
    // The same report as with the file itself.
    const direct = JSON.parse(runBin(["changes", OLD, NEW, "--json"]).stdout);
    expect(view.levels).toEqual(direct.levels);
    expect(view.summary).toEqual(direct.summary);
  });

  it("reads the new edition from standard input too", () => {
    const r = runBin(["changes", OLD, "-", "--format", "md"], { input: readFileSync(fixture("editions/2026.yaml"), "utf-8") });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`From \`${OLD}\` to \`<stdin>\`.`);
  });

  it("reports an invalid edition with its file name and positions, exit 1, nothing on standard output", () => {
    const r = runBin(["changes", OLD, path.join("tests", "fixtures", "broken-basic.yaml")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe('tests/fixtures/broken-basic.yaml:9:7: levels[0].expectations.leadrship: unknown section "leadrship" (did you mean "leadership"?)');
    expect(r.stderr).toContain("ladder: tests/fixtures/broken-basic.yaml is not a valid ladder file (1 problem)\n");
    const piped = runBin(["changes", "-", NEW], { input: "title: Half a ladder\nlevels:\n  - id: e1\n" });
    expect(piped.code).toBe(1);
    expect(piped.stdout).toBe("");
    expect(piped.stderr).toMatch(/^<stdin>:\d+:\d+: /);
  });

  it("says No changes for an edition compared with itself, exit 0", () => {
    const r = runBin(["changes", OLD, OLD, "--format", "text"]);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith("\nNo changes.\n")).toBe(true);
  });

  it("has help with examples, and completes file names for both editions", () => {
    const help = runBin(["changes", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("$ git show v1:ladder.yaml | ladder changes - ladder.yaml");
    expect(help.stdout).toContain("Usage: ladder changes [options] <old> <new>");
    expect(runBin(["__complete", "--", "2", "ladder", "changes", ""]).stdout).toBe(":files\n");
    expect(runBin(["__complete", "--", "3", "ladder", "changes", OLD, ""]).stdout).toBe(":files\n");
  });
});
