// The completion scripts in real shells, calling the built binary the way an
// installed `ladder` is called: by name, found on PATH. Run `npm run build`
// first (npm test does). bash is required; zsh and fish are tested when they
// are installed and reported as skipped otherwise.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { binPath, fixture, repoRoot, runBin } from "../helpers.js";

const acme = fixture("acme.yaml");
const has = (shell: string) => spawnSync(shell, ["--version"], { encoding: "utf-8" }).status === 0;
const hasZsh = has("zsh");
const hasFish = has("fish");

// `ladder` on PATH: a two-line shim over the built binary.
const dir = mkdtempSync(path.join(tmpdir(), "ladder-completion-"));
const shimDir = path.join(dir, "bin");
mkdirSync(shimDir);
writeFileSync(path.join(shimDir, "ladder"), `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(binPath)} "$@"\n`);
chmodSync(path.join(shimDir, "ladder"), 0o755);

const scripts = Object.fromEntries(
  ["bash", "zsh", "fish"].map((shell) => {
    const file = path.join(dir, `ladder.${shell}`);
    const { code, stdout } = runBin(["completion", shell]);
    expect(code).toBe(0);
    writeFileSync(file, stdout);
    return [shell, file];
  }),
) as Record<"bash" | "zsh" | "fish", string>;

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: `${shimDir}:${process.env.PATH}`, HOME: dir, LANG: "C.UTF-8", ...extra };
}

/**
 * Completes in bash exactly as readline would call the function: COMP_WORDS
 * and COMP_CWORD set, then _ladder_completion; returns COMPREPLY. `compopt`
 * only works inside real completion, so it is recorded instead.
 */
function bashComplete(words: string[], cword = words.length - 1, env: Record<string, string> = {}): string[] {
  const program = [
    `source ${quote(scripts.bash)}`,
    `compopt() { echo "COMPOPT $*"; }`,
    `COMP_WORDS=(${words.map(quote).join(" ")})`,
    `COMP_CWORD=${cword}`,
    `COMP_LINE=${quote(words.join(" "))}`,
    `COMP_POINT=\${#COMP_LINE}`,
    `_ladder_completion`,
    `printf '%s\\n' "\${COMPREPLY[@]}"`,
  ].join("\n");
  const result = spawnSync("bash", ["--norc", "--noprofile", "-c", program], { cwd: repoRoot, env: shellEnv(env), encoding: "utf-8", timeout: 20_000 });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout.split("\n").filter((l) => l !== "");
}

describe("bash completion", () => {
  it("registers itself for ladder", () => {
    const result = spawnSync("bash", ["--norc", "-c", `source ${quote(scripts.bash)}; complete -p ladder`], { env: shellEnv(), encoding: "utf-8" });
    expect(result.stdout.trim()).toBe("complete -F _ladder_completion ladder");
  });

  it("completes commands", () => {
    expect(bashComplete(["ladder", "sh"])).toEqual(["show"]);
    expect(bashComplete(["ladder", "exp"])).toContain("export");
    const all = bashComplete(["ladder", ""]);
    expect(all).toEqual(expect.arrayContaining(["levels", "show", "diff", "area", "about", "search", "path", "completion", "export"]));
    expect(all).not.toContain("__complete");
  });

  it("completes options", () => {
    expect(bashComplete(["ladder", "show", "--ch"])).toEqual(["--checklist"]);
    expect(bashComplete(["ladder", "search", "budget", "--"])).toEqual(expect.arrayContaining(["--level", "--section", "--data", "--format", "--json"]));
    // bash splits --section=res into three words; the value still completes.
    expect(bashComplete(["ladder", "search", "x", "--section", "=", "res"])).toEqual(["resource-management"]);
    // After the command word only what that command takes: init has no --data, --format or --version.
    expect(bashComplete(["ladder", "init", "--"])).toEqual(["--force", "--tracks", "--help"]);
  });

  it("completes each command's own --format values", () => {
    expect(bashComplete(["ladder", "show", "em", "--format", ""])).toEqual(["text", "markdown", "md", "json"]);
    expect(bashComplete(["ladder", "case", "director", "--format", ""])).toEqual(["markdown", "md", "json"]);
    expect(bashComplete(["ladder", "export", "--format", "=", ""])).toEqual(["markdown", "md", "html", "json", "csv"]);
    expect(bashComplete(["ladder", "schema", "-f", ""])).toEqual(["json"]);
  });

  it("completes the built-in ladder's level names", () => {
    expect(bashComplete(["ladder", "show", "d"])).toEqual(["director", "dir", "doe"]);
    expect(bashComplete(["ladder", "diff", "em", "v"])).toEqual(["vp", "vpe", "vp-engineering", "vice-president-of-engineering"]);
    expect(bashComplete(["ladder", "path", "i"])).toEqual(["ic"]);
    expect(bashComplete(["ladder", "area", "peo"])).toEqual(["people-development"]);
    expect(bashComplete(["ladder", "show", "em", "--section", "sc"])).toEqual(["scope"]);
  });

  it("completes the names of the ladder chosen with --data, -d, --data= or LADDER_DATA", () => {
    const acmeLevels = ["staff", "staff-engineer"];
    expect(bashComplete(["ladder", "--data", acme, "show", "st"])).toEqual(acmeLevels);
    expect(bashComplete(["ladder", "-d", acme, "show", "st"])).toEqual(acmeLevels);
    expect(bashComplete(["ladder", "--data", "=", acme, "show", "st"])).toEqual(acmeLevels);
    expect(bashComplete(["ladder", "show", "st"], undefined, { LADDER_DATA: acme })).toEqual(acmeLevels);
    expect(bashComplete(["ladder", "--data", "tests/fixtures/acme.yaml", "path", "i"])).toEqual(["intern", "ic"]);
    expect(bashComplete(["ladder", "--data", acme, "area", "p"])).toEqual(["people"]);
    // The built-in ladder has no such names.
    expect(bashComplete(["ladder", "show", "st"])).toEqual([]);
  });

  it("hands file names to readline for --data and --out", () => {
    expect(bashComplete(["ladder", "--data", "tests/fix"])).toEqual(["COMPOPT -o default"]);
    expect(bashComplete(["ladder", "export", "--out", ""])).toEqual(["COMPOPT -o default"]);
  });

  it("offers nothing, quietly, for a broken ladder file", () => {
    expect(bashComplete(["ladder", "--data", "/no/such/file.yaml", "show", ""])).toEqual([]);
  });
});

