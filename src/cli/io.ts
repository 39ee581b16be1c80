/**
 * What a command needs from the world, injected so that commands run
 * in-process in tests: the streams, the environment, and whether each stream
 * is a terminal.
 */
import { usageError } from "../core/errors.js";
import { makeStyle, type Style } from "../render/style.js";

export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export type Format = "text" | "markdown" | "json";

export interface GlobalOptions {
  data?: string;
  format?: string;
  json?: boolean;
  color?: boolean;
}

export interface Output {
  format: Format;
  color: boolean;
  width: number;
  style: Style;
}

const FORMATS: Record<string, Format> = { text: "text", markdown: "markdown", md: "markdown", json: "json" };

/** The smallest width we lay out for; narrower terminals get lines this long. */
export const MIN_WIDTH = 24;

/** Format, colour and width, by the rules of cli.md. */
export function resolveOutput(options: GlobalOptions, io: Io): Output {
  let format: Format;
  if (options.format !== undefined) {
    const chosen = FORMATS[options.format.toLowerCase()];
    if (!chosen) throw usageError(`unknown format "${options.format}"`, ["use one of: text, markdown (md), json"]);
    if (options.json && chosen !== "json") throw usageError(`--json conflicts with --format ${options.format}`, ["give one of them"]);
    format = chosen;
  } else {
    format = options.json ? "json" : io.stdout.isTTY ? "text" : "markdown";
  }
  const color = format === "text" && wantsColor(options, io);
  return { format, color, width: terminalWidth(io), style: makeStyle(color) };
}

function wantsColor(options: GlobalOptions, io: Io): boolean {
  if (options.color === false) return false;
  if (nonEmpty(io.env.NO_COLOR)) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false", "no"].includes(force.toLowerCase());
  return io.stdout.isTTY === true;
}

const nonEmpty = (v: string | undefined) => v !== undefined && v !== "";

/** `COLUMNS`, else the terminal's width, else 80. */
export function terminalWidth(io: Io): number {
  const fromEnv = Number.parseInt(io.env.COLUMNS ?? "", 10);
  const width = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
  return Math.max(MIN_WIDTH, width);
}
