/**
 * Bounded YAML parsing with positions: the text -> a YAML document (refused
 * past the nesting, token and alias limits) -> plain data, checked in one walk
 * for what JavaScript or the terminal must never see. Every YAML problem is
 * reported with its line and column, all at once.
 */
import { CST, Composer, Lexer, LineCounter, Parser, YAMLParseError, isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node, type Scalar } from "yaml";
import { LadderFileError, formatPath, type Problem } from "../errors.js";
import { FORBIDDEN_KEYS } from "../definitions.js";
import { LIMITS } from "./limits.js";
import type { PlainData } from "./to-ladder.js";

/** A ladder file read as YAML: its plain data, and what is needed to place a problem in it. */
export interface YamlLadder extends PlainData {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Each alias and the node it repeats, resolved once. */
  aliasTargets: ReadonlyMap<Alias, Node>;
}

/** Reads the text of a ladder file as YAML. Throws a LadderFileError listing every YAML problem, each at its place. */
export function readYaml(source: string, file: string): YamlLadder {
  const lineCounter = new LineCounter();
  const problem = (offset: number | undefined, path: string, message: string, hint?: string): Problem => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { file, line: pos.line, col: pos.col, path, message, ...(hint ? { hint } : {}) };
  };

  let doc: Document.Parsed;
  try {
    const parsed = parseYaml(source, lineCounter);
    if ("tooDeepAt" in parsed) throw new LadderFileError(file, [problem(parsed.tooDeepAt, "", ...TOO_DEEP)]);
    if ("tooManyAliasesAt" in parsed) throw new LadderFileError(file, [problem(parsed.tooManyAliasesAt, "", ...TOO_MANY_ALIASES)]);
    if ("directiveAt" in parsed) {
      throw new LadderFileError(file, [problem(parsed.directiveAt, "", "YAML directives (%YAML, %TAG) are not supported", "remove the line; a ladder file is read as YAML 1.2, where `id: e1` is text")]);
    }
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
  const { raw, problems: found, aliasTargets, keyOrder, extensions } = toPlainData(doc, problem);
  if (found.length > 0) {
    found.sort((a, b) => a.line - b.line || a.col - b.col);
    throw new LadderFileError(file, found);
  }
  return { raw, keyOrder, extensions, doc, lineCounter, aliasTargets };
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

type Parsed = { doc: Document.Parsed } | { tooDeepAt: number } | { tooManyAliasesAt: number } | { tooManyTokensAt: number } | { directiveAt: number };

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
    for (const token of parser.next(lexeme)) {
      // `%YAML 1.1` would switch to YAML 1.1's types (`e1` a number, `no` false): one reading for every file.
      if (token.type === "directive") return { directiveAt: token.offset };
      tokens.push(token);
    }
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

/** A key as it appears in the plain data: as written, so that a fact label `1.10` stays "1.10", not the number 1.1. */
export const keyText = (key: Scalar): string =>
  typeof key.value === "string" ? key.value : typeof key.source === "string" ? key.source : key.value === null || key.value === undefined ? "" : String(key.value);

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
): { raw: unknown; problems: Problem[]; aliasTargets: Map<Alias, Node>; keyOrder: WeakMap<object, string[]>; extensions: WeakMap<object, [string, unknown][]> } {
  const problems: Problem[] = [];
  const aliasTargets = new Map<Alias, Node>();
  // Keys of each mapping in file order (objects put number-like keys first).
  const keyOrder = new WeakMap<object, string[]>();
  const extensions = new WeakMap<object, [string, unknown][]>();
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
        } else {
          // Kept aside, not checked: the JSON export writes them back.
          const kept = extensions.get(out);
          if (kept) kept.push([key, value]);
          else extensions.set(out, [[key, value]]);
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
  return { raw: value, problems, aliasTargets, keyOrder, extensions };
}

/** `levels[i].facts.<label>` */
function isFactValue(path: readonly PropertyKey[]): boolean {
  return path.length === 4 && path[0] === "levels" && path[2] === "facts";
}
