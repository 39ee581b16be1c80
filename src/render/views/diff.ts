/**
 * `ladder diff`: what changes from one level to the other (a summary, then
 * each section's changes), and the way between them; or, with
 * --side-by-side, the two levels in two columns.
 */
import type { DiffStep, DiffView } from "../../core/views.js";
import { escapeCell, escapeLine } from "../markdown/escape.js";
import { finish, prose, table as markdownTable, transition } from "../markdown/layout.js";
import { appendLines, paragraphs } from "../parts.js";
import type { Renderers } from "../present.js";
import { BULLET, block, factLead, widest, type TextOptions } from "../text/layout.js";
import { transitionLines } from "../text/prose.js";
import { cell, MIN_COLUMN, table } from "../text/table.js";
import { displayWidth } from "../width.js";
import { MARKS } from "./changes-list.js";
import { comparisonMarkdown, comparisonText, type ComparisonOptions } from "./comparison.js";

export interface DiffRenderOptions {
  /** Every unchanged item in full, not counted (`--all`). */
  all?: boolean;
  /** Today's two-column table (`--side-by-side`). */
  sideBySide?: boolean;
}

export function diffRenderers(options: DiffRenderOptions = {}): Renderers<DiffView> {
  if (options.sideBySide) return { text: sideBySideText, markdown: sideBySideMarkdown };
  const unchanged = options.all ? "all" : "count";
  return { text: (view, o) => diffText(view, o, unchanged), markdown: (view) => diffMarkdown(view, unchanged) };
}

const comparisonOptions = (view: DiffView, unchanged: "all" | "count"): ComparisonOptions => ({ unchanged, direction: view.direction });
const arrow = (route: DiffView["route"]) => route.map((p) => p.title).join(" → ");

/** What the text marks mean, once at the top (in colour: painted as they will be, on one line if it fits). */
function legend(o: TextOptions): string[] {
  const { style } = o;
  const marks = (words: string) => `${MARKS.added} added, ${MARKS.removed} removed, ${MARKS.changed} changed${words}, ${MARKS.same} same`;
  if (!style.color) return block(marks(": [-went-]{+came+}"), o.width, "");
  const painted = `${style.added(`${MARKS.added} added`)}, ${style.removed(`${MARKS.removed} removed`)}, ${MARKS.changed} changed: ${style.removedWords("went")} ${style.added("came")}, ${MARKS.same} same`;
  return displayWidth(painted) <= o.width ? [painted] : block(marks(""), o.width, "").map(style.dim);
}

/** The lines that say which way the comparison reads, and how far apart the levels are. */
function wayLines(view: DiffView): string[] {
  const out: string[] = [];
  if (view.direction === "down") out.push(`Reads downward: what changes from ${view.from.title} down to ${view.to.title}.`);
  if (view.route.length > 2) out.push(`${view.route.length - 1} steps apart: ${arrow(view.route)}`);
  return out;
}

/** The one line for a way with no transition text, or no way at all; null when every step has its text. */
function missingTransitions(view: DiffView): string | null {
  if (view.direction === null) return "No transition in this ladder leads from one of these levels to the other.";
  const steps = view.route.length - 1;
  if (view.transitions.length === 0) return steps === 1 ? "This ladder has no transition text for this step." : "This ladder has no transition text for these steps.";
  if (view.transitions.length < steps) return `This ladder has transition text for ${view.transitions.length} of the ${steps} steps.`;
  return null;
}

export function diffText(view: DiffView, o: TextOptions, unchanged: "all" | "count" = "count"): string {
  const { style } = o;
  const out: string[] = [...block(`${view.from.title} → ${view.to.title}`, o.width, "").map(style.title)];
  for (const line of wayLines(view)) appendLines(out, block(line, o.width, "").map(style.dim));
  appendLines(out, legend(o), "");
  appendLines(out, comparisonText(view, view.from, view.to, o, comparisonOptions(view, unchanged)));
  if (view.steps) {
    view.steps.forEach((step, i) => appendLines(out, "", stepText(step, i, view.steps!.length, o, comparisonOptions(view, unchanged))));
  } else if (view.transitions.length > 0) {
    out.push("", style.heading(view.transitions.length === 1 ? "Transition" : "Transitions on the way"));
    view.transitions.forEach((tr, i) => appendLines(out, transitionLines(tr, o, view.transitions.length > 1 ? `${i + 1}. ` : "")));
  }
  const missing = missingTransitions(view);
  if (missing) appendLines(out, "", block(missing, o.width, "").map(style.dim));
  return out.join("\n") + "\n";
}

