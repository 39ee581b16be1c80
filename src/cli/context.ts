import type { ExitCode } from "../core/errors.js";
import type { Ladder } from "../core/types.js";
import type { Presentable } from "../render/present.js";
import { usageError } from "../core/errors.js";
import { ladderFile, loadLadder } from "./ladder-source.js";
import { resolveOutput, type GlobalOptions, type Io, type Offered, type Output } from "./io.js";

/** What every command gets: the ladder (loaded on first use) and how to print. */
export interface Context {
  io: Io;
  options: GlobalOptions;
  /** The ladder file to read: --data, else LADDER_DATA; undefined for the built-in ladder. */
  dataFile(): string | undefined;
  ladder(): Promise<Ladder>;
  output(): Output;
}

/**
 * What a command hands back for main.ts to print: a view and its renderers,
 * and the exit status when it is not 0 (`validate --json` of an invalid
 * file prints its result and still fails). A command that printed or wrote
 * what it had to (init, explore, export --out) returns undefined.
 */
export interface CommandResult<V = any> extends Presentable<V> {
  status?: ExitCode;
  /** Said on standard error with the status, as `ladder: ...`. */
  message?: string;
}

export function makeContext(io: Io, options: GlobalOptions, offered: Offered): Context {
  let ladder: Promise<Ladder> | undefined;
  let output: Output | undefined;
  return {
    io,
    options,
    dataFile: () => {
      const file = ladderFile(options.data, io.env);
      // Given before the command word, where the program cannot yet know that this command reads no ladder.
      if (options.data !== undefined && !offered.readsLadder) throw usageError(`${offered.command} reads no ladder`, ["leave out --data"]);
      return file;
    },
    ladder: () => (ladder ??= loadLadder(options.data, io.env)),
    output: () => (output ??= resolveOutput(options, io, offered)),
  };
}
