import { ladderJsonSchema } from "../../core/format/json-schema.js";

/** Always JSON: the schema is for editors and tools. */
export async function schema(): Promise<string> {
  return `${JSON.stringify(ladderJsonSchema(), null, 2)}\n`;
}
