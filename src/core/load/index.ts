/**
 * Reading a ladder file: the text -> plain data -> the format's checks ->
 * Ladder. Every problem found is reported with the line and column of the
 * offending key or value, all at once, so a file can be fixed in one pass.
 *
 * read-file.ts reads the bytes safely; yaml.ts parses YAML within the limits
 * (limits.ts); json.ts reads JSON faster where it can; issues.ts places
 * problems in the file; to-ladder.ts builds the model.
 */
import { LadderFileError } from "../errors.js";
import { LadderFileSchema } from "../format/schema.js";
import { checkReferences } from "../format/references.js";
import type { Ladder } from "../types.js";
import { dedupe, issueProblems, positionsIn } from "./issues.js";
import { readJson } from "./json.js";
import { readLadderSource } from "./read-file.js";
import { toLadder } from "./to-ladder.js";
import { readYaml } from "./yaml.js";

export { LIMITS } from "./limits.js";
export { decodeLadderBytes, readLadderSource, tooBig } from "./read-file.js";

/** Reads and checks a ladder file from disk. */
export function loadLadderFile(path: string): Ladder {
  return loadLadderText(readLadderSource(path), path);
}

/** Checks the text of a ladder file and turns it into a Ladder. `file` names it in problems. */
export function loadLadderText(source: string, file: string): Ladder {
  const json = readJson(source);
  if (json !== undefined) {
    const parsed = LadderFileSchema.safeParse(json.raw);
    // Positions are only asked for when there is a problem; then the YAML reader below places it.
    if (parsed.success && checkReferences(json.raw, () => ({ file, line: 0, col: 0 })).length === 0) return toLadder(parsed.data, json);
  }

  const yaml = readYaml(source, file);
  const position = positionsIn(yaml);
  const parsed = LadderFileSchema.safeParse(yaml.raw);
  // concat, not push(...list): a hostile file can have more problems than a call takes arguments.
  const problems = (parsed.success ? [] : issueProblems(parsed.error.issues, yaml.raw, position, file)).concat(
    checkReferences(yaml.raw, (path, onKey) => ({ file, ...position(path, onKey) })),
  );
  if (problems.length > 0 || !parsed.success) {
    problems.sort((a, b) => a.line - b.line || a.col - b.col);
    throw new LadderFileError(file, dedupe(problems));
  }
  return toLadder(parsed.data, yaml);
}
