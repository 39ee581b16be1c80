/**
 * The fast reader for large plain-YAML ladders (src/core/plain-yaml.ts) must
 * read exactly what the yaml library reads, or decline. Whenever it accepts a
 * text, the yaml library must read that text without an error or warning, to
 * the same data, with the same key order.
 */
import fc from "fast-check";
import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readPlainYaml } from "../../src/core/plain-yaml.js";
import { fixture } from "../helpers.js";

/** What the loader makes of a text through the yaml library: data without `x-` keys, and each mapping's key order. */
function viaYaml(source: string): { errors: number; raw: unknown; orders: [object, string[]][] } {
  const doc = parseDocument(source, { version: "1.2", uniqueKeys: true });
  const orders: [object, string[]][] = [];
  // `kept`: false inside an `x-` value, which the loader reads (it must be valid) and then leaves out.
  const convert = (node: unknown, kept = true): unknown => {
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const order: string[] = [];
      for (const pair of node.items) {
        const key = String((pair.key as { value: unknown }).value);
        const value = convert(pair.value, kept && !key.startsWith("x-"));
        if (key.startsWith("x-")) continue;
        out[key] = value;
        order.push(key);
      }
      if (kept) orders.push([out, order]);
      return out;
    }
    if (isSeq(node)) return node.items.map((item) => convert(item, kept));
    if (isScalar(node)) return node.value;
    return node === null ? null : { unexpected: (node as Node).constructor.name };
  };
  return { errors: doc.errors.length + doc.warnings.length, raw: convert(doc.contents), orders };
}

/** If the fast reader accepts the text, it reads what the yaml library reads. Returns whether it accepted. */
function expectSameReading(source: string): boolean {
  const fast = readPlainYaml(source);
  if (!fast) return false;
  const slow = viaYaml(source);
  expect(slow.errors, source).toBe(0);
  expect(fast.raw, source).toEqual(slow.raw);
  // Key order, mapping by mapping: walk both in step.
  const fastOrders: string[][] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === "object") {
      Object.values(value).forEach(walk);
      fastOrders.push(fast.keyOrder.get(value) ?? ["(missing)"]);
    }
  };
  walk(fast.raw);
  expect(fastOrders, source).toEqual(slow.orders.map(([, order]) => order));
  return true;
}

const generated = (levels: number): string => {
  const lines = ["title: Generated", "sections:", "  - id: scope", "    title: Scope", "levels:"];
  for (let i = 1; i <= levels; i++) {
    lines.push(`  - id: level-${i}`, `    title: Level ${i}`, "    facts:", `      Team size: ${i}-${i + 4} engineers`, "    expectations:", "      scope:");
    for (let e = 1; e <= 5; e++) lines.push(`        - "Expectation ${e} of level ${i}: plan, ship \\"well\\" and grow"`);
  }
  lines.push("growth_areas:", "  - id: people", "    title: People", "    by_level:", "      - levels: [level-1, level-2]", "        text: Grows people");
  return `${lines.join("\n")}\n`;
};

// Pieces of plain block YAML in many styles, some of them outside what the reader takes.
const word = fc.constantFrom("plan", "Ship it", "a-b", "C# and F#", "café", "技術", "x", "(maybe)", "don't", "3 teams", "v1.2");
const plainScalar = fc.oneof(
  word,
  fc.constantFrom("12", "-3", "1.50", "0x1F", "0o17", "1e3", ".inf", "-.Inf", ".nan", "true", "False", "null", "~", "yes", "no", "on", "2024-01-01", "+7", "007"),
  fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
  fc.tuple(word, fc.constantFrom(" # note", " #", "#tag", " : odd", ":x", " -")).map(([a, b]) => a + b),
);
const doubleQuoted = fc
  .array(fc.oneof(word, fc.constantFrom('\\"', "\\\\", "\\n", "\\t", "\\u00e9", "\\/", "'", ": ", " #", "\\x41", "\\e", "\\u0000")), { minLength: 1, maxLength: 4 })
  .map((parts) => `"${parts.join(" ")}"`);
