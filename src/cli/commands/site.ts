/**
 * `ladder site --out DIR`: writes the static site of src/site into a folder.
 * The whole site is made in memory, then written into a new folder beside
 * the target and renamed into place, so a failure leaves the target as it
 * was. A folder the command made carries a marker file; any other non-empty
 * folder is replaced only with --force.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { LadderError } from "../../core/errors.js";
import { fingerprintOf } from "../../core/record.js";
import { buildSite } from "../../site/index.js";
import { builtinLadderPath, ladderFile } from "../ladder-source.js";
import { VERSION } from "../version.js";
import { reasonOf } from "../write-file.js";
import type { Context } from "../context.js";

export interface SiteOptions {
  out: string;
  force?: boolean;
}

/** In every folder `ladder site` writes: the sign that it may replace the folder next time. */
export const SITE_MARKER = ".ladder-site";
const MARKER_TEXT = "This folder was made by `ladder site`, which replaces it when run again with the same --out.\n";

export async function site(ctx: Context, options: SiteOptions): Promise<undefined> {
  const ladder = await ctx.ladder();
  const source = ladderFile(ctx.options.data, ctx.io.env) ?? builtinLadderPath();
  const bytes = readFileSync(source);
  const files = buildSite(ladder, { generator: `ladder ${VERSION}`, fingerprint: fingerprintOf(bytes) });

  const target = path.resolve(options.out);
  checkTarget(options.out, target, options.force === true, source);
  const size = writeSite(options.out, target, files);
  ctx.io.stderr.write(`Wrote ${files.size} files (${(size / 1024).toFixed(1)} KiB) to ${options.out}\nOpen ${path.join(options.out, "index.html")} in a browser, or publish the folder on any static host.\n`);
  return undefined;
}

function checkTarget(shown: string, target: string, force: boolean, ladderFile: string): void {
  let entries: string[];
  try {
    if (!statSync(target).isDirectory()) throw new LadderError(`${shown} is a file, not a folder`, { hints: ["give --out a folder name"] });
    entries = readdirSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    if (error instanceof LadderError) throw error;
    throw new LadderError(`cannot read ${shown}: ${reason(error)}`);
  }
  // The folder is replaced whole: never one that holds the working folder, nor the home or root folder.
  const cwd = process.cwd();
  if (target === path.parse(target).root || target === homedir() || cwd === target || cwd.startsWith(`${target}${path.sep}`)) {
    const what = target === homedir() ? "your home folder" : target === path.parse(target).root ? "the root folder" : "the current folder";
    throw new LadderError(`refusing to replace ${shown}: it is or holds ${what}`, { hints: ["name a folder of its own for the site, e.g. --out site"] });
  }
  // Nor one that holds the ladder being read.
  if (realpath(ladderFile).startsWith(`${realpath(target)}${path.sep}`)) {
    throw new LadderError(`refusing to replace ${shown}: it holds the ladder file being read`, { hints: ["keep the ladder file outside the site's folder"] });
  }
  if (entries.length === 0 || entries.includes(SITE_MARKER) || force) return;
  throw new LadderError(`${shown} is not empty, and ladder site did not make it`, {
    hints: [`name a new or empty folder, or add --force to replace everything in ${shown}`],
  });
}

/** Writes the files into a new folder beside the target, then swaps it in. Returns the bytes written. */
function writeSite(shown: string, target: string, files: Map<string, string>): number {
  const parent = path.dirname(target);
  const staging = path.join(parent, `.${path.basename(target)}.ladder-site-${process.pid}`);
  const old = `${staging}-old`;
  let size = 0;
  try {
    mkdirSync(parent, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    for (const [name, text] of files) {
      writeFileSync(path.join(staging, name), text);
      size += Buffer.byteLength(text);
    }
    writeFileSync(path.join(staging, SITE_MARKER), MARKER_TEXT);
    if (existsSync(target)) {
      renameSync(target, old);
      try {
        renameSync(staging, target);
      } catch (error) {
        renameSync(old, target);
        throw error;
      }
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(staging, target);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new LadderError(`cannot write the site to ${shown}: ${reason(error)}`);
  }
  return size;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOTDIR" ? "a part of the path is a file" : reasonOf(code, error);
}

function realpath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
