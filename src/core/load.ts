/**
 * Reading a ladder file: YAML with positions -> checks -> Ladder.
 * Every problem found is reported with the line and column of the offending
 * key or value, all at once, so a file can be fixed in one pass.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from "node:fs";
import { CST, Composer, Lexer, LineCounter, Parser, YAMLParseError, isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node, type Pair, type Scalar, type YAMLMap } from "yaml";
import { LadderError, LadderFileError, formatPath, type Problem } from "./errors.js";
import { CONTROL_MESSAGE, LadderFileSchema, knownKeysAt, type LadderFile } from "./schema.js";
import { checkReferences } from "./validate.js";
import { readPlainYaml } from "./plain-yaml.js";
import { closest } from "./names.js";
import type { Ladder } from "./types.js";

/** Limits that keep a hostile file from exhausting memory or time (documented in the README). */
export const LIMITS = {
  /** Largest ladder file read, in bytes (a ladder of 50,000 expectations is about 5 MB). */
  maxFileBytes: 16 * 1024 * 1024,
  /**
   * Most YAML tokens in one file: texts, keys, indicators (`-`, `:`, `[`, `,`),
   * spaces, line breaks and comments. Parsing time and memory follow this
   * count more than the size in bytes: a file packed with tiny tokens (`- a`,
   * blank lines, `[][]`) is refused at this count, before it takes seconds and
   * gigabytes. A ladder of 50,000 expectations (5 MB) has about 290,000.
   */
  maxTokens: 500_000,
  /**
   * Most values (texts, lists, mappings) that aliases (`*name`) may add to the
   * document by repeating what their anchor (`&name`) holds, counting
   * everything inside. A "billion laughs" file needs billions.
   */
  maxAliasExpansion: 10_000,
  /** Deepest nesting of mappings and sequences; a ladder needs 5. */
  maxDepth: 64,
} as const;

/** Keys that could reach an object's prototype in JavaScript; never data. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Reads and checks a ladder file from disk. */
export function loadLadderFile(path: string): Ladder {
  return parseLadder(readLadderSource(path), path);
}

/**
 * The text of a ladder file. Refuses, each with a clear error: a missing path,
 * a directory, anything that is not a regular file (a device such as /dev/zero
 * never ends; a pipe with no writer never starts), a file over
 * LIMITS.maxFileBytes, bytes that are not UTF-8 (located at the first bad
 * byte) and binary files. The file is opened without blocking and checked
 * through the open descriptor, so a FIFO cannot hang the program (a blocked
 * open would not even let Ctrl-C through) and nothing can be swapped in
 * between the check and the read; reading stops at the limit even if the file
 * grows meanwhile.
 */
export function readLadderSource(path: string): string {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new LadderError(`cannot read ladder file ${path}: it is a directory`, { hints: ["pass the path of a .yaml file"] });
    if (!stat.isFile()) throw new LadderError(`cannot read ladder file ${path}: it is not a regular file`, { hints: ["pass the path of a .yaml file; pipes and devices are not read"] });
    if (stat.size > LIMITS.maxFileBytes) throw tooBig(path, stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > LIMITS.maxFileBytes) throw tooBig(path);
    }
    bytes = Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof LadderError) throw error;
    throw fileError(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new LadderFileError(path, [{ file: path, ...at, path: "", message: "the file is not UTF-8 text", hint: "save it as UTF-8" }]);
  }
  // Valid UTF-8 can still be binary, or UTF-16 text saved without a byte order mark.
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    throw new LadderFileError(path, [{ file: path, ...positionIn(text, nul), path: "", message: "the file contains a NUL byte: it is binary, or text in UTF-16", hint: "save it as UTF-8 text" }]);
  }
  return text;
}

/** `size` is unknown when the file turned out larger than it said (a pipe, a growing file): reading stopped at the limit. */
function tooBig(path: string, size?: number): LadderError {
  const what = size === undefined ? "it is larger than" : `it is ${formatBytes(size)}, over`;
  return new LadderError(`cannot read ladder file ${path}: ${what} the limit of ${formatBytes(LIMITS.maxFileBytes)}`, {
    hints: ["check that this is the right file: a ladder of 50,000 expectations is about 5 MB"],
  });
}

