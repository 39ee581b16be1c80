/**
 * A fast reader for large ladder files written in plain block YAML, the way
 * ladders are written: nested `key: value` mappings and `- item` lists,
 * plain or quoted one-line values, `[a, b]` lists of simple words, comments.
 *
 * The yaml library builds a document of nodes with positions, which is what
 * the loader needs to point at problems, but for 5 MB it takes well over a
 * second and hundreds of MB. This reader builds plain data directly, about
 * twenty times faster. It is exact or it declines: anything outside the
 * subset above (anchors, aliases, tags, block scalars, flow mappings,
 * multi-line values, tabs, unusual keys or escapes, duplicate or reserved
 * keys, a nesting it does not expect) returns undefined and the file goes
 * through the yaml library as before. Scalars are typed by the yaml
 * library's own core schema. tests/unit/plain-yaml.test.ts checks the result
 * against the yaml library on generated files.
 */
import { Schema, isScalar } from "yaml";

export interface PlainYaml {
  /** The document as plain data, `x-` keys left out (as the loader does). */
  raw: Record<string, unknown>;
  /** The keys of each mapping in file order (objects put number-like keys first). */
  keyOrder: WeakMap<object, string[]>;
}

/** Keys that could reach an object's prototype; the loader reports them, with their position. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** The yaml library refuses implicit keys longer than this. */
const MAX_KEY_LENGTH = 1024;
/** Deeper files are left to the loader's own limit (a ladder needs five levels). */
const MAX_DEPTH = 32;

