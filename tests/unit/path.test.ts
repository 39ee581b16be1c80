import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLadderText } from "../../src/core/load/index.js";
import { compareLevels } from "../../src/core/diff/compare.js";
import { levelChanges, pathBetween, routeBetween } from "../../src/core/path.js";
import { pathMarkdown, pathText } from "../../src/render/views/path.js";
import { makeStyle } from "../../src/render/style.js";
import { displayWidth } from "../../src/render/width.js";
import { fixture, repoRoot, runCli } from "../helpers.js";

const builtin = loadLadderText(readFileSync(path.join(repoRoot, "data", "ladder.yaml"), "utf-8"), "data/ladder.yaml");
const acmeFile = fixture("acme.yaml");
const acme = loadLadderText(readFileSync(acmeFile, "utf-8"), acmeFile);
const bareFile = fixture("no-transitions.yaml");
const bare = loadLadderText(readFileSync(bareFile, "utf-8"), bareFile);
const level = (id: string) => builtin.levels.find((l) => l.id === id)!;
const plain = { width: 80, style: makeStyle(false) };

describe("pathBetween", () => {
  it("chains every transition from the individual contributor to the CTO, in order", () => {
    const view = pathBetween(builtin, "ic", "cto");
    expect(view.from).toEqual({ kind: "role", id: "ic", title: "Individual Contributor" });
    expect(view.to).toEqual({ kind: "level", id: "cto", title: "CTO" });
    expect(view.steps.map((s) => s.title)).toEqual(builtin.transitions.map((t) => t.title));
    expect(view.steps.map((s) => s.text)).toEqual(builtin.transitions.map((t) => t.text));
    expect(view.steps[0]!.changes).toBeNull(); // from a role: no level to compare with
    expect(view.steps.slice(1).every((s) => s.changes !== null)).toBe(true);
  });

  it("has no steps when transitions do not lead there", () => {
    expect(pathBetween(builtin, "cto", "em").steps).toEqual([]);
    expect(pathBetween(acme, "staff", "m1").steps).toEqual([]);
  });

  it("walks the levels of a track in order where the ladder has no transitions, with no transition text", () => {
    const view = pathBetween(bare, "a1", "a3");
    expect(view.steps.map((s) => `${s.from.id}>${s.to.id}`)).toEqual(["a1>a2", "a2>a3"]);
    expect(view.steps.map((s) => s.title)).toEqual(["Analyst to Senior Analyst", "Senior Analyst to Principal Analyst"]);
    expect(view.steps.every((s) => s.text === null && s.comparison !== null)).toBe(true);
    // Not backwards, and not across tracks with no transition to cross by.
    expect(routeBetween(bare, "a3", "a1")).toEqual([]);
    expect(routeBetween(bare, "l1", "a2")).toEqual([]);
  });

  it("crosses tracks when a transition does", () => {
    const view = pathBetween(acme, "intern", "m2");
    expect(view.steps.map((s) => `${s.from.id}>${s.to.id}`)).toEqual(["intern>e1", "e1>e2", "e2>m1", "m1>m2"]);
    expect(pathBetween(acme, "ic", "m2").steps.map((s) => s.from.id)).toEqual(["ic", "m1"]);
  });
});

describe("levelChanges", () => {
  it("lists only the facts and growth-area entries that differ, verbatim", () => {
    const changes = levelChanges(compareLevels(builtin, level("em"), level("senior-em")));
    expect(changes.facts).toEqual([
      { label: "Team size", from: "5-8 engineers", to: "8-15 engineers" },
      { label: "Roadmap horizon", from: "Quarterly", to: "6-12 months" },
    ]);
    expect(changes.growthAreas[0]).toEqual({
      id: "people-development",
      title: "People Development",
      from: "Coaches individual contributors directly",
      to: "Develops technical leaders and new managers",
    });
    expect(changes.sections.map((s) => [s.id, s.from, s.to])).toEqual(builtin.sections.map((s) => [s.id, 5, 5]));
  });

  it("treats an entry shared by both levels as no change", () => {
    const changes = levelChanges(compareLevels(builtin, level("vp"), level("cto")));
    expect(changes.growthAreas).toEqual([]);
    expect(changes.facts).toContainEqual({ label: "Team size", from: "50-200+ engineers", to: null });
  });

  it("counts expectations per section, including sections a level leaves out", () => {
    const [e1, e2] = acme.levels;
    const changes = levelChanges(compareLevels(acme, e1!, e2!));
    expect(changes.sections).toEqual([
      { id: "craft", title: "Craft", from: 2, to: 1 },
      { id: "impact", title: "Impact & Scope", from: 1, to: 1 },
      { id: "people", title: "People", from: 0, to: 1 },
    ]);
    expect(changes.growthAreas).toEqual([{ id: "delivery", title: "Delivery", from: "Finishes what they start", to: null }]);
  });
});

