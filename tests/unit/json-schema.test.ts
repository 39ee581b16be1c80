/** The JSON Schema editors use (`ladder schema`) accepts every company fixture and rejects broken variants of the new fields. */
import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ladderJsonSchema } from "../../src/core/format/json-schema.js";
import { TWO_TRACK_STARTER } from "../../src/core/format/starter.js";
import { fixture } from "../helpers.js";

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(ladderJsonSchema());
const files = readdirSync(fixture("company")).filter((f) => f.endsWith(".yaml"));
const load = (file: string) => parse(readFileSync(fixture(`company/${file}`), "utf-8")) as Record<string, any>;

describe("the JSON Schema", () => {
  it.each(files)("accepts %s", (file) => {
    expect(validate(load(file)), JSON.stringify(validate.errors)).toBe(true);
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
  ];
  it.each(broken)("rejects %s", (_, file, breakIt) => {
    const doc = load(file);
    breakIt(doc);
    expect(validate(doc)).toBe(false);
  });
});
