// `ladder explore` and `ladder assess` as a person runs them: the built binary
// in a real pseudo-terminal (tmux, 80x24), keys sent one step at a time, each
// step waiting for the screen to show the next question (a deadline, never a
// fixed sleep). And the refusal without a terminal, through pipes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { binPath, fixture, runBin } from "../helpers.js";

const hasTmux = spawnSync("tmux", ["-V"], { encoding: "utf-8" }).status === 0;
const DEADLINE_MS = 15_000;

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** One tmux server of its own (a unique -L socket), one 80x24 window running the command. */
class Terminal {
  static count = 0;
  readonly socket = `ladder-e2e-${process.pid}-${++Terminal.count}`;
  private started = false;
  private socketPath = "";

  private tmux(...args: string[]): string {
    const env = { ...process.env };
    delete env.TMUX; // tests may themselves run inside tmux
    const r = spawnSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf-8", env });
    if (r.status !== 0) throw new Error(`tmux ${args[0]}: ${r.stderr}`);
    return r.stdout;
  }

  /** Runs ladder with `args` in `cwd` (standard output into the file `stdout` when given); the exit status is printed after it as [exit N]. */
  start(args: string[], cwd: string, stdout?: string): void {
    const ladder = [process.execPath, binPath, ...args].map(shellQuote).join(" ") + (stdout ? ` > ${shellQuote(stdout)}` : "");
    const env = `env -i PATH=${shellQuote(process.env.PATH ?? "")} HOME=${shellQuote(process.env.HOME ?? "")} LANG=C.UTF-8 TERM=xterm-256color`;
    this.tmux("new-session", "-d", "-x", "80", "-y", "24", "-c", cwd, `${env} ${ladder}; echo "[exit $?]"; sleep 600`);
    this.started = true;
    this.socketPath = this.tmux("display-message", "-p", "#{socket_path}").trim();
  }

  /** Keys by tmux name (Enter, Escape, Up, C-c) or, with literal, text typed as is. */
  send(keys: string, literal = false): void {
    this.tmux("send-keys", "-t", "0", ...(literal ? ["-l", keys] : [keys]));
  }

  /** The visible screen, or with history the whole scrollback too. */
  screen(history = false): string {
    return this.tmux("capture-pane", "-p", "-t", "0", ...(history ? ["-S", "-"] : []));
  }

  /** Waits until the screen shows `what`; fails with the screen when the deadline passes. */
  async waitFor(what: string | RegExp, history = false): Promise<string> {
    const deadline = Date.now() + DEADLINE_MS;
    for (;;) {
      const screen = this.screen(history);
      if (typeof what === "string" ? screen.includes(what) : what.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`the screen never showed ${String(what)}; it shows:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The exit status printed after ladder ended. */
  async exitStatus(): Promise<number> {
    const screen = await this.waitFor(/\[exit \d+\]/, true);
    return Number(/\[exit (\d+)\]/.exec(screen)![1]);
  }

  /** Ends the server and removes its socket file (tmux leaves it behind). */
  kill(): void {
    if (this.started) spawnSync("tmux", ["-L", this.socket, "kill-server"]);
    if (this.socketPath !== "") rmSync(this.socketPath, { force: true });
    this.started = false;
    this.socketPath = "";
  }
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), "ladder-e2e-"));
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

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
  const MENU = "What would you like to see?";

  it("explore: browses a level and a comparison from the menu, then q leaves with status 0", async () => {
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
    screen = await term.waitFor(MENU);
    // The end of the view is still on the screen above the menu.
    expect(screen).toContain("Out of this level: Director to VP of Engineering");
    const view = await term.waitFor("Director of Engineering", true);
    expect(view).toContain("Leadership Skills");

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
    screen = await term.waitFor(MENU);
    expect(screen).toContain("VP to CTO");
    expect(await term.waitFor("Transitions on the way", true)).toContain("Senior Engineering Manager → CTO");

    term.send("q");
    expect(await term.exitStatus()).toBe(0);
    expect(term.screen(true)).not.toMatch(/Error|\n\s+at /);
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
    for (const n of [1, 2, 3]) {
      await term.waitFor(`? ${n}/3 `);
      term.send("Enter"); // sometimes
      await term.waitFor("Note (Enter to skip)");
      term.send("Enter");
    }
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
    term.start(["--data", fixture("acme.yaml"), "--json", "assess", "m1"], cwd);
    for (const n of [1, 2, 3]) {
      await term.waitFor(`? ${n}/3 `);
      term.send("Enter");
      await term.waitFor("Note (Enter to skip)");
      term.send("Enter");
    }
    expect(await term.exitStatus()).toBe(0);
    const screen = term.screen(true);
    expect(screen).toContain('"summary": {');
    expect(screen).toContain('"sometimes": 3');
    expect(readdirSync(cwd).sort()).toEqual([`assessment-${today()}-m1.json`, `assessment-${today()}-m1.md`]);
  });

  it("assess > report.md: the prompts on the terminal, only the report in the file", async () => {
    term = new Terminal();
    const cwd = tempDir();
    term.start(["--data", fixture("acme.yaml"), "assess", "m1"], cwd, "report.md");
    for (const n of [1, 2, 3]) {
      await term.waitFor(`? ${n}/3 `);
      term.send("Enter");
      await term.waitFor("Note (Enter to skip)");
      term.send("Enter");
    }
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
    term.start(["--data", fixture("acme.yaml"), "assess", "m1", "--resume"], cwd);
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
