/**
 * `ladder path` as text and markdown: the steps in order, each transition's
 * text verbatim, and what changes on each step between two levels, in the
 * same change view as `ladder diff`.
 */
import type { PathStep, PathView } from "../../core/search-views.js";
import { escapeLine } from "../markdown/escape.js";
import { finish, prose } from "../markdown/layout.js";
import { proseLines } from "../text/prose.js";
import { appendLines } from "../parts.js";
import type { Renderers } from "../present.js";
import { block, type TextOptions } from "../text/layout.js";
import { comparisonMarkdown, comparisonText } from "./comparison.js";

const stepsLine = (view: PathView) => `${view.steps.length} step${view.steps.length === 1 ? "" : "s"}, in order`;

/** Said once when no step has transition text (most ladders have none), else at each step that lacks it. */
const NO_TEXT = "This ladder has no transition text: each step is the next level of the track.";
const noText = (view: PathView) => view.steps.every((s) => s.text === null);

export function pathText(view: PathView, o: TextOptions): string {
  const { style } = o;
  const out = [...block(`${view.from.title} → ${view.to.title}`, o.width, "").map(style.title), style.dim(stepsLine(view))];
  if (noText(view)) appendLines(out, block(NO_TEXT, o.width, "").map(style.dim));
  view.steps.forEach((step, i) => {
    const number = `${i + 1}. `;
    const pad = " ".repeat(number.length);
    appendLines(out, "", block(step.title, o.width, "", number).map(style.heading));
    if (step.text !== null) {
      appendLines(out, proseLines(step.text, o, pad));
    } else if (!noText(view)) appendLines(out, block("No transition text for this step.", o.width, pad).map(style.dim));
    if (step.comparison) appendLines(out, "", comparisonText(step.comparison, step.from, step.to, o, { unchanged: "count" }, pad));
    const next = more(step);
    if (next !== "") appendLines(out, "", block(next, o.width, pad).map(style.dim));
  });
  return out.join("\n") + "\n";
}

/** Where to read on: both levels in two columns, or the level a role leads to. */
function more(step: PathStep): string {
  if (step.from.kind === "level" && step.to.kind === "level") return `side by side: ladder diff ${step.from.id} ${step.to.id} --side-by-side`;
  const level = step.to.kind === "level" ? step.to : step.from.kind === "level" ? step.from : null;
  return level ? `the level in full: ladder show ${level.id}` : "";
}

export function pathMarkdown(view: PathView): string {
  const out = [`# ${escapeLine(view.from.title)} → ${escapeLine(view.to.title)}`, "", `*${stepsLine(view)}.*`, ""];
  if (noText(view)) out.push(`*${escapeLine(NO_TEXT)}*`, "");
  view.steps.forEach((step, i) => {
    out.push(`## ${i + 1}. ${escapeLine(step.title)}`, "");
    if (step.text !== null) appendLines(out, prose(step.text));
    else if (!noText(view)) out.push("*No transition text for this step.*", "");
    if (step.comparison) appendLines(out, comparisonMarkdown(step.comparison, step.from, step.to, { unchanged: "count" }, "###"));
  });
  return finish(out);
}

export const pathRenderers: Renderers<PathView> = { text: pathText, markdown: pathMarkdown };
