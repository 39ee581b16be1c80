// `ladder explore` and `ladder assess` as a person runs them: the built binary
// in a real pseudo-terminal (tmux, terminal.ts), keys sent one step at a time.
// And the refusal without a terminal, through pipes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fixture, runBin } from "../helpers.js";
import { DEADLINE_MS, hasTmux, MENU, PAGER_PROMPT, tempDir, Terminal } from "./terminal.js";

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

/** Answers each of `count` questions with the default (sometimes) and no note. */
async function answerDefaults(term: Terminal, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    await term.waitFor(`? ${n}/${count} `);
    term.send("Enter");
    await term.waitFor("Note (Enter to skip)");
    term.send("Enter");
  }
}

describe("without a terminal", () => {
  it("explore exits 2 and names the commands that show the same views", () => {
    const r = runBin(["explore"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("ladder: `ladder explore` is interactive and needs a terminal, but standard input and standard output are not one");
    expect(r.stderr).toContain("hint: the same views without prompts: `ladder show <level>`");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("assess exits 2 and names --answers and the checklist command", () => {
    const r = runBin(["assess", "em"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("hint: answers from a file, without prompts: `ladder assess em --answers answers.csv`");
    expect(r.stderr).toContain("hint: the same expectations as a checklist: `ladder show em --checklist`");
  });
});

describe.skipIf(!hasTmux)("in a terminal (tmux, 80x24)", { timeout: 60_000 }, () => {
  let term: Terminal;
  afterEach(() => term?.kill());

  it("explore: browses a level and a comparison in the pager, each time back to the menu on a clean screen, then q leaves with status 0", async () => {
    term = new Terminal();
    term.start(["explore"], tempDir());
    let screen = await term.waitFor(MENU);
    expect(screen).toContain("Exploring: Software Engineering Manager Career Progression");
    expect(screen).toContain("❯ Show a level");
    expect(screen).toContain("q quit");

    term.send("Enter");
    await term.waitFor("Which level?");
    term.send("dir", true);
    await term.waitFor("❯ Director of Engineering (director)");
    term.send("Enter");
    // The view opens in the pager at its top, and stays there to be read.
    screen = await term.waitFor(PAGER_PROMPT);
    expect(screen.split("\n")[0]).toBe("Director of Engineering");
    expect(screen).toContain("Leadership Skills");
    term.send("G"); // less: to the end
    await term.waitFor("Out of this level: Director to VP of Engineering");
    term.send("q");
    screen = await term.waitFor(MENU);
    // Back at the top of a clean screen: the menu, and nothing of the view.
    expect(screen.split("\n")[0]).toBe(`? ${MENU}`);
    expect(screen).not.toContain("Director");

    // Esc in a list goes back to the menu; the menu remembers the last entry.
    term.send("Down");
    await term.waitFor("❯ Compare two levels");
    term.send("Enter");
    await term.waitFor("Compare which level?");
    term.send("Escape");
    await term.waitFor(MENU);
    term.send("Enter");
    await term.waitFor("Compare which level?");
    term.send("sem", true);
    await term.waitFor("❯ Senior Engineering Manager (senior-em)");
    term.send("Enter");
    await term.waitFor("Compare Senior Engineering Manager with which level?");
    term.send("cto", true);
    await term.waitFor("❯ CTO (cto)");
    term.send("Enter");
    screen = await term.waitFor(PAGER_PROMPT);
    expect(screen.split("\n")[0]).toBe("Senior Engineering Manager → CTO");
    term.send("G");
    await term.waitFor("3. VP to CTO");
    term.send("q");
    screen = await term.waitFor(MENU);
    expect(screen.split("\n")[0]).toBe(`? ${MENU}`);

    term.send("q");
    expect(await term.exitStatus()).toBe(0);
    expect(term.screen(true)).not.toMatch(/Error|\n\s+at /);
  });

  it("explore at 60x16: a search in the pager, the next search offered after it, a short view above the menu", async () => {
    term = new Terminal();
    term.start(["explore"], tempDir(), { size: [60, 16] });
    await term.waitFor(MENU);
    term.send("search", true);
    await term.waitFor("❯ Search the ladder");
    term.send("Enter");
    await term.waitFor("Search for");
    term.send("budget", true);
    term.send("Enter");
    let screen = await term.waitFor(PAGER_PROMPT);
    expect(screen.split("\n")[0]).toBe('Found "budget" in 4 places');
    for (const line of screen.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    term.send("q");
    // The next search, at the top of a clean screen.
    screen = await term.waitFor("Search for");
    expect(screen.split("\n")[0]).toMatch(/^\? Search for/);
    expect(screen).not.toContain("budget");
    term.send("zzzz", true);
    term.send("Enter");
    // Nothing found: short enough to stay on screen above the next question.
    screen = await term.waitFor(/No matches for "zzzz"[\s\S]*Search for/);
    term.send("Enter"); // an empty search goes back to the menu
    screen = await term.waitFor(MENU);
    expect(screen).toContain("❯ Search the ladder");
    term.send("q");
    expect(await term.exitStatus()).toBe(0);
  });

  it("explore with --no-pager prints each view above the menu, as before", async () => {
    term = new Terminal();
    term.start(["explore", "--no-pager"], tempDir());
    await term.waitFor(MENU);
    term.send("Enter");
    await term.waitFor("Which level?");
    term.send("dir", true);
    await term.waitFor("❯ Director of Engineering (director)");
    term.send("Enter");
    const screen = await term.waitFor(MENU);
    expect(screen).toContain("Out of this level: Director to VP of Engineering");
    expect(screen).not.toContain(PAGER_PROMPT);
    term.send("q");
    expect(await term.exitStatus()).toBe(0);
  });

  it("explore: Esc at the menu leaves with 0, Ctrl-C with 130 and no trace", async () => {
    term = new Terminal();
    term.start(["explore"], tempDir());
    await term.waitFor(MENU);
    term.send("Escape");
    expect(await term.exitStatus()).toBe(0);
    term.kill();

    term = new Terminal();
    term.start(["explore"], tempDir());
    await term.waitFor(MENU);
    term.send("Enter");
    await term.waitFor("Which level?");
    term.send("C-c");
    expect(await term.exitStatus()).toBe(130);
    const screen = term.screen(true);
    expect(screen).toContain("ladder: interrupted");
    expect(screen).not.toMatch(/ExitPromptError|\n\s+at /);
  });

  it("explore: a self-assessment on a custom ladder, saved from the menu", async () => {
    term = new Terminal();
    const cwd = tempDir();
    term.start(["--data", fixture("acme.yaml"), "explore"], cwd);
    await term.waitFor(MENU);
    term.send("assess", true); // select jumps to the entry whose name starts with what is typed
    await term.waitFor("❯ Assess yourself against a level");
    term.send("Enter");
    await term.waitFor("Assess yourself against which level?");
    term.send("m1", true);
    await term.waitFor("❯ Engineering Manager (m1)");
    term.send("Enter");
    await answerDefaults(term, 3);
    // The report opens in the pager; q brings the question of saving it.
    await term.waitFor(PAGER_PROMPT);
    term.send("q");
    await term.waitFor("Save the report?");
    term.send("Enter");
    const name = `assessment-m1-${today()}.md`;
    await term.waitFor(MENU);
    expect(await term.waitFor("Saved the report to", true)).toContain(name);
    term.send("q");
    expect(await term.exitStatus()).toBe(0);
    const report = readFileSync(path.join(cwd, name), "utf-8");
    expect(report).toContain("# Self-assessment: Engineering Manager");
    expect(report).toContain("- **Overall:** 0 of 3 consistently, 3 sometimes, 0 not yet");
  });

  it("assess: answers, notes, Esc to go back, and the report written with --out", async () => {
    term = new Terminal();
    const cwd = tempDir();
    term.start(["--data", fixture("acme.yaml"), "assess", "manager", "--out", "report.md"], cwd);
    let screen = await term.waitFor("? 1/3 Delivers the team's roadmap each quarter");
    expect(screen).toContain("Self-assessment: Engineering Manager (m1)");
    expect(screen).toContain("❯ Sometimes"); // Enter's default
    term.send("Up");
    await term.waitFor("❯ Consistently");
    term.send("Enter");
    await term.waitFor("Note (Enter to skip)");
    term.send("Runs it | with the PM", true);
    await term.waitFor("Runs it | with the PM");
    term.send("Enter");
    await term.waitFor("? 2/3 Holds weekly 1:1s with every report");
    // Changed my mind: back to the note, back to the rating.
    term.send("Escape");
    await term.waitFor("↩ back to the note on 1/3");
    term.send("Escape");
    screen = await term.waitFor("? 1/3 Delivers");
    expect(screen).toContain("❯ Consistently"); // the earlier answer is the default now
    term.send("Enter");
    await term.waitFor("Note (Enter to skip)");
    term.send("Enter"); // keeps the earlier note
    await term.waitFor("? 2/3 Holds weekly");
    term.send("Enter");
    await term.waitFor("Note (Enter to skip)");
    term.send("Enter");
    await term.waitFor("? 3/3 Hires for the team");
    term.send("Down");
    await term.waitFor("❯ Not yet");
    term.send("Enter");
    await term.waitFor("Note (Enter to skip)");
    term.send("Enter");
    expect(await term.exitStatus()).toBe(0);
    screen = term.screen(true);
    expect(screen).toContain("1/3 consistently  Delivers the team's roadmap each quarter");
    expect(screen).toContain("note: Runs it | with the PM");
    expect(screen).toContain("3/3 not yet       Hires for the team");
    expect(screen).toContain("Kept the record in report.json and the report in report.md");

    const report = readFileSync(path.join(cwd, "report.md"), "utf-8");
    expect(report).toContain(`- **Date:** ${today()}`);
    expect(report).toContain("| Impact & Scope | 1 of 1 | 0 | 0 |");
    expect(report).toContain("- [x] Delivers the team's roadmap each quarter\n  - *Note:* Runs it \\| with the PM\n");
    expect(report).toContain("- [ ] Holds weekly 1:1s with every report *(sometimes)*");
    expect(report).toContain("- [ ] Hires for the team *(not yet)*");
    expect(report).toContain("### Next: Engineering Manager to Senior Engineering Manager");
  });

  it("assess: prints the report on standard output at the end", async () => {
    term = new Terminal();
    const cwd = tempDir();
    term.start(["--data", fixture("acme.yaml"), "--json", "--no-pager", "assess", "m1"], cwd);
    await answerDefaults(term, 3);
    expect(await term.exitStatus()).toBe(0);
    const screen = term.screen(true);
    expect(screen).toContain('"summary": {');
    expect(screen).toContain('"sometimes": 3');
    expect(readdirSync(cwd).sort()).toEqual([`assessment-${today()}-m1.json`, `assessment-${today()}-m1.md`]);
  });

  it("assess > report.md: the prompts on the terminal, only the report in the file", async () => {
    term = new Terminal();
    const cwd = tempDir();
    term.start(["--data", fixture("acme.yaml"), "assess", "m1"], cwd, { stdout: "report.md" });
    await answerDefaults(term, 3);
    expect(await term.exitStatus()).toBe(0);
    const report = readFileSync(path.join(cwd, "report.md"), "utf-8");
    expect(report.startsWith("# Self-assessment: Engineering Manager\n")).toBe(true);
    expect(report).not.toMatch(/Note \(Enter|\u001b|\? \d\/3/);
    expect(term.screen(true)).toContain("3/3 sometimes");
  });

  it("assess --update: the earlier answers and notes are the defaults, and a new record is written", async () => {
    term = new Terminal();
    const cwd = tempDir();
    const csv = path.join(cwd, "before.csv");
    writeFileSync(csv, "expectation,answer,note\nDelivers the team's roadmap each quarter,consistently,On time\nHolds weekly 1:1s with every report,not-yet,\n");
    expect(runBin(["--data", fixture("acme.yaml"), "assess", "m1", "--answers", csv, "--out", path.join(cwd, "before.json")]).code).toBe(0);
    term.start(["--data", fixture("acme.yaml"), "assess", "--update", "before.json", "--out", "after.md"], cwd);
    let screen = await term.waitFor("? 1/3 Delivers");
    expect(screen).toContain("❯ Consistently");
    term.send("Enter");
    screen = await term.waitFor("Note (Enter to skip)");
    expect(screen).toContain("(On time)");
    term.send("Enter");
    screen = await term.waitFor("? 2/3 Holds weekly");
    expect(screen).toContain("❯ Not yet");
    term.send("Up");
    await term.waitFor("❯ Sometimes");
    term.send("Enter");
    await term.waitFor("Note (Enter to skip)");
    term.send("Enter");
    await term.waitFor("? 3/3 Hires");
    term.send("Enter");
    await term.waitFor("Note (Enter to skip)");
    term.send("Enter");
    expect(await term.exitStatus()).toBe(0);
    const after = JSON.parse(readFileSync(path.join(cwd, "after.json"), "utf-8"));
    expect(after.answers.map((a: { answer: string; note?: string }) => [a.answer, a.note ?? null])).toEqual([["consistently", "On time"], ["sometimes", null], ["sometimes", null]]);
    expect(JSON.parse(readFileSync(path.join(cwd, "before.json"), "utf-8")).answers).toHaveLength(2); // the earlier record is kept as it was
  });

  it("assess: a closed terminal loses no answer given", async () => {
    term = new Terminal();
    const cwd = tempDir();
    term.start(["--data", fixture("acme.yaml"), "assess", "m1", "--for", "Sam Rivera"], cwd);
    await term.waitFor("? 1/3 ");
    term.send("Down");
    await term.waitFor("❯ Not yet");
    term.send("Enter");
    await term.waitFor("Note (Enter to skip)");
    term.send("Enter");
    await term.waitFor("? 2/3 ");
    term.kill(); // the terminal closes: ladder gets SIGHUP mid-question
    const progress = path.join(cwd, "assessment-m1-sam-rivera.partial.json");
    const deadline = Date.now() + DEADLINE_MS;
    while (!existsSync(progress) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const kept = JSON.parse(readFileSync(progress, "utf-8"));
    expect(kept.for).toBe("Sam Rivera");
    expect(kept.answers.map((a: { expectation: string; answer: string }) => [a.expectation, a.answer])).toEqual([["Delivers the team's roadmap each quarter", "not-yet"]]);
    expect(readdirSync(cwd)).toEqual(["assessment-m1-sam-rivera.partial.json"]); // no half-written file either
  });

  it("assess: Ctrl-C keeps the answers, --resume continues, then progress and case read the records", async () => {
    term = new Terminal();
    const cwd = tempDir();
    // Last quarter's record, made from answers in a file.
    const csv = path.join(cwd, "q3.csv");
    writeFileSync(csv, "expectation,answer,note\nDelivers the team's roadmap each quarter,sometimes,Slipped once\nHolds weekly 1:1s with every report,not-yet,\nHires for the team,not-yet,\n");
    expect(runBin(["--data", fixture("acme.yaml"), "assess", "m1", "--answers", csv, "--out", path.join(cwd, "q3.md")]).code).toBe(0);

    term.start(["--data", fixture("acme.yaml"), "assess", "m1"], cwd);
    await term.waitFor("? 1/3 Delivers the team's roadmap each quarter");
    term.send("Up");
    await term.waitFor("❯ Consistently");
    term.send("Enter");
    await term.waitFor("Note (Enter to skip)");
    term.send("On time, see https://wiki.example/q4", true);
    term.send("Enter");
    await term.waitFor("? 2/3 Holds weekly");
    term.send("C-c");
    expect(await term.exitStatus()).toBe(130);
    let screen = term.screen(true);
    expect(screen).toContain("ladder: interrupted; the answers so far are kept in assessment-m1.partial.json");
    expect(screen).toContain("hint: `ladder assess m1 --resume` continues at the first unanswered question");
    term.kill();

    term = new Terminal();
    term.start(["--data", fixture("acme.yaml"), "--no-pager", "assess", "m1", "--resume"], cwd);
    screen = await term.waitFor("? 2/3 Holds weekly 1:1s with every report");
    expect(screen).toContain("Resuming at 2/3: 1 answered already.");
    term.send("Enter"); // sometimes
    await term.waitFor("Note (Enter to skip)");
    term.send("Enter");
    await term.waitFor("? 3/3 Hires for the team");
    term.send("Enter");
    await term.waitFor("Note (Enter to skip)");
    term.send("Enter");
    expect(await term.exitStatus()).toBe(0);
    const record = JSON.parse(readFileSync(path.join(cwd, `assessment-${today()}-m1.json`), "utf-8"));
    expect(record.answers.map((a: { answer: string }) => a.answer)).toEqual(["consistently", "sometimes", "sometimes"]);
    expect(record.answers[0].links).toEqual(["https://wiki.example/q4"]);
    expect(existsSync(path.join(cwd, "assessment-m1.partial.json"))).toBe(false);

    const progress = runBin(["--data", fixture("acme.yaml"), "progress", cwd, "--format", "md"]);
    expect(progress.code).toBe(0);
    expect(progress.stdout).toContain("- **Moved:** 3 up, 0 down, 0 new, 0 no longer asked, 0 unchanged");
    expect(progress.stdout).toContain("- Delivers the team's roadmap each quarter *(sometimes → consistently)*\n  - *Then:* Slipped once\n  - *Now:* On time, see https://wiki.example/q4\n");
    const promotion = runBin(["--data", fixture("acme.yaml"), "case", "m2", "--from", cwd]);
    expect(promotion.code).toBe(0);
    expect(promotion.stdout).toContain("## Strengths\n\n### Impact & Scope\n\n- Plans a multi-team roadmap for 2 quarters *(consistently)*");
    expect(promotion.stdout).toContain("- [ ] Keeps architecture reviews honest *(no answer yet)*");
  });
});
