/**
 * The everyday commands skip commander when plainly written (src/cli/everyday.ts).
 * Whatever that path takes, it must answer exactly as commander's would:
 * same output, same errors, same exit status.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { everydayCommand } from "../../src/cli/everyday.js";
import { run } from "../../src/cli/main.js";
import { fixture } from "../helpers.js";

interface Answer {
  code: number;
  stdout: string;
  stderr: string;
}

async function answer(argv: string[], commander: boolean, env: Record<string, string> = {}, tty = false): Promise<Answer> {
  let stdout = "";
  let stderr = "";
  const code = await run(
    argv,
    {
      stdout: { write: (s: string) => (stdout += s), isTTY: tty, columns: 72 },
      stderr: { write: (s: string) => (stderr += s), isTTY: false },
      stdin: { isTTY: false },
      env,
    },
    { commander },
  );
  return { code, stdout, stderr };
}

async function expectSameAnswer(argv: string[], env: Record<string, string> = {}, tty = false): Promise<void> {
  const fast = await answer(argv, false, env, tty);
  const slow = await answer(argv, true, env, tty);
  expect(fast, argv.join(" ")).toEqual(slow);
}

const acme = fixture("acme.yaml");

const TAKEN: string[][] = [
  ["show", "director"],
  ["show", "em", "--checklist"],
  ["show", "-c", "senior em"],
  ["show", "cto", "--json"],
  ["--json", "show", "cto"],
  ["show", "cto", "--format", "json"],
  ["show", "vp", "--format=md"],
  ["-f", "text", "show", "vp"],
  ["show", "director", "--no-color", "-f", "text"],
  ["show", "Director of Engineering", "--format", "markdown"],
  ["diff", "em", "cto"],
  ["diff", "em", "senior em", "--format", "text"],
  ["diff", "senior-em", "cto", "--json"],
  ["levels"],
  ["levels", "--json"],
  ["levels", "-f", "text"],
  ["area"],
  ["area", "people"],
  ["area", "leadership", "-f", "text"],
  ["about"],
  ["about", "--format", "json"],
  ["--data", acme, "levels", "--track", "management"],
  ["levels", "-t", "engineering", "--data", acme],
  ["--data", acme, "area", "people", "--track=management"],
  ["--data", acme, "show", "staff", "--json"],
  // Errors go through the same report either way.
  ["show", "directr"],
  ["show", "em", "--format", "yaml"],
  ["show", "em", "--json", "--format", "md"],
  ["diff", "em", "nope"],
  ["area", "nope"],
  ["--data", "/nonexistent/acme.yaml", "show", "em"],
  ["--data", fixture("broken-basic.yaml"), "show", "em"],
  ["--data", acme, "levels", "--track", "nope"],
  ["--data", "", "about"],
];

const LEFT_TO_COMMANDER: string[][] = [
  [],
  ["--help"],
  ["show", "--help"],
  ["-h"],
  ["-V"],
  ["--version"],
  ["show"],
  ["show", "em", "extra"],
  ["diff", "em"],
  ["levels", "em"],
  ["show", "em", "--bogus"],
  ["show", "em", "--section", "scope"],
  ["show", "em", "-s", "scope"],
  ["shw", "em"],
  ["-c", "show", "em"],
  ["--track", "x", "levels"],
  ["show", "em", "--json", "--json"],
  ["show", "em", "--format"],
  ["show", "--format", "-x", "em"],
  ["show", "em", "--json=1"],
  ["show", "--", "em"],
  ["show", "em", "-cx"],
  ["show", "em", "-fjson"],
  ["show", "em", "--checklist=yes"],
  ["validate"],
  ["search", "budget"],
];

describe("everyday commands without commander", () => {
  it("takes plainly written everyday commands", () => {
    for (const argv of TAKEN) expect(everydayCommand(argv), argv.join(" ")).toBeDefined();
  });

  it("leaves everything else to commander", () => {
    for (const argv of LEFT_TO_COMMANDER) expect(everydayCommand(argv), argv.join(" ")).toBeUndefined();
  });

  it("answers exactly as the commander path does", async () => {
    for (const argv of [...TAKEN, ...LEFT_TO_COMMANDER]) await expectSameAnswer(argv);
  });

  it("answers exactly as the commander path does on a terminal, with colour and LADDER_DATA", async () => {
    for (const argv of [["show", "em", "-f", "text"], ["diff", "em", "vp"], ["levels"], ["area", "people"], ["about"]]) {
      await expectSameAnswer(argv, { FORCE_COLOR: "1" }, true);
      await expectSameAnswer(argv, { NO_COLOR: "1", COLUMNS: "40" }, true);
    }
    await expectSameAnswer(["show", "staff"], { LADDER_DATA: acme });
  });

  it("reads any mix of known words the way commander does", async () => {
    const word = fc.constantFrom(
      "show", "diff", "levels", "area", "about", "search", "em", "cto", "director", "people", "nope",
      "--json", "--no-color", "--format", "-f", "text", "json", "md", "--format=text", "-c", "--checklist",
      "-t", "--track", "--track=x", "-s", "--section", "--", "-h", "-V", "--bogus", "-d", "--data",
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 6 }), async (argv) => {
        const fast = await answer(argv, false);
        const slow = await answer(argv, true);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 300 },
    );
  });
});