/** One step of --steps: its two levels, the transition text, and what changes. */
function stepText(step: DiffStep, index: number, count: number, o: TextOptions, options: ComparisonOptions): string[] {
  const { style } = o;
  const number = `${index + 1}. `;
  const pad = " ".repeat(number.length);
  const out = [...block(`Step ${index + 1} of ${count}: ${step.from.title} → ${step.to.title}`, o.width, "").map(style.title)];
  if (step.transition) {
    appendLines(out, block(step.transition.title, o.width, pad).map(style.label));
    for (const [k, paragraph] of paragraphs(step.transition.text).entries()) appendLines(out, (k > 0 ? [""] : []), block(paragraph, o.width, pad));
  } else appendLines(out, block("No transition text for this step.", o.width, pad).map(style.dim));
  if (step.comparison) appendLines(out, "", comparisonText(step.comparison, step.from, step.to, o, options, pad));
  return out;
}

export function diffMarkdown(view: DiffView, unchanged: "all" | "count" = "count"): string {
  const out = [`# ${escapeLine(view.from.title)} → ${escapeLine(view.to.title)}`, ""];
  for (const line of wayLines(view)) out.push(`*${escapeLine(line)}*`, "");
  appendLines(out, comparisonMarkdown(view, view.from, view.to, comparisonOptions(view, unchanged)));
  if (view.steps) {
    view.steps.forEach((step, i) => {
      out.push(`## Step ${i + 1} of ${view.steps!.length}: ${escapeLine(step.from.title)} → ${escapeLine(step.to.title)}`, "");
      if (step.transition) appendLines(out, `**${escapeLine(step.transition.title)}**`, "", prose(step.transition.text));
      else out.push("*No transition text for this step.*", "");
      if (step.comparison) appendLines(out, comparisonMarkdown(step.comparison, step.from, step.to, comparisonOptions(view, unchanged), "###"));
    });
  } else if (view.transitions.length > 0) {
    out.push(view.transitions.length === 1 ? "## Transition" : "## Transitions on the way", "");
    for (const t of view.transitions) appendLines(out, transition(t, "###"));
  }
  const missing = missingTransitions(view);
  if (missing) out.push(`*${escapeLine(missing)}*`);
  return finish(out);
}

// ---- --side-by-side -----------------------------------------------------------

const WIDE_TABLE = 160;

