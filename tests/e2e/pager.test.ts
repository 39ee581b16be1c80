// The pager, as a person meets it in a real terminal (tmux, terminal.ts):
// long output opens in less (or LADDER_PAGER / PAGER, run through the shell),
// short output and --no-pager print directly, a missing or failing pager
// falls back to plain output, and quitting early ends with status 0.
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runBin } from "../helpers.js";
import { hasTmux, tempDir, Terminal } from "./terminal.js";

/** A pager of our own: keeps what it was given (and LESS) in files, then shows a line saying so. */
function fakePager(dir: string): string {
  const file = path.join(dir, "fake-pager");
  writeFileSync(file, `#!/bin/sh\ncat > "${dir}/paged.txt"\nprintf '%s' "$LESS" > "${dir}/less.txt"\necho "[fake pager: $(wc -l < "${dir}/paged.txt") lines]"\n`);
  chmodSync(file, 0o755);
  return file;
}

describe.skipIf(!hasTmux)("the pager, in a terminal", { timeout: 60_000 }, () => {
  let term: Terminal;
  afterEach(() => term?.kill());

  it("opens long output in less at 80x24, rendered for the terminal, and q ends with status 0", async () => {
    term = new Terminal();
    term.start(["show", "director"], tempDir());
    // less -FRX: the first screenful, its ':' prompt on the last line.
    const screen = await term.waitFor(/\n:\s*$/);
    const lines = screen.split("\n");
    expect(lines[0]).toBe("Director of Engineering");
    expect(screen).toContain("  • Ability to lead a department of multiple teams (15-50 engineers)");
    expect(screen).not.toContain("# Director"); // text, as on the terminal, not the markdown of a pipe
    expect(term.screen(false, true)).toMatch(/\u001b\[[0-9;]*m/); // and in colour
    expect(screen).not.toContain("[exit");
    term.send("q"); // quitting before the end
    expect(await term.exitStatus()).toBe(0);
    expect(term.screen(true)).not.toMatch(/ladder:|Error|EPIPE/);
  });

  it("pages at 60x16 too, wrapped to 60 columns", async () => {
    term = new Terminal();
    term.start(["about"], tempDir(), { size: [60, 16] });
    const screen = await term.waitFor(/\n:\s*$/);
    for (const line of screen.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
    term.send("G");
    await term.waitFor(/\(END\)|\n:\s*$/);
    term.send("q");
    expect(await term.exitStatus()).toBe(0);
  });

  it("prints output that fits the screen directly", async () => {
    const dir = tempDir();
    term = new Terminal();
    term.start(["show", "em", "--section", "scope"], dir, { env: { LADDER_PAGER: fakePager(dir) } });
    expect(await term.exitStatus()).toBe(0);
    expect(term.screen(true)).toContain("  • Responsible for a single team with defined focus area");
    expect(existsSync(path.join(dir, "paged.txt"))).toBe(false);
  });

  it("runs LADDER_PAGER through the shell, with LESS=FRX when LESS is unset, and gives it the terminal's rendering", async () => {
    const dir = tempDir();
    term = new Terminal();
    term.start(["show", "director"], dir, { env: { LADDER_PAGER: `${fakePager(dir)} --ignored-argument`, PAGER: "false" } });
    expect(await term.exitStatus()).toBe(0);
    expect(term.screen(true)).toMatch(/\[fake pager: \d+ lines\]/);
    const paged = readFileSync(path.join(dir, "paged.txt"), "utf-8");
    expect(paged).toMatch(/\u001b\[1mDirector of Engineering/); // the colour of the terminal
    expect(paged).not.toContain("# Director");
    expect(readFileSync(path.join(dir, "less.txt"), "utf-8")).toBe("FRX");
  });

  it("uses PAGER when LADDER_PAGER is unset, and leaves a LESS that is set alone", async () => {
    const dir = tempDir();
    term = new Terminal();
    term.start(["about"], dir, { env: { PAGER: fakePager(dir), LESS: "R" } });
    expect(await term.exitStatus()).toBe(0);
    expect(existsSync(path.join(dir, "paged.txt"))).toBe(true);
    expect(readFileSync(path.join(dir, "less.txt"), "utf-8")).toBe("R");
  });

  it("is off with --no-pager, LADDER_PAGER= and PAGER=cat: everything printed, status 0", async () => {
    for (const [args, env] of [
      [["show", "director", "--no-pager"], {}],
      [["--no-pager", "show", "director"], {}],
      [["show", "director"], { LADDER_PAGER: "", PAGER: "less" }],
      [["show", "director"], { PAGER: "cat" }],
    ] as [string[], Record<string, string>][]) {
      term = new Terminal();
      term.start(args, tempDir(), { env });
      expect(await term.exitStatus(), args.join(" ")).toBe(0);
      const all = term.screen(true);
      expect(all).toContain("Director of Engineering");
      expect(all).toContain("Out of this level: Director to VP of Engineering");
      term.kill();
    }
  });

  it("falls back to plain output when the pager is missing or fails", async () => {
    const dir = tempDir();
    const failing = path.join(dir, "failing-pager");
    writeFileSync(failing, "#!/bin/sh\nexit 3\n");
    chmodSync(failing, 0o755);
    for (const pager of ["no-such-pager-anywhere", failing]) {
      term = new Terminal();
      term.start(["show", "director"], dir, { env: { LADDER_PAGER: pager } });
      expect(await term.exitStatus(), pager).toBe(0);
      const all = term.screen(true);
      expect(all).toContain("Director of Engineering");
      expect(all).toContain("Out of this level: Director to VP of Engineering");
      expect(all).not.toMatch(/\n\s+at /);
      term.kill();
    }
  });

  it("leaves Ctrl-C to the pager: less carries on, and q still ends with status 0", async () => {
    term = new Terminal();
    term.start(["about"], tempDir());
    await term.waitFor(/\n:\s*$/);
    term.send("C-c");
    // less drops keys typed just before it handles the interrupt: press q until ladder has ended.
    for (let i = 0; i < 50 && !/\[exit \d+\]/.test(term.screen(true)); i++) {
      term.send("q");
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await term.exitStatus()).toBe(0);
    expect(term.screen(true)).not.toContain("ladder: interrupted");
  });
});

describe("the pager, without a terminal", () => {
  it("is never used when standard output is a pipe", () => {
    const dir = tempDir();
    const r = runBin(["show", "director"], { env: { LADDER_PAGER: fakePager(dir) } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Director of Engineering\n/);
    expect(existsSync(path.join(dir, "paged.txt"))).toBe(false);
  });
});
