// What a person sees of help, colour and errors in a real terminal (tmux,
// terminal.ts): bare `ladder` fits the screen, `ladder help show`, colour
// rules including TERM=dumb, and error lines wrapped at the terminal's width.
import { afterEach, describe, expect, it } from "vitest";
import { hasTmux, tempDir, Terminal } from "./terminal.js";

const SGR = /\u001b\[[0-9;]*m/;

describe.skipIf(!hasTmux)("help, colour and errors in a terminal", { timeout: 60_000 }, () => {
  let term: Terminal;
  afterEach(() => term?.kill());

  it("bare ladder: a short usage that fits 80x24, status 0", async () => {
    term = new Terminal();
    term.start([], tempDir());
    expect(await term.exitStatus()).toBe(0);
    const screen = term.screen();
    expect(screen).toContain("ladder show <level>");
    expect(screen).toContain("ladder help");
    expect(screen.split("\n")[0]).toMatch(/^Explore a career ladder/);
  });

  it("ladder help show and ladder --help show print show's help", async () => {
    for (const args of [["help", "show"], ["--help", "show"]]) {
      term = new Terminal();
      term.start(args, tempDir(), { size: [80, 50] });
      expect(await term.exitStatus()).toBe(0);
      const screen = term.screen(true);
      expect(screen).toContain("Usage: ladder show [options] <level>");
      expect(screen).toContain("--checklist");
      expect(screen).not.toContain("Commands:");
      term.kill();
    }
  });

  it("the whole help, taller than 80x24, opens in the pager; --no-pager prints it", async () => {
    term = new Terminal();
    term.start(["help"], tempDir());
    const screen = await term.waitFor(/\n:\s*$/);
    expect(screen.split("\n")[0]).toBe("Examples:");
    term.send("q");
    expect(await term.exitStatus()).toBe(0);
    term.kill();
    term = new Terminal();
    term.start(["--help", "--no-pager"], tempDir());
    expect(await term.exitStatus()).toBe(0);
    expect(term.screen(true)).toContain("Environment:");
  });

  it("colour on a terminal; none with TERM=dumb, --color never or --no-color; --color always wins over TERM=dumb", async () => {
    const cases: [string[], Record<string, string>, boolean][] = [
      [["show", "em", "--section", "scope"], {}, true],
      [["show", "em", "--section", "scope"], { TERM: "dumb" }, false],
      [["show", "em", "--section", "scope", "--color", "never"], {}, false],
      [["show", "em", "--section", "scope", "--no-color"], {}, false],
      [["show", "em", "--section", "scope", "--color", "always"], { TERM: "dumb" }, true],
    ];
    for (const [args, env, colour] of cases) {
      term = new Terminal();
      term.start(args, tempDir(), { env });
      expect(await term.exitStatus()).toBe(0);
      const screen = term.screen(true, true);
      expect(screen).toContain("Team & Project Scope");
      expect(SGR.test(screen.split("[exit")[0]!), `${args.join(" ")} ${JSON.stringify(env)}`).toBe(colour);
      term.kill();
    }
  });

  it("TERM=dumb prints long output without less", async () => {
    term = new Terminal();
    term.start(["show", "director"], tempDir(), { env: { TERM: "dumb" } });
    expect(await term.exitStatus()).toBe(0);
    expect(term.screen(true)).toContain("Out of this level: Director to VP of Engineering");
  });

  it("wraps an error and its hints at the width of a 60-column terminal", async () => {
    term = new Terminal();
    const name = "a-level-name-that-nobody-has-ever-given-to-any-level-at-all";
    term.start(["show", name], tempDir(), { size: [60, 16] });
    expect(await term.exitStatus()).toBe(2);
    const lines = term.screen().split("\n").filter((l) => l.trim() !== "" && !l.startsWith("[exit"));
    expect(lines[0]).toMatch(/^ladder: unknown level "a-level-name/);
    expect(lines[1]).toMatch(/^ {8}\S/);
    for (const line of lines) expect(line.length).toBeLessThan(60);
    expect(lines.at(-1)).toBe("hint: run `ladder levels` to see them all");
  });
});
