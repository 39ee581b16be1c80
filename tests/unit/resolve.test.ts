import { describe, expect, it } from "vitest";
import { loadBuiltinLadder } from "../../src/cli/ladder-source.js";
import { LadderError } from "../../src/core/errors.js";
import { loadLadderFile, loadLadderText } from "../../src/core/load/index.js";
import { fixture } from "../helpers.js";
import { resolveArea, resolveLevel, resolvePosition } from "../../src/core/resolve.js";

const ladder = await loadBuiltinLadder();

function usage(fn: () => unknown): LadderError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LadderError);
    expect((error as LadderError).exitCode).toBe(2);
    return error as LadderError;
  }
  throw new Error("expected a usage error");
}

describe("resolveLevel", () => {
  it.each([
    ["em", "em"],
    ["EM", "em"],
    ["senior em", "senior-em"],
    ["Senior_EM", "senior-em"],
    ["sem", "senior-em"],
    ["Senior Engineering Manager", "senior-em"],
    ["director", "director"],
    ["dir", "director"],
    ["Director of Engineering", "director"],
    ["vpe", "vp"],
    ["VP of Engineering", "vp"],
    ["chief-technology-officer", "cto"],
    ["Chief Technology Officer", "cto"],
    ["manager", "em"],
  ])("finds %s", (typed, id) => {
    expect(resolveLevel(ladder, typed).id).toBe(id);
  });

  it("finds a level by a unique prefix", () => {
    expect(resolveLevel(ladder, "direc").id).toBe("director");
    expect(resolveLevel(ladder, "chief").id).toBe("cto");
    expect(resolveLevel(ladder, "senior").id).toBe("senior-em");
  });

  it("names the candidates of an ambiguous prefix", () => {
    const acme = loadLadderFile(fixture("acme.yaml"));
    const error = usage(() => resolveLevel(acme, "se"));
    expect(error.message).toBe('"se" could be more than one level');
    expect(error.hints[0]).toBe("did you mean: e1, e2, m2?");
  });

  it("suggests the closest names for a typo", () => {
    const error = usage(() => resolveLevel(ladder, "directr"));
    expect(error.message).toBe('unknown level "directr"');
    expect(error.hints[0]).toContain("director");
    expect(error.hints.at(-1)).toContain("ladder levels");
  });

  it("rejects an empty name", () => {
    usage(() => resolveLevel(ladder, "  "));
  });
});

describe("resolveArea", () => {
  it("finds growth areas by title, id and prefix", () => {
    expect(resolveArea(ladder, "people development")).toMatchObject({ kind: "growth-area", area: { id: "people-development" } });
    expect(resolveArea(ladder, "people")).toMatchObject({ kind: "growth-area", area: { id: "people-development" } });
    expect(resolveArea(ladder, "Technical Leadership")).toMatchObject({ kind: "growth-area", area: { id: "technical-leadership" } });
  });

  it("finds sections by id and title", () => {
    expect(resolveArea(ladder, "leadership")).toMatchObject({ kind: "section", section: { id: "leadership" } });
    expect(resolveArea(ladder, "team & project scope")).toMatchObject({ kind: "section", section: { id: "scope" } });
  });

  it("reports unknown areas with suggestions", () => {
    const error = usage(() => resolveArea(ladder, "strategic planing"));
    expect(error.hints[0]).toContain("strategic-planning");
  });
});

describe("resolvePosition", () => {
  it("finds roles outside the ladder as well as levels", () => {
    expect(resolvePosition(ladder, "ic")).toMatchObject({ kind: "role", role: { id: "ic" } });
    expect(resolvePosition(ladder, "individual contributor")).toMatchObject({ kind: "role" });
    expect(resolvePosition(ladder, "cto")).toMatchObject({ kind: "level", level: { id: "cto" } });
  });
});

describe("names that could mean two things", () => {
  const source = `title: T
sections:
  - id: delivery
    title: Delivery
levels:
  - id: lead
    title: Team Lead
    expectations: {}
  - id: staff
    title: Lead
    expectations: {}
growth_areas:
  - id: delivery
    title: Delivery
    by_level: []
roles:
  - id: ic
    title: Individual Contributor
transitions:
  - from: ic
    to: lead
    text: Steps up.
`;
  const custom = loadLadderText(source, "two-meanings.yaml");

  it("finds a level by its id even when another level's title is the same word", () => {
    expect(resolveLevel(custom, "lead").id).toBe("lead");
    expect(resolveLevel(custom, "Team Lead").id).toBe("lead");
  });

  it("tells a section from a growth area with the same id by a kind prefix", () => {
    const error = usage(() => resolveArea(custom, "delivery"));
    expect(error.hints[0]).toBe("did you mean: area:delivery, section:delivery?");
    expect(resolveArea(custom, "section:delivery").kind).toBe("section");
    expect(resolveArea(custom, "area:delivery").kind).toBe("growth-area");
  });

  it("explains that a role is not a level", () => {
    const error = usage(() => resolveLevel(custom, "ic"));
    expect(error.hints[0]).toBe('"ic" (Individual Contributor) is a role outside the ladder, not a level; try `ladder path ic lead`');
  });
});

describe("names typed by their words", () => {
  const symbols = loadLadderText(
    [
      "title: Symbols",
      "sections:",
      "  - { id: impact, title: \"🎯 Results > Impact\" }",
      "  - { id: speed, title: \"Results > Speed\" }",
      "  - { id: care, title: \"Growth › Care\" }",
      "  - { id: management, title: Gestión de equipos }",
      "levels:",
      "  - { id: l1, title: \"🌱 Nivel inicial\", expectations: { impact: [Ships work] } }",
      "  - { id: l2, title: \"⭐ Senior\", expectations: { impact: [Leads work] } }",
    ].join("\n"),
    "symbols.yaml",
  );
  const section = (typed: string) => {
    const area = resolveArea(symbols, typed);
    return area.kind === "section" ? area.section.id : area.area.id;
  };

  it("ignores a leading emoji, symbols and separators in titles", () => {
    expect(section("results impact")).toBe("impact");
    expect(section("Results > Impact")).toBe("impact");
    expect(section("🎯 results > impact")).toBe("impact");
    expect(section("results speed")).toBe("speed");
    expect(resolveLevel(symbols, "nivel inicial").id).toBe("l1");
    expect(resolveLevel(symbols, "senior").id).toBe("l2");
  });

  it("finds a title by its part after a separator", () => {
    expect(section("impact")).toBe("impact");
    expect(section("care")).toBe("care");
    expect(section("growth care")).toBe("care");
  });

  it("names both candidates when a part is shared", () => {
    expect(usage(() => resolveArea(symbols, "results")).hints.join("\n")).toMatch(/impact.*speed|speed.*impact/);
  });

  it("ignores accents", () => {
    expect(section("gestion de equipos")).toBe("management");
    expect(section("GESTION")).toBe("management");
  });

  it("still prefers an id, an alias and a title written as typed", () => {
    // "impact" is also a section id: the id wins over the part of another title.
    expect(section("impact")).toBe("impact");
    expect(resolveLevel(ladder, "dir").id).toBe("director");
    expect(usage(() => resolveLevel(ladder, "directr")).message).toBe('unknown level "directr"');
  });
});
