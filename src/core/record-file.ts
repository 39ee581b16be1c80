/**
 * Reading an assessment record (record.ts, docs/record.md) from its text,
 * with every problem placed at its line and column like a ladder file's:
 * a record may have been edited by hand, written by an older or newer
 * ladder, or not be a record at all, and each of those gets a located error,
 * never a crash.
 */
import { closest } from "./names.js";
import { LadderFileError, formatPath, type FileKind, type Problem } from "./errors.js";
import { positionsIn, type Position } from "./load/issues.js";
import { readYaml } from "./load/yaml.js";
import { AssessmentRecordSchema, RECORD_KIND, RECORD_VERSION, type AssessmentRecord } from "./record.js";

export const RECORD_FILE: FileKind = {
  what: "assessment record",
  hint: "the record format is described in docs/record.md; `ladder validate RECORD.json` checks a record",
};

/**
 * Does this text look like a record rather than a ladder file? A top-level
 * `kind` key (ladder files have none); JSON broken further on still counts
 * when it starts as a record does.
 */
export function looksLikeRecord(source: string): boolean {
  try {
    const data: unknown = JSON.parse(source);
    return data !== null && typeof data === "object" && !Array.isArray(data) && Object.hasOwn(data, "kind");
  } catch {
    return /^\s*\{\s*"kind"\s*:\s*"ladder-assessment"/.test(source.slice(0, 200));
  }
}

/** The record in `source` (the text of `file`), or a LadderFileError listing every problem, each at its place. */
export function readRecordText(source: string, file: string): AssessmentRecord {
  const fail = (problems: Problem[]): never => {
    throw new LadderFileError(file, problems, RECORD_FILE);
  };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    fail([{ file, ...jsonErrorAt(source, error), path: "", message: "the file is not valid JSON", hint: "a record is the JSON file `ladder assess` wrote" }]);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail([{ file, line: 1, col: 1, path: "", message: "this is not an assessment record: it is not a JSON object", hint: "a record is the JSON file `ladder assess` wrote" }]);
  }
  let position: Position;
  try {
    position = positionsIn(readYaml(source, file));
  } catch {
    // JSON that the YAML reader refuses (past its limits): place problems at the start.
    position = () => ({ line: 1, col: 1 });
  }
  const record = data as Record<string, unknown>;
  if (record.kind !== RECORD_KIND) {
    const got = record.kind === undefined ? 'it has no "kind"' : `its "kind" is ${JSON.stringify(record.kind)}`;
    fail([{ file, ...position(["kind"], true), path: record.kind === undefined ? "" : "kind", message: `this is not an assessment record: ${got}`, hint: `a record has "kind": "${RECORD_KIND}"` }]);
  }
  if (typeof record.version === "number" && record.version !== RECORD_VERSION) {
    const newer = record.version > RECORD_VERSION;
    fail([
      {
        file,
        ...position(["version"]),
        path: "version",
        message: `record version ${record.version} is not one this ladder reads (it reads version ${RECORD_VERSION})`,
        hint: newer ? "the record was written by a newer ladder: update ladder" : "the version was changed by hand; records start at version 1",
      },
    ]);
  }
  const parsed = AssessmentRecordSchema.safeParse(data);
  if (!parsed.success) {
    const described = parsed.error.issues.map((issue) => describe(issue, data, position, file));
    // A misspelt key ("anwser") also leaves the key it meant missing: report that once, as the misspelling.
    const meant = new Set(described.flatMap((d) => (d.suggests ? [d.suggests] : [])));
    fail(described.filter((d) => !(d.missing && meant.has(d.path))).map(({ suggests: _s, missing: _m, ...problem }) => problem));
  }
  const problems = duplicates(parsed.data!, position, file);
  if (problems.length > 0) fail(problems);
  return parsed.data!;
}

/** Two answers for one place: a hand edit that copied an answer. */
function duplicates(record: AssessmentRecord, position: Position, file: string): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  record.answers.forEach((answer, i) => {
    const key = `${answer.section}\u0000${answer.index}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else problems.push({ file, ...position(["answers", i]), path: `answers[${i}]`, message: `a second answer for ${answer.section}[${answer.index}]`, hint: `answers[${first}] answers it already; keep one` });
  });
  return problems;
}

/** The keys a record has at each depth, for "did you mean" on a misspelt one. */
const KNOWN_KEYS: Record<string, string[]> = {
  "": ["kind", "version", "ladder", "level", "date", "for", "answers"],
  ladder: ["title", "fingerprint"],
  level: ["id", "title"],
  answers: ["section", "index", "expectation", "answer", "note", "links"],
};

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  values?: unknown[];
  expected?: string;
  format?: string;
}

type Described = Problem & { suggests?: string; missing?: boolean };

function describe(issue: Issue, data: unknown, position: Position, file: string): Described {
  const path = issue.path;
  const at = (message: string, hint?: string, onKey = false): Problem => ({ file, ...position(path, onKey), path: formatPath(path), message, ...(hint ? { hint } : {}) });
  let value: unknown = data;
  for (const segment of path) value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[segment as string] : undefined;
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = KNOWN_KEYS[path.filter((s) => typeof s === "string").join(".")] ?? [];
      const key = issue.keys?.[0] ?? "";
      const suggestion = closest(key, known)[0];
      const more = (issue.keys?.length ?? 0) > 1 ? ` (and ${issue.keys!.slice(1).map((k) => `"${k}"`).join(", ")})` : "";
      return {
        file,
        ...position([...path, key], true),
        path: formatPath([...path, key]),
        message: `unknown key "${key}"${more}`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `known keys: ${known.join(", ")}`,
        ...(suggestion ? { suggests: formatPath([...path, suggestion]) } : {}),
      };
    }
    case "invalid_type":
    case "invalid_value":
      if (value === undefined) return { ...at(`missing required key "${String(path.at(-1))}"`, undefined, true), missing: true };
      if (issue.code === "invalid_value") return at(`must be ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}; got ${JSON.stringify(value)}`);
      return at(`expected ${issue.expected === "string" ? "text" : issue.expected === "array" ? "a list" : issue.expected === "object" ? "an object" : issue.expected}, got ${JSON.stringify(value)?.slice(0, 40)}`);
    case "invalid_format":
      if (path.at(-1) === "date") return at(`"${String(value)}" is not a date`, "write the day as YYYY-MM-DD");
      if (path.at(-1) === "fingerprint") return at(`"${String(value)}" is not a fingerprint`, "sha256: and 64 hex digits, as `ladder assess` writes it");
      return at(issue.message);
    case "too_small":
      return at(typeof value === "string" ? "must not be empty" : issue.message);
    default:
      return at(issue.message);
  }
}

/** Where JSON.parse stopped, from its message ("... at position 42", or "line 3 column 5"). */
function jsonErrorAt(source: string, error: unknown): { line: number; col: number } {
  const message = (error as Error).message ?? "";
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), col: Number(lineCol[2]) };
  const at = /position (\d+)/.exec(message);
  const offset = at ? Math.min(Number(at[1]), source.length) : source.trim() === "" ? 0 : source.length;
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  return { line, col: offset - before.lastIndexOf("\n") };
}
