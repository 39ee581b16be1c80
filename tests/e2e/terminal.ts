// A real terminal for end-to-end tests: tmux, one server of its own per test
// (a unique -L socket), the built binary running in it, keys sent one step at
// a time, each step waiting for the screen to show what comes next (a
// deadline, never a fixed sleep).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { binPath } from "../helpers.js";

export const hasTmux = spawnSync("tmux", ["-V"], { encoding: "utf-8" }).status === 0;
export const DEADLINE_MS = 15_000;

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** One tmux server of its own (a unique -L socket), one 80x24 window running the command. */
export class Terminal {
  static count = 0;
  readonly socket = `ladder-e2e-${process.pid}-${++Terminal.count}`;
  private started = false;
  private socketPath = "";

  private tmux(...args: string[]): string {
    const env = { ...process.env };
    delete env.TMUX; // tests may themselves run inside tmux
    const r = spawnSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf-8", env });
    if (r.status !== 0) throw new Error(`tmux ${args[0]}: ${r.stderr}`);
    return r.stdout;
  }

  /**
   * Runs ladder with `args` in `cwd` on a screen of `size` (80x24 unless given), with `env` added and standard
   * output into the file `stdout` when given; the exit status is printed after it as [exit N].
   */
  start(args: string[], cwd: string, options: { size?: [number, number]; env?: Record<string, string>; stdout?: string } = {}): void {
    const [columns, rows] = options.size ?? [80, 24];
    const ladder = [process.execPath, binPath, ...args].map(shellQuote).join(" ") + (options.stdout ? ` > ${shellQuote(options.stdout)}` : "");
    const extra = Object.entries(options.env ?? {}).map(([k, v]) => `${k}=${shellQuote(v)}`);
    const env = ["env -i", `PATH=${shellQuote(process.env.PATH ?? "")}`, `HOME=${shellQuote(process.env.HOME ?? "")}`, "LANG=C.UTF-8", "TERM=xterm-256color", ...extra].join(" ");
    this.tmux("new-session", "-d", "-x", String(columns), "-y", String(rows), "-c", cwd, `${env} ${ladder}; echo "[exit $?]"; sleep 600`);
    this.started = true;
    this.socketPath = this.tmux("display-message", "-p", "#{socket_path}").trim();
  }

  /** Keys by tmux name (Enter, Escape, Up, C-c) or, with literal, text typed as is. */
  send(keys: string, literal = false): void {
    this.tmux("send-keys", "-t", "0", ...(literal ? ["-l", keys] : [keys]));
  }

  /** The visible screen, or with history the whole scrollback too. */
  screen(history = false, escapes = false): string {
    return this.tmux("capture-pane", "-p", "-t", "0", ...(history ? ["-S", "-"] : []), ...(escapes ? ["-e"] : []));
  }

  /** Waits until the screen shows `what`; fails with the screen when the deadline passes. */
  async waitFor(what: string | RegExp, history = false): Promise<string> {
    const deadline = Date.now() + DEADLINE_MS;
    for (;;) {
      const screen = this.screen(history);
      if (typeof what === "string" ? screen.includes(what) : what.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`the screen never showed ${String(what)}; it shows:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The exit status printed after ladder ended. */
  async exitStatus(): Promise<number> {
    const screen = await this.waitFor(/\[exit \d+\]/, true);
    return Number(/\[exit (\d+)\]/.exec(screen)![1]);
  }

  /** Ends the server and removes its socket file (tmux leaves it behind). */
  kill(): void {
    if (this.started) spawnSync("tmux", ["-L", this.socket, "kill-server"]);
    if (this.socketPath !== "") rmSync(this.socketPath, { force: true });
    this.started = false;
    this.socketPath = "";
  }
}

export const MENU = "What would you like to see?";
/** The prompt explore gives less, at the bottom of a view. */
export const PAGER_PROMPT = "q: back to the menu";

export const tempDir = () => mkdtempSync(path.join(tmpdir(), "ladder-e2e-"));
