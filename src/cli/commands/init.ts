import { readFileSync } from "node:fs";
import { visible } from "../../core/errors.js";
import { starterLadder, TWO_TRACK_STARTER } from "../../core/format/starter.js";
import { builtinLadderPath } from "../ladder-source.js";
import type { Context } from "../context.js";
import { writeNewFile } from "../write-file.js";

export const DEFAULT_INIT_FILE = "ladder.yaml";

export async function init(ctx: Context, file: string | undefined, options: { force?: boolean; tracks?: boolean }): Promise<undefined> {
  const path = file ?? DEFAULT_INIT_FILE;
  const text = options.tracks ? TWO_TRACK_STARTER : starterLadder(readFileSync(builtinLadderPath(), "utf-8"));
  writeNewFile(path, text, { force: options.force, forceHint: `ladder init ${path} --force` });
  const shown = visible(path);
  ctx.io.stderr.write(`Wrote ${shown}\nNext: edit it, then \`ladder validate ${shown}\` and \`ladder --data ${shown} levels\`\n`);
  return undefined;
}
