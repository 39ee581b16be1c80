import { describe, expect, it } from "vitest";
import { loadBuiltinLadder } from "../../src/cli/ladder-source.js";
import { diffLevels } from "../../src/core/level-diff.js";
import { about, areaAcrossLevels, findPath, listAreas, listLevels, magnitude, showLevel } from "../../src/core/query.js";
import { resolveArea, resolveLevel } from "../../src/core/resolve.js";
import { loadLadderFile } from "../../src/core/load/index.js";
import { fixture } from "../helpers.js";

const ladder = await loadBuiltinLadder();
const level = (name: string) => resolveLevel(ladder, name);

describe("showLevel", () => {
  const view = showLevel(ladder, level("director"));

  it("has every section of the level, in order, with its five expectations", () => {
    expect(view.sections.map((s) => s.title)).toEqual([
      "Leadership Skills",
      "Team & Project Scope",
      "Autonomy and Decision-Making",
      "Impact and Communication",
      "Growth Indicators",
    ]);
    for (const section of view.sections) expect(section.expectations).toHaveLength(5);
    expect(view.sections[1]!.expectations[3]).toBe("Creates long-term strategic roadmaps (1-2 years)");
  });

  it("has the level's facts and its entry in each growth area", () => {
    expect(view.level.facts).toEqual([
      { label: "Team size", value: "15-50 engineers" },
      { label: "Roadmap horizon", value: "1-2 years" },
    ]);
    expect(view.growthAreas.find((a) => a.id === "people-development")?.text).toBe("Creates systems for talent development across departments");
  });

  it("has the transitions into and out of the level", () => {
    expect(view.transitions.into.map((t) => t.title)).toEqual(["Senior Engineering Manager to Director"]);
    expect(view.transitions.outOf.map((t) => t.title)).toEqual(["Director to VP of Engineering"]);
  });

  it("shows the VP/CTO growth-area entry at both levels, marked as shared", () => {
    const vp = showLevel(ladder, level("vp")).growthAreas[0]!;
    const cto = showLevel(ladder, level("cto")).growthAreas[0]!;
    expect(vp.text).toBe("Builds leadership teams and succession planning for the organization");
    expect(cto.text).toBe(vp.text);
    expect(vp.sharedWith.map((l) => l.id)).toEqual(["cto"]);
    expect(cto.sharedWith.map((l) => l.id)).toEqual(["vp"]);
  });

  it("keeps only the chosen sections", () => {
    const only = showLevel(ladder, level("director"), [resolveArea(ladder, "scope")]);
    expect(only.sections.map((s) => s.id)).toEqual(["scope"]);
    expect(only.growthAreas).toEqual([]);
  });
});

describe("diffLevels", () => {
  it("compares two levels section by section, with the transition between them", () => {
    const view = diffLevels(ladder, level("em"), level("senior em"));
    expect(view.sections).toHaveLength(5);
    expect(view.sections[0]!.from[0]).toBe("Ability to lead a small team of engineers (typically 5-8)");
    expect(view.sections[0]!.to[0]).toBe("Ability to lead multiple teams or a larger team (8-15 engineers)");
    expect(view.sections[0]!.changes[0]).toMatchObject({ kind: "changed", from: view.sections[0]!.from[0], to: view.sections[0]!.to[0] });
    expect(view.facts[0]).toMatchObject({ label: "Team size", from: "5-8 engineers", to: "8-15 engineers", change: { kind: "changed" } });
    expect(view.transitions.map((t) => t.title)).toEqual(["Engineering Manager to Senior Engineering Manager"]);
  });

  it("shows every transition on the way, in order, for levels further apart", () => {
    const view = diffLevels(ladder, level("senior em"), level("cto"));
    expect(view.transitions.map((t) => `${t.from.id}>${t.to.id}`)).toEqual(["senior-em>director", "director>vp", "vp>cto"]);
  });

  it("finds the transitions when the senior level comes first", () => {
    const view = diffLevels(ladder, level("cto"), level("director"));
    expect(view.transitions.map((t) => `${t.from.id}>${t.to.id}`)).toEqual(["director>vp", "vp>cto"]);
  });

  it("notes facts a level does not state as null", () => {
    const view = diffLevels(ladder, level("vp"), level("cto"));
    expect(view.facts.find((f) => f.label === "Team size")).toMatchObject({ label: "Team size", from: "50-200+ engineers", to: null, change: { kind: "removed" } });
  });
});

describe("findPath", () => {
  it("follows transitions from a role outside the ladder", () => {
    expect(findPath(ladder, "ic", "cto").map((t) => t.to)).toEqual(["em", "senior-em", "director", "vp", "cto"]);
  });
  it("is empty when no chain leads there", () => {
    expect(findPath(ladder, "cto", "em")).toEqual([]);
  });
});

