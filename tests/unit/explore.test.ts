// `ladder explore`: the menu flow through a scripted prompter (every view is
// the commands' own renderer), the list filtering, the terminal check, and the
// real inquirer prompter driven through in-memory streams for its keys
// (Esc, q, Ctrl-C, Ctrl-D).
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { explore } from "../../src/cli/commands/explore.js";
import { makeContext } from "../../src/cli/context.js";
import { VIEW_FORMATS } from "../../src/cli/program.js";
import { areaChoices, exploreFlow, levelChoices, type ExploreDeps } from "../../src/cli/interactive/explore-flow.js";
import { inquirerPrompter, interrupted } from "../../src/cli/interactive/inquirer.js";
import { BACK, filterChoices, type Choice } from "../../src/cli/interactive/prompter.js";
import { shellWord, writeNewFile } from "../../src/cli/interactive/terminal.js";
import type { Format, Io } from "../../src/cli/io.js";
import { loadBuiltinLadder } from "../../src/cli/ladder-source.js";
import { LadderError } from "../../src/core/errors.js";
import { loadLadderFile } from "../../src/core/load/index.js";
import { diffLevels } from "../../src/core/level-diff.js";
import { about, areaAcrossLevels, listLevels, showLevel } from "../../src/core/query.js";
import { resolveArea, resolveLevel } from "../../src/core/resolve.js";
import { searchLadder } from "../../src/core/search.js";
import type { Ladder } from "../../src/core/types.js";
import { renderJson } from "../../src/render/present.js";
import { showMarkdown } from "../../src/render/views/show.js";
import { searchText } from "../../src/render/views/search.js";
import { makeStyle } from "../../src/render/style.js";
import { aboutText } from "../../src/render/views/about.js";
import { areaText } from "../../src/render/views/area.js";
import { diffText } from "../../src/render/views/diff.js";
import { levelsText } from "../../src/render/views/levels.js";
import { showText } from "../../src/render/views/show.js";
import { choose, enter, FakePrompter, type Reply } from "../fakes/prompter.js";
import { fixture, runCli } from "../helpers.js";

const builtin = await loadBuiltinLadder();
const acme = loadLadderFile(fixture("acme.yaml"));
const style = makeStyle(false);
const o = { width: 80, style };

function runFlow(script: Reply[], options: { ladder?: Ladder; format?: Format; save?: ExploreDeps["save"]; width?: number } = {}) {
  const prompter = new FakePrompter(script, options.width ?? 80);
  const saved: { name: string; content: string }[] = [];
  const done = exploreFlow({
    ladder: options.ladder ?? builtin,
    prompter,
    format: options.format ?? "text",
    style,
    today: () => "2025-03-04",
    save:
      options.save ??
      ((name, content) => {
        saved.push({ name, content });
        return `./${name}`;
      }),
  });
  return { prompter, saved, done };
}

const menu = (entry: string) => choose(entry);
const quit = menu("Quit");