/** Line and column (1-based, in UTF-16 code units like the YAML positions) of `offset` in `text`. */
function positionIn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) line++;
  return { line, col: offset - lineStart + 1 };
}

function fileError(path: string, error: unknown): LadderError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return new LadderError(`cannot read ladder file ${path}: no such file`, { hints: ["check the path given with --data or LADDER_DATA; `ladder init FILE` writes a starter ladder"] });
    case "ENOTDIR":
      return new LadderError(`cannot read ladder file ${path}: a part of the path is not a directory`, { hints: ["check the path given with --data or LADDER_DATA"] });
    case "EACCES":
    case "EPERM":
      return new LadderError(`cannot read ladder file ${path}: permission denied`, { hints: ["check the file's permissions (ls -l), or copy it somewhere you can read"] });
    case "EISDIR":
      return new LadderError(`cannot read ladder file ${path}: it is a directory`, { hints: ["pass the path of a .yaml file"] });
    default: {
      // Node's message repeats the path and the syscall; the code alone says what happened.
      const reason = code ?? String((error as Error)?.message ?? error).split("\n")[0];
      return new LadderError(`cannot read ladder file ${path}: ${reason}`, { hints: ["check the path given with --data or LADDER_DATA"] });
    }
  }
}

/** Rounded up, so that a file just over the limit never reads as equal to it. */
function formatBytes(n: number): string {
  const MiB = 1024 * 1024;
  if (n >= MiB) return n % MiB === 0 ? `${n / MiB} MiB` : `${(Math.ceil((n / MiB) * 10) / 10).toFixed(1)} MiB`;
  return `${Math.ceil(n / 1024)} KiB`;
}

/**
 * Line and column of the first byte that is not valid UTF-8 (columns count
 * UTF-16 code units, like the positions of YAML problems). A plain scan: the
 * decoder only says that the bytes are invalid, not where.
 */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) {
      const c = bytes[i + k]!;
      valid = k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
    }
    if (!valid) return { line, col };
    if (b === 0x0a) {
      line++;
      col = 1;
    } else {
      col += length === 4 ? 2 : 1;
    }
    i += length;
  }
  return { line, col };
}

/** Parses and checks the text of a ladder file. `file` names it in problems. */
/** Files this large try the fast reader first (plain-yaml.ts); smaller ones parse in milliseconds anyway. */
export const FAST_READER_FROM_BYTES = 256 * 1024;

