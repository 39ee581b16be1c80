import { readFileSync } from "node:fs";
import path from "node:path";
import { Command, Option } from "commander";
import { describe, expect, it } from "vitest";
import { analyse, candidates, programSpec, type ProgramSpec } from "../../src/cli/complete.js";
import { buildProgram, formatsOf } from "../../src/cli/program.js";
import { loadLadderText } from "../../src/core/load/index.js";
import type { Ladder } from "../../src/core/types.js";
import { fixture, repoRoot, runCli } from "../helpers.js";

const builtin = loadLadderText(readFileSync(path.join(repoRoot, "data", "ladder.yaml"), "utf-8"), "data/ladder.yaml");
const acmeFile = fixture("acme.yaml");
const acme = loadLadderText(readFileSync(acmeFile, "utf-8"), acmeFile);
const spec: ProgramSpec = programSpec(buildProgram(async () => {}));

/** The values offered for the last word of `line` (a trailing space means a new, empty word). */
async function complete(line: string, ladder: Ladder = builtin): Promise<string[]> {
  const words = line.split(" ");
  const request = analyse(spec, words, words.length - 1);
  const result = await candidates(spec, request, async () => ladder);
  return [...result.candidates.map((c) => c.value), ...(result.files ? [":files"] : [])];
}

describe("completion engine", () => {
  it("completes command names, not the hidden one", async () => {
    const all = await complete("ladder ");
    expect(all).toEqual(expect.arrayContaining(["show", "diff", "area", "levels", "about", "search", "path", "completion", "export"]));
    expect(all).not.toContain("__complete");
    expect(await complete("ladder s")).toEqual(expect.arrayContaining(["show", "search"]));
    expect(await complete("ladder sh")).toEqual(["show"]);
  });

  it("completes options of the command and the global ones", async () => {
    const show = await complete("ladder show --");
    expect(show).toEqual(expect.arrayContaining(["--section", "--checklist", "--data", "--format", "--json", "--no-color", "--help"]));
    expect(show).not.toContain("-s");
    expect(await complete("ladder show -")).toEqual(expect.arrayContaining(["-s", "-c", "-d", "-f"]));
    expect(await complete("ladder search --l")).toEqual(["--level"]);
    expect(await complete("ladder --d")).toEqual(["--data"]);
  });

  it("completes level names (ids and aliases) where a level goes", async () => {
    expect(await complete("ladder show d")).toEqual(["director", "dir", "doe"]);
    expect(await complete("ladder diff em s")).toEqual(["senior-em", "sem", "senior-manager"]);
    expect(await complete("ladder show S")).toEqual(["senior-em", "sem", "senior-manager"]);
    expect(await complete("ladder search x --level v")).toEqual(["vp", "vpe", "vp-engineering", "vice-president-of-engineering"]);
  });

  it("completes roles too where a position goes (path)", async () => {
    expect(await complete("ladder path i")).toEqual(["ic"]);
    expect(await complete("ladder show i")).toEqual([]);
    expect(await complete("ladder --data acme.yaml path i", acme)).toEqual(["intern", "ic"]);
  });

  it("completes sections and growth areas where an area goes", async () => {
    expect(await complete("ladder area s")).toEqual(["scope", "strategic-planning"]);
    expect(await complete("ladder show em --section l")).toEqual(["leadership"]);
    expect(await complete("ladder show em -s scope --section l")).toEqual(["leadership"]); // --section repeats
    expect(await complete("ladder show em -s p", acme)).toEqual(["people"]);
    expect(await complete("ladder search x --section=res")).toEqual(["--section=resource-management"]);
  });

  it("completes shells and file names", async () => {
    expect(await complete("ladder completion ")).toEqual(["bash", "zsh", "fish"]);
    expect(await complete("ladder --data ")).toEqual([":files"]);
    expect(await complete("ladder export --out ")).toEqual([":files"]);
  });

  it("offers each command's --format values as ladder declares them, and no --format where it prints no view", async () => {
    const program = buildProgram(async () => {});
    for (const cmd of program.commands.filter((c) => c.name() !== "__complete")) {
      const declared = formatsOf(cmd);
      const offered = await complete(`ladder ${cmd.name()} --format `);
      if (declared.length > 0) expect(offered, cmd.name()).toEqual([...declared]);
      else expect(await complete(`ladder ${cmd.name()} --`), cmd.name()).not.toContain("--format");
    }
    expect(await complete("ladder case --format ")).toEqual(["markdown", "md", "json"]);
    expect(await complete("ladder export --format ")).toEqual(["markdown", "md", "html", "json", "csv"]);
    expect(await complete("ladder export -f h")).toEqual(["html"]);
    expect(await complete("ladder export --format=c")).toEqual(["--format=csv"]);
    expect(await complete("ladder schema --format ")).toEqual(["json"]);
    expect(await complete("ladder show em --color ")).toEqual(["auto", "always", "never"]);
    // Before the command word, any format some command offers (the command then decides).
    expect(await complete("ladder --format ")).toEqual(["text", "markdown", "md", "json", "html", "csv"]);
  });

  it("offers after a command word only the options that command takes", async () => {
    // Each offered option, with a value where it takes one, parsed by the real grammar with a runner that does nothing.
    const parse = async (argv: string[]): Promise<string> => {
      const program = buildProgram(async () => {});
      for (const c of [program, ...program.commands]) c.exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {} });
      try {
        await program.parseAsync(argv, { from: "user" });
        return "parsed";
      } catch (error) {
        return (error as { code?: string }).code ?? String(error);
      }
    };
    for (const cmd of spec.commands) {
      const args = cmd.args.map(() => "x");
      for (const option of await complete(`ladder ${cmd.name} --`)) {
        const spelled = cmd.options.find((o) => o.long === option)!;
        const value = spelled.takesValue ? [spelled.choices?.[0] ?? "x"] : [];
        expect(await parse([cmd.name, ...args, option, ...value]), `ladder ${cmd.name} ${option}`).not.toMatch(/unknown/i);
      }
    }
    expect(await complete("ladder init --")).toEqual(["--force", "--tracks", "--help"]);
    expect(await complete("ladder show em --")).not.toContain("--version");
    expect(await complete("ladder --")).toContain("--version");
  });

  it("offers no command the program does not declare", async () => {
    expect(await complete("ladder t")).toEqual([]);
    expect(await complete("ladder tracks ")).toEqual([]);
  });

  it("reads bash's split of --option=value back together", async () => {
    const words = ["ladder", "search", "x", "--section", "=", "res"];
    const request = analyse(spec, words, 5);
    expect(request.partial).toBe("res");
    expect(request.prefix).toBe("");
    expect((await candidates(spec, request, async () => builtin)).candidates.map((c) => c.value)).toEqual(["resource-management"]);
    const data = analyse(spec, ["ladder", "--data", "=", "acme.yaml", "show", ""], 5);
    expect(data.data).toBe("acme.yaml");
    expect(data.command).toBe("show");
  });

  it("finds --data in every spelling, wherever it is", () => {
    expect(analyse(spec, ["ladder", "--data", "a.yaml", "show", ""], 4).data).toBe("a.yaml");
    expect(analyse(spec, ["ladder", "-d", "a.yaml", "show", ""], 4).data).toBe("a.yaml");
    expect(analyse(spec, ["ladder", "-da.yaml", "show", ""], 3).data).toBe("a.yaml");
    expect(analyse(spec, ["ladder", "show", "--data=a.yaml", ""], 3).data).toBe("a.yaml");
    expect(analyse(spec, ["ladder", "show", ""], 2).data).toBeUndefined();
  });

  it("offers nothing for free text, extra arguments or an unknown command", async () => {
    expect(await complete("ladder search ")).toEqual([]);
    expect(await complete("ladder show em ")).toEqual([]);
    expect(await complete("ladder frobnicate ")).toEqual([]);
  });

  it("leaves out names a shell could not insert as they are", async () => {
    const odd: Ladder = { ...acme, levels: acme.levels.map((l, i) => (i === 0 ? { ...l, aliases: ["se one", "$(rm)", "ok-alias"] } : l)) };
    const names = await complete("ladder show ", odd);
    expect(names).toContain("ok-alias");
    expect(names).not.toContain("se one");
    expect(names).not.toContain("$(rm)");
  });
});

