/** `ladder area`: one growth area or section across all levels, or the list of them. */
import { appendLines } from "../parts.js";
import { expectationViews, type AreaListView, type GrowthAreaView, type SectionView } from "../../core/views.js";
import { escapeLine, escapeText } from "../markdown/escape.js";
import { expectationItem, finish, groupedTitle as groupedTitleMarkdown, prose } from "../markdown/layout.js";
import type { Renderers } from "../present.js";
import { block, widest, expectationLines, groupedTitle, type TextOptions } from "../text/layout.js";
import { proseLines } from "../text/prose.js";
import { sharedWithText } from "./show.js";
import { displayWidth, padEnd, stripControl } from "../width.js";

export function areaText(view: GrowthAreaView | SectionView, o: TextOptions): string {
  const { style } = o;
  const out: string[] = [];
  if (view.kind === "growth-area") {
    appendLines(out, block(view.area.title, o.width, "").map(style.title), block("growth area, across levels", o.width, "").map(style.dim));
    for (const entry of view.levels) {
      appendLines(out, "", block(entry.level.title, o.width, "").map(style.heading));
      if (entry.text === null) appendLines(out, block("(no entry at this level)", o.width, "  ").map(style.dim));
      else appendLines(out, block(entry.text, o.width, "  "));
      if (entry.sharedWith.length > 0) appendLines(out, block(sharedWithText(entry.sharedWith), o.width, "  ").map(style.dim));
    }
  } else {
    appendLines(out, block(groupedTitle(view.section), o.width, "").map(style.title), block("section, across levels", o.width, "").map(style.dim));
    if (view.section.description) appendLines(out, proseLines(view.section.description, o));
    for (const entry of view.levels) {
      appendLines(out, "", block(entry.level.title, o.width, "").map(style.heading));
      if (entry.expectations.length === 0) appendLines(out, block("(no expectations at this level)", o.width, "  ").map(style.dim));
      for (const e of expectationViews(entry)) appendLines(out, expectationLines(e, o, "  "));
    }
  }
  return out.join("\n") + "\n";
}

export function areaListText(view: AreaListView, o: TextOptions): string {
  const { style } = o;
  const out: string[] = [];
  const list = (heading: string, items: { id: string; title: string }[]) => {
    out.push(style.heading(heading));
    if (items.length === 0) out.push(style.dim("  (none)"));
    const idWidth = widest(items.map((i) => stripControl(i.id)));
    for (const item of items) appendLines(out, block(item.title, o.width, "  ", padEnd(stripControl(item.id), idWidth + 2)).map((l, i) => (i === 0 ? `  ${style.accent(padEnd(stripControl(item.id), idWidth))}${l.slice(2 + idWidth)}` : l)));
  };
  list("Growth areas", view.growthAreas);
  out.push("");
  list("Sections", view.sections);
  appendLines(out, "", block("Show one across all levels: ladder area <name>", o.width, "").map(style.dim));
  return out.join("\n") + "\n";
}

export function areaMarkdown(view: GrowthAreaView | SectionView): string {
  const out: string[] = [];
  if (view.kind === "growth-area") {
    out.push(`# ${escapeLine(view.area.title)}`, "", "*Growth area, across levels.*", "");
    for (const entry of view.levels) {
      out.push(`## ${escapeLine(entry.level.title)}`, "");
      out.push(entry.text === null ? "*No entry at this level.*" : escapeText(entry.text));
      if (entry.sharedWith.length > 0) out.push("", `*${escapeLine(sharedWithText(entry.sharedWith))}*`);
      out.push("");
    }
  } else {
    out.push(`# ${groupedTitleMarkdown(view.section)}`, "", "*Section, across levels.*", "");
    if (view.section.description) out.push(...prose(view.section.description));
    for (const entry of view.levels) {
      out.push(`## ${escapeLine(entry.level.title)}`, "");
      if (entry.expectations.length === 0) out.push("*No expectations at this level.*");
      for (const e of expectationViews(entry)) out.push(...expectationItem(e));
      out.push("");
    }
  }
  return finish(out);
}

export function areaListMarkdown(view: AreaListView): string {
  const out = ["## Growth areas", ""];
  for (const a of view.growthAreas) out.push(`- \`${a.id}\`: ${escapeLine(a.title)}`);
  if (view.growthAreas.length === 0) out.push("*None.*");
  out.push("", "## Sections", "");
  for (const s of view.sections) out.push(`- \`${s.id}\`: ${escapeLine(s.title)}`);
  return finish(out);
}

export const areaRenderers: Renderers<GrowthAreaView | SectionView> = { text: areaText, markdown: areaMarkdown };
export const areaListRenderers: Renderers<AreaListView> = { text: areaListText, markdown: areaListMarkdown };
