// Assessment records over time: `progress` between two records (the same
// ladder, or an edition with reworded expectations, matched by the diff
// alignment), `case` for a target level, `validate` on a record, and the
// located errors for broken, foreign or hand-edited records.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Answer, Rating } from "../../src/core/assessment.js";
import { questionsFor } from "../../src/core/assessment.js";
import { loadLadderFile, loadLadderText } from "../../src/core/load/index.js";
import { assessmentRecord, fingerprintOf, type AssessmentRecord } from "../../src/core/record.js";
import { resolveLevel } from "../../src/core/resolve.js";
import type { Ladder } from "../../src/core/types.js";
import { fixture, runCli } from "../helpers.js";

const acmeText = readFileSync(fixture("acme.yaml"), "utf-8");
const acme = loadLadderFile(fixture("acme.yaml"));
// The next edition of the ladder: one expectation reworded, one added.
const nextText = acmeText
  .replace("- Holds weekly 1:1s with every report", "- Holds weekly one-on-ones with each report")
  .replace("        - Hires for the team\n", "        - Hires for the team\n        - Writes the team's hiring plan\n");
const next = loadLadderText(nextText, "next.yaml");

function record(ladder: Ladder, text: string, levelId: string, ratings: (Rating | null)[], date: string, extra: { for?: string; notes?: string[] } = {}): AssessmentRecord {
  const level = resolveLevel(ladder, levelId);
  const answers: Answer[] = questionsFor(ladder, level).flatMap((q, i) =>
    ratings[i] ? [{ section: q.section.id, index: q.index, rating: ratings[i]!, note: extra.notes?.[i] ?? null }] : [],
  );
  return assessmentRecord(ladder, level, answers, { fingerprint: fingerprintOf(text), date, ...(extra.for ? { for: extra.for } : {}) });
}

function folderWith(records: Record<string, AssessmentRecord | string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ladder-records-"));
  for (const [name, content] of Object.entries(records)) writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return dir;
}

const data = ["--data", fixture("acme.yaml")];