/** Control characters other than line feed, tabs, carriage returns, byte order marks and line separators: all left to the yaml library. */
const DECLINED_CHARACTERS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/;
/** `key:` or `key: value`, with a key of letters, digits, spaces and a little punctuation. */
const ENTRY = /^([A-Za-z0-9_$(][A-Za-z0-9_ .$()/+'-]*?):(?: +(.*))?$/;
/** The first character of a plain value (YAML's indicators excluded; `-`, `?` and `:` only before a non-space). */
const PLAIN_START = /^(?:[^\s\-?:,[\]{}#&*!|>'"%@`]|[-?:][^\s,[\]{}#])/;
/** An item of a `[a, b]` list: words of letters, digits and a little punctuation, not starting with `-` alone. */
const FLOW_WORD = /^(?:[A-Za-z0-9_.$()/+]|-(?=[A-Za-z0-9_.$()/+]))[A-Za-z0-9_.$()/+-]*(?: [A-Za-z0-9_.$()/+-]+)*$/;
const ESCAPES: Record<string, string> = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "\t" };

class Declined extends Error {}
const decline = (): never => {
  throw new Declined();
};

let coreSchema: Schema | undefined;

/** What the yaml library makes of a plain scalar: a string, or a null, boolean or number by the core schema. */
function plainValue(text: string): unknown {
  const schema = (coreSchema ??= new Schema({}));
  const tag = schema.tags.find((t) => t.default === true && "test" in t && t.test?.test(text));
  if (!tag || !("resolve" in tag) || typeof tag.resolve !== "function") return text;
  const value = (tag.resolve as (value: string, onError: (message: string) => void, options: object) => unknown)(text, decline, {});
  return isScalar(value) ? value.value : value; // floats come back as a node that keeps their notation
}

/** A key exactly as the loader reads it: only keys that stay the same text. */
function keyOf(text: string): string {
  if (text.length > MAX_KEY_LENGTH || text.endsWith(" ") || FORBIDDEN_KEYS.has(text)) decline();
  if (typeof plainValue(text) !== "string") decline(); // `1:` or `true:` would be read as a number or boolean
  return text;
}

/** The value written after `key: ` or `- `, up to the end of the line. */
function scalarValue(text: string): unknown {
  const first = text[0];
  if (first === '"') return quoted(text, '"');
  if (first === "'") return quoted(text, "'");
  if (first === "[") return flowList(text);
  if (!PLAIN_START.test(text)) decline();
  const comment = text.search(/ #/);
  const plain = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
  if (plain.includes(": ") || plain.endsWith(":")) decline();
  return plainValue(plain);
}

function quoted(text: string, quote: string): string {
  let out = "";
  let i = 1;
  const special = quote === '"' ? /["\\]/g : /'/g;
  for (;;) {
    // Copy up to the next quote (or backslash), then deal with it.
    special.lastIndex = i;
    const found = special.exec(text);
    if (!found) decline(); // continues on the next line
    out += text.slice(i, found!.index);
    i = found!.index;
    const c = text[i]!;
    if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      break;
    }
    if (c === "\\" && quote === '"') {
      const e = text[i + 1];
      if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        const code = Number.parseInt(text.slice(i + 2, i + 6), 16);
        if (code >= 0xd800 && code <= 0xdfff) decline();
        out += String.fromCharCode(code);
        i += 6;
        continue;
      }
      if (e === undefined || !Object.hasOwn(ESCAPES, e)) decline();
      out += ESCAPES[e!];
      i += 2;
      continue;
    }
  }
  const rest = text.slice(i + 1);
  if (rest !== "" && !/^ +(#.*)?$/.test(rest)) decline();
  return out;
}

function flowList(text: string): unknown[] {
  const end = text.indexOf("]");
  if (end < 0 || text.indexOf("[", 1) >= 0) decline();
  const rest = text.slice(end + 1);
  if (rest !== "" && !/^ +(#.*)?$/.test(rest)) decline();
  const inner = text.slice(1, end).trim();
  if (inner === "") return [];
  return inner.split(",").map((item) => {
    const word = item.trim();
    if (!FLOW_WORD.test(word)) decline();
    return plainValue(word);
  });
}

/** The file as plain data, or undefined when it is not plain block YAML of the kind described above. */
export function readPlainYaml(source: string): PlainYaml | undefined {
  if (DECLINED_CHARACTERS.test(source)) return undefined;
  const lines = source.split("\n");
  const keyOrder = new WeakMap<object, string[]>();
  let i = 0;

  const indentOf = (line: string) => {
    let n = 0;
    while (line.charCodeAt(n) === 32) n++;
    return n;
  };
  /** Moves to the next line with content; its indentation, or -1 at the end. */
  const next = (): number => {
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      const n = indentOf(line);
      if (n === line.length || line[n] === "#") continue;
      return n;
    }
    return -1;
  };

  /** A mapping whose keys start at column `indent`; `first` is the text of its first entry when it follows `- `. */
  const mapping = (indent: number, depth: number, first?: string): Record<string, unknown> => {
    if (depth > MAX_DEPTH) decline();
    const out: Record<string, unknown> = {};
    const order: string[] = [];
    const seen = new Set<string>();
    let text = first;
    for (;;) {
      if (text === undefined) {
        const n = next();
        if (n < indent) break;
        if (n > indent) decline();
        text = lines[i]!.slice(n);
      }
      const entry = ENTRY.exec(text);
      if (!entry) decline();
      const key = keyOf(entry![1]!);
      if (seen.has(key)) decline();
      seen.add(key);
      i++;
      const rest = entry![2];
      const value = rest === undefined || rest === "" || rest[0] === "#" ? block(indent, depth + 1) : scalarValue(rest);
      if (!key.startsWith("x-")) {
        out[key] = value;
        order.push(key);
      }
      text = undefined;
    }
    keyOrder.set(out, order);
    return out;
  };

  /** A list whose `- ` marks are at column `indent`. */
  const list = (indent: number, depth: number): unknown[] => {
    if (depth > MAX_DEPTH) decline();
    const out: unknown[] = [];
    for (;;) {
      const n = next();
      if (n < indent) break;
      if (n > indent) decline();
      const line = lines[i]!;
      if (line[n] !== "-" || line[n + 1] !== " ") break;
      const start = indentOf(line.slice(n + 1)) + n + 1;
      const text = line.slice(start);
      if (text === "" || text[0] === "#" || text.startsWith("- ") || text === "-") decline();
      if (ENTRY.test(text) && !/^["'[]/.test(text)) {
        out.push(mapping(start, depth + 1, text));
      } else {
        out.push(scalarValue(text));
        i++;
        const after = next();
        if (after > indent) decline(); // a value continued on the next line
      }
    }
    return out;
  };

  /** The value of `key:` with nothing after it: what is indented below, or null. */
  const block = (parentIndent: number, depth: number): unknown => {
    const n = next();
    if (n <= parentIndent) return null;
    const line = lines[i]!;
    return line[n] === "-" && (line[n + 1] === " " || n + 1 === line.length) ? list(n, depth) : mapping(n, depth);
  };

  try {
    const n = next();
    if (n !== 0) return undefined;
    if (/^(---|\.\.\.|%)/.test(lines[i]!)) return undefined; // document markers and directives
    const raw = mapping(0, 1);
    if (next() !== -1) return undefined;
    return { raw, keyOrder };
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}
