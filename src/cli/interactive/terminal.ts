/**
 * What the interactive commands share before any prompt appears: they need a
 * terminal on both standard input and standard output (docs/commands.md, "Interactive use"), and
 * their prompts follow the colour rules of the text format.
 */
import path from "node:path";
import { usageError } from "../../core/errors.js";
import { wantsColor, type GlobalOptions, type Io } from "../io.js";
import { firstFreeName, writeNewFile as writeAtomically } from "../write-file.js";

/** Throws a usage error (exit 2) naming the non-interactive commands that do the same job. */
export function requireTerminal(io: Io, command: string, hints: readonly string[]): void {
  const missing = [io.stdin.isTTY ? undefined : "standard input", io.stdout.isTTY ? undefined : "standard output"].filter((s) => s !== undefined);
  if (missing.length === 0) return;
  throw usageError(`\`ladder ${command}\` is interactive and needs a terminal, but ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not one`, hints);
}

/** Colour for prompts: on a terminal unless --no-color, NO_COLOR or FORCE_COLOR=0 say otherwise, whatever --format the report takes. */
export function promptColor(options: GlobalOptions, io: Io): boolean {
  return wantsColor(options, io);
}

/** A name as the person would type it in a shell. */
export function shellWord(name: string): string {
  return /^[\w.@%+=:,/-]+$/.test(name) ? name : `"${name.replace(/(["\\$`])/g, "\\$1")}"`;
}

/**
 * Writes `content` to `file`, or to file-2, file-3... beside it when it exists; returns the path written.
 * Through the one atomic writer (../write-file.ts), which also refuses a name taken in the meantime.
 */
export function writeNewFile(file: string, content: string): string {
  const { dir, name, ext } = path.parse(file);
  const written = firstFreeName(path.join(dir, name), [ext]) + ext;
  writeAtomically(written, content);
  return written;
}