export function sideBySideText(view: DiffView, o: TextOptions): string {
  const { style } = o;
  // 3 border columns; the rest split between the two levels.
  // A very wide terminal gets a table as wide as its longest cell needs, not an ocean of padding.
  // (Up to WIDE_TABLE columns the table simply fills the line, and nothing needs measuring.)
  const longest = o.width <= WIDE_TABLE ? o.width : Math.max(
    widest([view.from.title, view.to.title]),
    widest(view.facts.flatMap((f) => [f.from, f.to].map((v) => (v === null ? "" : `${f.label}: ${v}`)))),
    widest(view.sections.flatMap((s) => [...s.from, ...s.to]), (e) => displayWidth(e) + 2 + longestRating(view)),
    widest(view.growthAreas.flatMap((a) => [a.from ?? "", a.to ?? ""])),
  );
  const usable = Math.min(o.width, 2 * (longest + 2) + 3);
  const column = Math.max(MIN_COLUMN, Math.floor((usable - 3) / 2));
  const widths = [column, usable - 3 - column >= MIN_COLUMN ? usable - 3 - column : column];
  const out: string[] = [];
  appendLines(out, block(`${view.from.title} → ${view.to.title}`, o.width, "").map(style.title));
  const t = table([cell(view.from.title, widths[0]!), cell(view.to.title, widths[1]!)].map(style.label), widths);
  const span = (text: string) => ({ colSpan: 2, content: style.heading(cell(text, widths[0]! + widths[1]! + 1)) });
  if (view.facts.length > 0) {
    t.push([span("Facts")]);
    for (const fact of view.facts) {
      t.push([fact.from, fact.to].map((v, i) => (v === null ? style.dim(cell("—", widths[i]!)) : cell(v, widths[i]!, factLead(fact.label)))));
    }
  }
  for (const section of view.sections) {
    t.push([span(section.title)]);
    const rows = Math.max(section.from.length, section.to.length, 1);
    for (let i = 0; i < rows; i++) {
      t.push(
        [section.from, section.to].map((list, side) => {
          const text = list[i];
          const rating = section.ratings?.[side === 0 ? "from" : "to"][i];
          // The rating as `show` writes it, so that side by side a rating that rose is seen.
          if (text !== undefined) return cell(rating ? `${text} [${rating.title}]` : text, widths[side]!, BULLET);
          return i === 0 ? style.dim(cell("(no expectations)", widths[side]!)) : "";
        }),
      );
    }
  }
  if (view.growthAreas.length > 0) {
    for (const area of view.growthAreas) {
      t.push([span(`Growth area: ${area.title}`)]);
      t.push([area.from, area.to].map((text, side) => (text === null ? style.dim(cell("(no entry)", widths[side]!)) : cell(text, widths[side]!))));
    }
  }
  out.push(t.toString());
  if (view.transitions.length > 0) {
    out.push("", style.heading(view.transitions.length === 1 ? "Transition" : "Transitions on the way"));
    view.transitions.forEach((tr, i) => appendLines(out, transitionLines(tr, o, view.transitions.length > 1 ? `${i + 1}. ` : "")));
  }
  const missing = missingTransitions(view);
  if (missing) appendLines(out, "", block(missing, o.width, "").map(style.dim));
  return out.join("\n") + "\n";
}

/** Room for the longest rating a cell may end with (" [Proficient]"). */
const longestRating = (view: DiffView) =>
  view.sections.reduce((most, s) => [...(s.ratings?.from ?? []), ...(s.ratings?.to ?? [])].reduce((m, r) => Math.max(m, r ? displayWidth(r.title) + 3 : 0), most), 0);

export function sideBySideMarkdown(view: DiffView): string {
  const from = escapeCell(view.from.title);
  const to = escapeCell(view.to.title);
  const out = [`# ${escapeLine(view.from.title)} → ${escapeLine(view.to.title)}`, ""];
  if (view.facts.length > 0) {
    appendLines(out, "## Facts", "", markdownTable(["", from, to], view.facts.map((f) => [escapeCell(f.label), f.from === null ? "—" : escapeCell(f.from), f.to === null ? "—" : escapeCell(f.to)])), "");
  }
  for (const section of view.sections) {
    const rows: string[][] = [];
    const n = Math.max(section.from.length, section.to.length, 1);
    for (let i = 0; i < n; i++) {
      rows.push(
        [section.from, section.to].map((list, side) => {
          const rating = section.ratings?.[side === 0 ? "from" : "to"][i];
          if (list[i] === undefined) return i === 0 ? "*no expectations*" : "";
          return escapeCell(list[i]!) + (rating ? ` *(${escapeCell(rating.title)})*` : "");
        }),
      );
    }
    appendLines(out, `## ${escapeLine(section.title)}`, "", markdownTable([from, to], rows), "");
  }
  if (view.growthAreas.length > 0) {
    appendLines(out, "## Growth areas", "", markdownTable(["Area", from, to], view.growthAreas.map((a) => [escapeCell(a.title), a.from === null ? "—" : escapeCell(a.from), a.to === null ? "—" : escapeCell(a.to)])), "");
  }
  if (view.transitions.length > 0) {
    out.push(view.transitions.length === 1 ? "## Transition" : "## Transitions on the way", "");
    for (const t of view.transitions) appendLines(out, transition(t, "###"));
  }
  const missing = missingTransitions(view);
  if (missing) out.push(`*${escapeLine(missing)}*`);
  return finish(out);
}