describe("the explore menu", () => {
  it("offers every view, the assessment and Quit, with q and Esc leaving", async () => {
    const { prompter, done } = runFlow([quit]);
    await done;
    const first = prompter.calls[0]!;
    expect(first.kind).toBe("select");
    if (first.kind !== "select") return;
    expect(first.question.escape).toBe("quit");
    expect(first.question.choices.map((c) => c.name)).toEqual([
      "Show a level",
      "Compare two levels",
      "Follow a growth area or section",
      "Search the ladder",
      "List the levels",
      "About this ladder",
      "Assess yourself against a level",
      "Quit",
    ]);
    expect(prompter.printed).toContain(`Exploring: ${builtin.title}`);
    expect(prompter.printed).toContain("Esc goes back; q quits.");
  });

  it("ends when the menu is left with q or Esc", async () => {
    const { prompter, done } = runFlow([BACK]);
    await done;
    expect(prompter.calls).toHaveLength(1);
  });

  it("shows a level exactly as `ladder show` does, then returns to the menu at the same entry", async () => {
    const { prompter, done } = runFlow([menu("Show a level"), choose("Director of Engineering"), enter, choose("CTO"), quit]);
    await done;
    expect(prompter.printed).toContain(showText(showLevel(builtin, resolveLevel(builtin, "director")), o));
    expect(prompter.printed).toContain(showText(showLevel(builtin, resolveLevel(builtin, "cto")), o));
    const menus = prompter.calls.filter((c) => c.message === "What would you like to see?");
    expect(menus).toHaveLength(3);
    expect(menus[0]!.kind === "select" && menus[0]!.question.default).toBe("show");
    expect(menus[1]!.kind === "select" && menus[1]!.question.default).toBe("show");
    const after = runFlow([menu("About"), quit]);
    await after.done;
    expect(after.prompter.calls[1]!.kind === "select" && after.prompter.calls[1]!.question.default).toBe("about");
    expect(prompter.left).toBe(0);
  });

  it("lays views out for the terminal's width at the time", async () => {
    const { prompter, done } = runFlow([menu("About"), quit], { width: 40 });
    await done;
    expect(prompter.printed).toContain(aboutText(about(builtin), { width: 40, style }));
    for (const line of prompter.printed.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
  });

  it("goes back to the menu on Esc in a list, showing nothing", async () => {
    const { prompter, done } = runFlow([menu("Show a level"), BACK, menu("Compare"), choose("VP"), BACK, quit]);
    await done;
    expect(prompter.printed).not.toContain("Leadership Skills");
    expect(prompter.calls.map((c) => c.kind)).toEqual(["select", "search", "select", "search", "search", "select"]);
  });

  it("compares two levels, not offering the first as the second", async () => {
    const { prompter, done } = runFlow([menu("Compare"), choose("Senior Engineering Manager"), choose("CTO"), quit]);
    await done;
    const second = prompter.calls[2]!;
    expect(second.message).toBe("Compare Senior Engineering Manager with which level?");
    expect(second.kind === "search" && second.question.choices.map((c) => c.name)).not.toContain("Senior Engineering Manager (senior-em)");
    expect(prompter.printed).toContain(diffText(diffLevels(builtin, resolveLevel(builtin, "senior-em"), resolveLevel(builtin, "cto")), o));
  });

  it("says so instead of comparing when the ladder has one level", async () => {
    const single: Ladder = { ...acme, levels: [acme.levels[0]!] };
    const { prompter, done } = runFlow([menu("Compare"), quit], { ladder: single });
    await done;
    expect(prompter.printed).toContain("This ladder has only one level.");
    expect(prompter.calls.map((c) => c.kind)).toEqual(["select", "select"]);
  });

  it("follows a growth area or a section across levels", async () => {
    const { prompter, done } = runFlow([menu("Follow"), choose("People Development"), menu("Follow"), choose("Leadership Skills"), quit]);
    await done;
    expect(prompter.printed).toContain(areaText(areaAcrossLevels(builtin, resolveArea(builtin, "people-development")), o));
    expect(prompter.printed).toContain(areaText(areaAcrossLevels(builtin, resolveArea(builtin, "leadership")), o));
  });

  it("searches the ladder, offers the next search after each, and goes back on an empty one or Esc", async () => {
    const { prompter, done } = runFlow([menu("Search"), "  budget ", "hiring", "", menu("Search"), BACK, quit]);
    await done;
    expect(prompter.views).toEqual([searchText(searchLadder(builtin, "budget"), o), searchText(searchLadder(builtin, "hiring"), o)]);
    expect(prompter.calls.map((c) => c.kind)).toEqual(["select", "input", "input", "input", "select", "input", "select"]);
  });

  it("lists the levels and shows the introduction", async () => {
    const { prompter, done } = runFlow([menu("List the levels"), menu("About"), quit]);
    await done;
    expect(prompter.printed).toContain(levelsText(listLevels(builtin), o));
    expect(prompter.printed).toContain(aboutText(about(builtin), o));
  });

  it("renders in the format the global options chose", async () => {
    const md = runFlow([menu("Show"), choose("CTO"), quit], { format: "markdown" });
    await md.done;
    expect(md.prompter.printed).toContain(showMarkdown(showLevel(builtin, resolveLevel(builtin, "cto"))));
    const json = runFlow([menu("Show"), choose("CTO"), quit], { format: "json" });
    await json.done;
    expect(json.prompter.printed).toContain(renderJson(showLevel(builtin, resolveLevel(builtin, "cto"))));
  });

  it("works on a custom two-track ladder", async () => {
    const { prompter, done } = runFlow([menu("Show"), choose("Staff Engineer"), quit], { ladder: acme });
    await done;
    expect(prompter.printed).toContain(showText(showLevel(acme, resolveLevel(acme, "staff")), o));
  });

  it("assesses, prints the report and saves it under a new name when asked", async () => {
    const { prompter, saved, done } = runFlow(
      [menu("Assess"), choose("Engineering Manager (m1)"), choose("Consistently"), "", enter, "", choose("Not yet"), "", choose("Save"), quit],
      { ladder: acme },
    );
    await done;
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe("assessment-m1-2025-03-04.md");
    expect(saved[0]!.content).toContain("# Self-assessment: Engineering Manager");
    expect(saved[0]!.content).toContain("- [ ] Hires for the team *(not yet)*");
    expect(prompter.printed).toContain(saved[0]!.content);
    expect(prompter.printed).toContain("Saved the report to ./assessment-m1-2025-03-04.md");
  });

  it("leaves an assessment at its first question, or its report unsaved, back at the menu", async () => {
    const left = runFlow([menu("Assess"), choose("Engineering Manager (m1)"), BACK, quit], { ladder: acme });
    await left.done;
    expect(left.prompter.printed).not.toContain("# Self-assessment");
    const unsaved = runFlow([menu("Assess"), choose("Engineering Manager (m1)"), enter, "", enter, "", enter, "", choose("Back to the menu"), quit], { ladder: acme });
    await unsaved.done;
    expect(unsaved.saved).toEqual([]);
    expect(unsaved.prompter.printed).toContain("# Self-assessment");
  });

  it("keeps going when the report cannot be saved", async () => {
    const failing = () => {
      throw new Error("EACCES: permission denied");
    };
    const { prompter, done } = runFlow([menu("Assess"), choose("Engineering Manager (m1)"), enter, "", enter, "", enter, "", choose("Save"), quit], { ladder: acme, save: failing });
    await done;
    expect(prompter.printed).toContain("Could not save the report: EACCES: permission denied");
  });

  it("passes Ctrl-C on as the interrupted status", async () => {
    const { done } = runFlow([menu("Show"), () => { throw interrupted(); }]);
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LadderError);
    expect((error as LadderError).exitCode).toBe(130);
  });
});

