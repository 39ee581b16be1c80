/**
 * A ladder file or a spreadsheet piped in (`git show v1:ladder.yaml | ladder
 * changes - ladder.yaml`, `ladder import - < sheet.csv`): read to its end,
 * never past the loader's size limit, with the same checks as a file on disk.
 */
import { usageError } from "../core/errors.js";
import { decodeLadderBytes, LADDER_FILE, LIMITS, tooBig } from "../core/load/index.js";
import type { Io } from "./io.js";

/** How a ladder read from standard input is named in messages and problems. */
export const STDIN_NAME = "<stdin>";

/** `what` names what is read ("a ladder", "a spreadsheet") in the error for a terminal with nothing piped in. */
export async function readStandardInput(io: Io, example: string, what = "a ladder"): Promise<string> {
  // Nothing is piped in: reading would wait for the person at the terminal to type it.
  if (io.stdin.isTTY) throw usageError(`- reads ${what} from standard input, but nothing is piped in`, [`pipe ${what === "a ladder" ? "a ladder file" : what} in, e.g. ${example}`]);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of io.stdin.chunks?.() ?? []) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf-8") : chunk;
    total += bytes.length;
    // Stopping here ends the loop, which closes the stream: nothing more is read.
    if (total > LIMITS.maxFileBytes) throw tooBig(STDIN_NAME, LADDER_FILE);
    chunks.push(bytes);
  }
  return decodeLadderBytes(Buffer.concat(chunks, total), STDIN_NAME);
}
