/**
 * Problems in the ladder's shape and references, placed in the file: zod's
 * issues translated into the ladder's own words, and a path in the data
 * (`levels[2].expectations.craft`) located at its line and column.
 */
import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import { formatPath, type Problem } from "../errors.js";
import { BIDI_CONTROL, CONTROL_CHARACTER } from "../definitions.js";
import { CONTROL_MESSAGE, NAME_MESSAGE, knownKeysAt } from "../format/schema.js";
import { closest } from "../names.js";
import { keyText, type YamlLadder } from "./yaml.js";

/** The line and column of a path in the data (of its key when `onKey`), or of its nearest existing parent. */
export type Position = (path: readonly PropertyKey[], onKey?: boolean) => { line: number; col: number };

export function positionsIn(yaml: YamlLadder): Position {
  const keyIndex = new Map<YAMLMap, Map<string, Pair>>();
  return (path, onKey = false) => {
    const pos = yaml.lineCounter.linePos(locate(yaml.doc, path, onKey, yaml.aliasTargets, keyIndex));
    return { line: pos.line, col: pos.col };
  };
}

/** The source offset of the node at `path` (its key when `onKey`), or of the nearest existing parent. */
function locate(
  doc: Document.Parsed,
  path: readonly PropertyKey[],
  onKey: boolean,
  aliasTargets: ReadonlyMap<Alias, Node>,
  keyIndex: Map<YAMLMap, Map<string, Pair>>,
): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    // Aliases were resolved once, in toPlainData; each lookup stays cheap with thousands of problems.
    if (isAlias(node)) node = aliasTargets.get(node);
    if (isMap(node)) {
      let index = keyIndex.get(node);
      if (index === undefined) {
        index = new Map();
        for (const p of node.items) if (isScalar(p.key)) index.set(keyText(p.key), p as Pair);
        keyIndex.set(node, index);
      }
      const pair = index.get(String(segment));
      if (!pair) return offset;
      const key = pair.key as Node;
      if (last && onKey) return key.range?.[0] ?? offset;
      node = pair.value;
      offset = (pair.value as Node | null)?.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) return offset;
      node = item;
      offset = (item as Node | null)?.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

/** The parts of a zod issue that are turned into a problem line. */
interface Issue {
    code: string;
    path: PropertyKey[];
    message: string;
    expected?: string;
    keys?: string[];
    origin?: string;
    format?: string;
    minimum?: number | bigint;
    values?: unknown[];
    input?: unknown;
    /** invalid_union: the issues of each alternative, their paths from the union's value. */
    errors?: Issue[][];
}

export function issueProblems(
  issues: readonly Issue[],
  raw: unknown,
  position: Position,
  file: string,
): Problem[] {
  const described = issues.flatMap((issue) => describeIssue(issue, raw));
  // A misspelt key ("titel") also leaves the key it meant missing: report that once, as the misspelling.
  const meant = new Set(described.filter((d) => d.suggests !== undefined).map((d) => formatPath([...d.path.slice(0, -1), d.suggests!])));
  return described
    .filter((d) => !(d.missing && meant.has(formatPath(d.path))))
    .map(({ path, message, hint, onKey }) => ({
      file,
      ...position(path, onKey),
      path: formatPath(path),
      message,
      ...(hint ? { hint } : {}),
    }));
}

interface Described {
  path: PropertyKey[];
  message: string;
  hint?: string;
  /** For an unknown key: the known key it is probably a misspelling of. */
  suggests?: string;
  /** A required key that is absent. */
  missing?: boolean;
  onKey?: boolean;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment as string];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return `${value} (a boolean)`;
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  array: "a list",
  object: "a mapping",
  record: "a mapping",
  number: "a number",
  int: "a whole number",
};

