/**
 * What a command needs from the world, injected so that commands run
 * in-process in tests: the streams, the environment, and whether each stream
 * is a terminal.
 */
import { statSync } from "node:fs";
import { extname } from "node:path";
import { usageError } from "../core/errors.js";
import type { Format } from "../render/present.js";
import { makeStyle, type Style } from "../render/style.js";

export type { Format };

export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number; rows?: number };
  stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stdin: {
    isTTY?: boolean;
    /** What is piped in, as it arrives (`ladder changes - new.yaml`); absent where nothing can be read. */
    chunks?: () => AsyncIterable<Uint8Array | string>;
  };
  env: Record<string, string | undefined>;
}

export interface GlobalOptions {
  data?: string;
  format?: string;
  json?: boolean;
  /** `--color <auto|always|never>`; `--no-color` gives false. */
  color?: boolean | string;
  /** false with --no-pager. */
  pager?: boolean;
}

export interface Output {
  format: Format;
  color: boolean;
  width: number;
  style: Style;
}

/** What a command offers: the --format values it declares (cli/program.ts), and the file it writes, if any. */
export interface Offered {
  command: string;
  choices: readonly string[];
  /** Whether it takes --data: it reads a ladder. */
  readsLadder: boolean;
  /** The file an --out option names: its extension chooses the format when neither --format nor --json does. */
  file?: string;
}

const EXTENSIONS: Record<string, Format> = { ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".json": "json", ".csv": "csv" };

/** Every name a format goes by on the command line. */
const FORMAT_NAMES: Record<string, Format> = { text: "text", markdown: "markdown", md: "markdown", json: "json", html: "html", csv: "csv" };
const canonical = (name: string): Format | undefined => (Object.hasOwn(FORMAT_NAMES, name) ? FORMAT_NAMES[name] : undefined);

/** "text, markdown (md), json": the formats a command offers, each once, with the short name people type. */
export function describeFormats(choices: readonly string[]): string {
  return choices
    .filter((c) => canonical(c) === c)
    .map((c) => {
      const aliases = choices.filter((a) => a !== c && canonical(a) === c);
      return aliases.length > 0 ? `${c} (${aliases.join(", ")})` : c;
    })
    .join(", ");
}

/** The smallest width we lay out for; narrower terminals get lines this long. */
export const MIN_WIDTH = 24;

/** The one place the output format is decided: --format, else --json, else the command's fallback; then colour and width, by the rules of docs/commands.md ("Output, colour and width"). */
export function resolveOutput(options: GlobalOptions, io: Io, offered: Offered): Output {
  const format = chooseFormat(options, io, offered);
  const color = format === "text" && wantsColor(options, io);
  return { format, color, width: terminalWidth(io), style: makeStyle(color) };
}

function chooseFormat(options: GlobalOptions, io: Io, offered: Offered): Format {
  const { command, choices } = offered;
  if (choices.length === 0) {
    // Given before the command word, where the program cannot yet know that this command prints no views.
    if (options.format !== undefined || options.json) throw usageError(`${command} has no output format`, ["leave out --format and --json"]);
    return "text";
  }
  const hint = `use one of: ${describeFormats(choices)}`;
  if (options.format !== undefined) {
    const name = options.format.toLowerCase();
    const chosen = choices.includes(name) ? canonical(name) : undefined;
    if (!chosen) {
      const known = canonical(name);
      // A command with one format (schema: JSON) says so rather than offering a choice of one.
      const only = choices.length === 1 ? `${command} prints ${choices[0]} only: leave out --format` : hint;
      throw usageError(known ? `${command} has no ${known} format` : `unknown format "${options.format}"`, [known ? only : hint]);
    }
    if (options.json && chosen !== "json") throw usageError(`--json conflicts with --format ${options.format}`, ["give one of them"]);
    return chosen;
  }
  if (options.json) {
    if (!choices.includes("json")) throw usageError(`${command} has no json format`, [hint]);
    return "json";
  }
  // Then the file's extension, then text on a terminal and markdown otherwise; a command without
  // a text view (assess, export) prints its document on a terminal too, and schema is always JSON.
  let fromFile: Format | undefined;
  // A directory is refused as such by the writer, with a clearer message than one about its name.
  if (offered.file !== undefined && offered.file !== "-" && !isDirectory(offered.file)) {
    // Never a guess: `--out acme.yaml` once wrote markdown into a file named like a ladder.
    const ext = extname(offered.file).toLowerCase();
    fromFile = Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
    if (fromFile === undefined) throw usageError(`cannot tell the format of ${offered.file} from its name`, [`end it in ${fileExtensions(choices)}, or give --format`]);
    if (!choices.includes(fromFile)) throw usageError(`${command} has no ${fromFile} format (asked for by the name ${offered.file})`, [hint]);
  }
  const candidates = [fromFile, io.stdout.isTTY ? "text" : "markdown", canonical(choices[0]!)];
  return candidates.find((f): f is Format => f !== undefined && choices.includes(f))!;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The extensions that choose one of these formats: ".md, .html or .json". */
function fileExtensions(choices: readonly string[]): string {
  const names = Object.entries(EXTENSIONS).filter(([, format]) => choices.includes(format)).map(([ext]) => ext);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : (names[0] ?? "a known extension");
}

/** The values --color takes; `auto` follows the environment and the terminal. */
export const COLOR_WHEN = ["auto", "always", "never"] as const;

/** --color (or --no-color) first, then NO_COLOR, FORCE_COLOR and TERM=dumb, then whether standard output is a terminal. */
export function wantsColor(options: GlobalOptions, io: Io): boolean {
  const when = options.color === false ? "never" : typeof options.color === "string" ? options.color.toLowerCase() : "auto";
  if (when === "never") return false;
  if (when === "always") return true;
  if (nonEmpty(io.env.NO_COLOR)) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false", "no"].includes(force.toLowerCase());
  if (io.env.TERM === "dumb") return false;
  return io.stdout.isTTY === true;
}

const nonEmpty = (v: string | undefined) => v !== undefined && v !== "";

/** `COLUMNS`, else the terminal's width, else 80. */
export function terminalWidth(io: Io): number {
  const fromEnv = Number.parseInt(io.env.COLUMNS ?? "", 10);
  const width = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
  return Math.max(MIN_WIDTH, width);
}