describe("path rendering", () => {
  it("prints each step's title and text in order, then what changes, as diff does", () => {
    const out = pathText(pathBetween(builtin, "em", "director"), plain);
    const lines = out.split("\n");
    expect(lines.slice(0, 2)).toEqual(["Engineering Manager → Director of Engineering", "2 steps, in order"]);
    expect(lines).toContain("1. Engineering Manager to Senior Engineering Manager");
    expect(lines).toContain("2. Senior Engineering Manager to Director");
    expect(lines).toContain("   Facts · Engineering Manager → Senior Engineering Manager");
    expect(lines).toContain("     ~ Team size: [-5-8-]{+8-15+} engineers");
    expect(lines).toContain("   Leadership Skills · Engineering Manager → Senior Engineering Manager");
    expect(lines).toContain("     + Delegation skills to empower tech leads and senior engineers");
    expect(lines).toContain("     ~ People Development");
    expect(lines).toContain("         [-Coaches individual contributors directly-]");
    expect(lines).toContain("         {+Develops technical leaders and new managers+}");
    expect(lines).toContain("   side by side: ladder diff em senior-em --side-by-side");
    expect(out.indexOf("1. Engineering Manager")).toBeLessThan(out.indexOf("2. Senior Engineering Manager"));
  });

  it("fits the width without losing a word", () => {
    for (const width of [24, 50, 100]) {
      const out = pathText(pathBetween(builtin, "ic", "cto"), { width, style: makeStyle(false) });
      for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      const flat = out.split(/\s+/).join(" ");
      for (const t of builtin.transitions) expect(flat).toContain(t.text.split(/\s+/).join(" "));
    }
  });

  it("shows each step's expectations: what was added, removed and kept", () => {
    const out = pathText(pathBetween(acme, "e1", "e2"), plain);
    expect(out).toContain("   Craft · Software Engineer I → Software Engineer II\n     - Ships well-tested changes of small scope\n");
    expect(out).toContain("     + Designs features end to end, including *rollback* plans\n");
    expect(out).toContain("     = 1 unchanged: Scope\n");
  });

  it("agrees with diff on entries both levels share: VP and CTO's five growth areas are the same", () => {
    const out = pathText(pathBetween(builtin, "vp", "cto"), plain);
    expect(out).toContain("   Growth areas · VP of Engineering → CTO\n     = 5 unchanged: People Development, Organizational Design, Strategic\n       Planning, Resource Management, Technical Leadership\n");
  });

  it("says once that a ladder has no transition text, and shows each step's changes", () => {
    const out = pathText(pathBetween(bare, "a1", "a3"), plain);
    expect(out.split("\n").slice(0, 3)).toEqual(["Analyst → Principal Analyst", "2 steps, in order", "This ladder has no transition text: each step is the next level of the track."]);
    expect(out.match(/no transition text/g)).toHaveLength(1);
    expect(out).toContain("     ~ Chooses the right statistical test and [-says -]{+teaches others +}why\n");
  });

  it("renders markdown with the change view of each step, escaped", () => {
    const md = pathMarkdown(pathBetween(acme, "e2", "m1"));
    expect(md).toContain("# Software Engineer II → Engineering Manager");
    expect(md).toContain("## 1. Software Engineer II to Engineering Manager");
    expect(md).toContain("### Facts: Software Engineer II → Engineering Manager\n\n- Typical experience: ~~2-5 years~~ *(dropped)*\n- Team size: **5-8 people** *(new)*\n");
    expect(md).toContain("- ~~Designs features end to end, including \\*rollback\\* plans~~ *(dropped)*");
    expect(md).toContain("- Communication: ~~Writes clear pull request descriptions~~ → **Runs meetings that end with decisions: who, what, when**");
    expect(md).toContain("| People | 1 | 1 | 0 | 0 |");
  });
});

describe("ladder path (in-process)", () => {
  it("lists all 5 transitions from ic to cto, in order, verbatim", async () => {
    const { code, stdout, stderr } = await runCli(["path", "ic", "cto"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    let at = -1;
    for (const t of builtin.transitions) {
      const next = stdout.indexOf(t.text);
      expect(next).toBeGreaterThan(at);
      at = next;
    }
  });

  it("resolves levels and roles by any name", async () => {
    const json = JSON.parse((await runCli(["path", "Individual Contributor", "vpe", "--json"])).stdout);
    expect(json.from).toEqual({ kind: "role", id: "ic", title: "Individual Contributor" });
    expect(json.steps).toHaveLength(4);
    expect(Object.keys(json.steps[1])).toEqual(["from", "to", "title", "text", "changes", "comparison"]);
    expect(Object.keys(json.steps[1].comparison)).toEqual(["sections", "growthAreas", "facts", "summary"]);
    expect(Object.keys(json.steps[1].changes)).toEqual(["facts", "growthAreas", "sections"]);
  });

  it("says clearly when there is no path, with the way forward: exit 1", async () => {
    const back = await runCli(["path", "cto", "em"]);
    expect(back.code).toBe(1);
    expect(back.stdout).toBe("");
    expect(back.stderr).toBe(
      "ladder: no path from CTO to Engineering Manager\nhint: transitions only go the other way: ladder path em cto\nhint: no transition starts at CTO\n",
    );
    const across = await runCli(["--data", acmeFile, "path", "e1", "staff-engineer"]);
    expect(across.code).toBe(0);
    const none = await runCli(["--data", acmeFile, "path", "staff", "m1"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^ladder: no path from Staff Engineer to Engineering Manager\n/);
    const branch = await runCli(["--data", acmeFile, "path", "e2", "intern"]);
    expect(branch.stderr).toContain("hint: from Software Engineer II the transitions lead to: Staff Engineer (staff), Engineering Manager (m1)");
  });

  it("rejects unknown names and the same position twice as usage errors", async () => {
    const unknown = await runCli(["path", "ic", "ceo"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^ladder: unknown level or role "ceo"/);
    const same = await runCli(["path", "em", "manager"]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/^ladder: "em" and "manager" are the same position/);
    expect((await runCli(["path", "em"])).code).toBe(2);
  });
});

describe("no path, in a ladder whose tracks repeat titles", () => {
  it("names each level with its track, in the message and in the hint", async () => {
    const r = await runCli(["--data", fixture("company/five-tracks.yaml"), "path", "backend-1", "frontend-2"]);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toBe("ladder: no path from Level 1 (Backend) to Level 2 (Frontend)\nhint: from Level 1 (Backend) the transitions lead to: Level 2 (Backend) (backend-2)\n");
  });
});
