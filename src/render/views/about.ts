/** `ladder about`: the ladder's introduction, shared responsibilities, transitions and closing notes. */
import type { AboutView } from "../../core/views.js";
import { escapeLine, escapeText } from "../markdown/escape.js";
import { finish, prose, transition } from "../markdown/layout.js";
import { appendLines, paragraphs } from "../parts.js";
import type { Renderers } from "../present.js";
import { BULLET, block, transitionLines, type TextOptions } from "../text/layout.js";

export function aboutText(view: AboutView, o: TextOptions): string {
  const { style } = o;
  const out = block(view.ladder, o.width, "").map(style.title);
  if (view.description) appendLines(out, "", block(view.description, o.width, ""));
  if (view.responsibilities.length > 0) {
    appendLines(out, "", block("Responsibilities shared by every level", o.width, "").map(style.heading));
    for (const r of view.responsibilities) appendLines(out, block(r, o.width, "  ", BULLET));
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
    appendLines(out, "", block(note.title, o.width, "").map(style.heading));
    paragraphs(note.text).forEach((paragraph, i) => {
      if (i > 0) out.push("");
      appendLines(out, block(paragraph, o.width, "  "));
    });
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
