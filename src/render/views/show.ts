/** `ladder show`: everything expected at one level, as text, markdown or a markdown checklist. */
import { appendLines } from "../parts.js";
import { expectationViews, type LevelSummary, type LevelView } from "../../core/views.js";
import { titleList } from "../../core/names.js";
import { escapeLine, escapeText } from "../markdown/escape.js";
import { describedHeading as describedHeadingMarkdown, expectationItem, factLine, finish, prose, transition } from "../markdown/layout.js";
import type { Renderers } from "../present.js";
import { block, expectationLines, factLead, styleLabel, type TextOptions } from "../text/layout.js";
import { describedHeading, proseLines, transitionLines } from "../text/prose.js";
import { stripControl } from "../width.js";

/** A level's title, summary, names and facts. */
function levelHeader(level: LevelSummary, o: TextOptions): string[] {
  const { style } = o;
  const out = block(level.title, o.width, "").map(style.title);
  if (level.summary) appendLines(out, proseLines(level.summary, o).map(style.dim));
  const names = [level.id, ...level.aliases].map(stripControl).join(", ");
  const track = level.tracks.length > 0 ? ` · track${level.tracks.length > 1 ? "s" : ""}: ${level.tracks.map((t) => stripControl(t.title)).join("; ")}` : "";
  const rank = level.rank !== null ? ` · rank ${level.rank}` : "";
  appendLines(out, block(`names: ${names}${track}${rank}`, o.width, "").map(style.dim));
  for (const fact of level.facts) appendLines(out, block(fact.value, o.width, "", factLead(fact.label)).map((l, i) => (i === 0 ? styleLabel(l, fact.label, style) : l)));
  return out;
}

/** "(shared with A; B)": a list of titles that stays readable when a title holds a comma. */
export function sharedWithText(levels: readonly { title: string }[]): string {
  return `(shared with ${titleList(levels.map((l) => l.title))})`;
}

export function showText(view: LevelView, o: TextOptions): string {
  const { style } = o;
  const out = levelHeader(view.level, o);
  for (const section of view.sections) {
    appendLines(out, "", describedHeading(section, o));
    if (section.expectations.length === 0) appendLines(out, block("(no expectations at this level)", o.width, "  ").map(style.dim));
    for (const e of expectationViews(section)) appendLines(out, expectationLines(e, o, "  "));
  }
  if (view.growthAreas.length > 0) {
    out.push("", style.heading("Growth areas"));
    for (const area of view.growthAreas) {
      appendLines(out, block(area.title, o.width, "  ").map(style.label));
      if (area.text === null) appendLines(out, block("(no entry at this level)", o.width, "    ").map(style.dim));
      else appendLines(out, block(area.text, o.width, "    "));
      if (area.sharedWith.length > 0) appendLines(out, block(sharedWithText(area.sharedWith), o.width, "    ").map(style.dim));
    }
  }
  const { into, outOf } = view.transitions;
  if (into.length + outOf.length > 0) {
    out.push("", style.heading("Transitions"));
    for (const t of into) appendLines(out, transitionLines(t, o, "Into this level: "));
    for (const t of outOf) appendLines(out, transitionLines(t, o, "Out of this level: "));
  }
  return out.join("\n") + "\n";
}

function levelHeading(level: LevelSummary, hashes = "#"): string[] {
  const out = [`${hashes} ${escapeLine(level.title)}`, ""];
  if (level.summary) out.push(...prose(level.summary));
  const facts = level.facts.map((f) => factLine(f.label, f.value));
  if (level.rank !== null) facts.unshift(`- **Rank:** ${level.rank}`);
  if (level.tracks.length > 0) facts.unshift(`- **Track${level.tracks.length > 1 ? "s" : ""}:** ${level.tracks.map((t) => escapeLine(t.title)).join("; ")}`);
  if (facts.length > 0) appendLines(out, facts, "");
  return out;
}

export function showMarkdown(view: LevelView): string {
  const out = levelHeading(view.level);
  for (const section of view.sections) {
    out.push(...describedHeadingMarkdown(section, "##"));
    if (section.expectations.length === 0) out.push("*No expectations at this level.*");
    for (const e of expectationViews(section)) out.push(...expectationItem(e));
    out.push("");
  }
  if (view.growthAreas.length > 0) {
    out.push("## Growth areas", "");
    for (const area of view.growthAreas) {
      const shared = area.sharedWith.length > 0 ? ` *(${escapeLine(sharedWithText(area.sharedWith).slice(1, -1))})*` : "";
      out.push(`- **${escapeLine(area.title)}:** ${area.text === null ? "*no entry at this level*" : escapeText(area.text, "  ")}${shared}`);
    }
    out.push("");
  }
  const { into, outOf } = view.transitions;
  if (into.length + outOf.length > 0) {
    out.push("## Transitions", "");
    for (const t of into) appendLines(out, transition(t, "###", "Into this level: "));
    for (const t of outOf) appendLines(out, transition(t, "###", "Out of this level: "));
  }
  return finish(out);
}

/** `--checklist`: the expectations as tasks, for 1:1 and promotion notes. */
export function checklistMarkdown(view: LevelView): string {
  const out = [`# ${escapeLine(view.level.title)}: expectations checklist`, ""];
  for (const section of view.sections) {
    out.push(`## ${escapeLine(section.title)}`, "");
    if (section.expectations.length === 0) out.push("*No expectations at this level.*");
    for (const e of expectationViews(section)) out.push(...expectationItem(e, "- [ ] "));
    out.push("");
  }
  const areas = view.growthAreas.filter((a) => a.text !== null);
  if (areas.length > 0) {
    out.push("## Growth areas", "");
    for (const area of areas) out.push(`- [ ] **${escapeLine(area.title)}:** ${escapeText(area.text!, "  ")}`);
    out.push("");
  }
  return finish(out);
}

export const showRenderers: Renderers<LevelView> = { text: showText, markdown: showMarkdown };
/** The checklist is markdown whatever the format, except JSON, which is the view. */
export const checklistRenderers: Renderers<LevelView> = { text: checklistMarkdown, markdown: checklistMarkdown };
