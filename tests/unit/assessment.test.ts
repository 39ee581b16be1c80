// The self-assessment: the report as a pure function of the level and the
// answers (core/assessment.ts, render/views/assessment.ts), the questions asked
// (interactive/assess-flow.ts, through a scripted prompter), and the `assess`
// command around them.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assess, type AssessOptions } from "../../src/cli/commands/assess.js";
import { makeContext } from "../../src/cli/context.js";
import { VIEW_FORMATS } from "../../src/cli/program.js";
import { askAssessment } from "../../src/cli/interactive/assess-flow.js";
import { interrupted } from "../../src/cli/interactive/inquirer.js";
import { BACK } from "../../src/cli/interactive/prompter.js";
import type { GlobalOptions, Io } from "../../src/cli/io.js";
import { loadBuiltinLadder } from "../../src/cli/ladder-source.js";
import { buildAssessment, DEFAULT_RATING, localDate, questionsFor, type Answer, type Rating } from "../../src/core/assessment.js";
import { LadderError } from "../../src/core/errors.js";
import { loadLadderFile } from "../../src/core/load/index.js";
import { fingerprintOf } from "../../src/core/record.js";
import { readRecordText } from "../../src/core/record-file.js";
import { resolveLevel } from "../../src/core/resolve.js";
import type { Ladder, Level } from "../../src/core/types.js";
import { assessmentMarkdown, assessmentText } from "../../src/render/views/assessment.js";
import { present, renderJson } from "../../src/render/present.js";
import { makeStyle } from "../../src/render/style.js";
import { choose, enter, FakePrompter, type Call } from "../fakes/prompter.js";
import { fixture, runCli } from "../helpers.js";

const builtin = await loadBuiltinLadder();
const acme = loadLadderFile(fixture("acme.yaml"));
const plain = makeStyle(false);

/** The same rating for every expectation, with `overrides` by question number (1-based). */
function answersFor(ladder: Ladder, level: Level, rating: Rating, overrides: Record<number, Partial<Answer>> = {}): Answer[] {
  return questionsFor(ladder, level).map((q) => ({ section: q.section.id, index: q.index, rating, note: null, ...overrides[q.number] }));
}