function describeIssue(issue: Issue, raw: unknown): Described[] {
  const path = issue.path;
  const value = valueAt(raw, path);
  const name = String(path.at(-1) ?? "");
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeysAt(path);
      return (issue.keys ?? []).map((key) => {
        const suggestion = closest(key, known)[0];
        return {
          path: [...path, key],
          ...(suggestion ? { suggests: suggestion } : {}),
          message: `unknown key "${key}"`,
          hint: suggestion ? `did you mean "${suggestion}"?` : `known keys: ${known.join(", ")}; extensions start with "x-"`,
          onKey: true,
        };
      });
    }
    case "invalid_type":
      if (value === undefined) {
        return [{ path, message: `missing required key "${name}"`, onKey: true, missing: true }];
      }
      return [{ path, message: `expected ${EXPECTED[issue.expected ?? ""] ?? issue.expected}, got ${kindOf(value)}`, hint: typeHint(issue.expected, value) }];
    case "invalid_union": {
      // An expectation is text or a mapping: a mapping is told what is wrong inside it, not that it is not text.
      const inside = kindOf(value) === "a mapping" ? issue.errors?.find((branch) => !branch.some((i) => i.code === "invalid_type" && i.path.length === 0)) : undefined;
      if (inside !== undefined) return inside.flatMap((i) => describeIssue({ ...i, path: [...path, ...i.path] }, raw));
      return [{ path, message: `expected text, got ${kindOf(value)}` }];
    }
    case "invalid_value":
      return [{ path, message: `must be ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(" or ")}, got ${JSON.stringify(value)}` }];
    case "invalid_format":
      if (issue.origin === "string" && issue.format === "regex" && path.at(-1) === "url") {
        return [{ path, message: `"${String(value)}" must be an http(s):// or mailto: address`, hint: "links may lead to web pages and mail addresses only" }];
      }
      if (issue.origin === "string" && issue.format === "regex") {
        return [{ path, message: `"${String(value)}" is not a valid id`, hint: "use lowercase letters, digits and single hyphens, like senior-em", onKey: isRecordKey(path) }];
      }
      return [{ path, message: issue.message }];
    case "too_small":
      if (issue.origin === "string") return [{ path, message: "must not be empty" }];
      return [{ path, message: `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}` }];
    case "invalid_key":
      if (isFactLabel(path)) {
        const control = CONTROL_CHARACTER.exec(name)?.[0];
        if (control !== undefined) return [{ path, message: `the fact label ${describeControl(control)}`, hint: controlHint(control), onKey: true }];
        return [{ path, message: name === "" ? "a fact label must not be empty" : `"${name}" is not a valid fact label`, hint: "a label is one line of text, e.g. `Team size`", onKey: true }];
      }
      return [{ path, message: `"${name}" is not a valid id`, hint: "use lowercase letters, digits and single hyphens", onKey: true }];
    case "custom": {
      const control = typeof value === "string" ? CONTROL_CHARACTER.exec(value)?.[0] : undefined;
      if (control !== undefined && issue.message === CONTROL_MESSAGE) return [{ path, message: describeControl(control), hint: controlHint(control) }];
      if (issue.message === NAME_MESSAGE) return [{ path, message: issue.message, hint: "a name is typed on the command line: `ladder show <name>`" }];
      return [{ path, message: issue.message, hint: "titles, names and facts are one line; newlines and tabs belong in prose" }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

const CONTROL_NAMES: Record<number, string> = {
  0: "NUL", 7: "BEL", 8: "BS", 0x0b: "VT", 0x0c: "FF", 0x0d: "CR", 0x1b: "ESC", 0x7f: "DEL", 0x9b: "CSI",
  0x061c: "ALM", 0x200e: "LRM", 0x200f: "RLM", 0x202a: "LRE", 0x202b: "RLE", 0x202c: "PDF", 0x202d: "LRO", 0x202e: "RLO",
  0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
};

/** "contains a control character, U+001B (ESC)", or what else of CONTROL_CHARACTER it is. */
function describeControl(control: string): string {
  const code = control.charCodeAt(0);
  const named = `U+${code.toString(16).toUpperCase().padStart(4, "0")}${CONTROL_NAMES[code] ? ` (${CONTROL_NAMES[code]})` : ""}`;
  if (code >= 0xd800 && code <= 0xdfff) return `contains a lone surrogate, ${named}`;
  if (BIDI_CONTROL.test(control)) return `contains a bidirectional control, ${named}`;
  return `${CONTROL_MESSAGE}, ${named}`;
}

function controlHint(control: string): string {
  const code = control.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return "half of a UTF-16 pair is not a character: write the whole character, or remove the \\u escape";
  if (BIDI_CONTROL.test(control)) return "it makes text display in another order than it is written; remove it";
  return "ladder text is plain text: control characters could drive the reader's terminal";
}

/** `levels[i].facts.<label>` */
function isFactLabel(path: readonly PropertyKey[]): boolean {
  return path.length === 4 && path[0] === "levels" && path[2] === "facts";
}

function isRecordKey(path: readonly PropertyKey[]): boolean {
  return path.length >= 3 && path[0] === "levels" && (path[2] === "expectations" || path[2] === "facts") && path.length === 4;
}

function typeHint(expected: string | undefined, value: unknown): string | undefined {
  if (expected === "array" && typeof value === "string") return "start each item on its own line with `- `";
  if (expected === "string" && typeof value === "number") return "quote it to make it text";
  if (expected === "string" && typeof value === "boolean") return "quote it: YAML reads yes/no/true/false as booleans";
  return undefined;
}

export function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.col}:${p.path}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
