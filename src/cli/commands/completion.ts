import type { Command } from "commander";
import { usageError } from "../../core/errors.js";
import { analyse, candidates, formatCompletion, programSpec, SHELLS } from "../complete.js";
import { BASH, FISH, ZSH } from "../completion-scripts.js";
import type { Context } from "../context.js";
import { loadLadder } from "../ladder-source.js";

const SCRIPTS: Record<(typeof SHELLS)[number], string> = { bash: BASH, zsh: ZSH, fish: FISH };

/** `ladder completion <shell>`: the script to install. */
export async function completion(_ctx: Context, shell: string): Promise<string> {
  const name = shell.trim().toLowerCase();
  if (!Object.hasOwn(SCRIPTS, name)) throw usageError(`unknown shell "${shell}"`, [`use one of: ${SHELLS.join(", ")}`]);
  return SCRIPTS[name as keyof typeof SCRIPTS];
}

/**
 * `ladder __complete -- <index> <words...>`: the candidates for the word at
 * <index>, one per line. Quiet by design: a broken ladder file or odd input
 * gives no candidates rather than an error in the middle of the user's typing.
 */
export async function complete(ctx: Context, program: Command, args: string[]): Promise<string> {
  const [index, ...words] = args;
  const cword = Number.parseInt(index ?? "", 10);
  if (!Number.isInteger(cword) || cword < 1 || words.length === 0) return "";
  try {
    const spec = programSpec(program);
    const request = analyse(spec, words, cword);
    const data = request.data === undefined ? undefined : shellPath(request.data, ctx.io.env);
    const result = await candidates(spec, request, async () => {
      try {
        return await loadLadder(data, ctx.io.env);
      } catch {
        return undefined;
      }
    });
    return formatCompletion(result);
  } catch {
    return "";
  }
}

/** A file name as typed in the shell, before the shell has expanded it: quotes removed, a leading ~ made the home folder. */
function shellPath(typed: string, env: Record<string, string | undefined>): string {
  let path = typed;
  const quoted = /^(['"])(.*)\1$/.exec(path);
  if (quoted) path = quoted[2]!;
  else path = path.replace(/\\(.)/g, "$1");
  if ((path === "~" || path.startsWith("~/")) && env.HOME) path = env.HOME + path.slice(1);
  return path;
}
