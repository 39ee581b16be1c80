/** `ladder diff`: two levels side by side, section by section, and the transitions between them. */
import type { DiffView } from "../../core/views.js";
import { escapeCell, escapeLine } from "../markdown/escape.js";
import { finish, table as markdownTable, transition } from "../markdown/layout.js";
import type { Renderers } from "../present.js";
import { BULLET, block, factLead, transitionLines, type TextOptions } from "../text/layout.js";
import { cell, MIN_COLUMN, table } from "../text/table.js";
import { displayWidth } from "../width.js";

const WIDE_TABLE = 160;

export function diffText(view: DiffView, o: TextOptions): string {
  const { style } = o;
  // 3 border columns; the rest split between the two levels.
  // A very wide terminal gets a table as wide as its longest cell needs, not an ocean of padding.
  // (Up to WIDE_TABLE columns the table simply fills the line, and nothing needs measuring.)
  const longest = o.width <= WIDE_TABLE ? o.width : Math.max(
    displayWidth(view.from.title),
    displayWidth(view.to.title),
    ...view.facts.flatMap((f) => [f.from, f.to].map((v) => (v === null ? 0 : displayWidth(`${f.label}: ${v}`)))),
    ...view.sections.flatMap((s) => [...s.from, ...s.to].map((e) => displayWidth(e) + 2)),
    ...view.growthAreas.flatMap((a) => [a.from, a.to].map((v) => (v === null ? 0 : displayWidth(v)))),
  );
  const usable = Math.min(o.width, 2 * (longest + 2) + 3);
  const column = Math.max(MIN_COLUMN, Math.floor((usable - 3) / 2));
  const widths = [column, usable - 3 - column >= MIN_COLUMN ? usable - 3 - column : column];
  const out: string[] = [];
  out.push(...block(`${view.from.title} → ${view.to.title}`, o.width, "").map(style.title));
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
          if (text !== undefined) return cell(text, widths[side]!, BULLET);
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
    view.transitions.forEach((tr, i) => out.push(...transitionLines(tr, o, view.transitions.length > 1 ? `${i + 1}. ` : "")));
  } else {
    out.push("", ...block("No transition in this ladder leads from one of these levels to the other.", o.width, "").map(style.dim));
  }
  return out.join("\n") + "\n";
}

export function diffMarkdown(view: DiffView): string {
  const from = escapeCell(view.from.title);
  const to = escapeCell(view.to.title);
  const out = [`# ${escapeLine(view.from.title)} → ${escapeLine(view.to.title)}`, ""];
  if (view.facts.length > 0) {
    out.push("## Facts", "", ...markdownTable(["", from, to], view.facts.map((f) => [escapeCell(f.label), f.from === null ? "—" : escapeCell(f.from), f.to === null ? "—" : escapeCell(f.to)])), "");
  }
  for (const section of view.sections) {
    const rows: string[][] = [];
    const n = Math.max(section.from.length, section.to.length, 1);
    for (let i = 0; i < n; i++) {
      rows.push([section.from, section.to].map((list) => (list[i] !== undefined ? escapeCell(list[i]!) : i === 0 ? "*no expectations*" : "")));
    }
    out.push(`## ${escapeLine(section.title)}`, "", ...markdownTable([from, to], rows), "");
  }
  if (view.growthAreas.length > 0) {
    out.push(
      "## Growth areas",
      "",
      ...markdownTable(["Area", from, to], view.growthAreas.map((a) => [escapeCell(a.title), a.from === null ? "—" : escapeCell(a.from), a.to === null ? "—" : escapeCell(a.to)])),
      "",
    );
  }
  if (view.transitions.length > 0) {
    out.push(view.transitions.length === 1 ? "## Transition" : "## Transitions on the way", "");
    for (const t of view.transitions) out.push(...transition(t, "###"));
  } else {
    out.push("*No transition in this ladder leads from one of these levels to the other.*");
  }
  return finish(out);
}

export const diffRenderers: Renderers<DiffView> = { text: diffText, markdown: diffMarkdown };
