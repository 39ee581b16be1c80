/**
 * The few colours of the text format. Colour is decided by the shell (cli.md
 * rules) and passed in; with it off every style is the identity, so plain
 * output carries no escape codes at all.
 */
import { Chalk } from "chalk";

export interface Style {
  title: (s: string) => string;
  heading: (s: string) => string;
  label: (s: string) => string;
  dim: (s: string) => string;
  accent: (s: string) => string;
  match: (s: string) => string;
  emphasis: (s: string) => string;
}

const plain = (s: string) => s;

export function makeStyle(color: boolean): Style {
  if (!color) return { title: plain, heading: plain, label: plain, dim: plain, accent: plain, match: plain, emphasis: plain };
  // Basic 16 colours: readable on every terminal theme that shows colour at all.
  const chalk = new Chalk({ level: 1 });
  return {
    title: (s) => chalk.bold(s),
    heading: (s) => chalk.bold.cyan(s),
    label: (s) => chalk.bold(s),
    dim: (s) => chalk.dim(s),
    accent: (s) => chalk.green(s),
    match: (s) => chalk.bold.yellow(s),
    emphasis: (s) => chalk.italic(s),
  };
}
