/**
 * Reading a ladder file's bytes safely: regular files only, within the size
 * limit, UTF-8 text without NUL bytes.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from "node:fs";
import { LadderError, LadderFileError } from "../errors.js";
import { LIMITS } from "./limits.js";

/**
 * The text of a ladder file. Refuses, each with a clear error: a missing path,
 * a directory, anything that is not a regular file (a device such as /dev/zero
 * never ends; a pipe with no writer never starts), a file over
 * LIMITS.maxFileBytes, bytes that are not UTF-8 (located at the first bad
 * byte) and binary files. The file is opened without blocking and checked
 * through the open descriptor, so a FIFO cannot hang the program (a blocked
 * open would not even let Ctrl-C through) and nothing can be swapped in
 * between the check and the read; reading stops at the limit even if the file
 * grows meanwhile.
 */
export function readLadderSource(path: string): string {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new LadderError(`cannot read ladder file ${path}: it is a directory`, { hints: ["pass the path of a .yaml file"] });
    if (!stat.isFile()) throw new LadderError(`cannot read ladder file ${path}: it is not a regular file`, { hints: ["pass the path of a .yaml file; pipes and devices are not read"] });
    if (stat.size > LIMITS.maxFileBytes) throw tooBig(path, stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > LIMITS.maxFileBytes) throw tooBig(path);
    }
    bytes = Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof LadderError) throw error;
    throw fileError(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeLadderBytes(bytes, path);
}

/**
 * The bytes of a ladder file (from disk or standard input) as text: refuses
 * bytes that are not UTF-8 (located at the first bad byte) and binary files.
 */
export function decodeLadderBytes(bytes: Uint8Array, path: string): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new LadderFileError(path, [{ file: path, ...at, path: "", message: "the file is not UTF-8 text", hint: "save it as UTF-8" }]);
  }
  // Valid UTF-8 can still be binary, or UTF-16 text saved without a byte order mark.
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    throw new LadderFileError(path, [{ file: path, ...positionIn(text, nul), path: "", message: "the file contains a NUL byte: it is binary, or text in UTF-16", hint: "save it as UTF-8 text" }]);
  }
  return text;
}

/** `size` is unknown when the file turned out larger than it said (a pipe, a growing file): reading stopped at the limit. */
export function tooBig(path: string, size?: number): LadderError {
  const what = size === undefined ? "it is larger than" : `it is ${formatBytes(size)}, over`;
  return new LadderError(`cannot read ladder file ${path}: ${what} the limit of ${formatBytes(LIMITS.maxFileBytes)}`, {
    hints: ["check that this is the right file: a ladder of 50,000 expectations is about 5 MB"],
  });
}

/** Line and column (1-based, in UTF-16 code units like the YAML positions) of `offset` in `text`. */
function positionIn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) line++;
  return { line, col: offset - lineStart + 1 };
}

function fileError(path: string, error: unknown): LadderError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return new LadderError(`cannot read ladder file ${path}: no such file`, { hints: ["check the path given with --data or LADDER_DATA; `ladder init FILE` writes a starter ladder"] });
    case "ENOTDIR":
      return new LadderError(`cannot read ladder file ${path}: a part of the path is not a directory`, { hints: ["check the path given with --data or LADDER_DATA"] });
    case "EACCES":
    case "EPERM":
      return new LadderError(`cannot read ladder file ${path}: permission denied`, { hints: ["check the file's permissions (ls -l), or copy it somewhere you can read"] });
    case "EISDIR":
      return new LadderError(`cannot read ladder file ${path}: it is a directory`, { hints: ["pass the path of a .yaml file"] });
    default: {
      // Node's message repeats the path and the syscall; the code alone says what happened.
      const reason = code ?? String((error as Error)?.message ?? error).split("\n")[0];
      return new LadderError(`cannot read ladder file ${path}: ${reason}`, { hints: ["check the path given with --data or LADDER_DATA"] });
    }
  }
}

/** Rounded up, so that a file just over the limit never reads as equal to it. */
function formatBytes(n: number): string {
  const MiB = 1024 * 1024;
  if (n >= MiB) return n % MiB === 0 ? `${n / MiB} MiB` : `${(Math.ceil((n / MiB) * 10) / 10).toFixed(1)} MiB`;
  return `${Math.ceil(n / 1024)} KiB`;
}

/**
 * Line and column of the first byte that is not valid UTF-8 (columns count
 * UTF-16 code units, like the positions of YAML problems). A plain scan: the
 * decoder only says that the bytes are invalid, not where.
 */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) {
      const c = bytes[i + k]!;
      valid = k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
    }
    if (!valid) return { line, col };
    if (b === 0x0a) {
      line++;
      col = 1;
    } else {
      col += length === 4 ? 2 : 1;
    }
    i += length;
  }
  return { line, col };
}

