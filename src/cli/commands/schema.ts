import { ladderJsonSchema } from "../../core/format/json-schema.js";
import type { CommandResult } from "../context.js";

/** Always JSON (the only format program.ts offers): the schema is for editors and tools. */
export async function schema(): Promise<CommandResult> {
  return { view: ladderJsonSchema(), renderers: {} };
}
