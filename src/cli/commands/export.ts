import { writeFileSync } from "node:fs";
import { LadderError } from "../../core/errors.js";
import type { Ladder } from "../../core/types.js";
import { present } from "../../render/present.js";
import { exportRenderers } from "../../render/views/export/index.js";
import type { CommandResult, Context } from "../context.js";
import { VERSION } from "../version.js";

export interface ExportOptions {
  out?: string;
}

/** The whole ladder, for standard output, or written to --out (the format follows its extension unless given: io.ts). */
export async function exportLadder(ctx: Context, options: ExportOptions): Promise<CommandResult<Ladder> | undefined> {
  const result = { view: await ctx.ladder(), renderers: exportRenderers(`ladder ${VERSION}`) };
  if (options.out === undefined || options.out === "-") return result;
  const output = ctx.output();
  const document = present(result, output.format, output);
  try {
    // Replacing the file is what an export is for (like `> file`); `ladder init` is the command that refuses to.
    writeFileSync(options.out, document);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "EISDIR" ? "it is a directory" : (error as Error).message.replace(/^[A-Z]+: /, "");
    throw new LadderError(`cannot write ${options.out}: ${reason}`);
  }
  ctx.io.stderr.write(`Wrote ${options.out} (${output.format}, ${sizeOf(document)})\n`);
  return undefined;
}

function sizeOf(text: string): string {
  const bytes = Buffer.byteLength(text);
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KiB`;
}
