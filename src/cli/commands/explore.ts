import { localDate } from "../../core/assessment.js";
import type { Context } from "../context.js";
import { exploreFlow } from "../interactive/explore-flow.js";
import type { Prompter } from "../interactive/prompter.js";
import { promptColor, requireTerminal, writeNewFile } from "../interactive/terminal.js";

/**
 * `ladder explore`. Unlike the other commands it writes to the terminal as it
 * goes (each view, through the prompter) and returns nothing to print. The
 * prompter is a parameter so tests can drive the flow without a terminal;
 * inquirer is loaded only here, never at start-up.
 */
export async function explore(ctx: Context, prompter?: Prompter): Promise<undefined> {
  requireTerminal(ctx.io, "explore", [
    "the same views without prompts: `ladder show <level>`, `ladder diff <from> <to>`, `ladder area [name]`, `ladder levels`, `ladder about`",
  ]);
  const ladder = await ctx.ladder();
  const out = ctx.output();
  const p = prompter ?? (await import("../interactive/inquirer.js")).inquirerPrompter({
      io: ctx.io,
      color: promptColor(ctx.options, ctx.io),
      pager: (await import("../pager.js")).viewPager(ctx.io.env, ctx.options),
    });
  await exploreFlow({
    ladder,
    prompter: p,
    format: out.format,
    style: out.style,
    today: () => localDate(new Date()),
    save: writeNewFile,
  });
  return undefined;
}
