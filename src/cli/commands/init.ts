import { readFileSync, writeFileSync } from "node:fs";
import { LadderError } from "../../core/errors.js";
import { starterLadder } from "../../core/format/starter.js";
import { builtinLadderPath } from "../ladder-source.js";
import type { Context } from "../context.js";

export const DEFAULT_INIT_FILE = "ladder.yaml";

export async function init(ctx: Context, file: string | undefined, options: { force?: boolean }): Promise<undefined> {
  const path = file ?? DEFAULT_INIT_FILE;
  const text = starterLadder(readFileSync(builtinLadderPath(), "utf-8"));
  try {
    // "wx" refuses to replace an existing file, without a race between checking and writing.
    writeFileSync(path, text, { flag: options.force ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new LadderError(`${path} already exists`, { hints: [`use \`ladder init ${path} --force\` to replace it, or name another file`] });
    throw new LadderError(`cannot write ${path}: ${code === "ENOENT" ? "no such directory" : code === "EACCES" ? "permission denied" : (error as Error).message}`);
  }
  ctx.io.stderr.write(`Wrote ${path}\nNext: edit it, then \`ladder validate ${path}\` and \`ladder --data ${path} levels\`\n`);
  return undefined;
}
