/** Building blocks of the markdown format (GitHub-flavoured), shared by every view. */
import type { TransitionView } from "../../core/views.js";
import { paragraphs } from "../parts.js";
import { escapeLine, escapeText } from "./escape.js";

/** A GitHub table; cells must already be escaped (escapeCell). */
export function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

/** Prose as markdown paragraphs, each followed by a blank line. */
export function prose(text: string): string[] {
  return paragraphs(text).flatMap((p) => [escapeText(p), ""]);
}

/** `- **Label:** value`, a fact of a level. */
export function factLine(label: string, value: string): string {
  return `- **${escapeLine(label)}:** ${escapeText(value, "  ")}`;
}

/** The document: one blank line between blocks, one line break at the end. */
export const finish = (lines: string[]) => lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";

/** A transition: its title as a heading, then its text. */
export function transition(t: TransitionView, hashes: string, lead = ""): string[] {
  return [`${hashes} ${lead}${escapeLine(t.title)}`, "", ...prose(t.text)];
}