describe("areaAcrossLevels", () => {
  it("follows a growth area across all levels in level order", () => {
    const view = areaAcrossLevels(ladder, resolveArea(ladder, "people development"));
    expect(view.kind).toBe("growth-area");
    if (view.kind !== "growth-area") return;
    expect(view.levels.map((l) => l.level.id)).toEqual(["em", "senior-em", "director", "vp", "cto"]);
    expect(view.levels[0]!.text).toBe("Coaches individual contributors directly");
    expect(view.levels[4]!.text).toBe(view.levels[3]!.text);
  });

  it("follows a section across all levels", () => {
    const view = areaAcrossLevels(ladder, resolveArea(ladder, "leadership"));
    expect(view.kind).toBe("section");
    if (view.kind !== "section") return;
    expect(view.levels.map((l) => l.expectations.length)).toEqual([5, 5, 5, 5, 5]);
  });

  it("lists growth areas and sections", () => {
    const view = listAreas(ladder);
    expect(view.growthAreas.map((a) => a.id)).toEqual(["people-development", "organizational-design", "strategic-planning", "resource-management", "technical-leadership"]);
    expect(view.sections.map((s) => s.id)).toEqual(["leadership", "scope", "autonomy", "impact", "growth"]);
  });
});

describe("listLevels", () => {
  it("lists the five levels in order with how scope grows", () => {
    const view = listLevels(ladder);
    expect(view.levels.map((l) => l.id)).toEqual(["em", "senior-em", "director", "vp", "cto"]);
    expect(view.scope.map((s) => s.label)).toEqual(["Team size", "Roadmap horizon"]);
    const horizon = view.scope[1]!.levels.map((p) => p.magnitude);
    expect([...horizon].sort((a, b) => a - b)).toEqual(horizon); // grows level by level
    expect(view.scope[0]!.levels.map((p) => p.level.id)).toEqual(["em", "senior-em", "director", "vp"]); // the CTO states no team size
  });

  it("reads sizes and durations from fact values", () => {
    expect(magnitude("Quarterly")).toBe(3);
    expect(magnitude("1-2 years")).toBeCloseTo(Math.sqrt(12 * 24));
    expect(magnitude("50-200+ engineers")).toBeGreaterThan(magnitude("15-50 engineers")!);
    expect(magnitude("5+ years")).toBeGreaterThan(magnitude("2-5 years")!);
    expect(magnitude("Whole company")).toBeNull();
    expect(magnitude("0-2 years")).toBe(12); // a range from 0 has no geometric middle
    expect(magnitude("2-5 years")).toBeGreaterThan(magnitude("0-2 years")!);
  });
});

describe("about", () => {
  it("has the introduction, the 11 shared responsibilities, 5 transitions and the conclusion", () => {
    const view = about(ladder);
    expect(view.description).toMatch(/^Software engineering managers lead teams/);
    expect(view.responsibilities).toHaveLength(11);
    expect(view.transitions).toHaveLength(5);
    expect(view.transitions[0]!.from).toEqual({ kind: "role", id: "ic", title: "Individual Contributor" });
    expect(view.notes.map((n) => n.title)).toEqual(["Conclusion"]);
  });
});

describe("a custom ladder", () => {
  const acme = loadLadderFile(fixture("acme.yaml"));
  it("shows that a level has no expectations in a section it leaves out", () => {
    const view = showLevel(acme, resolveLevel(acme, "e1"));
    expect(view.sections.find((s) => s.id === "people")).toEqual({ id: "people", title: "People", description: null, group: null, expectations: [], details: [] });
  });
  it("derives a transition title from the two titles when it has none", () => {
    expect(acme.transitions[0]!.title).toBe("Intern to Software Engineer I");
    expect(acme.transitions[2]!.title).toBe("The staff jump");
  });
});

describe("facts", () => {
  it("keep the file's order even when a label looks like a number", async () => {
    const { loadLadderText } = await import("../../src/core/load/index.js");
    const ladder = loadLadderText(
      "title: T\nsections: [{id: s, title: S}]\nlevels:\n  - id: a\n    title: A\n    facts:\n      Scope: 1 team\n      2024: hired\n      Band: B2\n    expectations: {}\n",
      "order.yaml",
    );
    expect(ladder.levels[0]!.facts.map((f) => f.label)).toEqual(["Scope", "2024", "Band"]);
  });
});

describe("fact values", () => {
  it("are shown as written, also when YAML reads them as numbers", async () => {
    const { loadLadderText } = await import("../../src/core/load/index.js");
    const ladder = loadLadderText(
      "title: T\nsections: [{id: s, title: S}]\nlevels:\n  - id: a\n    title: A\n    facts:\n      Band: 1.10\n      Code: 0x1F\n      Ratio: 007\n      Budget: 1e6\n      Years: 5\n    expectations: {}\n",
      "numbers.yaml",
    );
    expect(ladder.levels[0]!.facts.map((f) => f.value)).toEqual(["1.10", "0x1F", "007", "1e6", "5"]);
  });
});
