/** The one grammar (cli/program.ts), read in-process: where options may go, which formats each command offers, the data path, results with a status. */
import { describe, expect, it } from "vitest";
import { buildProgram, formatsOf } from "../../src/cli/program.js";
import { fixture, runCli } from "../helpers.js";

const program = buildProgram(async () => {});
const formats = (name: string) => formatsOf(program.commands.find((c) => c.name() === name)!);

describe("the command line", () => {
  it("takes the common options before or after the command word alike", async () => {
    const after = await runCli(["show", "cto", "--format", "json"]);
    expect(after.code).toBe(0);
    for (const args of [["--format", "json", "show", "cto"], ["--json", "show", "cto"], ["show", "--json", "cto"], ["-f", "JSON", "show", "cto"]]) {
      expect(await runCli(args), args.join(" ")).toEqual(after);
    }
    const acme = await runCli(["levels", "--data", fixture("acme.yaml")]);
    expect(acme.stdout).toContain("Acme");
    expect(await runCli(["--data", fixture("acme.yaml"), "levels"])).toEqual(acme);
  });

  it("keeps --no-color given before the command word", async () => {
    const r = await runCli(["--no-color", "show", "em", "-f", "text"], { env: { FORCE_COLOR: "1" } });
    expect(r.stdout).not.toContain("\u001b");
    expect((await runCli(["show", "em", "-f", "text"], { env: { FORCE_COLOR: "1" } })).stdout).toContain("\u001b");
  });

  it("declares each command's formats: text only where there is a text view", () => {
    expect(formats("show")).toEqual(["text", "markdown", "md", "json"]);
    expect(formats("export")).toEqual(["markdown", "md", "html", "json", "csv"]);
    expect(formats("assess")).toEqual(["text", "markdown", "md", "json"]);
    expect(formats("case")).toEqual(["markdown", "md", "json"]);
    expect(formats("schema")).toEqual(["json"]);
    expect(formats("init")).toEqual([]);
    expect(formats("completion")).toEqual([]);
  });

  it("rejects a format the command does not offer as a usage error, listing the ones it does", async () => {
    expect(await runCli(["show", "em", "-f", "csv"])).toEqual({ code: 2, stdout: "", stderr: "ladder: show has no csv format\nhint: use one of: text, markdown (md), json\n" });
    expect(await runCli(["schema", "--format", "text"])).toEqual({ code: 2, stdout: "", stderr: "ladder: schema has no text format\nhint: schema prints json only: leave out --format\n" });
    expect((await runCli(["--json", "init"])).stderr).toBe("ladder: init has no output format\nhint: leave out --format and --json\n");
    expect((await runCli(["schema", "--json"])).code).toBe(0);
  });

  it("treats an empty --data as a usage error in every command", async () => {
    const emptyData = { code: 2, stdout: "", stderr: "ladder: --data needs the path of a ladder file\nhint: leave it out to use $LADDER_DATA or the built-in ladder\n" };
    const records = [fixture("records/assessment-2026-08-30-m1.json"), fixture("records/assessment-2026-11-30-m1.json")];
    // Every command the program declares, with arguments it would otherwise accept: progress (which
    // only borrows the ladder's titles), init, import and schema (which read none) answer alike.
    const commands: Record<string, string[]> = {
      levels: ["levels"], show: ["show", "em"], diff: ["diff", "em", "cto"], area: ["area"], about: ["about"], explore: ["explore"],
      assess: ["assess", "em"], progress: ["progress", ...records], case: ["case", "director"], validate: ["validate"],
      init: ["init", "/nonexistent-ladder-folder/never-written.yaml"], schema: ["schema"], search: ["search", "budget"], path: ["path", "em", "cto"],
      changes: ["changes", fixture("editions/2025.yaml"), fixture("editions/2026.yaml")], completion: ["completion", "bash"],
      export: ["export"], import: ["import", fixture("import/matrix.csv")], site: ["site", "--out", "/nonexistent-ladder-folder/site"],
    };
    expect(Object.keys(commands).sort()).toEqual(program.commands.map((c) => c.name()).filter((n) => n !== "__complete").sort());
    for (const command of Object.values(commands)) {
      expect(await runCli(["--data", "", ...command]), `--data "" ${command.join(" ")}`).toEqual(emptyData);
      const own = program.commands.find((c) => c.name() === command[0])!;
      if (own.options.some((o) => o.long === "--data")) expect(await runCli([...command, "--data", " "]), `${command.join(" ")} --data " "`).toEqual(emptyData);
    }
  });

  it("refuses --data before a command that reads no ladder, as it refuses --format there", async () => {
    for (const command of [["init", "/nonexistent-ladder-folder/never-written.yaml"], ["schema"], ["import", fixture("import/matrix.csv")], ["completion", "bash"]]) {
      expect(await runCli(["--data", fixture("acme.yaml"), ...command]), command.join(" ")).toEqual({
        code: 2,
        stdout: "",
        stderr: `ladder: ${command[0]} reads no ladder\nhint: leave out --data\n`,
      });
    }
  });

  it("prints the result of validate --json for an invalid file and still fails", async () => {
    const r = await runCli(["validate", fixture("broken-basic.yaml"), "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: false, counts: null });
    expect(r.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(r.stderr).toMatch(/^ladder: /);
  });

  it("points at the argument, not at --data, when the file given to validate is missing", async () => {
    expect(await runCli(["validate", "/nonexistent-ladder-folder/acme.yaml", "--json"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "ladder: cannot read ladder file /nonexistent-ladder-folder/acme.yaml: no such file\nhint: check the path given to `ladder validate`\n",
    });
    expect((await runCli(["--data", "/nonexistent-ladder-folder/acme.yaml", "validate"])).stderr).toContain("--data");
  });
});
