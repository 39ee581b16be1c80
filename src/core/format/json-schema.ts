/**
 * The JSON Schema of the ladder file format, generated from the zod schema
 * the loader validates with, so the two cannot drift. Editors use it for
 * completion and inline errors (yaml-language-server).
 */
import * as z from "zod/mini";
import { LadderFileSchema } from "./schema.js";

type JsonObject = { [key: string]: unknown };

export function ladderJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(LadderFileSchema, { target: "draft-2020-12" }) as JsonObject;
  allowExtensions(generated);
  return {
    $schema: generated.$schema,
    title: "Ladder file, format version 1",
    description: "A career ladder for the `ladder` command line: levels, sections, growth areas and transitions. Keys starting with `x-` are extensions, accepted anywhere and ignored.",
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== "$schema")),
  };
}

/** Closed objects still accept `x-` keys, as the loader does. */
function allowExtensions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) allowExtensions(item);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const schema = node as JsonObject;
  if (schema.type === "object" && schema.additionalProperties === false) {
    schema.patternProperties = { "^x-": {} };
  }
  for (const value of Object.values(schema)) allowExtensions(value);
}
