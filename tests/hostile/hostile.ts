/**
 * The hostile-input corpus, shared by the in-process tests (tests/unit/hostile.test.ts)
 * and the end-to-end tests (tests/e2e/hostile.test.ts): the committed small files of
 * cases.json, the big files generated at test time, and what a clean failure looks like.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { LIMITS } from "../../src/core/load/index.js";
import { repoRoot, type Result } from "../helpers.js";

export const hostileDir = path.join(repoRoot, "tests", "hostile");

export interface HostileCase {
  /** The file's name (committed cases) or the name given to the generated file. */
  file: string;
  why: string;
  /** A regular expression for the first line on standard error; {file} stands for the path as given. */
  error: string;
}

export const committedCases: HostileCase[] = (JSON.parse(readFileSync(path.join(hostileDir, "cases.json"), "utf-8")) as { cases: HostileCase[] }).cases;

export interface GeneratedCase extends HostileCase {
  content: () => string;
}

const NEST = 50_000;
const DEEP = `nesting is deeper than ${LIMITS.maxDepth} levels \\(a ladder needs only a few levels of nesting\\)`;
const VALID_TAIL = "sections: [{id: craft, title: Craft}]\nlevels: [{id: e1, title: Engineer, expectations: {craft: [Writes tests]}}]\n";

/** Column (1-based) of the (LIMITS.maxDepth + 1)th repetition of a `unit` that opens one level. */
const tooDeepCol = (unit: string, before = 0) => before + LIMITS.maxDepth * unit.length + 1;

/** Files too big or too repetitive to commit, written at test time. */
export const generatedCases: GeneratedCase[] = [
  { file: "deep-flow-seq.yaml", why: `${NEST} nested [`, content: () => "[".repeat(NEST), error: `^{file}:1:${tooDeepCol("[")}: ${DEEP}$` },
  { file: "deep-flow-seq-closed.yaml", why: `${NEST} nested [ ... ], closed`, content: () => `${"[".repeat(NEST)}x${"]".repeat(NEST)}\n`, error: `^{file}:1:${tooDeepCol("[")}: ${DEEP}$` },
  { file: "deep-flow-map.yaml", why: `${NEST} nested {a: `, content: () => "{a: ".repeat(NEST), error: `^{file}:1:${tooDeepCol("{a: ")}: ${DEEP}$` },
  { file: "deep-json.yaml", why: `${NEST} nested JSON objects`, content: () => '{"a":'.repeat(NEST) + "1" + "}".repeat(NEST), error: `^{file}:1:${tooDeepCol('{"a":')}: ${DEEP}$` },
  { file: "deep-block-seq.yaml", why: `${NEST} nested block sequences on one line (- - - ...)`, content: () => `${"- ".repeat(NEST)}x\n`, error: `^{file}:1:${tooDeepCol("- ")}: ${DEEP}$` },
  {
    file: "deep-block-seq-lines.yaml",
    why: "3,000 nested block sequences, one per line",
    content: () => Array.from({ length: 3000 }, (_, i) => `${" ".repeat(2 * i)}-`).join("\n") + " x\n",
    error: `^{file}:${LIMITS.maxDepth + 1}:${2 * LIMITS.maxDepth + 1}: ${DEEP}$`,
  },
  {
    file: "deep-block-map.yaml",
    why: "3,000 nested block mappings by indentation",
    content: () => Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i)}a:`).join("\n") + " x\n",
    error: `^{file}:${LIMITS.maxDepth + 1}:${LIMITS.maxDepth + 1}: ${DEEP}$`,
  },
  { file: "deep-explicit-keys.yaml", why: `${NEST} nested explicit keys (? ? ? ...)`, content: () => `${"? ".repeat(NEST)}x\n`, error: `^{file}:1:${tooDeepCol("? ")}: ${DEEP}$` },
  {
    file: "deep-through-aliases.yaml",
    why: "each anchor 30 deep holds an alias of the one before: shallow as written, 90 deep once expanded",
    content: () =>
      [0, 1, 2].map((i) => `x-${i}: &a${i} ${"[".repeat(30)}${i === 0 ? "x" : `*a${i - 1}`}${"]".repeat(30)}`).join("\n") + `\ntitle: t\n${VALID_TAIL}`,
    error: `^{file}:3:40: x-2${"\\[0\\]".repeat(30)}: ${DEEP.replace(" \\(", " once aliases are expanded \\(")}$`,
  },
  {
    file: "alias-flood.yaml",
    why: `${LIMITS.maxAliasExpansion + 1} aliases: refused while reading, before anything resolves them`,
    content: () => `title: &a x\nx-many: [${"*a, ".repeat(LIMITS.maxAliasExpansion + 1)}]\n${VALID_TAIL}`,
    error: `^{file}:2:${"x-many: [".length + LIMITS.maxAliasExpansion * "*a, ".length + 1}: aliases \\(\\*name\\) repeat more than ${LIMITS.maxAliasExpansion.toLocaleString("en-US")} values in all \\(.+\\)$`,
  },
  {
    file: "alias-wide.yaml",
    why: "a list of 2,000 texts repeated 6 times: few aliases, too many values",
    content: () => `x-list: &list\n${"  - lol\n".repeat(2000)}x-copies: [*list, *list, *list, *list, *list, *list]\ntitle: t\n${VALID_TAIL}`,
    // Each alias adds 2,001 values: the fifth passes 10,000.
    error: `^{file}:2002:${"x-copies: [".length + 4 * "*list, ".length + 1}: x-copies\\[4\\]: aliases \\(\\*name\\) repeat more than ${LIMITS.maxAliasExpansion.toLocaleString("en-US")} values in all \\(.+\\)$`,
  },
  {
    file: "too-many-tokens.yaml",
    why: `a list of tiny items with more than ${LIMITS.maxTokens} tokens, refused while reading`,
    content: () => "- a\n".repeat(Math.ceil(LIMITS.maxTokens / 4) + 10),
    error: `^{file}:\\d{5,}:\\d+: the file holds more than ${LIMITS.maxTokens.toLocaleString("en-US")} YAML tokens \\(.+\\)$`,
  },
  {
    file: "long-line-unclosed.yaml",
    why: "a one-megabyte line that never closes its quote",
    content: () => `title: "${"a".repeat(1_000_000)}\n${VALID_TAIL}`,
    error: `^{file}:1:8: a quoted text is never closed \\(add the closing quote at the end of this text\\)$`,
  },
  {
    file: "long-key.yaml",
    why: "a 5,000-character key",
    content: () => `${"k".repeat(5000)}: v\n`,
    error: `^{file}:1:1: invalid YAML: The : indicator must be at most 1024 chars after the start of an implicit block mapping key$`,
  },
];