describe("the lists", () => {
  const levels = levelChoices(builtin);

  it("name each level with its id, and find it by alias, id or words of its title", () => {
    expect(levels.map((c) => c.name)).toEqual([
      "Engineering Manager (em)",
      "Senior Engineering Manager (senior-em)",
      "Director of Engineering (director)",
      "VP of Engineering (vp)",
      "CTO (cto)",
    ]);
    const names = (typed: string, list: Choice<unknown>[] = levels) => filterChoices(list, typed).map((c) => c.name);
    expect(names("sem")).toEqual(["Senior Engineering Manager (senior-em)"]);
    expect(names("vpe")).toEqual(["VP of Engineering (vp)"]);
    expect(names("ENGINEERING man")).toEqual(["Engineering Manager (em)", "Senior Engineering Manager (senior-em)"]);
    expect(names("senior_em")).toEqual(["Senior Engineering Manager (senior-em)"]);
    expect(names("")).toHaveLength(5);
    expect(names("   ")).toHaveLength(5);
    expect(names("zzz")).toEqual([]);
    // Words are found by their start: "cto" is not inside "director".
    expect(names("cto")).toEqual(["CTO (cto)"]);
    expect(names("chief")).toEqual(["CTO (cto)"]);
    expect(names("gineer")).toEqual([]);
    expect(names("senior-en")).toEqual(["Senior Engineering Manager (senior-em)"]);
    const areas = areaChoices(builtin);
    expect(areas).toHaveLength(builtin.growthAreas.length + builtin.sections.length);
    expect(names("people", areas)).toEqual(["People Development (growth area)"]);
    expect(names("section", areas)).toHaveLength(builtin.sections.length);
  });

  it("describe a level by its summary, track and facts, and find it by track", () => {
    const m1 = levelChoices(acme).find((c) => c.value.id === "m1")!;
    expect(m1.description).toBe("track: Management · Scope: 1 team · Team size: 5-8 people");
    expect(filterChoices(levelChoices(acme), "management").map((c) => c.value.id)).toEqual(["m1", "m2"]);
  });
});

describe("the explore command", () => {
  it("refuses to run without a terminal on standard input and output, naming the commands that do the same job", async () => {
    for (const tty of [{}, { tty: true }, { stdinTTY: true }]) {
      const r = await runCli(["explore"], tty);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^ladder: `ladder explore` is interactive and needs a terminal/);
      expect(r.stderr).toContain("`ladder show <level>`, `ladder diff <from> <to>`, `ladder area [name]`");
    }
  });

  it("runs the flow on the ladder of --data and prints nothing more at the end", async () => {
    let written = "";
    const io: Io = { stdout: { write: (s: string) => (written += s), isTTY: true, columns: 80 }, stderr: { write: () => true }, stdin: { isTTY: true }, env: {} };
    const prompter = new FakePrompter([menu("Show"), choose("Software Engineer I"), quit]);
    expect(await explore(makeContext(io, { data: fixture("acme.yaml") }, { command: "explore", choices: VIEW_FORMATS, readsLadder: true }), prompter)).toBeUndefined();
    expect(written).toBe("");
    expect(prompter.printed).toContain("Exploring: Acme Engineering Ladder");
    expect(prompter.printed).toContain("Reads `git log` before asking | asks after 15 minutes");
  });
});

