/** `ladder about`: the ladder's introduction, shared responsibilities, transitions and closing notes. */
import type { AboutView } from "../../core/views.js";
import { escapeLine, escapeText } from "../markdown/escape.js";
import { finish, prose, transition } from "../markdown/layout.js";
import { paragraphs } from "../parts.js";
import type { Renderers } from "../present.js";
import { BULLET, block, transitionLines, type TextOptions } from "../text/layout.js";

export function aboutText(view: AboutView, o: TextOptions): string {
  const { style } = o;
  const out = block(view.ladder, o.width, "").map(style.title);
  if (view.description) out.push("", ...block(view.description, o.width, ""));
  if (view.responsibilities.length > 0) {
    out.push("", ...block("Responsibilities shared by every level", o.width, "").map(style.heading));
    for (const r of view.responsibilities) out.push(...block(r, o.width, "  ", BULLET));
  }
  if (view.levels.length > 0) {
    out.push("", style.heading("Levels"));
    view.levels.forEach((l, i) => out.push(...block(l.title, o.width, "  ", `${i + 1}. `)));
  }
  if (view.transitions.length > 0) {
    out.push("", style.heading("Transitions"));
    for (const t of view.transitions) out.push(...transitionLines(t, o, ""));
  }
  for (const note of view.notes) {
    out.push("", ...block(note.title, o.width, "").map(style.heading));
    paragraphs(note.text).forEach((paragraph, i) => {
      if (i > 0) out.push("");
      out.push(...block(paragraph, o.width, "  "));
    });
  }
  return out.join("\n") + "\n";
}


export function aboutMarkdown(view: AboutView): string {
  const out = [`# ${escapeLine(view.ladder)}`, ""];
  if (view.description) out.push(...prose(view.description));
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
    for (const t of view.transitions) out.push(...transition(t, "###"));
  }
  for (const note of view.notes) out.push(`## ${escapeLine(note.title)}`, "", ...prose(note.text));
  return finish(out);
}

export const aboutRenderers: Renderers<AboutView> = { text: aboutText, markdown: aboutMarkdown };
