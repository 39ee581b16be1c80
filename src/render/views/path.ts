/**
 * `ladder path` as text and markdown: the steps in order, each transition's
 * text verbatim, and what changes on each step between two levels.
 */
import type { LevelChanges, PathStep, PathView } from "../../core/search-views.js";
import { escapeCell, escapeLine } from "../markdown/escape.js";
import { finish, prose, table } from "../markdown/layout.js";
import { proseLines } from "../text/prose.js";
import type { Renderers } from "../present.js";
import { block, factLead, type TextOptions } from "../text/layout.js";

const NONE = "—";

const stepsLine = (view: PathView) => `${view.steps.length} step${view.steps.length === 1 ? "" : "s"}, in order`;

/** The sections whose number of expectations differs between the two levels. */
const countChanges = (changes: LevelChanges) => changes.sections.filter((s) => s.from !== s.to);

export function pathText(view: PathView, o: TextOptions): string {
  const { style } = o;
  const out = [...block(`${view.from.title} → ${view.to.title}`, o.width, "").map(style.title), style.dim(stepsLine(view))];
  view.steps.forEach((step, i) => {
    const number = `${i + 1}. `;
    const pad = " ".repeat(number.length);
    out.push("", ...block(step.title, o.width, "", number).map(style.heading));
    out.push(...proseLines(step.text, o, pad));
    if (step.changes) out.push(...changesText(step, step.changes, o, pad));
    const next = more(step);
    if (next !== "") out.push(...block(next, o.width, pad).map(style.dim));
  });
  return out.join("\n") + "\n";
}

function changesText(step: PathStep, changes: LevelChanges, o: TextOptions, pad: string): string[] {
  const { style } = o;
  const inner = pad + "  ";
  const out = [`${pad}${style.label("What changes")}`];
  for (const fact of changes.facts) {
    out.push(...block(`${fact.from ?? NONE} → ${fact.to ?? NONE}`, o.width, inner, factLead(fact.label)));
  }
  for (const area of changes.growthAreas) {
    out.push(...block(area.title, o.width, inner));
    out.push(...block(area.from ?? NONE, o.width, inner + "  ", "from ").map((l, i) => (i === 0 ? l.replace("from ", style.dim("from ")) : l)));
    out.push(...block(area.to ?? NONE, o.width, inner + "  ", "to   ").map((l, i) => (i === 0 ? l.replace("to   ", style.dim("to   ")) : l)));
  }
  const counts = countChanges(changes);
  if (counts.length > 0) {
    out.push(...block(counts.map((s) => `${s.title} ${s.from} → ${s.to}`).join(" · "), o.width, inner, "Expectations: "));
  }
  if (changes.facts.length === 0 && changes.growthAreas.length === 0 && counts.length === 0) {
    out.push(...block(`The same facts and growth-area entries at ${step.from.title} and ${step.to.title}.`, o.width, inner).map(style.dim));
  }
  return out;
}

/** Where to read on: both levels side by side, or the level a role leads to. */
function more(step: PathStep): string {
  if (step.from.kind === "level" && step.to.kind === "level") return `side by side: ladder diff ${step.from.id} ${step.to.id}`;
  const level = step.to.kind === "level" ? step.to : step.from.kind === "level" ? step.from : null;
  return level ? `the level in full: ladder show ${level.id}` : "";
}

export function pathMarkdown(view: PathView): string {
  const out = [`# ${escapeLine(view.from.title)} → ${escapeLine(view.to.title)}`, "", `*${stepsLine(view)}.*`, ""];
  view.steps.forEach((step, i) => {
    out.push(`## ${i + 1}. ${escapeLine(step.title)}`, "");
    out.push(...prose(step.text));
    if (step.changes) out.push(...changesMarkdown(step, step.changes));
  });
  return finish(out);
}

function changesMarkdown(step: PathStep, changes: LevelChanges): string[] {
  const rows: string[][] = [];
  const value = (v: string | null) => (v === null ? NONE : escapeCell(v));
  for (const fact of changes.facts) rows.push([escapeCell(fact.label), value(fact.from), value(fact.to)]);
  for (const area of changes.growthAreas) rows.push([`${escapeCell(area.title)} *(growth area)*`, value(area.from), value(area.to)]);
  for (const s of countChanges(changes)) rows.push([`${escapeCell(s.title)}: number of expectations`, String(s.from), String(s.to)]);
  if (rows.length === 0) return [`*The same facts and growth-area entries at ${escapeLine(step.from.title)} and ${escapeLine(step.to.title)}.*`, ""];
  const head = ["What changes", escapeCell(step.from.title), escapeCell(step.to.title)];
  return [...table(head, rows), ""];
}

export const pathRenderers: Renderers<PathView> = { text: pathText, markdown: pathMarkdown };
