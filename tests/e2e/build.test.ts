// The built program as installed: bin/ with dist/ and data/ beside it, and the
// built-in ladder's snapshot, which must never hide an edit to data/ladder.yaml.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
