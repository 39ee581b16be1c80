// Signals (issue 16), as a person meets them: the built binary in a real
// pseudo-terminal (tmux) for the interactive commands, a plain subprocess for
// the others. Each waits on what the screen or the process shows, never a
// fixed sleep.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { binPath, cleanEnv } from "../helpers.js";

const hasTmux = spawnSync("tmux", ["-V"], { encoding: "utf-8" }).status === 0;
const DEADLINE_MS = 15_000;
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

async function until<T>(probe: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`never saw ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One tmux server of its own running ladder, then the terminal's settings (stty) and its status. */
class Session {
  readonly socket = `ladder-signals-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private tmux(...args: string[]) {
    const env = { ...process.env };
    delete env.TMUX;
    return spawnSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf-8", env });
  }
  start(args: string[]): void {
    const ladder = [process.execPath, binPath, ...args].map(shellQuote).join(" ");
    const env = `env -i PATH=${shellQuote(process.env.PATH ?? "")} HOME=${shellQuote(process.env.HOME ?? "")} LANG=C.UTF-8 TERM=xterm-256color`;
    // After ladder: its status, and whether the terminal echoes and reads lines again.
    this.tmux("new-session", "-d", "-x", "80", "-y", "24", `${env} ${ladder}; echo "[exit $?]"; stty -a | tr ' ' '\\n' | grep -x -e '-\\?echo' -e '-\\?icanon' | tr '\\n' ' '; echo; sleep 600`);
  }
  screen = () => this.tmux("capture-pane", "-p", "-t", "0", "-S", "-").stdout;
  cursorVisible = () => this.tmux("display-message", "-p", "-t", "0", "#{cursor_flag}").stdout.trim() === "1";
  /** The ladder process: the one child of the pane's shell. */
  ladderPid(): number | undefined {
    const shell = this.tmux("display-message", "-p", "-t", "0", "#{pane_pid}").stdout.trim();
    const child = spawnSync("pgrep", ["-P", shell], { encoding: "utf-8" }).stdout.trim().split("\n")[0];
    return child ? Number(child) : undefined;
  }
  kill = () => this.tmux("kill-server");
}

let session: Session | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

describe.skipIf(!hasTmux)("interactive commands end on a signal with the terminal restored", () => {
  for (const [signal, status] of [["SIGTERM", 143], ["SIGHUP", 129], ["SIGINT", 130]] as const) {
    it(`explore: ${signal} exits ${status}, echo and line mode back, cursor visible`, async () => {
      session = new Session();
      session.start(["explore"]);
      await until(() => (/What would you like to see\?/.test(session!.screen()) ? true : undefined), "the menu");
      const pid = await until(() => session!.ladderPid(), "the ladder process");
      process.kill(pid, signal);
      const screen = await until(() => {
        const s = session!.screen();
        return /\[exit \d+\]\n.*icanon/.test(s) ? s : undefined;
      }, "the exit status");
      expect(Number(/\[exit (\d+)\]/.exec(screen)![1])).toBe(status);
      expect(screen).toMatch(/(^|\s)echo\s/m);
      expect(screen).toMatch(/(^|\s)icanon(\s|$)/m);
      expect(session.cursorVisible()).toBe(true);
    });
  }
});

describe("Ctrl-C ends a long command at once", () => {
  it("a SIGINT during a long export ends it with status 130 and nothing on standard output", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-signals-"));
    try {
      // A big, valid ladder: seconds of synchronous work.
      const prose = Array.from({ length: 300_000 }, (_, i) => `word${i % 97}`).join(" ");
      const file = path.join(dir, "big.yaml");
      writeFileSync(file, `title: T\nsections: [{id: craft, title: Craft}]\nlevels:\n  - id: a\n    title: A\n    expectations:\n      craft: ["${prose}"]\n`);
      const child = spawn(process.execPath, [binPath, "--data", file, "export", "--format", "html"], { env: cleanEnv() });
      let stdout = "";
      child.stdout.on("data", (d) => (stdout += d));
      // Any moment will do: before output is complete, nothing has been written.
      await new Promise((r) => setTimeout(r, 300));
      child.kill("SIGINT");
      const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on("exit", (c, s) => r([c, s])));
      // Killed by the signal: a shell reports 128 + 2.
      expect(code === 130 || signal === "SIGINT").toBe(true);
      expect(stdout).toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a reader that closes the pipe early", () => {
  it("validate bad.yaml --json | head -c 1 keeps status 1: the file is invalid", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ladder-pipe-"));
    try {
      // Enough problems that the JSON is larger than a pipe's buffer, so the write meets the closed pipe.
      const bad = path.join(dir, "bad2.yaml");
      writeFileSync(bad, Array.from({ length: 3000 }, (_, i) => `unknown${i}: 1`).join("\n") + "\n");
      const r = spawnSync("bash", ["-c", `${shellQuote(process.execPath)} ${shellQuote(binPath)} validate ${shellQuote(bad)} --json | head -c 1; echo " \${PIPESTATUS[0]}"`], { encoding: "utf-8", env: cleanEnv() });
      expect(r.stdout).toBe("{ 1\n");
      expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
