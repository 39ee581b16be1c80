/**
 * A scripted Prompter for in-process tests of the interactive flows: each
 * question takes the next reply of the script (a value, or a function of the
 * question), and everything printed is kept. A script that runs out fails the
 * test at once instead of waiting for an answer that never comes.
 */
import type { Back, Choice, InputQuestion, Prompter, SearchQuestion, SelectQuestion } from "../../src/cli/interactive/prompter.js";

export type Call =
  | { kind: "select"; message: string; question: SelectQuestion<unknown> }
  | { kind: "search"; message: string; question: SearchQuestion<unknown> }
  | { kind: "input"; message: string; question: InputQuestion };

export type Reply = unknown | ((call: Call) => unknown);

export class FakePrompter implements Prompter {
  readonly calls: Call[] = [];
  printed = "";

  constructor(
    private readonly script: Reply[],
    private readonly columns = 80,
  ) {}

  /** Replies not used yet (a finished flow should leave none). */
  get left(): number {
    return this.script.length;
  }

  private next(call: Call): never | unknown {
    this.calls.push(call);
    if (this.script.length === 0) throw new Error(`the script ran out at ${call.kind} "${call.message}"`);
    const reply = this.script.shift();
    return typeof reply === "function" ? (reply as (c: Call) => unknown)(call) : reply;
  }

  async select<T>(question: SelectQuestion<T>): Promise<T | Back> {
    return this.next({ kind: "select", message: question.message, question: question as SelectQuestion<unknown> }) as T | Back;
  }

  async search<T>(question: SearchQuestion<T>): Promise<T | Back> {
    return this.next({ kind: "search", message: question.message, question: question as SearchQuestion<unknown> }) as T | Back;
  }

  async input(question: InputQuestion): Promise<string | Back> {
    return this.next({ kind: "input", message: question.message, question }) as string | Back;
  }

  print(text: string): void {
    this.printed += text;
  }

  /** Views are kept in the order shown, and in the transcript too. */
  readonly views: string[] = [];
  async view(text: string): Promise<void> {
    this.views.push(text);
    this.printed += text;
  }

  width(): number {
    return this.columns;
  }
}

function choices(call: Call): Choice<unknown>[] {
  if (call.kind === "input") throw new Error(`expected a list, got input "${call.message}"`);
  return call.question.choices;
}

/** Picks the choice whose name starts with `name`. */
export const choose =
  (name: string) =>
  (call: Call): unknown => {
    const found = choices(call).find((c) => c.name.startsWith(name));
    if (!found) throw new Error(`no choice "${name}" in "${call.message}": ${choices(call).map((c) => c.name).join(", ")}`);
    return found.value;
  };

/** Enter: the default of a select (else its first choice), or of an input (else ""). */
export const enter = (call: Call): unknown => {
  if (call.kind === "input") return call.question.default ?? "";
  if (call.kind === "select" && call.question.default !== undefined) return call.question.default;
  return choices(call)[0]!.value;
};
