/**
 * The prompt layer, as the interactive flows see it: ask a question, get an
 * answer (or BACK when the person pressed Esc), print a view. The real
 * implementation (inquirer.ts) draws on the terminal; tests give the flows a
 * scripted one, so every path of a flow runs in-process.
 */
import { normalizeName } from "../../core/names.js";

/** The answer when the person leaves a question: Esc (and q in a menu). */
export const BACK: unique symbol = Symbol("back");
export type Back = typeof BACK;

export interface Choice<T> {
  name: string;
  value: T;
  /** Shown under the list while the choice is highlighted. */
  description?: string;
  /** More words that find the choice when typing to filter (ids, aliases). */
  keywords?: string[];
}

/**
 * What Esc does in a question, for the key help and the real prompter:
 * "quit" (a top menu: q and Esc leave), "back" (Esc goes back a step), or
 * "none" (nothing to go back to).
 */
export type EscapeMode = "quit" | "back" | "none";

export interface SelectQuestion<T> {
  message: string;
  choices: Choice<T>[];
  /** The choice highlighted at first, so Enter accepts it. */
  default?: T;
  escape: EscapeMode;
}

export interface SearchQuestion<T> {
  message: string;
  choices: Choice<T>[];
}

export interface InputQuestion {
  message: string;
  /** Enter on an empty line accepts this. */
  default?: string;
  escape: EscapeMode;
}

export interface Prompter {
  /** A short list: arrow keys and Enter. */
  select<T>(question: SelectQuestion<T>): Promise<T | Back>;
  /** A list narrowed as the person types (filterChoices); Esc goes back. */
  search<T>(question: SearchQuestion<T>): Promise<T | Back>;
  /** One line of text; Enter on an empty line gives the default, else "". */
  input(question: InputQuestion): Promise<string | Back>;
  /** Writes text (a line of the transcript) to the terminal. */
  print(text: string): void;
  /** Shows a view to read (in a pager when it does not fit above the menu); resolves when the person is back. */
  view(text: string): Promise<void>;
  /** The width to lay text out for, now (the terminal may have been resized). */
  width(): number;
}

/**
 * The choices that match what the person typed: every word of it must start a
 * word of the choice's name or keywords ("eng man" finds Engineering Manager,
 * "cto" does not find Director), ignoring case, and treating spaces, hyphens
 * and underscores alike as names on the command line do. Order is kept.
 */
export function filterChoices<T>(choices: readonly Choice<T>[], typed: string | undefined): Choice<T>[] {
  const words = (typed ?? "").split(/\s+/).map(normalizeName).filter((w) => w !== "");
  if (words.length === 0) return [...choices];
  return choices.filter((choice) => {
    const keys = [choice.name, ...(choice.keywords ?? [])].map(normalizeName);
    const tokens = [...keys, ...keys.flatMap((k) => k.split(/[^\p{L}\p{N}]+/u))].filter((t) => t !== "");
    return words.every((w) => tokens.some((t) => t.startsWith(w)));
  });
}
