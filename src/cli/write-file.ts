/**
 * Every file ladder writes goes through here (export --out, assess --out and
 * its records, init, import --out, site). The text goes to a temporary file in
 * the same folder, which is then renamed over the target: a full disk, a crash
 * or Ctrl-C leaves the old file whole and no partial file, and writers racing
 * for one path each leave a whole file, never a mix.
 */
import { closeSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { LadderError, usageError } from "../core/errors.js";

export interface WriteOptions {
  /** Replace an existing file (the user said --force). */
  force?: boolean;
  /** Files being read by this command (the ladder): never written over, even with --force. */
  reading?: readonly (string | undefined)[];
  /** The command line that would replace the file, for the hint (e.g. "ladder init ladder.yaml --force"). */
  forceHint?: string;
}

/** Writes text to a file atomically, refusing to replace a file unless asked, and never a file being read. */
export function writeNewFile(target: string, text: string, options: WriteOptions = {}): void {
  const existing = statOrNull(target);
  if (existing?.isDirectory()) throw new LadderError(`cannot write ${target}: it is a directory`, { hints: ["name a file inside it"] });
  if (existing && options.reading?.some((file) => file !== undefined && sameFile(file, target))) {
    throw usageError(`refusing to write over ${target}: it is the ladder being read`, ["name another output file"]);
  }
  if (existing && !existing.isFile()) throw new LadderError(`cannot write ${target}: it is not a regular file`, { hints: ["name a regular file"] });
  if (existing && !options.force) {
    throw new LadderError(`${target} already exists`, { hints: [`use \`${options.forceHint ?? "--force"}\` to replace it, or name another file`] });
  }
  const dir = path.dirname(target);
  const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, "wx", existing ? existing.mode & 0o777 : 0o666);
    const bytes = Buffer.from(text, "utf-8");
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (!options.force && statOrNull(target)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Never made, or already renamed.
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new LadderError(`${target} already exists`, { hints: [`use \`${options.forceHint ?? "--force"}\` to replace it, or name another file`] });
    throw new LadderError(`cannot write ${target}: ${reasonOf(code, error)}`, { hints: ["the file was left as it was"] });
  }
}

/** Why a write failed, in a few words. */
export function reasonOf(code: string | undefined, error: unknown): string {
  switch (code) {
    case "ENOENT":
      return "no such directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "the file system is read-only";
    case "EISDIR":
      return "it is a directory";
    default:
      return (error as Error).message.replace(/^[A-Z]+: /, "");
  }
}

/**
 * The first of `base`, `base-2`, `base-3`... for which no file `<name><ext>`
 * exists for any of `exts` (a report and its record are numbered together).
 * A link counts as taken even when it points nowhere.
 */
export function firstFreeName(base: string, exts: readonly string[]): string {
  const taken = (file: string) => {
    try {
      lstatSync(file);
      return true;
    } catch {
      return false;
    }
  };
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!exts.some((ext) => taken(name + ext))) return name;
  }
}

function statOrNull(file: string) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** The same file after resolving links (and the same inode, for hard links). */
function sameFile(a: string, b: string): boolean {
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