export function parseLadder(source: string, file: string, options: { fastReader?: boolean } = {}): Ladder {
  if (options.fastReader !== false && source.length >= FAST_READER_FROM_BYTES) {
    const ladder = readLargeLadder(source);
    if (ladder) return ladder;
  }
  const lineCounter = new LineCounter();
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, col: pos.col };
  };
  const problem = (offset: number | undefined, path: string, message: string, hint?: string): Problem => ({
    file,
    ...at(offset),
    path,
    message,
    ...(hint ? { hint } : {}),
  });

  let doc: Document.Parsed;
  try {
    const parsed = parseYaml(source, lineCounter);
    if ("tooDeepAt" in parsed) throw new LadderFileError(file, [problem(parsed.tooDeepAt, "", ...TOO_DEEP)]);
    if ("tooManyAliasesAt" in parsed) throw new LadderFileError(file, [problem(parsed.tooManyAliasesAt, "", ...TOO_MANY_ALIASES)]);
    if ("tooManyTokensAt" in parsed) {
      throw new LadderFileError(file, [
        problem(parsed.tooManyTokensAt, "", `the file holds more than ${LIMITS.maxTokens.toLocaleString("en-US")} YAML tokens`, "a ladder of 50,000 expectations has about 290,000; is this the right file?"),
      ]);
    }
    doc = parsed.doc;
  } catch (error) {
    if (error instanceof LadderFileError) throw error;
    // Not expected once nesting is bounded; still, a parser failure is a problem with the file, not a crash.
    throw new LadderFileError(file, [{ file, line: 1, col: 1, path: "", message: `the YAML cannot be parsed (${(error as Error).message})` }]);
  }

  const problems: Problem[] = [];
  // A garbage file can hold hundreds of thousands of errors: each scan of the file is done once, each message made once.
  let unclosedQuote: { at: number | undefined } | undefined;
  const messages = new Map<string, string>();
  const say = (code: string, message: string) => {
    const key = `${code}\n${message}`;
    let said = messages.get(key);
    if (said === undefined) messages.set(key, (said = yamlMessage(code, message)));
    return said;
  };
  for (const error of doc.errors) {
    // The parser notices an unclosed quote only at the end of the file; point at where the quote opens.
    const unclosed = error.code === "MISSING_CHAR" && /quote/.test(error.message) ? (unclosedQuote ??= { at: unclosedQuoteAt(source) }).at : undefined;
    if (unclosed !== undefined) problems.push(problem(unclosed, "", "a quoted text is never closed", "add the closing quote at the end of this text"));
    else problems.push(problem(error.pos[0], "", say(error.code, error.message), yamlHint(error.code)));
  }
  for (const warning of doc.warnings) problems.push(problem(warning.pos[0], "", say(warning.code, warning.message), yamlHint(warning.code)));
  if (problems.length > 0) throw new LadderFileError(file, problems);

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    throw new LadderFileError(file, [problem(0, "", "the file has no content", "a ladder needs at least `title`, `sections` and `levels`; `ladder init` writes a starter file")]);
  }
  if (!isMap(doc.contents)) {
    const what = isSeq(doc.contents) ? "a list" : "a single value";
    throw new LadderFileError(file, [
      problem(doc.contents.range?.[0], "", `the file holds ${what}; a ladder is a mapping of keys such as title, sections and levels`, "start with a line `title: ...`; `ladder init` writes a starter file"),
    ]);
  }

  // Checked and converted in one walk, before anything builds objects from the document.
  const { raw, problems: found, aliasTargets, keyOrder } = toPlainData(doc, problem);
  if (found.length > 0) {
    found.sort((a, b) => a.line - b.line || a.col - b.col);
    throw new LadderFileError(file, found);
  }

  const keyIndex = new Map<YAMLMap, Map<string, Pair>>();
  const located = (path: readonly PropertyKey[], onKey = false) => locate(doc, path, onKey, aliasTargets, keyIndex);
  const parsed = LadderFileSchema.safeParse(raw);
  // concat, not push(...list): a hostile file can have more problems than a call takes arguments.
  const checked = (parsed.success ? [] : issueProblems(parsed.error.issues as Issue[], raw, (path, onKey) => at(located(path, onKey)), file)).concat(
    checkReferences(raw, (path, onKey) => ({ file, ...at(located(path, onKey)) })),
  );

  if (checked.length > 0 || !parsed.success) {
    checked.sort((a, b) => a.line - b.line || a.col - b.col);
    throw new LadderFileError(file, dedupe(checked));
  }
  return toLadder(parsed.data, (i) => factLabelsInFileOrder(raw, keyOrder, i));
}

/** The offset of a quote that is still open at the end of the file (outside comments), if any. */
function unclosedQuoteAt(source: string): number | undefined {
  let open: { quote: string; at: number } | undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (open) {
      if (c === "\\" && open.quote === '"') i++;
      else if (c === open.quote) {
        // '' inside single quotes is an escaped quote, not the end.
        if (open.quote === "'" && source[i + 1] === "'") i++;
        else open = undefined;
      }
    } else if (c === "#" && (i === 0 || /\s/.test(source[i - 1]!))) {
      const end = source.indexOf("\n", i);
      if (end < 0) break;
      i = end;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:-]/.test(source[i - 1]!))) {
      open = { quote: c, at: i };
    }
  }
  return open?.at;
}

