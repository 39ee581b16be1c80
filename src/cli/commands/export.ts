import { writeFileSync } from "node:fs";
import { extname } from "node:path";
import { LadderError, usageError } from "../../core/errors.js";
import type { Ladder } from "../../core/types.js";
import { VERSION } from "../program.js";
import type { Context } from "../context.js";

export type ExportFormat = "markdown" | "html" | "json" | "csv";

export interface ExportOptions {
  out?: string;
}

/** Export has its own formats: the global --format names text/markdown/json, export adds html and csv and has no text. */
const FORMATS: Record<string, ExportFormat> = { markdown: "markdown", md: "markdown", html: "html", htm: "html", json: "json", csv: "csv" };
const EXTENSIONS: Record<string, ExportFormat> = { ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".json": "json", ".csv": "csv" };
const CHOICES = "use one of: markdown (md), html, json, csv";

/** --format, else --json, else the extension of --out, else markdown. */
export function exportFormat(format: string | undefined, json: boolean | undefined, out: string | undefined): ExportFormat {
  if (format !== undefined) {
    const chosen = Object.hasOwn(FORMATS, format.toLowerCase()) ? FORMATS[format.toLowerCase()]! : undefined;
    if (!chosen) {
      const why = format.toLowerCase() === "text" ? "export has no text format (it makes one document to keep or share)" : `unknown export format "${format}"`;
      throw usageError(why, [CHOICES]);
    }
    if (json && chosen !== "json") throw usageError(`--json conflicts with --format ${format}`, ["give one of them"]);
    return chosen;
  }
  if (json) return "json";
  const ext = out !== undefined && out !== "-" ? extname(out).toLowerCase() : "";
  return Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext]! : "markdown";
}

export async function render(ladder: Ladder, format: ExportFormat): Promise<string> {
  switch (format) {
    case "html":
      return (await import("../../render/export-html.js")).ladderHtml(ladder, { generator: `ladder ${VERSION}` });
    case "csv":
      return (await import("../../render/export-csv.js")).ladderCsv(ladder);
    case "json":
      return (await import("../../render/export-json.js")).ladderJson(ladder);
    default:
      return (await import("../../render/export-markdown.js")).ladderMarkdown(ladder);
  }
}

export async function exportLadder(ctx: Context, options: ExportOptions): Promise<string> {
  const format = exportFormat(ctx.options.format, ctx.options.json, options.out);
  const document = await render(await ctx.ladder(), format);
  if (options.out === undefined || options.out === "-") return document;
  try {
    // Replacing the file is what an export is for (like `> file`); `ladder init` is the command that refuses to.
    writeFileSync(options.out, document);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "EISDIR" ? "it is a directory" : (error as Error).message.replace(/^[A-Z]+: /, "");
    throw new LadderError(`cannot write ${options.out}: ${reason}`);
  }
  ctx.io.stderr.write(`Wrote ${options.out} (${format}, ${sizeOf(document)})\n`);
  return "";
}

function sizeOf(text: string): string {
  const bytes = Buffer.byteLength(text);
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KiB`;
}