describe.skipIf(!hasZsh)(`zsh completion${hasZsh ? "" : " (skipped: zsh is not installed)"}`, () => {
  it("is valid zsh", () => {
    const result = spawnSync("zsh", ["-n", scripts.zsh], { encoding: "utf-8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  /** Runs _ladder with `words` and CURRENT set, _describe and _files stubbed to print what they were given. */
  function zshComplete(words: string[], env: Record<string, string> = {}): string[] {
    const program = [
      "compdef() { :; }",
      '_describe() { print -rl -- "${(@P)4}"; }',
      "_files() { print FILES; }",
      `source ${quote(scripts.zsh)}`,
      `words=(${words.map(quote).join(" ")})`,
      `CURRENT=${words.length}`,
      "_ladder",
    ].join("\n");
    const result = spawnSync("zsh", ["-f", "-c", program], { cwd: repoRoot, env: shellEnv(env), encoding: "utf-8", timeout: 20_000 });
    expect(result.stderr).toBe("");
    return result.stdout.split("\n").filter((l) => l !== "");
  }

  it("offers commands, options and level names with descriptions", () => {
    expect(zshComplete(["ladder", "sh"])).toEqual(["show:everything expected at one level"]);
    expect(zshComplete(["ladder", "show", "--ch"])).toEqual(["--checklist:print the expectations as a markdown checklist (- [ ])"]);
    expect(zshComplete(["ladder", "show", "d"])).toEqual(["director:Director of Engineering", "dir:Director of Engineering", "doe:Director of Engineering"]);
    expect(zshComplete(["ladder", "--data", acme, "show", "st"])).toEqual(["staff:Staff Engineer", "staff-engineer:Staff Engineer"]);
    expect(zshComplete(["ladder", "show", "st"], { LADDER_DATA: acme })).toEqual(["staff:Staff Engineer", "staff-engineer:Staff Engineer"]);
    expect(zshComplete(["ladder", "search", "x", "--section=res"])).toEqual(["--section=resource-management:Resource Management (growth area)"]);
    expect(zshComplete(["ladder", "export", "--out", ""])).toEqual(["FILES"]);
    expect(zshComplete(["ladder", "case", "director", "--format", ""])).toEqual(["markdown", "md", "json"]);
  });
});

describe.skipIf(!hasFish)(`fish completion${hasFish ? "" : " (skipped: fish is not installed)"}`, () => {
  it("is valid fish", () => {
    const result = spawnSync("fish", ["--no-execute", scripts.fish], { encoding: "utf-8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  /** fish's own completion engine: `complete -C` completes a command line as if typed. */
  function fishComplete(line: string, env: Record<string, string> = {}): string[] {
    const result = spawnSync("fish", ["--no-config", "-c", `source ${quote(scripts.fish)}; complete -C ${quote(line)}`], {
      cwd: repoRoot,
      env: shellEnv(env),
      encoding: "utf-8",
      timeout: 20_000,
    });
    expect(result.stderr).toBe("");
    return result.stdout.split("\n").filter((l) => l !== "");
  }

  it("completes commands, options, and names from the chosen ladder", () => {
    expect(fishComplete("ladder sh")).toEqual(["show\teverything expected at one level"]);
    expect(fishComplete("ladder show d")).toEqual(["dir\tDirector of Engineering", "director\tDirector of Engineering", "doe\tDirector of Engineering"]);
    expect(fishComplete(`ladder --data ${acme} show st`)).toEqual(["staff\tStaff Engineer", "staff-engineer\tStaff Engineer"]);
    expect(fishComplete("ladder show st", { LADDER_DATA: acme })).toEqual(["staff\tStaff Engineer", "staff-engineer\tStaff Engineer"]);
    expect(fishComplete("ladder search x --section=res")).toEqual(["--section=resource-management\tResource Management (growth area)"]);
    expect(fishComplete("ladder --data tests/fixtures/ac")).toEqual(["tests/fixtures/acme.yaml"]);
    expect(fishComplete("ladder export --format ")).toEqual(["csv", "html", "json", "markdown", "md"]);
  });
});
