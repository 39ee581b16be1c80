/**
 * A ladder file piped in (`git show v1:ladder.yaml | ladder changes - ladder.yaml`):
 * read to its end, never past the loader's size limit, with the same checks
 * as a file on disk.
 */
import { usageError } from "../core/errors.js";
import { decodeLadderBytes, LIMITS, tooBig } from "../core/load/index.js";
import type { Io } from "./io.js";

/** How a ladder read from standard input is named in messages and problems. */
export const STDIN_NAME = "<stdin>";

export async function readStandardInput(io: Io, example: string): Promise<string> {
  // Nothing is piped in: reading would wait for the person at the terminal to type a ladder.
  if (io.stdin.isTTY) throw usageError("- reads a ladder from standard input, but nothing is piped in", [`pipe a ladder file in, e.g. ${example}`]);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of io.stdin.chunks?.() ?? []) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf-8") : chunk;
    total += bytes.length;
    // Stopping here ends the loop, which closes the stream: nothing more is read.
    if (total > LIMITS.maxFileBytes) throw tooBig(STDIN_NAME);
    chunks.push(bytes);
  }
  return decodeLadderBytes(Buffer.concat(chunks, total), STDIN_NAME);
}
