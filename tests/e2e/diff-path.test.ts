// diff and path as a user runs them: the built binary, on the built-in
// ladder, a two-track company ladder, and a ladder with no transitions.
import { describe, expect, it } from "vitest";
import { fixture, runBin } from "../helpers.js";

const acme = fixture("acme.yaml");
const bare = fixture("no-transitions.yaml");
const env = { COLUMNS: "80" };

describe("ladder diff (binary)", () => {
  it("shows a summary, then each section's changes, on the built-in ladder", () => {
    const r = runBin(["diff", "director", "vp", "-f", "text"], { env });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const lines = r.stdout.split("\n");
    expect(lines.slice(0, 4)).toEqual(["Director of Engineering → VP of Engineering", "+ added, - removed, ~ changed: [-went-]{+came+}, = same", "", "Summary"]);
    expect(r.stdout).toContain("Team & Project Scope · Director of Engineering → VP of Engineering\n  ~ Responsible for [-an entire -]{+all +}engineering");
    expect(r.stdout).toContain("  ~ Creates [-long-term-]{+multi-year+} strategic roadmaps ([-1-2-]{+2-5+}\n    years)\n");
    expect(r.stdout).toContain("\nTransition\n  Director to VP of Engineering\n");
  });

  it("paints the changed words when colour is forced, and prints markdown when piped", () => {
    const coloured = runBin(["diff", "director", "vp", "-f", "text"], { env: { ...env, FORCE_COLOR: "1" } }).stdout;
    expect(coloured).toContain("\u001b[9mlong-term\u001b[29m");
    const md = runBin(["diff", "director", "vp"], { env }).stdout;
    expect(md).toContain("- Creates ~~long-term~~ **multi-year** strategic roadmaps ~~(1-2~~ **(2-5** years)\n");
  });

  it("answers with JSON that keeps the two lists and adds their changes", () => {
    const view = JSON.parse(runBin(["diff", "em", "cto", "--json", "--section", "scope"]).stdout);
    expect(view.sections).toHaveLength(1);
    expect(view.sections[0].from).toHaveLength(5);
    const texts = (key: "from" | "to") => view.sections[0].changes.flatMap((c: Record<string, string | null>) => (c[key] === null ? [] : [c[key]])).sort();
    expect(texts("from")).toEqual([...view.sections[0].from].sort());
    expect(texts("to")).toEqual([...view.sections[0].to].sort());
    expect(view.summary).toEqual({ same: 0, changed: 0, added: 5, removed: 5 });
    expect(view.direction).toBe("up");
    expect(view.transitions).toHaveLength(4);
  });

  it("reads downward and says so", () => {
    const md = runBin(["diff", "cto", "em"], { env }).stdout;
    expect(md).toContain("*Reads downward: what changes from CTO down to Engineering Manager.*");
    expect(md).toContain("**Only at Engineering Manager:**");
  });

  it("compares levels of two tracks of a company ladder, with the transition between them", () => {
    const r = runBin(["--data", acme, "diff", "e2", "m1", "-f", "text"], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("People · Software Engineer II → Engineering Manager\n  + Holds weekly 1:1s with every report\n");
    expect(r.stdout).toContain("\nTransition\n  Software Engineer II to Engineering Manager\n    Chooses people over code");
  });

  it("walks a ladder with no transitions and says so in one line: exit 0", () => {
    const r = runBin(["--data", bare, "diff", "a1", "a3", "--steps", "-f", "md"], { env });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("## Step 1 of 2: Analyst → Senior Analyst\n\n*No transition text for this step.*\n");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("*This ladder has no transition text for these steps.*");
    const across = JSON.parse(runBin(["--data", bare, "diff", "lead", "senior", "--json"]).stdout);
    expect(across.direction).toBeNull();
    expect(across.route).toEqual([]);
  });
});

describe("ladder path (binary): the change view of each step", () => {
  it("agrees with diff on what VP and CTO share", () => {
    const path = runBin(["path", "vp", "cto", "-f", "text"], { env }).stdout;
    expect(path).toContain("   Growth areas · VP of Engineering → CTO\n     = 5 unchanged: People Development");
    const diff = runBin(["diff", "vp", "cto", "-f", "text"], { env }).stdout;
    expect(diff).toContain("Growth areas · VP of Engineering → CTO\n  = 5 unchanged: People Development");
  });

  it("shows each step's expectations on a company ladder", () => {
    const md = runBin(["--data", acme, "path", "e1", "e2"]).stdout;
    expect(md).toContain("### Craft: Software Engineer I → Software Engineer II\n\n- ~~Ships well-tested changes of small scope~~ *(dropped)*\n");
  });

  it("walks a ladder with no transitions, says so once, and exits 0", () => {
    const r = runBin(["--data", bare, "path", "a1", "a3", "-f", "text"], { env });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout.split("\n").slice(0, 5)).toEqual([
      "Analyst → Principal Analyst",
      "2 steps, in order",
      "This ladder has no transition text: each step is the next level of the track.",
      "",
      "1. Analyst to Senior Analyst",
    ]);
    expect(r.stdout).toContain("   Craft · Analyst → Senior Analyst\n     - Builds dashboards from an agreed specification\n");
  });

  it("says why there is no path across the tracks of a ladder with no transitions: exit 1", () => {
    const r = runBin(["--data", bare, "path", "lead", "senior"]);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toBe(
      "ladder: no path from Analytics Lead to Senior Analyst\n" +
        "hint: Analytics Lead and Senior Analyst are on different tracks, and this ladder has no transitions between them\n" +
        "hint: to compare the two levels: ladder diff l1 a2\n",
    );
    const back = runBin(["--data", bare, "path", "a3", "a1"]);
    expect(back.code).toBe(1);
    expect(back.stderr).toContain("hint: the levels go the other way: ladder path a1 a3\n");
  });
});
