/**
 * docs/json.md documents the JSON of `--json` as TypeScript types. They are
 * checked here against the view types the code prints (core/views.ts and the
 * modules beside it), by the TypeScript compiler: each documented type must
 * be the same type, both ways, so neither the docs nor the code can change a
 * field alone.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers.js";

/** The modules whose exported types are the public JSON shapes. */
const MODULES = ["src/core/views.ts", "src/core/search-views.ts", "src/core/assessment.ts"];

const docs = readFileSync(path.join(repoRoot, "docs", "json.md"), "utf-8");
const declarations = [...docs.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).join("\n");
const documented = [...declarations.matchAll(/^(?:interface|type) (\w+)/gm)].map((m) => m[1]!);

/** The module that exports a type of this name, if any. */
function exporter(name: string): string | undefined {
  return MODULES.find((file) => {
    const text = readFileSync(path.join(repoRoot, file), "utf-8");
    return new RegExp(`^export (?:interface|type) ${name}\\b`, "m").test(text) || new RegExp(`^export type \\{[^}]*\\b${name}\\b[^}]*\\}`, "m").test(text);
  });
}

/** Compiler errors in `source`, checked as a file in tests/ with the project's options. */
function typeErrors(source: string): string[] {
  const config = ts.readConfigFile(path.join(repoRoot, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
  const file = path.join(repoRoot, "tests", "unit", "__json-docs__.ts");
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === file ? source : readFile(name));
  host.fileExists = (name) => name === file || ts.sys.fileExists(name);
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest));
  const program = ts.createProgram([file], { ...options, noUnusedLocals: false }, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      return `${source.split("\n")[line - 1]?.trim() ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
}

describe("docs/json.md", () => {
  it("documents only types the code exports", () => {
    expect(documented.length).toBeGreaterThan(20);
    expect(documented.filter((name) => exporter(name) === undefined)).toEqual([]);
  });

  it("documents each JSON shape exactly as the code types it", { timeout: 60_000 }, () => {
    const modules = MODULES.map((file, i) => `import type * as M${i} from "../../${file.replace(/\.ts$/, ".js")}";`);
    const checks = documented.map((name) => {
      const real = `M${MODULES.indexOf(exporter(name)!)}.${name}`;
      return `same<Doc.${name}, ${real}>(true); same<${real}, Doc.${name}>(true); // ${name}`;
    });
    const source = [
      ...modules,
      `namespace Doc {\n${declarations.replace(/^(interface|type) /gm, "export $1 ")}\n}`,
      // true only when A is assignable to B: a field added, dropped or typed differently on either side is an error.
      "declare function same<A, B>(ok: [A] extends [B] ? true : false): void;",
      ...checks,
    ].join("\n");
    expect(typeErrors(source)).toEqual([]);
  });
});
