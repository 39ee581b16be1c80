/** `ladder about`: the ladder's introduction, shared responsibilities, transitions and closing notes. */
import type { AboutView } from "../../core/views.js";
import { escapeLine, escapeText } from "../markdown/escape.js";
import { appendLines, paragraphs } from "../parts.js";
import { describedHeading as describedHeadingMarkdown, finish, prose, transition } from "../markdown/layout.js";
import type { Renderers } from "../present.js";
import { BULLET, block, type TextOptions } from "../text/layout.js";
import { describedHeading, proseLines, transitionLines } from "../text/prose.js";

/** Sections are worth listing here only when the file says more about them than their titles. */
const sayMore = (view: AboutView) => view.sections.filter((s) => s.description !== null || s.group !== null);

export function aboutText(view: AboutView, o: TextOptions): string {
  const { style } = o;
  const out = block(view.ladder, o.width, "").map(style.title);
  if (view.description) appendLines(out, "", proseLines(view.description, o));
  if (view.responsibilities.length > 0) {
    appendLines(out, "", block("Responsibilities shared by every level", o.width, "").map(style.heading));
    for (const r of view.responsibilities) appendLines(out, block(r, o.width, "  ", BULLET));
  }
  if (view.tracks.length > 0) {
    out.push("", style.heading("Tracks"));
    for (const t of view.tracks) out.push(...describedHeading(t, { ...o, style: { ...style, heading: style.label } }, "  "));
  }
  if (sayMore(view).length > 0) {
    out.push("", style.heading("Sections"));
    for (const s of sayMore(view)) out.push(...describedHeading(s, { ...o, style: { ...style, heading: style.label } }, "  "));
  }
  if (view.ratings.length > 0) {
    out.push("", style.heading("Ratings, lowest first"));
    view.ratings.forEach((r, i) => out.push(...block(r.description ? `${r.title}: ${r.description}` : r.title, o.width, "  ", `${i + 1}. `)));
  }
  if (view.levels.length > 0) {
    out.push("", style.heading("Levels"));
    view.levels.forEach((l, i) => appendLines(out, block(l.title, o.width, "  ", `${i + 1}. `)));
  }
  if (view.transitions.length > 0) {
    out.push("", style.heading("Transitions"));
    for (const t of view.transitions) appendLines(out, transitionLines(t, o, ""));
  }
  for (const note of view.notes) {
    appendLines(out, "", block(note.title, o.width, "").map(style.heading), proseLines(note.text, o, "  "));
  }
  return out.join("\n") + "\n";
}


export function aboutMarkdown(view: AboutView): string {
  const out = [`# ${escapeLine(view.ladder)}`, ""];
  if (view.description) appendLines(out, prose(view.description));
  if (view.responsibilities.length > 0) {
    out.push("## Responsibilities shared by every level", "");
    for (const r of view.responsibilities) out.push(`- ${escapeText(r, "  ")}`);
    out.push("");
  }
  if (view.tracks.length > 0) {
    out.push("## Tracks", "");
    for (const t of view.tracks) out.push(...describedHeadingMarkdown(t, "###"));
  }
  if (sayMore(view).length > 0) {
    out.push("## Sections", "");
    for (const s of sayMore(view)) out.push(...describedHeadingMarkdown(s, "###"));
  }
  if (view.ratings.length > 0) {
    out.push("## Ratings, lowest first", "");
    view.ratings.forEach((r, i) => out.push(`${i + 1}. **${escapeLine(r.title)}**${r.description ? `: ${escapeText(r.description, "   ")}` : ""}`));
    out.push("");
  }
  if (view.levels.length > 0) {
    out.push("## Levels", "");
    view.levels.forEach((l, i) => out.push(`${i + 1}. ${escapeLine(l.title)} (\`${l.id}\`)`));
    out.push("");
  }
  if (view.transitions.length > 0) {
    out.push("## Transitions", "");
    for (const t of view.transitions) appendLines(out, transition(t, "###"));
  }
  for (const note of view.notes) appendLines(out, `## ${escapeLine(note.title)}`, "", prose(note.text));
  return finish(out);
}

export const aboutRenderers: Renderers<AboutView> = { text: aboutText, markdown: aboutMarkdown };