const singleQuoted = fc.array(fc.oneof(word, fc.constantFrom("''", '"', ": ", " #", "\\n")), { minLength: 1, maxLength: 4 }).map((parts) => `'${parts.join(" ")}'`);
const flowList = fc.array(fc.oneof(word, fc.constantFrom("em", "senior-em", "1", "true", "a b", "[x]", "'q'")), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`);
const scalar = fc.oneof(plainScalar, doubleQuoted, singleQuoted, flowList, fc.constantFrom("|", ">-", "&a x", "*a", "!!str x", "{a: 1}", "- x"));
const key = fc.constantFrom("id", "title", "text", "Team size", "x-note", "Manager's scope", "a.b", "(v2)", "levels", "12", "true", "null", "__proto__", "key with  space", "a:b");

type Tree = { kind: "scalar"; text: string } | { kind: "map"; entries: [string, Tree][] } | { kind: "list"; items: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar.map((text): Tree => ({ kind: "scalar", text })),
    fc.array(fc.tuple(key, tie("tree")), { minLength: 1, maxLength: 4 }).map((entries): Tree => ({ kind: "map", entries })),
    fc.array(tie("tree"), { minLength: 1, maxLength: 3 }).map((items): Tree => ({ kind: "list", items })),
  ),
})).tree;

interface Style {
  indent: number;
  dashGap: string;
  comments: boolean;
  blanks: boolean;
}

/** Block YAML for a tree, in a style; a scalar inside a list may become `- key: value` when it is a map. */
function emit(t: Tree, style: Style, column: number, out: string[]): void {
  const pad = " ".repeat(column);
  if (t.kind === "map") {
    for (const [k, v] of t.entries) {
      if (style.blanks) out.push("");
      if (style.comments) out.push(`${pad}# about ${k}`);
      if (v.kind === "scalar") out.push(`${pad}${k}: ${v.text}`);
      else {
        out.push(`${pad}${k}:`);
        emit(v, style, column + style.indent, out);
      }
    }
  } else if (t.kind === "list") {
    for (const item of t.items) {
      if (item.kind === "scalar") out.push(`${pad}-${style.dashGap}${item.text}`);
      else if (item.kind === "map") {
        const inner: string[] = [];
        const itemColumn = column + 1 + style.dashGap.length;
        emit(item, { ...style, blanks: false, comments: false }, itemColumn, inner);
        inner[0] = `${pad}-${style.dashGap}${inner[0]!.slice(itemColumn)}`;
        out.push(...inner);
      } else {
        out.push(`${pad}-`);
        emit(item, style, column + style.indent, out);
      }
    }
  } else {
    out.push(`${pad}${t.text}`);
  }
}

const style: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom(2, 4),
  dashGap: fc.constantFrom(" ", "   "),
  comments: fc.boolean(),
  blanks: fc.boolean(),
});

const document = fc.tuple(fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 4 }), style).map(([entries, s]) => {
  const out: string[] = [];
  emit({ kind: "map", entries }, s, 0, out);
  return `${out.join("\n")}\n`;
});

describe("the fast reader for plain block YAML", () => {
  it("reads a large generated ladder as the yaml library does", () => {
    expect(expectSameReading(generated(40))).toBe(true);
  });

  it("reads the bench's ladder style, and declines what it does not take", () => {
    const declined = [
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "a: |\n  text\n",
      "a: >-\n  folded\n",
      "a: {b: 1}\n",
      "a: plain\n  continued\n",
      'a: "open\n  quote"\n',
      "a: 1\na: 2\n",
      "__proto__: 1\n",
      "a:\n- compact list\n",
      "a:\tb\n",
      "a: b\r\n",
      "\uFEFFa: b\n",
      "%YAML 1.2\n---\na: b\n",
      "---\na: b\n",
      "1: one\n",
      "true: yes\n",
      "a: b: c\n",
      'a: "\\x41"\n',
      "- top level list\n",
      "",
      "# only a comment\n",
    ];
    for (const text of declined) expect(readPlainYaml(text), JSON.stringify(text)).toBeUndefined();
    expect(expectSameReading("a: 1\nb: [x, y]\nc:\n  - d: e\n    f: 'g''s'\n  - \"h\\u00e9\"\nx-skip: 3\n")).toBe(true);
  });

  it("reads the fixtures the way the yaml library does, when it takes them", () => {
    for (const file of [fixture("acme.yaml"), "data/ladder.yaml"]) expectSameReading(readFileSync(file, "utf-8"));
  });

  it("reads any generated document as the yaml library does, or declines", () => {
    let accepted = 0;
    fc.assert(
      fc.property(document, (text) => {
        if (expectSameReading(text)) accepted++;
      }),
      { numRuns: 600 },
    );
    expect(accepted).toBeGreaterThan(10); // the property is not vacuous
  });

  it("never accepts a mutated file unless the yaml library reads it the same", () => {
    const base = generated(3);
    const mutation = fc.record({
      at: fc.nat({ max: base.length - 1 }),
      cut: fc.nat({ max: 3 }),
      insert: fc.constantFrom("", " ", "  ", "-", ":", "#", "'", '"', "\n", "\n  ", "[", "]", ",", "&", "*", "!", "|", ">", "x", "\\", "\t", "- ", ": ", " #", "?"),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        let text = base;
        for (const m of mutations) {
          const at = Math.min(m.at, text.length);
          text = text.slice(0, at) + m.insert + text.slice(at + m.cut);
        }
        expectSameReading(text);
      }),
      { numRuns: 1500 },
    );
  });
});
