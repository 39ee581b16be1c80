/**
 * The source tree keeps its layers apart: no module imports, directly or
 * through others, a module that imports it (issue 10 found export.ts and
 * program.ts importing each other). Static and lazy `import()` alike, type
 * imports too: a cycle of types is still two modules that cannot be read
 * one without the other.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers.js";

const src = path.join(repoRoot, "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The modules of src/ that one module imports (relative specifiers only; packages are not ours). */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  const text = readFileSync(file, "utf-8");
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)"(\.{1,2}\/[^"]+)"/g)) {
    const target = path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, ".ts"));
    if (known.has(target)) found.add(target);
  }
  return [...found];
}

/** Every cycle found by a depth-first walk, as "a.ts > b.ts > a.ts". */
function cycles(graph: ReadonlyMap<string, string[]>): string[] {
  const state = new Map<string, "open" | "done">();
  const found: string[] = [];
  const visit = (node: string, stack: string[]) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next].map((f) => path.relative(src, f)).join(" > "));
      else if (!state.has(next)) visit(next, stack);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node, []);
  return found;
}

describe("imports", () => {
  it("form no cycle in src/", () => {
    const files = sources(src);
    const known = new Set(files);
    const graph = new Map(files.map((f) => [f, importsOf(f, known)] as const));
    // The walk sees the imports: the command line reaches the commands lazily, and they reach the core.
    expect(graph.get(path.join(src, "cli", "program.ts"))).toContain(path.join(src, "cli", "commands", "export.ts"));
    expect(cycles(graph)).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    expect(cycles(new Map([["/s/a.ts", ["/s/b.ts"]], ["/s/b.ts", ["/s/c.ts"]], ["/s/c.ts", ["/s/a.ts"]]]))).toHaveLength(1);
    expect(cycles(new Map([["/s/a.ts", ["/s/b.ts"]], ["/s/b.ts", []]]))).toEqual([]);
  });
});
