/** The JSON Schema editors use (`ladder schema`) accepts every company fixture and rejects broken variants of the new fields. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ladderJsonSchema } from "../../src/core/format/json-schema.js";
import { TWO_TRACK_STARTER } from "../../src/core/format/starter.js";
import { fixture, repoRoot } from "../helpers.js";

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(ladderJsonSchema());
const files = readdirSync(fixture("company")).filter((f) => f.endsWith(".yaml"));
const load = (file: string) => parse(readFileSync(fixture(`company/${file}`), "utf-8")) as Record<string, any>;

describe("the JSON Schema", () => {
  it.each(files)("accepts %s", (file) => {
    expect(validate(load(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts the built-in ladder, and titles and prose with emoji, accents, a zero-width space, tabs and line breaks where prose allows them", () => {
    expect(validate(parse(readFileSync(path.join(repoRoot, "data", "ladder.yaml"), "utf-8")))).toBe(true);
    const doc = load("rich-expectations.yaml");
    doc.sections[1].title = "🎯 Results > Impact";
    doc.sections[2].title = "Gestión\u200b de equipos";
    doc.levels[0].expectations.testing[1] = "Tests 🧪\n\twith care";
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts the two-track starter and a file with x- keys beside the new fields", () => {
    expect(validate(parse(TWO_TRACK_STARTER))).toBe(true);
    const rich = load("rich-expectations.yaml");
    rich.levels[0].expectations.testing[0]["x-source"] = "sheet";
    expect(validate(rich)).toBe(true);
  });

  const broken: [string, string, (doc: Record<string, any>) => void][] = [
    ["an expectation mapping without text", "rich-expectations.yaml", (d) => delete d.levels[0].expectations.testing[0].text],
    ["an unknown key in an expectation", "rich-expectations.yaml", (d) => (d.levels[0].expectations.testing[0].exampels = ["x"])],
    ["examples that are not a list", "rich-expectations.yaml", (d) => (d.levels[0].expectations.testing[0].examples = "x")],
    ["a link that is not a web or mail address", "rich-expectations.yaml", (d) => (d.levels[0].expectations.testing[0].links = [{ url: "javascript:alert(1)" }])],
    ["a rating scale without titles", "rich-expectations.yaml", (d) => delete d.ratings[0].title],
    ["an empty rating scale", "rich-expectations.yaml", (d) => (d.ratings = [])],
    ["a rank that is not a whole number", "fork.yaml", (d) => (d.levels[0].rank = 1.5)],
    ["tracks that are not a list", "fork.yaml", (d) => (d.levels[0].tracks = "ic")],
    ["an empty list of tracks on a level", "fork.yaml", (d) => (d.levels[0].tracks = [])],
    ["a track's sections that are not ids", "per-track-sections.yaml", (d) => (d.tracks[0].sections = ["Code Quality"])],
    ["a track description that is not text", "fork.yaml", (d) => (d.tracks[0].description = ["x"])],
    ["a level with both track and tracks", "fork.yaml", (d) => (d.levels[2].tracks = ["ic", "manager"])],
    ["a group that spans lines", "fork.yaml", (d) => (d.tracks[0].group = "Engineering\nand more")],
    ["a control character in an example", "rich-expectations.yaml", (d) => (d.levels[0].expectations.testing[0].examples = ["Adds \u001b[31m a test"])],
    ["a bidirectional control in a rating title", "rich-expectations.yaml", (d) => (d.ratings[0].title = "Aware\u202e")],
    ["a lone surrogate in a section description", "rich-expectations.yaml", (d) => (d.sections[0].description = "half \ud83d of a pair")],
  ];
  it.each(broken)("rejects %s", (_, file, breakIt) => {
    const doc = load(file);
    breakIt(doc);
    expect(validate(doc)).toBe(false);
  });
});