describe("ladder __complete (in-process)", () => {
  it("prints value<TAB>description lines", async () => {
    const { code, stdout, stderr } = await runCli(["__complete", "--", "2", "ladder", "show", "cto"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe("cto\tCTO\n");
  });

  it("uses the ladder chosen with --data on the line, else LADDER_DATA", async () => {
    const line = await runCli(["__complete", "--", "4", "ladder", "--data", acmeFile, "show", "st"]);
    expect(line.stdout).toBe("staff\tStaff Engineer\nstaff-engineer\tStaff Engineer\n");
    const env = await runCli(["__complete", "--", "2", "ladder", "show", "st"], { env: { LADDER_DATA: acmeFile } });
    expect(env.stdout).toBe(line.stdout);
  });

  it("stays quiet when the ladder cannot be read or the request is odd", async () => {
    expect(await runCli(["__complete", "--", "4", "ladder", "--data", "/no/such.yaml", "show", ""])).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(await runCli(["__complete", "--", "x", "ladder"])).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(await runCli(["__complete"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("is not in the help", async () => {
    expect((await runCli(["--help"])).stdout).not.toContain("__complete");
  });
});

describe("ladder completion", () => {
  it("prints a script for each shell", async () => {
    for (const shell of ["bash", "zsh", "fish"]) {
      const { code, stdout } = await runCli(["completion", shell]);
      expect(code).toBe(0);
      expect(stdout).toContain("ladder __complete --");
    }
    expect((await runCli(["completion", "bash"])).stdout).toContain("complete -F _ladder_completion ladder");
    expect((await runCli(["completion", "zsh"])).stdout.startsWith("#compdef ladder\n")).toBe(true);
    expect((await runCli(["completion", "fish"])).stdout).toContain("complete -c ladder -f -a '(__ladder_complete)'");
  });

  it("rejects another shell as a usage error listing the ones it knows", async () => {
    expect(await runCli(["completion", "powershell"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'ladder: unknown shell "powershell"\nhint: use one of: bash, zsh, fish\n',
    });
    expect((await runCli(["completion"])).code).toBe(2);
  });
});
