/**
 * Which ladder a command reads: `--data`, else `LADDER_DATA`, else the
 * built-in ladder. Custom files are always read and checked in full. The
 * built-in ladder is checked at build time and shipped as a prepared
 * snapshot; the snapshot holds the exact text of data/ladder.yaml it was made
 * from, and when the file no longer matches it byte for byte (someone edited
 * data/) the file itself is read and checked instead, so an edit is never
 * silently ignored.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { usageError } from "../core/errors.js";
import type { Ladder } from "../core/types.js";
import { prepareProse } from "../render/prose.js";

declare const __BUNDLED__: boolean | undefined;

/** data/ and the snapshot, relative to this module: dist/ when bundled, src/cli/ in development. */
const BUNDLED = typeof __BUNDLED__ !== "undefined";
const BUILTIN_YAML = fileURLToPath(new URL(BUNDLED ? "../data/ladder.yaml" : "../../data/ladder.yaml", import.meta.url));
const SNAPSHOT = fileURLToPath(new URL(BUNDLED ? "builtin.json" : "../../dist/builtin.json", import.meta.url));

export interface Snapshot {
  /** The text of data/ladder.yaml that `ladder` was made from. */
  source: string;
  ladder: Ladder;
}

export function builtinLadderPath(): string {
  return BUILTIN_YAML;
}

/** The one rule for which file to read: `--data`, else `LADDER_DATA` (when set and not empty), else undefined: the built-in ladder. */
export function ladderFile(data: string | undefined, env: Record<string, string | undefined>): string | undefined {
  if (data !== undefined && data.trim() === "") throw usageError("--data needs the path of a ladder file", ["leave it out to use $LADDER_DATA or the built-in ladder"]);
  return data ?? (env.LADDER_DATA ? env.LADDER_DATA : undefined);
}

/** The ladder a command reads, ready to print: its prose's reader is loaded when the prose has markup. */
export async function loadLadder(data: string | undefined, env: Record<string, string | undefined>): Promise<Ladder> {
  const path = ladderFile(data, env);
  let ladder: Ladder;
  if (path !== undefined) {
    const { loadLadderFile } = await import("../core/load/index.js");
    ladder = loadLadderFile(path);
  } else ladder = await loadBuiltinLadder();
  await prepareProse(ladder);
  return ladder;
}

export async function loadBuiltinLadder(): Promise<Ladder> {
  const source = readFileSync(BUILTIN_YAML);
  let snapshot: Snapshot | undefined;
  try {
    snapshot = JSON.parse(readFileSync(SNAPSHOT, "utf-8")) as Snapshot;
  } catch {
    snapshot = undefined; // not built yet (tests run from source): check the file itself
  }
  // Bytes, not a hash: exact.
  if (snapshot && typeof snapshot.source === "string" && source.equals(Buffer.from(snapshot.source, "utf-8"))) return snapshot.ladder;
  const { loadLadderText } = await import("../core/load/index.js");
  return loadLadderText(source.toString("utf-8"), builtinLadderPath());
}
