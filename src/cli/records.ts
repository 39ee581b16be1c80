/**
 * Assessment records on disk: reading one (or a folder of them), the
 * fingerprint of the ladder file, and the names new records and reports get
 * (by date, so they sort; numbered when taken; never overwritten).
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { LadderError, usageError } from "../core/errors.js";
import { looksLikeRecord, readRecordText } from "../core/record-file.js";
import { fingerprintOf, type AssessmentRecord } from "../core/record.js";
import { builtinLadderPath, ladderFile } from "./ladder-source.js";
import { firstFreeName } from "./write-file.js";

/** A record and the file it came from. */
export interface RecordFile {
  record: AssessmentRecord;
  file: string;
}

/** Far more than any record: one answer is a few hundred bytes. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** The text of a small input file (a record, an answers file): a regular file within the limit, UTF-8. */
export function readInputText(file: string, what: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new LadderError(`cannot read ${what} ${file}: it is a directory`);
    if (!stat.isFile()) throw new LadderError(`cannot read ${what} ${file}: it is not a regular file`);
    if (stat.size > MAX_RECORD_BYTES) throw new LadderError(`cannot read ${what} ${file}: it is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB`);
    const bytes = Buffer.alloc(stat.size);
    for (let at = 0; at < bytes.length; ) {
      const n = readSync(fd, bytes, at, bytes.length - at, null);
      if (n === 0) break;
      at += n;
    }
    return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  } catch (error) {
    if (error instanceof LadderError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" || code === "EPERM" ? "permission denied" : (code ?? String(error));
    throw new LadderError(`cannot read ${what} ${file}: ${reason}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readRecordFile(file: string): RecordFile {
  return { record: readRecordText(readInputText(file, "record"), file), file };
}

const isDirectory = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** A progress file (`*.partial.json`) is an assessment still going on, not a record. */
export const isPartial = (file: string) => file.endsWith(".partial.json");

/**
 * The records a path names: the file itself, or every record in a folder
 * (other JSON files and unfinished assessments are passed over), oldest
 * first by their date, then by when the file was written.
 */
export function recordsAt(target: string): RecordFile[] {
  if (!isDirectory(target)) return [readRecordFile(target)];
  const found: (RecordFile & { mtime: number })[] = [];
  for (const name of readdirSync(target).sort()) {
    const file = path.join(target, name);
    if (!name.toLowerCase().endsWith(".json") || isPartial(name) || isDirectory(file)) continue;
    const text = readInputText(file, "record");
    if (!looksLikeRecord(text)) continue;
    found.push({ record: readRecordText(text, file), file, mtime: statSync(file).mtimeMs });
  }
  return found.sort((a, b) => (a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : a.mtime - b.mtime)).map(({ record, file }) => ({ record, file }));
}

/** Only the records about `who` (their `for`; the person's own when absent). */
export function recordsFor(records: readonly RecordFile[], who: string | undefined, where: string): RecordFile[] {
  const people = [...new Set(records.map((r) => r.record.for ?? ""))];
  if (who === undefined) {
    if (people.length > 1) {
      throw usageError(`${where === "." ? "the current folder" : where} holds records about more than one person`, [`choose with --for: ${people.map((p) => (p === "" ? '"" (your own)' : JSON.stringify(p))).join(", ")}`]);
    }
    return [...records];
  }
  return records.filter((r) => (r.record.for ?? "") === who);
}

/** The file the ladder is read from, and the fingerprint of its bytes. */
export function ladderFingerprint(data: string | undefined, env: Record<string, string | undefined>): string {
  return fingerprintOf(readFileSync(ladderFile(data, env) ?? builtinLadderPath()));
}

/** The first `stem.md`/`stem.json`, `stem-2.md`/`stem-2.json`... pair in `dir` with neither file taken. */
export function freePair(dir: string, stem: string): { report: string; record: string } {
  const base = firstFreeName(path.join(dir, stem), [".md", ".json"]);
  return { report: `${base}.md`, record: `${base}.json` };
}

/** `--out x.md` or `--out x.json`: the report and the record beside it. */
export function pairOf(out: string): { report: string; record: string } {
  const ext = path.extname(out).toLowerCase();
  const base = ext === ".md" || ext === ".json" || ext === ".markdown" ? out.slice(0, -ext.length) : out;
  return { report: ext === ".md" || ext === ".markdown" ? out : `${base}.md`, record: `${base}.json` };
}