/** A valid ladder whose title is a one-megabyte line, and whose expectation is a 100,000-character word of accented letters. */
export function longLineLadder(): string {
  return `title: ${"word ".repeat(200_000).trim()}\nsections: [{id: craft, title: Craft}]\nlevels:\n  - id: e1\n    title: Engineer\n    expectations:\n      craft:\n        - ${"é".repeat(100_000)}\n`;
}

export const writeCase = (dir: string, c: GeneratedCase) => {
  const file = path.join(dir, c.file);
  writeFileSync(file, c.content());
  return file;
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const expectedLine = (pattern: string, file: string) => new RegExp(pattern.replaceAll("{file}", escapeRegExp(file)));

/** Control characters other than the line feed that ends each line. */
export const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

/** A failure the way the contract wants it: status 1, no output, the expected located line first, a hint, no stack trace, no control characters. */
export function expectCleanFailure(result: Result, pattern: string, file: string): void {
  const lines = result.stderr.split("\n");
  expect(result.code, result.stderr.slice(0, 500)).toBe(1);
  expect(result.stdout).toBe("");
  expect(lines[0]).toMatch(expectedLine(pattern, file));
  expect(lines.some((l) => l.startsWith("hint: ")), result.stderr.slice(0, 500)).toBe(true);
  expect(result.stderr).not.toMatch(/^\s+at\s/m);
  expect(result.stderr).not.toContain("unexpected error");
  expect(result.stderr).not.toMatch(CONTROL);
  // A few short lines, however big the input.
  expect(lines.length).toBeLessThan(60);
  expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(1200);
}
