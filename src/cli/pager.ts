/**
 * Long output on a terminal goes through a pager, the way git and gh do it
 * (docs: commands.md, "Pager"): LADDER_PAGER, else PAGER, else less, run
 * through the shell with LESS=FRX unless LESS is set. Output that fits the
 * screen, output to a pipe or file, and --no-pager print directly. The output
 * is rendered for the terminal before it gets here (format, colour, width).
 */
import { spawn } from "node:child_process";
import { stripAnsi, displayWidth } from "../render/width.js";
import type { Io } from "./io.js";

/** The pager command to run for `text`, or undefined to print it directly. */
export function choosePager(text: string, io: Io, options: { pager?: boolean }): string | undefined {
  if (options.pager === false || io.stdout.isTTY !== true) return undefined;
  const command = pagerCommand(io.env);
  if (command === undefined) return undefined;
  const rows = io.stdout.rows;
  // An unknown height (no real terminal behind the stream) never pages.
  if (rows === undefined || rows <= 0 || screenRows(text, io.stdout.columns ?? 80) < rows) return undefined;
  return command;
}

/** LADDER_PAGER, else PAGER, else less; an empty one or `cat` means none (as in git). */
export function pagerCommand(env: Io["env"]): string | undefined {
  // A dumb terminal cannot draw less's screen (less would stop to warn); a pager named outright still runs.
  const fallback = env.TERM === "dumb" ? "" : "less";
  const command = (env.LADDER_PAGER ?? env.PAGER ?? fallback).trim();
  return command === "" || command === "cat" ? undefined : command;
}

/**
 * The pager for explore's views, or undefined for none. Our default less stays
 * open on a short view too (-+F undoes the F of LESS=FRX) and gets
 * a prompt that says how to get back to the menu.
 */
export function viewPager(env: Io["env"], options: { pager?: boolean }): string | undefined {
  if (options.pager === false) return undefined;
  const command = pagerCommand(env);
  return command === "less" ? `less -+F '-Psq\\: back to the menu, space or arrows\\: scroll, /\\: find'` : command;
}

/** How many terminal rows `text` takes: long lines wrap on the screen. */
export function screenRows(text: string, columns: number): number {
  const lines = text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.split("\n");
  return lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(stripAnsi(line)) / Math.max(1, columns))), 0);
}

/**
 * Runs `command` through the shell with `text` on its input and the terminal
 * as its output; resolves true when it ran to the end (quitting early
 * included), false when it could not run or failed, so that the caller prints
 * the text itself.
 */
export function runPager(command: string, text: string, env: Io["env"]): Promise<boolean> {
  // The pager owns the terminal until it ends: Ctrl-C is for it (less uses it to stop a search), as git does.
  const ignore = () => {};
  process.on("SIGINT", ignore);
  const others = process.listeners("SIGINT").filter((l) => l !== ignore);
  for (const l of others) process.off("SIGINT", l);
  const restore = () => {
    process.off("SIGINT", ignore);
    for (const l of others) process.on("SIGINT", l);
  };
  return new Promise<boolean>((resolve) => {
    const child = spawn("sh", ["-c", command], {
      stdio: ["pipe", "inherit", "inherit"],
      env: { ...env, LESS: env.LESS ?? "FRX", LV: env.LV ?? "-c" },
    });
    let failed = false;
    child.on("error", () => (failed = true));
    // A pager that quits before reading everything closes the pipe: that is the reader's choice, not an error.
    child.stdin.on("error", () => {});
    child.stdin.end(text);
    child.on("close", (code, signal) => {
      restore();
      resolve(!failed && code === 0 && signal === null);
    });
  });
}