describe("questionsFor", () => {
  it("asks every expectation of the level once, section by section, in ladder order", () => {
    const em = resolveLevel(builtin, "em");
    const questions = questionsFor(builtin, em);
    expect(questions).toHaveLength(25);
    expect(questions.map((q) => q.text)).toEqual(builtin.sections.flatMap((s) => (em.expectations[s.id] ?? []).map((e) => e.text)));
    expect(questions.map((q) => q.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(new Set(questions.map((q) => q.of))).toEqual(new Set([25]));
  });

  it("skips a section the level leaves out", () => {
    const m1 = resolveLevel(acme, "m1");
    expect(questionsFor(acme, m1).map((q) => `${q.section.id}[${q.index}]`)).toEqual(["impact[0]", "people[0]", "people[1]"]);
  });
});

describe("buildAssessment", () => {
  const em = resolveLevel(builtin, "em");

  it("counts each section and the whole level, keeping every expectation verbatim and in order", () => {
    const answers = answersFor(builtin, em, "consistently", {
      2: { rating: "sometimes", note: "  Only in 1:1s  " },
      3: { rating: "not-yet" },
      7: { rating: "not-yet", note: "   " },
    });
    const view = buildAssessment(builtin, em, answers, "2025-03-04");
    expect(view.ladder).toBe(builtin.title);
    expect(view.level.id).toBe("em");
    expect(view.date).toBe("2025-03-04");
    expect(view.summary).toEqual({ total: 25, consistently: 22, sometimes: 1, notYet: 2, unanswered: 0 });
    expect(view.sections.map((s) => s.id)).toEqual(builtin.sections.map((s) => s.id));
    expect(view.sections[0]!.summary).toEqual({ total: 5, consistently: 3, sometimes: 1, notYet: 1, unanswered: 0 });
    expect(view.sections[1]!.summary).toEqual({ total: 5, consistently: 4, sometimes: 0, notYet: 1, unanswered: 0 });
    expect(view.sections.flatMap((s) => s.expectations.map((e) => e.text))).toEqual(questionsFor(builtin, em).map((q) => q.text));
    const second = view.sections[0]!.expectations[1]!;
    expect(second).toEqual({ text: em.expectations.leadership![1]!.text, rating: "sometimes", met: false, note: "  Only in 1:1s  ", links: [] });
    // A note of only spaces is no note.
    expect(view.sections[1]!.expectations[1]!.note).toBeNull();
    expect(view.sections[0]!.expectations[0]!.met).toBe(true);
  });

  it("gives the level's growth-area entries and the transition out of it as what comes next", () => {
    const view = buildAssessment(builtin, em, answersFor(builtin, em, "sometimes"), "2025-03-04");
    expect(view.next.growthAreas.map((a) => a.title)).toEqual(builtin.growthAreas.map((a) => a.title));
    expect(view.next.growthAreas[0]!.text).toBe(builtin.growthAreas[0]!.byLevel.find((e) => e.levels.includes("em"))!.text);
    expect(view.next.transitions.map((t) => [t.from.id, t.to.id])).toEqual([["em", "senior-em"]]);
  });

  it("has no transition after the last level, and notes a growth-area entry shared with another level", () => {
    const cto = resolveLevel(builtin, "cto");
    const view = buildAssessment(builtin, cto, answersFor(builtin, cto, "not-yet"), "2025-03-04");
    expect(view.next.transitions).toEqual([]);
    expect(view.next.growthAreas[0]!.sharedWith.map((l) => l.id)).toEqual(["vp"]);
  });

  it("keeps a section the level leaves out, empty, and every transition out of a level with two", () => {
    const e2 = resolveLevel(acme, "e2");
    const m1 = resolveLevel(acme, "m1");
    const view = buildAssessment(acme, m1, answersFor(acme, m1, "consistently"), "2025-03-04");
    expect(view.sections.map((s) => [s.id, s.summary.total])).toEqual([["craft", 0], ["impact", 1], ["people", 2]]);
    expect(view.level.track).toEqual({ id: "management", title: "Management" });
    const fromE2 = buildAssessment(acme, e2, answersFor(acme, e2, "consistently"), "2025-03-04");
    expect(fromE2.next.transitions.map((t) => t.to.id)).toEqual(["staff", "m1"]);
  });

  it("reports an expectation left out as unanswered, neither met nor a gap", () => {
    const all = answersFor(builtin, em, "consistently");
    const view = buildAssessment(builtin, em, all.slice(1), "d");
    expect(view.sections[0]!.expectations[0]).toEqual({ text: em.expectations.leadership![0]!.text, rating: null, met: false, note: null, links: [] });
    expect(view.summary).toEqual({ total: 25, consistently: 24, sometimes: 0, notYet: 0, unanswered: 1 });
    const md = assessmentMarkdown(view);
    expect(md).toContain(`- [ ] ${em.expectations.leadership![0]!.text} *(not answered)*`);
    expect(md).toContain("| Section | Consistently | Sometimes | Not yet | Not answered |");
    expect(md).toContain("| **Total** | **24 of 25** | **0** | **0** | **1** |");
  });

  it("refuses answers that do not match the level's expectations (a bug in the caller)", () => {
    const all = answersFor(builtin, em, "consistently");
    expect(() => buildAssessment(builtin, em, [...all, all[0]!], "d")).toThrow(/two answers/);
    expect(() => buildAssessment(builtin, em, [...all, { section: "leadership", index: 99, rating: "sometimes" }], "d")).toThrow(/no expectation/);
    expect(() => buildAssessment(builtin, em, [{ ...all[0]!, rating: "often" as Rating }, ...all.slice(1)], "d")).toThrow(/unknown rating/);
  });

  it("is JSON with stable field names", () => {
    const m1 = resolveLevel(acme, "m1");
    const view = buildAssessment(acme, m1, answersFor(acme, m1, "not-yet", { 1: { rating: "consistently", note: "ok" } }), "2025-03-04");
    const json = JSON.parse(renderJson(view));
    expect(Object.keys(json)).toEqual(["ladder", "level", "date", "summary", "sections", "next"]);
    expect(Object.keys(json.sections[1])).toEqual(["id", "title", "summary", "expectations"]);
    expect(json.sections[1].expectations[0]).toEqual({ text: "Delivers the team's roadmap each quarter", rating: "consistently", met: true, note: "ok", links: [] });
    expect(json.sections[2].expectations[0].rating).toBe("not-yet");
    expect(json.summary).toEqual({ total: 3, consistently: 1, sometimes: 0, notYet: 2, unanswered: 0 });
    expect(Object.keys(json.next)).toEqual(["growthAreas", "transitions"]);
  });
});

describe("localDate", () => {
  it("is the local calendar day, zero-padded", () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe("2025-01-05");
    expect(localDate(new Date(2031, 11, 31, 0, 0))).toBe("2031-12-31");
  });
});

describe("assessmentText", () => {
  it("wraps the report to the terminal's width without breaking a word or dropping one", () => {
    const em = resolveLevel(builtin, "em");
    const note = "Worked through this with my manager over two quarters; the retro notes are at https://wiki.example/retro-2026";
    const view = buildAssessment(builtin, em, answersFor(builtin, em, "sometimes", { 1: { note } }), "2025-03-04");
    for (const width of [50, 80, 120]) {
      const text = assessmentText(view, { width, style: plain });
      const lines = text.trimEnd().split("\n");
      expect(lines.every((l) => l.length <= width), `width ${width}`).toBe(true);
      expect(text).not.toMatch(/[#*|]|\[x\] \*|- \[ \]/); // no markdown
      const words = (s: string) => s.split(/\s+/).filter((w) => w !== "");
      const flowing = words(text).join(" ");
      for (const q of questionsFor(builtin, em)) expect(flowing).toContain(words(q.text).join(" "));
      expect(flowing).toContain(words(note).join(" "));
    }
  });
});

describe("assessmentMarkdown", () => {
  const em = resolveLevel(builtin, "em");
  const md = assessmentMarkdown(
    buildAssessment(
      builtin,
      em,
      answersFor(builtin, em, "consistently", { 2: { rating: "sometimes", note: "Only in *some* 1:1s | ask Sam" }, 3: { rating: "not-yet" } }),
      "2025-03-04",
    ),
  );
  const lines = md.split("\n");

  it("starts with the level, ladder, date and overall count", () => {
    expect(lines.slice(0, 7)).toEqual([
      "# Self-assessment: Engineering Manager",
      "",
      "- **Level:** Engineering Manager (`em`)",
      `- **Ladder:** ${builtin.title}`,
      "- **Date:** 2025-03-04",
      "- **Overall:** 23 of 25 consistently, 1 sometimes, 1 not yet",
      "",
    ]);
  });

  it("has a summary table with a row per section and a total", () => {
    expect(md).toContain("| Section | Consistently | Sometimes | Not yet |\n| --- | --- | --- | --- |\n| Leadership Skills | 3 of 5 | 1 | 1 |\n| Team & Project Scope | 5 of 5 | 0 | 0 |");
    expect(md).toContain("| **Total** | **23 of 25** | **1** | **1** |");
  });

  it("lists what is met as [x] and the gaps as [ ] with how often and the escaped note", () => {
    const [first, second, third] = em.expectations.leadership!.map((e) => e.text);
    expect(md).toContain(`## Leadership Skills\n\n3 of 5 consistently, 1 sometimes, 1 not yet.\n\n- [x] ${first}\n- [ ] ${second} *(sometimes)*\n  - *Note:* Only in \\*some\\* 1:1s \\| ask Sam\n- [ ] ${third} *(not yet)*\n`);
    expect(lines.filter((l) => l.startsWith("- [x] "))).toHaveLength(23);
    expect(lines.filter((l) => l.startsWith("- [ ] "))).toHaveLength(2);
  });

  it("ends with what to work on next: the gaps, the growth areas and the next transition", () => {
    const next = md.slice(md.indexOf("## What to work on next"));
    expect(next).toContain("The 2 gaps above (1 not yet, 1 sometimes).");
    expect(next).toContain("### Growth areas at this level\n\n- **People Development:** ");
    expect(next).toContain("### Next: Engineering Manager to Senior Engineering Manager\n\n");
    expect(md.endsWith("\n")).toBe(true);
    expect(md).not.toMatch(/\n\n\n/);
  });

  it("escapes ladder text that looks like markdown, and says so when nothing leads on", () => {
    const e1 = resolveLevel(acme, "e1");
    const report = assessmentMarkdown(buildAssessment(acme, e1, answersFor(acme, e1, "not-yet"), "2025-03-04"));
    expect(report).toContain("- [ ] Reads \\`git log\\` before asking \\| asks after 15 minutes *(not yet)*");
    expect(report).toContain("| People | — | — | — |");
    expect(report).toContain("## People\n\n*No expectations at this level.*");
    expect(report).toContain("- **Track:** Engineering");
    const staff = resolveLevel(acme, "staff");
    const last = assessmentMarkdown(buildAssessment(acme, staff, answersFor(acme, staff, "consistently"), "2025-03-04"));
    expect(last).toContain("Every expectation of this level is met consistently.");
    expect(last).toContain("*No transition in this ladder leads on from this level.*");
  });
});

describe("askAssessment (the questions, through a scripted prompter)", () => {
  const m1 = resolveLevel(acme, "m1");
  const ask = (script: unknown[], canLeave = false) => {
    const prompter = new FakePrompter(script);
    return { prompter, result: askAssessment(acme, m1, { prompter, style: plain, canLeave }) };
  };

  it("asks each expectation then a note, offering sometimes as the default, and returns the answers", async () => {
    const { prompter, result } = ask([choose("Consistently"), "Weekly, never skipped", enter, enter, choose("Not yet"), ""]);
    expect(await result).toEqual([
      { section: "impact", index: 0, rating: "consistently", note: "Weekly, never skipped" },
      { section: "people", index: 0, rating: "sometimes", note: null },
      { section: "people", index: 1, rating: "not-yet", note: null },
    ]);
    const selects = prompter.calls.filter((c) => c.kind === "select");
    expect(selects.map((c) => c.message)).toEqual([
      "1/3 Delivers the team's roadmap each quarter",
      "2/3 Holds weekly 1:1s with every report",
      "3/3 Hires for the team",
    ]);
    for (const c of selects) if (c.kind === "select") expect(c.question.default).toBe(DEFAULT_RATING);
    expect(prompter.calls.map((c) => c.kind)).toEqual(["select", "input", "select", "input", "select", "input"]);
    expect(prompter.left).toBe(0);
  });

  it("prints a transcript: the section headings, each answer and note", async () => {
    const { prompter, result } = ask([choose("Consistently"), "a note", enter, enter, choose("Not yet"), ""]);
    await result;
    const out = prompter.printed;
    expect(out).toContain("Self-assessment: Engineering Manager (m1)");
    expect(out).toContain('3 expectations in 2 sections');
    expect(out).toMatch(/Impact & Scope\n  1\/3 consistently  Delivers the team's roadmap each quarter\n +note: a note\n/);
    expect(out).toMatch(/People\n  2\/3 sometimes     Holds weekly 1:1s with every report\n  3\/3 not yet       Hires for the team\n/);
    for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("puts the expectation under its answer on a narrow terminal, every line within the width", async () => {
    const prompter = new FakePrompter([choose("Consistently"), "a note that is long enough to wrap", enter, "", enter, ""], 30);
    await askAssessment(acme, m1, { prompter, style: plain, canLeave: false });
    expect(prompter.printed).toContain("  1/3 consistently\n    Delivers the team's\n    roadmap each quarter\n    note: a note that is long\n");
    for (const line of prompter.printed.split("\n")) expect(line.length).toBeLessThanOrEqual(30);
  });

  it("goes back one step on Esc, offering the earlier answers as defaults", async () => {
    const seen: Call[] = [];
    const spy = (reply: unknown) => (call: Call) => (seen.push(call), typeof reply === "function" ? reply(call) : reply);
    const { prompter, result } = ask([
      choose("Not yet"), // 1
      "first note",
      choose("Consistently"), // 2
      BACK, // from 2's note back to 2's rating
      spy(BACK), // from 2's rating back to 1's note
      spy(enter), // 1's note again: keeps "first note"
      spy(enter), // 2's rating again: keeps consistently
      "",
      enter, // 3
      "",
    ]);
    expect(await result).toEqual([
      { section: "impact", index: 0, rating: "not-yet", note: "first note" },
      { section: "people", index: 0, rating: "consistently", note: null },
      { section: "people", index: 1, rating: "sometimes", note: null },
    ]);
    expect(seen.map((c) => c.kind === "select" ? c.question.default : c.kind === "input" ? c.question.default : undefined)).toEqual(["consistently", "first note", "consistently"]);
    expect(prompter.printed).toContain("↩ back to 2/3");
    expect(prompter.printed).toContain("↩ back to the note on 1/3");
  });

  it("has nowhere to go back to at the first question, unless it may leave", async () => {
    const { prompter, result } = ask([choose("Consistently"), "", enter, "", enter, ""]);
    await result;
    const first = prompter.calls[0]!;
    expect(first.kind === "select" && first.question.escape).toBe("none");
    expect(prompter.calls.slice(1).map((c) => (c.kind === "search" ? "back" : c.question.escape))).toEqual(["back", "back", "back", "back", "back"]);
    const leaving = ask([BACK], true);
    expect(await leaving.result).toBe(BACK);
  });
});

describe("the assess command", () => {
  const terminal = (): { io: Io; stderr: () => string } => {
    let err = "";
    return {
      io: { stdout: { write: () => true, isTTY: true, columns: 80 }, stderr: { write: (s: string) => (err += s), isTTY: true }, stdin: { isTTY: true }, env: {} },
      stderr: () => err,
    };
  };
  const script = () => [choose("Consistently"), "note | one https://wiki.example/roadmap", enter, "", choose("Not yet"), ""];
  const now = () => new Date(2025, 2, 4, 12);
  const folder = () => mkdtempSync(path.join(tmpdir(), "ladder-assess-"));
  const run = (options: GlobalOptions, name: string | undefined, assessOptions: AssessOptions = {}, dir = folder(), replies = script()) => {
    const t = terminal();
    const prompter = new FakePrompter(replies);
    const ctx = makeContext(t.io, { data: fixture("acme.yaml"), ...options }, { command: "assess", choices: VIEW_FORMATS, readsLadder: true, ...(assessOptions.out === undefined ? {} : { file: assessOptions.out }) });
    // What main.ts would print: the report in the chosen format, or nothing once --out named the files.
    const result = assess(ctx, name, assessOptions, prompter, now, dir).then((r) => (r === undefined ? "" : present(r, ctx.output().format, ctx.output())));
    return { result, prompter, stderr: t.stderr, dir };
  };

  it("prints the report as text on a terminal, and keeps a dated record and markdown report beside each other", async () => {
    const { result, prompter, stderr, dir } = run({ format: "text", color: false }, "manager");
    const report = await result;
    expect(report.startsWith("Self-assessment: Engineering Manager (m1)\n")).toBe(true);
    expect(report).toContain("[x] Delivers the team's roadmap each quarter");
    expect(prompter.left).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["assessment-2025-03-04-m1.json", "assessment-2025-03-04-m1.md"]);
    expect(stderr()).toContain(`Kept the record in ${path.join(dir, "assessment-2025-03-04-m1.json")}`);
    const md = readFileSync(path.join(dir, "assessment-2025-03-04-m1.md"), "utf-8");
    expect(md).toContain("- [x] Delivers the team's roadmap each quarter\n  - *Note:* note \\| one https://wiki.example/roadmap\n");
    const record = readRecordText(readFileSync(path.join(dir, "assessment-2025-03-04-m1.json"), "utf-8"), "r.json");
    expect(record.answers.map((a) => [a.expectation, a.answer, a.note ?? null, a.links ?? []])).toEqual([
      ["Delivers the team's roadmap each quarter", "consistently", "note | one https://wiki.example/roadmap", ["https://wiki.example/roadmap"]],
      ["Holds weekly 1:1s with every report", "sometimes", null, []],
      ["Hires for the team", "not-yet", null, []],
    ]);
    expect(record.ladder.fingerprint).toBe(fingerprintOf(readFileSync(fixture("acme.yaml"))));
    // A second assessment the same day never replaces the first.
    await run({}, "m1", { for: "Sam Rivera" }, dir).result;
    await run({}, "m1", {}, dir).result;
    expect(readdirSync(dir).sort()).toEqual([
      "assessment-2025-03-04-m1-2.json",
      "assessment-2025-03-04-m1-2.md",
      "assessment-2025-03-04-m1-sam-rivera.json",
      "assessment-2025-03-04-m1-sam-rivera.md",
      "assessment-2025-03-04-m1.json",
      "assessment-2025-03-04-m1.md",
    ]);
  });

  it("returns JSON with --format json or --json", async () => {
    for (const options of [{ format: "json" }, { json: true }]) {
      const view = JSON.parse(await run(options, "m1").result);
      expect(view.level.id).toBe("m1");
      expect(view.summary).toEqual({ total: 3, consistently: 1, sometimes: 1, notYet: 1, unanswered: 0 });
    }
  });

  it("--out names the report and the record beside it, either way round, and never replaces them", async () => {
    const dir = folder();
    const first = run({}, "m1", { out: path.join(dir, "q4.md") });
    expect(await first.result).toBe("");
    expect(readdirSync(dir).sort()).toEqual(["q4.json", "q4.md"]);
    await run({}, "m1", { out: path.join(dir, "q1.json") }).result;
    expect(readdirSync(dir).sort()).toEqual(["q1.json", "q1.md", "q4.json", "q4.md"]);
    const again = run({}, "m1", { out: path.join(dir, "q4.json") });
    await expect(again.result).rejects.toThrow(/q4\.md already exists/);
    expect(again.prompter.calls).toHaveLength(0); // before the first question
    await expect(run({ json: true }, "m1", { out: path.join(dir, "q5.md") }).result).rejects.toThrow(/--format has nothing to choose/);
  });

  it("fails before the first question when --out cannot be written", async () => {
    const dir = folder();
    for (const out of [dir, path.join(dir, "missing", "report.md")]) {
      const { result, prompter } = run({}, "m1", { out });
      await expect(result).rejects.toThrow(out === dir ? /is a directory/ : /does not exist/);
      expect(prompter.calls).toHaveLength(0);
    }
  });

  it("keeps every answer as it is given: Ctrl-C says where, and --resume continues at the first unanswered question", async () => {
    const dir = folder();
    const stopped = run({}, "m1", {}, dir, [choose("Consistently"), "kept", choose("Not yet"), () => { throw interrupted(); }]);
    const error = (await stopped.result.catch((e: unknown) => e)) as LadderError;
    expect(error.exitCode).toBe(130);
    expect(error.message).toBe(`interrupted; the answers so far are kept in ${path.join(dir, "assessment-m1.partial.json")}`);
    expect(error.hints).toEqual(["`ladder assess m1 --resume` continues at the first unanswered question"]);
    const partial = readRecordText(readFileSync(path.join(dir, "assessment-m1.partial.json"), "utf-8"), "p.json");
    expect(partial.answers.map((a) => a.answer)).toEqual(["consistently", "not-yet"]);

    // Starting afresh over it is refused; --resume asks only what is left.
    await expect(run({}, "m1", {}, dir).result).rejects.toThrow(/an unfinished assessment of m1 is kept in/);
    const resumed = run({}, "m1", { resume: true }, dir, [choose("Sometimes"), ""]);
    await resumed.result;
    expect(resumed.prompter.calls[0]!.message).toBe("3/3 Hires for the team");
    expect(resumed.prompter.printed).toContain("Resuming at 3/3: 2 answered already.");
    expect(readdirSync(dir).sort()).toEqual(["assessment-2025-03-04-m1.json", "assessment-2025-03-04-m1.md"]);
    const record = readRecordText(readFileSync(path.join(dir, "assessment-2025-03-04-m1.json"), "utf-8"), "r.json");
    expect(record.answers.map((a) => [a.answer, a.note ?? null])).toEqual([["consistently", "kept"], ["not-yet", null], ["sometimes", null]]);
    await expect(run({}, "m1", { resume: true }, dir).result).rejects.toThrow(/no unfinished assessment of m1 to resume/);
  });

  it("the resume hint names what finds the progress file again: --out and whom it is for", async () => {
    const dir = folder();
    const out = path.join(dir, "sam.md");
    const stopped = run({}, "m1", { out, for: "Sam Rivera" }, dir, [choose("Consistently"), () => { throw interrupted(); }]);
    const error = (await stopped.result.catch((e: unknown) => e)) as LadderError;
    expect(error.message).toBe(`interrupted; the answers so far are kept in ${path.join(dir, "sam.partial.json")}`);
    expect(error.hints).toEqual([`\`ladder assess m1 --out ${out} --for "Sam Rivera" --resume\` continues at the first unanswered question`]);
    const resumed = run({}, "m1", { out, for: "Sam Rivera", resume: true }, dir, [enter, enter, enter, enter, enter]);
    await resumed.result;
    expect(readdirSync(dir).sort()).toEqual(["sam.json", "sam.md"]);
    expect(JSON.parse(readFileSync(path.join(dir, "sam.json"), "utf-8")).for).toBe("Sam Rivera");
  });

  it("--update offers the earlier answers as defaults and writes a new record", async () => {
    const dir = folder();
    await run({}, "m1", { out: path.join(dir, "before.md") }).result;
    const update = run({}, undefined, { update: path.join(dir, "before.json"), out: path.join(dir, "after.md") }, dir, [enter, enter, choose("Consistently"), enter, enter, enter]);
    await update.result;
    const selects = update.prompter.calls.filter((c) => c.kind === "select").map((c) => (c.kind === "select" ? c.question.default : null));
    expect(selects).toEqual(["consistently", "sometimes", "not-yet"]);
    const after = readRecordText(readFileSync(path.join(dir, "after.json"), "utf-8"), "a.json");
    expect(after.answers.map((a) => a.answer)).toEqual(["consistently", "consistently", "not-yet"]);
    expect(after.answers[0]!.links).toEqual(["https://wiki.example/roadmap"]); // the note kept, its links with it
  });

  it("--answers fills the assessment without prompts or a terminal; problems are located", async () => {
    const dir = folder();
    const csv = path.join(dir, "answers.csv");
    writeFileSync(csv, "expectation,answer,note\nDelivers the team's roadmap each quarter,consistently,\"Yes, https://x.example/a\"\nhires for the team,Not yet,\n");
    const r = await runCli(["--data", fixture("acme.yaml"), "assess", "m1", "--answers", csv, "--out", path.join(dir, "a.md")]);
    expect(r.code).toBe(0);
    const record = readRecordText(readFileSync(path.join(dir, "a.json"), "utf-8"), "a.json");
    expect(record.answers.map((a) => [a.expectation, a.answer])).toEqual([["Delivers the team's roadmap each quarter", "consistently"], ["Hires for the team", "not-yet"]]);
    expect(readFileSync(path.join(dir, "a.md"), "utf-8")).toContain("- [ ] Holds weekly 1:1s with every report *(not answered)*");

    writeFileSync(csv, "expectation,answer,note\nDelivers the team roadmap each quarter,consistently,\nHires for the team,often,\n");
    const bad = await runCli(["--data", fixture("acme.yaml"), "assess", "m1", "--answers", csv, "--out", path.join(dir, "b.md")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${csv}:2:1: "Delivers the team roadmap each quarter" is not an expectation of m1 (did you mean "Delivers the team's roadmap each quarter"?)`);
    expect(bad.stderr).toContain(`${csv}:3:1: unknown answer "often" (use one of: consistently, sometimes, not-yet)`);
    expect(bad.stderr).toContain(`ladder: ${csv} is not a valid answers file (2 problems)`);
    expect(readdirSync(dir).sort()).toEqual(["a.json", "a.md", "answers.csv"]);

    const json = path.join(dir, "answers.json");
    writeFileSync(json, '[\n  { "expectation": "Hires for the team", "answer": "sometimes" },\n  { "expectation": "Hires for the team", "anwser": "x" }\n]\n');
    const twice = await runCli(["--data", fixture("acme.yaml"), "assess", "m1", "--answers", json, "--out", path.join(dir, "c.md")]);
    expect(twice.stderr).toContain(`${json}:3:42: [1].anwser: unknown key "anwser" (did you mean "answer"?)`);
  });

  it("--out writes both files and names them with control characters made visible", async () => {
    const dir = folder();
    const csv = path.join(dir, "answers.csv");
    writeFileSync(csv, "expectation,answer\nHires for the team,sometimes\n");
    const r = await runCli(["--data", fixture("acme.yaml"), "assess", "m1", "--answers", csv, "--out", path.join(dir, "a\u001b[2Jb.md")]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["a\u001b[2Jb.json", "a\u001b[2Jb.md", "answers.csv"]);
    expect(r.stderr).not.toContain("\u001b");
    expect(r.stderr).toContain(`Kept the record in ${path.join(dir, "a\\u001b[2Jb.json")}`);
  });

  it("refuses prompts without a terminal on standard input, naming --answers and the checklist", async () => {
    const r = await runCli(["assess", "em"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("ladder: `ladder assess` asks its questions on a terminal, but standard input is not one");
    expect(r.stderr).toContain("hint: answers from a file, without prompts: `ladder assess em --answers answers.csv`");
    const quoted = await runCli(["assess", "senior em"]);
    expect(quoted.stderr).toContain("`ladder show senior-em --checklist`"); // the level by its id, resolved first
  });

  it("reports an unknown level as a usage error before asking anything", async () => {
    const r = await runCli(["assess", "wizard"], { tty: true, stdinTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ladder: unknown level "wizard"');
  });
});