function yamlMessage(code: string, message: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "duplicate key: each key may appear once in a mapping";
    case "MULTIPLE_DOCS":
      return "the file holds more than one YAML document";
    case "TAB_AS_INDENT":
      return "tabs are not allowed in indentation";
    case "TAG_RESOLVE_FAILED":
      return `unknown YAML tag${message.replace(/^Unresolved tag/, "")}`;
    default:
      return `invalid YAML: ${message.replace(/\s+/g, " ").replace(/\.$/, "")}`;
  }
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case "MULTIPLE_DOCS":
      return "remove the `---` line; a ladder is one document";
    case "TAB_AS_INDENT":
      return "indent with spaces";
    case "TAG_RESOLVE_FAILED":
      return "remove the `!tag`; a ladder file uses plain YAML";
    case "DUPLICATE_KEY":
      return "merge the two entries or rename one";
    default:
      return undefined;
  }
}

const COLLECTIONS = new Set(["block-map", "block-seq", "flow-collection"]);

/**
 * Parses one YAML document, refusing nesting deeper than LIMITS.maxDepth
 * before anything recursive sees it. The yaml package parses to a syntax tree
 * with an explicit stack (no recursion), but its composer and toJS recurse
 * once per level, so `[[[[...` or `- - - - ...` ten thousand levels deep would
 * exhaust the call stack. The parser's stack holds every collection still
 * open, so watching its length while feeding it tokens measures nesting of
 * every style (flow, block sequences, block mappings, explicit keys) exactly,
 * and stops reading at the first level too many.
 */
type Parsed = { doc: Document.Parsed } | { tooDeepAt: number } | { tooManyAliasesAt: number } | { tooManyTokensAt: number };

/**
 * A large, valid ladder in plain block YAML, read by the fast reader and
 * checked by the same schema and reference checks as any file; undefined when
 * the reader declines or anything is wrong, and the file then goes the full
 * way, which finds and places every problem. The token limit holds here too,
 * so a file is accepted or refused the same way on either path.
 */
export function readLargeLadder(source: string): Ladder | undefined {
  let tokens = 0;
  for (const _ of new Lexer().lex(source)) if (++tokens > LIMITS.maxTokens) return undefined;
  const plain = readPlainYaml(source);
  if (!plain) return undefined;
  const levels = plain.raw.levels;
  // Fact values keep their source text on the full path; the reader gives numbers, so leave those to it.
  if (Array.isArray(levels) && levels.some((l) => l && typeof l === "object" && Object.values((l as { facts?: object }).facts ?? {}).some((v) => typeof v !== "string"))) return undefined;
  const checked = LadderFileSchema.safeParse(plain.raw);
  if (!checked.success) return undefined;
  if (checkReferences(plain.raw, () => ({ file: "", line: 0, col: 0 })).length > 0) return undefined;
  const levelList = levels as { facts?: object }[];
  return toLadder(checked.data, (i) => {
    const facts = levelList[i]?.facts;
    return facts ? (plain.keyOrder.get(facts) ?? Object.keys(facts)) : [];
  });
}

function parseYaml(source: string, lineCounter: LineCounter): Parsed {
  // Each syntax error is an Error object; capturing a stack trace for each made a file of
  // half a million errors take seconds. Their stacks are never shown.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseYamlTokens(source, lineCounter);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function parseYamlTokens(source: string, lineCounter: LineCounter): Parsed {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  let aliases = 0;
  let count = 0;
  let scalarNext = false;
  for (const lexeme of new Lexer().lex(source)) {
    if (++count > LIMITS.maxTokens) return { tooManyTokensAt: parser.offset };
    // An alias is a lexeme starting with `*` that is not the text of a scalar (the lexer marks those).
    // Each adds at least one value, so more of them than the expansion limit cannot pass it.
    if (!scalarNext && lexeme[0] === "*" && ++aliases > LIMITS.maxAliasExpansion) return { tooManyAliasesAt: parser.offset };
    scalarNext = lexeme === CST.SCALAR;
    for (const token of parser.next(lexeme)) tokens.push(token);
    // Cheap test first: the stack can only hold more than maxDepth collections if it is longer than that.
    if (parser.stack.length > LIMITS.maxDepth) {
      const open = parser.stack.filter((token) => COLLECTIONS.has(token.type));
      if (open.length > LIMITS.maxDepth) return { tooDeepAt: open[LIMITS.maxDepth]!.offset };
    }
  }
  for (const token of parser.end()) tokens.push(token);

  // What parseDocument does, on the tokens already read: the first document, and an error for any other.
  // Duplicate keys are found by toPlainData: the composer's own check compares every pair of keys.
  const composer = new Composer({ uniqueKeys: false, version: "1.2" });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, source.length)) {
    if (doc === undefined) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"));
      break;
    }
  }
  return { doc: doc! };
}

