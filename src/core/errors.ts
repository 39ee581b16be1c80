import { CONTROL_CHARACTER } from "./definitions.js";

/** Exit statuses of the command line contract (README.md, "Exit statuses"). */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The one error type that reaches the user: a short message, a few hint lines
 * and the exit status. Everything else that escapes is a bug and is reported
 * as one (without a stack trace unless LADDER_DEBUG=1).
 */
export class LadderError extends Error {
  readonly hints: readonly string[];
  readonly exitCode: ExitCode;
  /** Lines printed before the message (the located problems of a ladder file). */
  readonly details: readonly string[];

  constructor(message: string, options: { hints?: readonly string[]; exitCode?: ExitCode; details?: readonly string[] } = {}) {
    super(message);
    this.name = "LadderError";
    this.hints = options.hints ?? [];
    this.exitCode = options.exitCode ?? EXIT.failure;
    this.details = options.details ?? [];
  }
}

export function usageError(message: string, hints: readonly string[] = []): LadderError {
  return new LadderError(message, { hints, exitCode: EXIT.usage });
}

/** One located problem in a ladder file, printed compiler style. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  /** Where in the document, e.g. `levels[0].expectations.leadrship`; empty for the file itself. */
  path: string;
  message: string;
  hint?: string;
}

export function formatProblem(p: Problem): string {
  const where = p.path === "" ? "" : `${shorten(visible(p.path), 200)}: `;
  const hint = p.hint ? ` (${shorten(shortenQuoted(visible(p.hint)), 500)})` : "";
  const message = shortenQuoted(visible(p.message));
  return `${visible(p.file)}:${p.line}:${p.col}: ${where}${shorten(message, 500)}${hint}`;
}

/** Every control character, tab and line feed too: a message is one line. */
const CONTROL = new RegExp(`[\\t\\n]|${CONTROL_CHARACTER.source}`, "g");

/**
 * Text for a one-line message on a terminal: control characters from a file
 * (or typed arguments) are shown as escapes such as \u001b, so they can
 * neither drive the terminal nor break the line.
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => (c === "\n" ? "\\n" : c === "\t" ? "\\t" : c === "\r" ? "\\r" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/**
 * Messages quote keys and values from the file: a quoted run is kept short
 * enough to read. A scan, not a regular expression: a run can be megabytes
 * long, and a backtracking match over it exhausts the stack.
 */
function shortenQuoted(text: string): string {
  let out = "";
  let i = 0;
  for (;;) {
    const open = text.indexOf('"', i);
    const close = open < 0 ? -1 : text.indexOf('"', open + 1);
    if (close < 0) return out + text.slice(i);
    const inner = text.slice(open + 1, close);
    out += `${text.slice(i, open + 1)}${inner.length > 80 ? `${head(inner, 60)}…` : inner}"`;
    i = close + 1;
  }
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${head(text, max - 1)}…`;
}

/** The first `n` code units, never half of a surrogate pair. */
function head(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/** The most problems listed for one file; the rest are counted. */
export const MAX_PROBLEMS = 50;

/** What kind of file a LadderFileError is about, for its message and hint (a ladder file unless said). */
export interface FileKind {
  /** "assessment record" */
  what: string;
  hint: string;
}

const LADDER_FILE: FileKind = { what: "ladder file", hint: "the format is described in the README, section \"Write your own ladder\"; `ladder validate FILE` checks a file" };

export class LadderFileError extends LadderError {
  readonly problems: readonly Problem[];
  constructor(file: string, problems: readonly Problem[], kind: FileKind = LADDER_FILE) {
    const shown = problems.slice(0, MAX_PROBLEMS).map(formatProblem);
    if (problems.length > MAX_PROBLEMS) shown.push(`... and ${problems.length - MAX_PROBLEMS} more`);
    const n = problems.length;
    super(`${file} is not a valid ${kind.what} (${n} problem${n === 1 ? "" : "s"})`, {
      details: shown,
      hints: [kind.hint],
      exitCode: EXIT.failure,
    });
    this.problems = problems;
  }
}

/** `levels[0].expectations.leadership`, the way the contract prints paths. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
