// The built program as installed: bin/ with dist/ and data/ beside it, and the
// built-in ladder's snapshot, which must never hide an edit to data/ladder.yaml.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanEnv, repoRoot } from "../helpers.js";

const work = mkdtempSync(path.join(tmpdir(), "ladder-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the installed program (bin, dist, data; no node_modules: the bundle holds every dependency). */
function install(name: string): string {
  const app = path.join(work, name);
  for (const part of ["bin", "dist", "data", "package.json"]) cpSync(path.join(repoRoot, part), path.join(app, part), { recursive: true });
  return app;
}

function runIn(app: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(app, "bin", "ladder.js"), ...args], { cwd: work, env: cleanEnv(), encoding: "utf-8", timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the built program", () => {
  it("runs from a copy without node_modules", () => {
    const r = runIn(install("plain"), ["show", "director"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Director of Engineering\n/);
  });

  it("reads data/ladder.yaml itself once it differs from the snapshot", () => {
    const app = install("edited");
    const file = path.join(app, "data", "ladder.yaml");
    writeFileSync(file, readFileSync(file, "utf-8").replace("title: Director of Engineering\n", "title: Head of Engineering\n"));
    const r = runIn(app, ["show", "director"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# Head of Engineering\n/);
  });

  it("reports a broken data/ladder.yaml instead of showing the old snapshot", () => {
    const app = install("broken");
    writeFileSync(path.join(app, "data", "ladder.yaml"), "title: [unclosed\n");
    const r = runIn(app, ["show", "director"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^ladder: /m);
  });

  it("says how to build when dist/ is missing", () => {
    const app = install("unbuilt");
    rmSync(path.join(app, "dist"), { recursive: true });
    const r = runIn(app, ["show", "director"]);
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr: "ladder: the build is missing (dist/ladder.js)\nhint: run `npm install` or `npm run build` in the ladder folder\n",
    });
  });
});

describe("a fresh clone", () => {
  it("builds dist/ on its first run, so `npm install` then `npx ladder show director` is all it takes", () => {
    const clone = path.join(work, "clone");
    for (const part of ["bin", "scripts", "src", "data", "package.json", "tsconfig.json"]) cpSync(path.join(repoRoot, part), path.join(clone, part), { recursive: true });
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(clone, "node_modules"));
    const r = runIn(clone, ["show", "director"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Director of Engineering\n/);
    expect(existsSync(path.join(clone, "dist", "ladder.js"))).toBe(true);
    expect(existsSync(path.join(clone, "dist", "site.js"))).toBe(true);
  });
});

describe("the package", () => {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf-8"));

  it("has a name of its own on the registry (`ladder` is another package), and the command is still ladder", () => {
    expect(pkg.name).toBe("career-ladder");
    expect(pkg.bin).toEqual({ ladder: "bin/ladder.js" });
  });

  it("runs nothing when installed: no prepare or install script", () => {
    for (const hook of ["preinstall", "install", "postinstall", "prepare"]) expect(pkg.scripts?.[hook], hook).toBeUndefined();
  });

  it("ships only what runs: the bin, the bundle and the built-in ladder", () => {
    // --ignore-scripts: the pack's own build (prepack) would swap dist/ under the other tests.
    const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repoRoot, encoding: "utf-8", env: { ...process.env, npm_config_loglevel: "silent" } });
    expect(r.status, r.stderr).toBe(0);
    const files: string[] = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain("bin/ladder.js");
    expect(files).toContain("dist/ladder.js");
    expect(files).toContain("dist/builtin.json");
    expect(files).toContain("dist/site.js"); // the script `ladder site` copies into every site
    expect(files).toContain("data/ladder.yaml");
    const extra = files.filter((f) => !/^(bin\/|dist\/|data\/|package\.json$|README\.md$|LICENSE)/.test(f));
    expect(extra).toEqual([]);
    expect(files).not.toContain("dist/ladder-source.js"); // only the build uses it
  });

  it("installs globally from its tarball without a warning, and `ladder` runs", () => {
    const npm = (args: string[]) => spawnSync("npm", args, { cwd: repoRoot, encoding: "utf-8", env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" } });
    const packed = npm(["pack", "--ignore-scripts", "--pack-destination", work]);
    expect(packed.status, packed.stderr).toBe(0);
    const prefix = path.join(work, "global");
    const installed = npm(["install", "-g", "--prefix", prefix, path.join(work, packed.stdout.trim().split("\n").at(-1)!)]);
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stderr).not.toMatch(/warn/i);
    const r = spawnSync(path.join(prefix, "bin", "ladder"), ["levels", "--json"], { cwd: work, env: cleanEnv(), encoding: "utf-8" });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).levels.map((l: { id: string }) => l.id)).toContain("director");
  });
});