describe("helpers of the interactive commands", () => {
  it("save a report under a new name, never over an existing file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-save-"));
    const file = path.join(dir, "assessment-em-2025-03-04.md");
    writeFileSync(file, "old");
    expect(writeNewFile(file, "one")).toBe(path.join(dir, "assessment-em-2025-03-04-2.md"));
    expect(writeNewFile(file, "two")).toBe(path.join(dir, "assessment-em-2025-03-04-3.md"));
    expect(readFileSync(file, "utf-8")).toBe("old");
    expect(readFileSync(path.join(dir, "assessment-em-2025-03-04-3.md"), "utf-8")).toBe("two");
    expect(() => writeNewFile(path.join(dir, "no", "such.md"), "x")).toThrow(/cannot write .*such\.md: no such directory/);
    expect(existsSync(path.join(dir, "no"))).toBe(false);
    // A link that points nowhere is a name in use: writing through it would create its target.
    symlinkSync(path.join(dir, "elsewhere.md"), path.join(dir, "linked.md"));
    expect(writeNewFile(path.join(dir, "linked.md"), "three")).toBe(path.join(dir, "linked-2.md"));
    expect(existsSync(path.join(dir, "elsewhere.md"))).toBe(false);
  });

  it("quote a level name for the shell only when it needs it", () => {
    expect(shellWord("em")).toBe("em");
    expect(shellWord("senior-em")).toBe("senior-em");
    expect(shellWord("senior em")).toBe('"senior em"');
    expect(shellWord('a "b" $c')).toBe('"a \\"b\\" \\$c"');
  });
});

/** The real prompter on in-memory streams: what a key does, without a terminal. */
describe("the inquirer prompter", () => {
  const io: Io = { stdout: { write: () => true, isTTY: true, columns: 80 }, stderr: { write: () => true }, stdin: { isTTY: true }, env: {} };
  function setup() {
    const input = new PassThrough() as unknown as NodeJS.ReadStream;
    const output = new PassThrough() as unknown as NodeJS.WriteStream;
    let screen = "";
    (output as unknown as PassThrough).on("data", (chunk: Buffer) => (screen += chunk.toString()));
    const prompter = inquirerPrompter({ io, color: false, input, output });
    /** Types `keys` once the prompt has drawn `ready`. */
    const type = async (ready: string, keys: string) => {
      const deadline = Date.now() + 5000;
      while (!screen.includes(ready)) {
        if (Date.now() > deadline) throw new Error(`never drawn: ${ready}\n${screen}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      (input as unknown as PassThrough).write(keys);
    };
    return { prompter, type, screen: () => screen };
  }
  const choices = [
    { name: "Alpha", value: "a" },
    { name: "Beta", value: "b" },
  ];

  it("selects with the arrow keys and Enter, and shows the keys that leave", async () => {
    const { prompter, type, screen } = setup();
    const answer = prompter.select({ message: "Pick", choices, escape: "quit" });
    await type("Beta", "\u001b[B\r");
    expect(await answer).toBe("b");
    expect(screen()).toContain("q quit");
  });

  it("gives BACK for q and Esc in a menu, and for Esc in a list", async () => {
    const q = setup();
    const viaQ = q.prompter.select({ message: "Pick", choices, escape: "quit" });
    await q.type("Beta", "q");
    expect(await viaQ).toBe(BACK);

    const esc = setup();
    const viaEsc = esc.prompter.search({ message: "Find", choices });
    await esc.type("Beta", "\u001b");
    expect(await viaEsc).toBe(BACK);
    expect(esc.screen()).toContain("esc back");
  });

  it("types q into a list instead of leaving, and narrows the list", async () => {
    const { prompter, type } = setup();
    const answer = prompter.search({ message: "Find", choices: [...choices, { name: "Quality", value: "q" }] });
    await type("Alpha", "q");
    await type("❯ Quality", "\r");
    expect(await answer).toBe("q");
  });

  it("turns Ctrl-C into the interrupted status, and Ctrl-D where there is no way back", async () => {
    const c = setup();
    const viaC = c.prompter.select({ message: "Pick", choices, escape: "back" });
    await c.type("Beta", "\u0003");
    await expect(viaC).rejects.toMatchObject({ exitCode: 130, message: "interrupted" });

    const d = setup();
    const viaD = d.prompter.select({ message: "Pick", choices, escape: "none" });
    await d.type("Beta", "\u0004");
    await expect(viaD).rejects.toMatchObject({ exitCode: 130 });

    const back = setup();
    const viaBack = back.prompter.input({ message: "Note", escape: "back" });
    await back.type("Note", "\u0004");
    expect(await viaBack).toBe(BACK);
  });

  it("accepts the default of an input on Enter", async () => {
    const { prompter, type } = setup();
    const answer = prompter.input({ message: "Note", default: "kept", escape: "back" });
    await type("kept", "\r");
    expect(await answer).toBe("kept");
  });
});