const TOO_DEEP = [`nesting is deeper than ${LIMITS.maxDepth} levels`, "a ladder needs only a few levels of nesting"] as const;
const TOO_MANY_ALIASES = [
  `aliases (*name) repeat more than ${LIMITS.maxAliasExpansion.toLocaleString("en-US")} values in all`,
  "a ladder file needs few or no aliases; everything inside what an alias repeats counts, including other aliases",
] as const;

/** The tags of plain YAML 1.2 data; others (!!binary, !!set, !!timestamp...) would turn text into other kinds of object. */
const PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`));

/** What a node amounts to once its aliases are expanded: how many values it holds (itself included), and how deep it nests. */
interface Expansion {
  size: number;
  depth: number;
}
const LEAF: Expansion = { size: 1, depth: 0 };

/** A key as it appears in the plain data. */
const keyText = (key: Scalar): string => (key.value === null || key.value === undefined ? "" : String(key.value));

type ProblemAt = (offset: number | undefined, path: string, message: string, hint?: string) => Problem;

/**
 * Checks the document and turns it into plain data, in one walk in document
 * order (nesting is already bounded, so recursion is safe). Refused, each at
 * its place: keys that could reach a prototype (__proto__, constructor,
 * prototype) anywhere, keys that are not plain text, duplicate keys (in
 * linear time), tags other than plain YAML's, aliases without an anchor
 * before them, aliases that repeat their own parent (a cycle), and aliases
 * whose expansion is too large (billion laughs) or too deep. The yaml
 * package's toJS is not used: its alias resolution is quadratic. Objects get
 * keys by defineProperty, so no key can ever act as a prototype setter;
 * `x-` extension keys are left out.
 */
function toPlainData(
  doc: Document.Parsed,
  problem: ProblemAt,
): { raw: unknown; problems: Problem[]; aliasTargets: Map<Alias, Node>; keyOrder: WeakMap<object, string[]> } {
  const problems: Problem[] = [];
  const aliasTargets = new Map<Alias, Node>();
  // Keys of each mapping in file order (objects put number-like keys first).
  const keyOrder = new WeakMap<object, string[]>();
  const anchors = new Map<string, Node>();
  const expansions = new Map<Node, Expansion>();
  const values = new Map<Node, unknown>();
  const open = new Set<Node>();
  let expanded = 0;
  let tooMany = false;
  let tooDeep = false;

  const check = (node: Node, path: PropertyKey[]) => {
    if (node.anchor) anchors.set(node.anchor, node);
    if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
      problems.push(problem(node.range?.[0], formatPath(path), `the YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, "!!")} is not supported`, "remove the tag; a ladder file uses plain YAML"));
    }
  };

  const walk = (node: unknown, path: PropertyKey[], depth: number): { value: unknown; expansion: Expansion } => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const here = node.range?.[0];
      if (target === undefined) {
        problems.push(problem(here, formatPath(path), `the alias *${node.source} has no anchor &${node.source} before it`, "define the anchor (&name) before the alias (*name) that repeats it"));
        return { value: null, expansion: LEAF };
      }
      if (open.has(target)) {
        problems.push(problem(here, formatPath(path), `the alias *${node.source} repeats a collection that contains it`, "an alias cannot repeat its own parent"));
        return { value: null, expansion: LEAF };
      }
      const inner = expansions.get(target) ?? LEAF;
      expanded += inner.size;
      if (expanded > LIMITS.maxAliasExpansion && !tooMany) {
        tooMany = true;
        problems.push(problem(here, formatPath(path), ...TOO_MANY_ALIASES));
      }
      if (depth + inner.depth > LIMITS.maxDepth && !tooDeep) {
        tooDeep = true;
        problems.push(problem(here, formatPath(path), `${TOO_DEEP[0]} once aliases are expanded`, TOO_DEEP[1]));
      }
      aliasTargets.set(node, target);
      // The value is shared, as YAML means it; nothing later changes it.
      return { value: values.get(target), expansion: inner };
    }
    if (isScalar(node)) {
      check(node, path);
      // A fact value is shown as written: `Band: 1.10` is "1.10", not the number 1.1.
      const value = typeof node.value === "number" && typeof node.source === "string" && isFactValue(path) ? node.source : node.value;
      if (node.anchor) values.set(node, value);
      return { value, expansion: LEAF };
    }
    if (isMap(node)) {
      check(node, path);
      open.add(node);
      const out: Record<string, unknown> = {};
      const order: string[] = [];
      const seen = new Set<string>();
      let size = 1;
      let deepest = 0;
      for (const pair of node.items) {
        let key: string;
        if (isScalar(pair.key)) {
          check(pair.key, path);
          key = keyText(pair.key);
          const at = pair.key.range?.[0];
          if (FORBIDDEN_KEYS.has(key)) {
            problems.push(problem(at, formatPath([...path, key]), `the key "${key}" is not allowed`, "it has a special meaning in JavaScript; rename it"));
          } else if (seen.has(key)) {
            problems.push(problem(at, "", yamlMessage("DUPLICATE_KEY", ""), yamlHint("DUPLICATE_KEY")));
          }
          seen.add(key);
        } else if (pair.key === null) {
          key = "";
        } else {
          problems.push(problem((pair.key as Node).range?.[0], formatPath(path), "a key must be plain text, not a mapping, list or alias"));
          continue;
        }
        const { value, expansion } = walk(pair.value, [...path, key], depth + 1);
        size += expansion.size;
        deepest = Math.max(deepest, expansion.depth);
        if (!key.startsWith("x-")) {
          Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
          order.push(key);
        }
      }
      keyOrder.set(out, order);
      return finish(node, out, size, deepest);
    }
    if (isSeq(node)) {
      check(node, path);
      open.add(node);
      const out: unknown[] = [];
      let size = 1;
      let deepest = 0;
      node.items.forEach((item, i) => {
        const { value, expansion } = walk(item, [...path, i], depth + 1);
        size += expansion.size;
        deepest = Math.max(deepest, expansion.depth);
        out.push(value);
      });
      return finish(node, out, size, deepest);
    }
    // An empty value (`key:` with nothing after it).
    return { value: null, expansion: LEAF };
  };

  const finish = (node: Node, value: unknown, size: number, deepest: number) => {
    open.delete(node);
    const expansion = { size, depth: deepest + 1 };
    // Only what an alias can repeat is remembered.
    if (node.anchor) {
      values.set(node, value);
      expansions.set(node, expansion);
    }
    return { value, expansion };
  };

  const { value } = walk(doc.contents, [], 0);
  return { raw: value, problems, aliasTargets, keyOrder };
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
}

function issueProblems(
  issues: readonly Issue[],
  raw: unknown,
  position: (path: readonly PropertyKey[], onKey?: boolean) => { line: number; col: number },
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
    case "invalid_union":
      return [{ path, message: `expected text, got ${kindOf(value)}` }];
    case "invalid_value":
      return [{ path, message: `must be ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(" or ")}, got ${JSON.stringify(value)}` }];
    case "invalid_format":
      if (issue.origin === "string" && issue.format === "regex") {
        return [{ path, message: `"${String(value)}" is not a valid id`, hint: "use lowercase letters, digits and single hyphens, like senior-em", onKey: isRecordKey(path) }];
      }
      return [{ path, message: issue.message }];
    case "too_small":
      if (issue.origin === "string") return [{ path, message: "must not be empty" }];
      return [{ path, message: `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}` }];
    case "invalid_key":
      return [{ path, message: `"${name}" is not a valid id`, hint: "use lowercase letters, digits and single hyphens", onKey: true }];
    case "custom": {
      const control = typeof value === "string" ? /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.exec(value)?.[0] : undefined;
      if (control !== undefined && issue.message === CONTROL_MESSAGE) {
        const code = control.codePointAt(0)!;
        const name = CONTROL_NAMES[code] ? ` (${CONTROL_NAMES[code]})` : "";
        return [{ path, message: `${issue.message}, U+${code.toString(16).toUpperCase().padStart(4, "0")}${name}`, hint: "ladder text is plain text: control characters could drive the reader's terminal" }];
      }
      return [{ path, message: issue.message, hint: "titles, names and facts are one line; newlines and tabs belong in prose" }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

const CONTROL_NAMES: Record<number, string> = { 0: "NUL", 7: "BEL", 8: "BS", 0x0b: "VT", 0x0c: "FF", 0x0d: "CR", 0x1b: "ESC", 0x7f: "DEL", 0x9b: "CSI" };

function isRecordKey(path: readonly PropertyKey[]): boolean {
  return path.length >= 3 && path[0] === "levels" && (path[2] === "expectations" || path[2] === "facts") && path.length === 4;
}

function typeHint(expected: string | undefined, value: unknown): string | undefined {
  if (expected === "array" && typeof value === "string") return "start each item on its own line with `- `";
  if (expected === "string" && typeof value === "number") return "quote it to make it text";
  if (expected === "string" && typeof value === "boolean") return "quote it: YAML reads yes/no/true/false as booleans";
  return undefined;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.col}:${p.path}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The checked file, in the program's own shape. */
/**
 * A level's fact labels in the order of the file. A JavaScript object puts
 * integer-like keys ("2024") first, so the order is read from the document.
 */
/** The fact labels of a level in file order (a JavaScript object puts number-like keys such as "2024" first). Works through aliases. */
function factLabelsInFileOrder(raw: unknown, keyOrder: WeakMap<object, string[]>, levelIndex: number): string[] {
  const facts = ((raw as { levels?: { facts?: unknown }[] }).levels?.[levelIndex])?.facts;
  return facts !== null && typeof facts === "object" ? (keyOrder.get(facts) ?? []) : [];
}

/** `levels[i].facts.<label>` */
function isFactValue(path: readonly PropertyKey[]): boolean {
  return path.length === 4 && path[0] === "levels" && path[2] === "facts";
}

function toLadder(file: LadderFile, factOrder: (levelIndex: number) => string[]): Ladder {
  const levels = file.levels.map((level, index) => ({
    id: level.id,
    title: level.title,
    aliases: level.aliases ?? [],
    ...(level.track !== undefined ? { track: level.track } : {}),
    ...(level.summary !== undefined ? { summary: level.summary } : {}),
    facts: factOrder(index).filter((label) => Object.hasOwn(level.facts ?? {}, label)).map((label) => ({ label, value: String(level.facts![label]) })),
    expectations: level.expectations,
  }));
  const positions = new Map<string, string>();
  for (const level of levels) positions.set(level.id, level.title);
  for (const role of file.roles ?? []) positions.set(role.id, role.title);
  return {
    title: file.title,
    ...(file.description !== undefined ? { description: file.description } : {}),
    responsibilities: file.responsibilities ?? [],
    notes: file.notes ?? [],
    tracks: file.tracks ?? [],
    sections: file.sections,
    levels,
    growthAreas: (file.growth_areas ?? []).map((area) => ({
      id: area.id,
      title: area.title,
      byLevel: area.by_level.map((entry) => ({ levels: entry.levels, text: entry.text })),
    })),
    roles: file.roles ?? [],
    transitions: (file.transitions ?? []).map((t) => ({
      from: t.from,
      to: t.to,
      title: t.title ?? `${positions.get(t.from) ?? t.from} to ${positions.get(t.to) ?? t.to}`,
      text: t.text,
    })),
  };
}
