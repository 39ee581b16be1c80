/**
 * The Prompter on a real terminal, with @inquirer/prompts. Loaded only by the
 * interactive commands (it is the one module that imports inquirer), so the
 * other commands never pay for it at start-up.
 *
 * Inquirer has no Esc or q key of its own: a keypress listener aborts the
 * prompt through its AbortSignal, and the abort becomes BACK. Ctrl-C inside a
 * prompt makes inquirer throw ExitPromptError; it becomes the interrupted
 * status (130) with a short message and no trace.
 */
import { emitKeypressEvents } from "node:readline";
import { input, search, select } from "@inquirer/prompts";
import { EXIT, LadderError } from "../../core/errors.js";
import { MIN_WIDTH, terminalWidth, type Io } from "../io.js";
import { runPager, screenRows } from "../pager.js";
import { BACK, filterChoices, type Back, type Choice, type EscapeMode, type Prompter } from "./prompter.js";

interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
}

/** The error for Ctrl-C: status 130, one short line. */
export function interrupted(what = "interrupted"): LadderError {
  return new LadderError(what, { exitCode: EXIT.interrupted });
}

/** Inquirer's errors, by name (its classes live in a package we do not import directly). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === "ExitPromptError";
}
function isPromptAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortPromptError";
}

/** Which keys leave a question, and how the key help line names them. */
function escapeKeys(mode: EscapeMode): { leaves: (key: Key) => boolean; help: [string, string][] } {
  const esc = (key: Key) => key.name === "escape" || (key.ctrl === true && key.name === "d");
  if (mode === "quit") return { leaves: (k) => esc(k) || (k.name === "q" && !k.ctrl && !k.meta), help: [["q", "quit"]] };
  if (mode === "back") return { leaves: esc, help: [["esc", "back"]] };
  return { leaves: () => false, help: [] };
}

type Paint = (s: string) => string;

function makeTheme(color: boolean) {
  const id: Paint = (s) => s;
  const sgr = (open: number, close: number): Paint => (color ? (s) => `\u001b[${open}m${s}\u001b[${close}m` : id);
  const bold = sgr(1, 22);
  const dim = sgr(2, 22);
  const cyan = sgr(36, 39);
  return {
    prefix: { idle: color ? "\u001b[34m?\u001b[39m" : "?", done: color ? "\u001b[32m✔\u001b[39m" : "✔" },
    style: {
      answer: cyan,
      message: (text: string) => bold(text),
      error: (text: string) => (color ? `\u001b[31m> ${text}\u001b[39m` : `> ${text}`),
      defaultAnswer: (text: string) => dim(`(${text})`),
      help: dim,
      highlight: cyan,
      key: (text: string) => cyan(bold(`<${text}>`)),
      description: cyan,
      searchTerm: cyan,
      disabled: (text: string) => dim(`- ${text}`),
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${bold(key)} ${dim(action)}`).join(dim(" • ")),
    },
  };
}

export interface InquirerOptions {
  io: Io;
  color: boolean;
  input?: NodeJS.ReadStream;
  output?: NodeJS.WriteStream;
  /** The pager command for views (pager.ts viewPager), or undefined to print them. */
  pager?: string;
}

/** Home and clear screen: after a view, the menu comes back at the top of a clean screen. */
const CLEAR_SCREEN = "\u001b[H\u001b[2J";
/** The rows the main menu takes (question, choices, description, key help), kept free under a view printed above it. */
const MENU_ROWS = 13;

export function inquirerPrompter(options: InquirerOptions): Prompter {
  const stdin = options.input ?? process.stdin;
  const stdout = options.output ?? process.stdout;
  const theme = makeTheme(options.color);
  const withKeys = (extra: [string, string][]) => ({
    ...theme,
    style: { ...theme.style, keysHelpTip: (keys: [string, string][]) => theme.style.keysHelpTip([...keys, ...extra]) },
  });
  /** Long lists fill the screen without pushing the question off it. */
  const pageSize = (n: number) => Math.max(5, Math.min(n, (stdout.rows ?? 24) - 8));

  async function ask<V>(mode: EscapeMode, run: (context: { input: NodeJS.ReadStream; output: NodeJS.WriteStream; signal: AbortSignal; clearPromptOnDone: boolean }) => Promise<V>): Promise<V | Back> {
    const { leaves } = escapeKeys(mode);
    const controller = new AbortController();
    let eof = false;
    const onKey = (_text: string | undefined, key: Key | undefined) => {
      if (!key || controller.signal.aborted) return;
      // Ctrl-D on an empty line closes readline; without this a question with nowhere to go back to would wait forever.
      if (key.ctrl && key.name === "d" && mode === "none") {
        eof = true;
        controller.abort();
      } else if (leaves(key)) controller.abort();
    };
    emitKeypressEvents(stdin);
    stdin.on("keypress", onKey);
    try {
      // The finished prompt is cleared: the flows print their own record of each answer.
      return await run({ input: stdin, output: stdout, signal: controller.signal, clearPromptOnDone: true });
    } catch (error) {
      if (isPromptAbort(error) && controller.signal.aborted) {
        if (eof) throw interrupted();
        return BACK;
      }
      if (isPromptExit(error)) throw interrupted();
      throw error;
    } finally {
      stdin.off("keypress", onKey);
    }
  }

  const toInquirer = <T>(choices: readonly Choice<T>[]) => choices.map((c) => ({ name: c.name, value: c.value, ...(c.description ? { description: c.description } : {}) }));

  return {
    select<T>(q: { message: string; choices: Choice<T>[]; default?: T; escape: EscapeMode }) {
      return ask(q.escape, (context) =>
        select<T>(
          {
            message: q.message,
            choices: toInquirer(q.choices),
            ...(q.default !== undefined ? { default: q.default } : {}),
            pageSize: pageSize(q.choices.length),
            loop: false,
            theme: withKeys(escapeKeys(q.escape).help),
          },
          context,
        ),
      );
    },
    search<T>(q: { message: string; choices: Choice<T>[] }) {
      return ask("back", (context) =>
        search<T>(
          {
            message: q.message,
            source: (term) => toInquirer(filterChoices(q.choices, term)),
            pageSize: pageSize(q.choices.length),
            theme: withKeys([["type", "filter"], ...escapeKeys("back").help]),
          },
          context,
        ),
      );
    },
    input(q: { message: string; default?: string; escape: EscapeMode }) {
      return ask(q.escape, (context) => input({ message: q.message, ...(q.default ? { default: q.default } : {}), theme }, context));
    },
    print(text: string) {
      stdout.write(text);
    },
    async view(text: string) {
      const rows = stdout.rows ?? 24;
      const body = text.endsWith("\n") ? text : `${text}\n`;
      // A view that fits above the menu stays on screen with it; a longer one opens in the pager, so none scrolls away.
      if (options.pager === undefined || screenRows(body, stdout.columns ?? 80) + MENU_ROWS <= rows) {
        stdout.write(options.pager === undefined ? `\n${body}\n` : `${CLEAR_SCREEN}${body}\n`);
        return;
      }
      stdout.write(CLEAR_SCREEN);
      // A pager that cannot run leaves the view printed, as without one.
      if (!(await runPager(options.pager, body, options.io.env))) stdout.write(`${body}\n`);
      else stdout.write(CLEAR_SCREEN);
    },
    width() {
      // Prompts drawn on another stream than standard output (assess: standard error) take that terminal's width.
      return options.output ? Math.max(MIN_WIDTH, options.output.columns ?? 80) : terminalWidth(options.io);
    },
  };
}
