import { visible } from "../../core/errors.js";
import type { Ladder } from "../../core/types.js";
import { present } from "../../render/present.js";
import { loadProseReader } from "../../render/prose.js";
import { exportRenderers } from "../../render/views/export/index.js";
import type { CommandResult, Context } from "../context.js";
import { VERSION } from "../version.js";
import { writeNewFile } from "../write-file.js";

export interface ExportOptions {
  out?: string;
  force?: boolean;
}

/** The whole ladder, for standard output, or written to --out (the format follows its extension unless given: io.ts). */
export async function exportLadder(ctx: Context, options: ExportOptions): Promise<CommandResult<Ladder> | undefined> {
  // The html format hands prose to marked's own writer, plain or not.
  await loadProseReader();
  const result = { view: await ctx.ladder(), renderers: exportRenderers(`ladder ${VERSION}`) };
  if (options.out === undefined || options.out === "-") return result;
  const output = ctx.output();
  const document = present(result, output.format, output);
  writeNewFile(options.out, document, {
    force: options.force,
    reading: [ctx.dataFile()],
    forceHint: `ladder export --out ${options.out} --force`,
  });
  ctx.io.stderr.write(`Wrote ${visible(options.out)} (${output.format}, ${sizeOf(document)})\n`);
  return undefined;
}

function sizeOf(text: string): string {
  const bytes = Buffer.byteLength(text);
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KiB`;
}