describe("ladder progress", () => {
  it("says what moved up and down per section, with the notes, in text, markdown and JSON", async () => {
    const dir = folderWith({
      "q3.json": record(acme, acmeText, "m1", ["sometimes", "not-yet", "consistently"], "2026-08-30", { notes: ["late twice"] }),
      "q4.json": record(acme, acmeText, "m1", ["consistently", "not-yet", "sometimes"], "2026-11-30", { notes: ["on time"] }),
    });
    const files = [path.join(dir, "q3.json"), path.join(dir, "q4.json")];
    const text = await runCli([...data, "progress", ...files, "--format", "text"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Progress: 2026-08-30 → 2026-11-30");
    expect(text.stdout).toContain("1 up, 1 down, 0 new, 0 no longer asked, 1 unchanged");
    expect(text.stdout).toContain("Impact & Scope\n  Moved up\n    • Delivers the team's roadmap each quarter (sometimes → consistently)\n        then: late twice\n        now: on time\n");
    expect(text.stdout).toContain("  Moved down\n    • Hires for the team (consistently → sometimes)");
    const md = await runCli([...data, "progress", ...files, "--format", "md"]);
    expect(md.stdout).toContain("## Impact & Scope\n\n### Moved up\n\n- Delivers the team's roadmap each quarter *(sometimes → consistently)*\n  - *Then:* late twice\n  - *Now:* on time\n");
    const json = JSON.parse((await runCli([...data, "progress", ...files, "--json"])).stdout);
    expect(json.comparisons[0].summary).toEqual({ up: 1, down: 1, same: 1, new: 0, dropped: 0, aligned: 0 });
    expect(json.comparisons[0].ladderChanged).toBe(false);
    // The folder: oldest and newest by the records' dates, whatever their names.
    expect((await runCli([...data, "progress", dir, "--json"])).stdout).toBe((await runCli([...data, "progress", ...files, "--json"])).stdout);
  });

  it("matches a reworded expectation of a newer ladder edition with the diff alignment, and says so", async () => {
    const dir = folderWith({
      "a.json": record(acme, acmeText, "m1", ["sometimes", "sometimes", "not-yet"], "2026-08-30"),
      "b.json": record(next, nextText, "m1", ["sometimes", "consistently", "not-yet", "not-yet"], "2026-11-30"),
    });
    const r = await runCli([...data, "progress", dir, "--format", "text"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("The ladder file changed between the two records: 1 expectation was matched by\nthe diff alignment");
    expect(r.stdout).toContain("    • Holds weekly one-on-ones with each report (sometimes → consistently)\n        reworded, was: Holds weekly 1:1s with every report\n");
    expect(r.stdout).toContain("  New\n    • Writes the team's hiring plan (new: not yet)");
    const json = JSON.parse((await runCli([...data, "progress", dir, "--json"])).stdout).comparisons[0];
    expect(json.summary).toEqual({ up: 1, down: 0, same: 2, new: 1, dropped: 0, aligned: 1 });
    const item = json.sections.find((s: { id: string }) => s.id === "people").items[0];
    expect(item).toMatchObject({ movement: "up", expectation: "Holds weekly one-on-ones with each report", previously: "Holds weekly 1:1s with every report", aligned: true });
  });

  it("compares each consecutive pair with --each, and asks whom for when a folder holds several people", async () => {
    const dir = folderWith({
      "1.json": record(acme, acmeText, "m1", ["not-yet", "not-yet", "not-yet"], "2026-02-01"),
      "2.json": record(acme, acmeText, "m1", ["sometimes", "not-yet", "not-yet"], "2026-05-01"),
      "3.json": record(acme, acmeText, "m1", ["sometimes", "sometimes", "not-yet"], "2026-08-01"),
      "sam.json": record(acme, acmeText, "m1", ["sometimes", "sometimes", "not-yet"], "2026-08-01", { for: "Sam" }),
      "notes.json": '{"not": "a record"}',
      "x.partial.json": "{ unfinished",
    });
    const several = await runCli([...data, "progress", dir]);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain("holds records about more than one person");
    const each = JSON.parse((await runCli([...data, "progress", dir, "--for", "", "--each", "--json"])).stdout);
    expect(each.comparisons.map((c: { from: { date: string }; to: { date: string } }) => `${c.from.date}..${c.to.date}`)).toEqual(["2026-02-01..2026-05-01", "2026-05-01..2026-08-01"]);
    const one = await runCli([...data, "progress", dir, "--for", "Sam"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("only one assessment record for Sam");
  });
});

describe("broken, foreign and hand-edited records", () => {
  const good = record(acme, acmeText, "m1", ["sometimes", "sometimes", "not-yet"], "2026-08-30");
  // [file, content, the located problem]; validate reads a file without a "kind" (or not JSON) as a ladder file, so only a record-shaped one is checked as a record there.
  const cases: [string, string, string][] = [
    ["broken.json", JSON.stringify(good, null, 2).slice(0, 120), "broken.json:6:18: the file is not valid JSON"],
    ["ladder.json", JSON.stringify({ version: 1, title: "x" }), 'ladder.json:1:1: this is not an assessment record: it has no "kind"'],
    ["edited.json", JSON.stringify(good, null, 2).replace('"not-yet"', '"never"'), 'edited.json:30:17: answers[2].answer: must be "consistently", "sometimes", "not-yet"; got "never"'],
    ["newer.json", JSON.stringify({ ...good, version: 2 }, null, 2), "newer.json:3:14: version: record version 2 is not one this ladder reads (it reads version 1)"],
  ];
  for (const [name, content, located] of cases) {
    it(`${name}: a located error from validate, progress and case, never a crash`, async () => {
      const dir = folderWith({ [name]: content, "ok.json": good });
      const file = path.join(dir, name);
      const validate = content.includes('"kind"') ? [["validate", file]] : [];
      for (const args of [...validate, ["progress", path.join(dir, "ok.json"), file], ["case", "m2", "--from", file]]) {
        const r = await runCli([...data, ...args]);
        expect(r.code, args.join(" ")).toBe(1);
        expect(r.stdout).toBe("");
        expect(r.stderr).toContain(path.join(dir, located));
        expect(r.stderr).toContain("is not a valid assessment record");
        expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
      }
    });
  }

  it("validate accepts a good record in one line, and as JSON", async () => {
    const dir = folderWith({ "ok.json": good });
    const r = await runCli(["validate", path.join(dir, "ok.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${path.join(dir, "ok.json")}: valid assessment record (version 1): Engineering Manager (m1), 2026-08-30, 3 answers, ladder "Acme Engineering Ladder"\n`);
    expect(JSON.parse((await runCli(["validate", path.join(dir, "ok.json"), "--json"])).stdout)).toEqual({ file: path.join(dir, "ok.json"), valid: true, problems: [], counts: null });
  });
});

describe("ladder case", () => {
  it("groups the target's expectations by the latest answers, carried by the alignment from the current level", async () => {
    const dir = folderWith({
      "old.json": record(acme, acmeText, "m1", ["not-yet", "not-yet", "not-yet"], "2026-02-01"),
      "new.json": record(acme, acmeText, "m1", ["consistently", "sometimes", "not-yet"], "2026-11-30", { notes: ["Planned H2 with https://wiki.example/h2"] }),
    });
    const r = await runCli([...data, "case", "m2", "--from", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# Promotion case: Senior Engineering Manager\n");
    expect(r.stdout).toContain("## The step\n\n### Engineering Manager to Senior Engineering Manager\n\nManages managers or several teams.\n");
    expect(r.stdout).toContain(
      "## Strengths\n\n### Impact & Scope\n\n- Plans a multi-team roadmap for 2 quarters *(consistently)*\n  - *Answered for:* Delivers the team's roadmap each quarter\n  - *Note:* Planned H2 with https://wiki.example/h2\n",
    );
    expect(r.stdout).toContain("## Gaps\n\n### Craft\n\n- [ ] Keeps architecture reviews honest *(no answer yet)*\n");
    const json = JSON.parse((await runCli([...data, "case", "m2", "--from", path.join(dir, "new.json"), "--json"])).stdout);
    expect(json.strengths[0].evidence).toMatchObject({ answer: "consistently", aligned: true, expectation: "Delivers the team's roadmap each quarter" });
  });

  it("carries the answers of a record from an older ladder edition to the reworded expectations", async () => {
    const older = fixture("records/assessment-2026-08-30-m1.json");
    const json = JSON.parse((await runCli([...data, "case", "m1", "--from", older, "--json"])).stdout);
    const gap = json.gaps.find((i: { expectation: string }) => i.expectation === "Holds weekly 1:1s with every report");
    expect(gap.evidence).toEqual({ answer: "not-yet", note: "Only monthly so far", links: [], expectation: "Meets each report one-on-one every week", aligned: true });
  });

  it("is the empty template without a record", async () => {
    const r = await runCli([...data, "case", "m2"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("## Evidence to gather\n\n### Craft\n\n- [ ] Keeps architecture reviews honest\n  - *Evidence:*\n");
    expect(r.stdout).not.toContain("## Strengths");
  });
});
