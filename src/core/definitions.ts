/**
 * What the core means by a few words it uses in several places, defined once:
 * the keys a ladder file may never hold, the characters ladder text may never
 * hold, how prose splits into paragraphs, and which facts a group of levels
 * states.
 */
import type { Level } from "./types.js";

/** Keys that could reach an object's prototype in JavaScript; never data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** C0 and C1 control characters other than tab and line feed, and DEL: they could drive a terminal. */
const TERMINAL_RANGES = "\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F";
export const TERMINAL_CONTROL = new RegExp(`[${TERMINAL_RANGES}]`);

/** Bidirectional controls: they make text display in another order than it is written (a spoofing tool). */
const BIDI_RANGES = "\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069";
export const BIDI_CONTROL = new RegExp(`[${BIDI_RANGES}]`);

/** Half of a UTF-16 pair, not a character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What ladder text may never hold: terminal controls, bidirectional controls and lone surrogates. */
export const CONTROL_CHARACTER = new RegExp(`${TERMINAL_CONTROL.source}|${BIDI_CONTROL.source}|${LONE_SURROGATE.source}`);

/**
 * The same rule as a pattern a whole text must match, for the JSON Schema
 * (editors check patterns, not code): every character allowed, a surrogate
 * only as half of a pair. `oneLine` also refuses line breaks and tabs.
 */
export function withoutControlPattern(oneLine = false): string {
  return `^(?:[^${TERMINAL_RANGES}${BIDI_RANGES}${oneLine ? "\\t\\n" : ""}\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$`;
}

/** Prose paragraphs, split on blank lines, each exactly as written (the blank lines themselves are not part of any). */
export function paragraphsOf(text: string): string[] {
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter((p) => p.trim() !== "");
  return paragraphs.length > 1 ? paragraphs : [text];
}

/** The fact labels of these levels, each once, in the order they first appear. */
export function factLabels(levels: readonly Pick<Level, "facts">[]): string[] {
  const labels = new Set<string>();
  for (const level of levels) for (const fact of level.facts) labels.add(fact.label);
  return [...labels];
}

/** What a level states for a fact label, if anything. */
export function factValue(level: Pick<Level, "facts">, label: string): string | undefined {
  return level.facts.find((f) => f.label === label)?.value;
}
