/**
 * The few colours of the text format. Whether there is colour is decided by
 * the command line (cli/io.ts; docs/commands.md, "Output, colour and width")
 * and passed in; with it off every style is the identity, so plain output
 * carries no escape codes at all.
 */
import { Chalk } from "chalk";

export interface Style {
  /** Whether these styles colour at all: without colour some views mark text with visible signs instead. */
  color: boolean;
  title: (s: string) => string;
  heading: (s: string) => string;
  label: (s: string) => string;
  dim: (s: string) => string;
  accent: (s: string) => string;
  match: (s: string) => string;
  /** Items and words that a comparison's second side adds, and items it drops. */
  added: (s: string) => string;
  removed: (s: string) => string;
  /** Words a changed item drops. */
  removedWords: (s: string) => string;
  emphasis: (s: string) => string;
}

const plain = (s: string) => s;

export function makeStyle(color: boolean): Style {
  if (!color) return { color: false, title: plain, heading: plain, label: plain, dim: plain, accent: plain, match: plain, added: plain, removed: plain, removedWords: plain, emphasis: plain };
  // Basic 16 colours: readable on every terminal theme that shows colour at all.
  const chalk = new Chalk({ level: 1 });
  return {
    color: true,
    title: (s) => chalk.bold(s),
    heading: (s) => chalk.bold.cyan(s),
    label: (s) => chalk.bold(s),
    dim: (s) => chalk.dim(s),
    accent: (s) => chalk.green(s),
    match: (s) => chalk.bold.yellow(s),
    added: (s) => chalk.green(s),
    removed: (s) => chalk.red(s),
    // Struck through as well as red: the mark survives a colour-blind eye and a monochrome theme.
    removedWords: (s) => chalk.red.strikethrough(s),
    emphasis: (s) => chalk.italic(s),
  };
}
