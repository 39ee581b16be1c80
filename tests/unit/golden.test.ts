/**
 * Golden tests of `ladder validate`: each broken file in tests/golden/ must
 * produce exactly the problem lines in its .expected file (file:line:col:
 * path: message (hint)), each pointing at the offending key or value. A file
 * with no .expected is valid.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LadderFileError } from "../../src/core/errors.js";
import { loadLadderText } from "../../src/core/load/index.js";
import { repoRoot } from "../helpers.js";

const dir = path.join(repoRoot, "tests", "golden");
const cases = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();

function problemsOf(file: string): string[] {
  try {
    loadLadderText(readFileSync(path.join(dir, file), "utf-8"), file);
    return [];
  } catch (error) {
    if (!(error instanceof LadderFileError)) throw error;
    return [...error.details];
  }
}

describe("golden error reports", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThan(10));

  for (const file of cases) {
    const expectedFile = path.join(dir, file.replace(/\.yaml$/, ".expected"));
    it(file, () => {
      const expected = existsSync(expectedFile) ? readFileSync(expectedFile, "utf-8").split("\n").filter((l) => l !== "") : [];
      expect(problemsOf(file)).toEqual(expected);
    });
  }
});
