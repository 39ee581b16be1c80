import type { Ladder } from "../core/types.js";
import { loadLadder } from "./ladder-source.js";
import { resolveOutput, type GlobalOptions, type Io, type Output } from "./io.js";

/** What every command gets: the ladder (loaded on first use) and how to print. */
export interface Context {
  io: Io;
  options: GlobalOptions;
  ladder(): Promise<Ladder>;
  output(): Output;
}

export function makeContext(io: Io, options: GlobalOptions): Context {
  let ladder: Promise<Ladder> | undefined;
  let output: Output | undefined;
  return {
    io,
    options,
    ladder: () => (ladder ??= loadLadder(options.data, io.env)),
    output: () => (output ??= resolveOutput(options, io)),
  };
}
