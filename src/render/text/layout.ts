/**
 * Building blocks of the text format, shared by every view: wrapped,
 * indented paragraphs, highlighting that survives wrapping, and the few
 * pieces (bullets, labels, expectations) that several views print alike;
 * the pieces that hold prose (transitions, descriptions) are in prose.ts.
 */
import type { ExpectationView } from "../../core/views.js";
import type { Style } from "../style.js";
import { displayWidth, stripControl, wrap, type Measure } from "../width.js";

/** How to lay text out: the width of the terminal and its colours. */
export interface TextOptions {
  width: number;
  style: Style;
}

export const BULLET = "• ";

/** The lead of a fact: `Label: `. */
export const factLead = (label: string) => `${stripControl(label)}: `;

/**
 * Lines of `text` wrapped to `width`, the first after `first`, the rest
 * indented to match; control characters removed. A lead that would leave the
 * text too little room (a long fact label in a narrow column) goes on a line
 * of its own, so words are not broken to fit beside it. `measure` as in wrap().
 */
export function block(text: string, width: number, indent: string, first = "", measure: Measure = displayWidth): string[] {
  const clean = stripControl(text);
  if (first !== "") {
    const room = width - measure(indent + first);
    // Only a lead that takes half the line or more can crowd a word out (and the words are measured only then).
    if (room < 4 || (room < width / 2 && room < widest(clean.split(/\s+/), measure))) {
      return block(first.trimEnd(), width, indent, "", measure).concat(block(text, width, `${indent}  `, "", measure));
    }
  }
  const lead = indent + first;
  const rest = indent + " ".repeat(measure(first));
  return wrap(clean, width - measure(lead), measure).map((line, i) => (i === 0 ? lead : rest) + line);
}

/**
 * The widest of `texts` by `measure` (0 for none). A loop, not Math.max(...widths):
 * a long text has more words than a function call takes arguments.
 */
export function widest(texts: Iterable<string>, measure: Measure = displayWidth): number {
  let most = 0;
  for (const text of texts) most = Math.max(most, measure(text));
  return most;
}

/**
 * Like block(), with the ranges of `marked` (offsets into `text`) passed
 * through `highlight` (or the range's own), even where wrapping moved a
 * marked range across lines. Wrapping keeps every character other than
 * spaces, tabs and line breaks, in order, so each wrapped character is found
 * again in the original.
 */
export function highlightedBlock(
  text: string,
  marked: readonly { start: number; end: number; highlight?: (s: string) => string }[],
  highlight: (s: string) => string,
  width: number,
  indent: string,
  first = "",
): string[] {
  type Highlight = ((s: string) => string) | undefined;
  const styleOf: Highlight[] = new Array(text.length).fill(undefined);
  for (const range of marked) styleOf.fill(range.highlight ?? highlight, range.start, range.end);
  // Control characters are dropped from the output: drop their marks with them.
  const kept: number[] = [];
  for (let i = 0; i < text.length; i++) if (stripControl(text[i]!) !== "") kept.push(i);
  const clean = kept.map((i) => text[i]!).join("");
  const mark = kept.map((i) => styleOf[i]);

  const lead = indent + first;
  const rest = indent + " ".repeat(displayWidth(first));
  const lines = wrap(clean, width - displayWidth(lead));
  const isSpace = (c: string) => c === " " || c === "\t" || c === "\n";
  let p = 0; // next unread position in `clean`
  return lines.map((line, n) => {
    let out = "";
    let run = "";
    let runStyle: Highlight;
    const emit = (c: string, style: Highlight) => {
      if (style !== runStyle && run !== "") {
        out += runStyle ? runStyle(run) : run;
        run = "";
      }
      runStyle = style;
      run += c;
    };
    for (let k = 0; k < line.length; k++) {
      const c = line[k]!;
      if (c === " ") {
        // Highlight a space only when the whitespace it stands for lies inside one marked range's style.
        let q = p;
        while (q < clean.length && isSpace(clean[q]!)) q++;
        const around = p > 0 && q > p ? mark.slice(p - 1, q + 1) : [];
        emit(c, around.length > 0 && around.every((m) => m !== undefined && m === around[0]) ? around[0] : undefined);
        continue;
      }
      while (p < clean.length && isSpace(clean[p]!)) p++;
      emit(c, mark[p]);
      p++;
    }
    if (run !== "") out += runStyle ? runStyle(run) : run;
    return (n === 0 ? lead : rest) + out;
  });
}


/** The first line of a block led by `label:`, with the label styled. */
export function styleLabel(line: string, label: string, style: Style): string {
  const head = `${stripControl(label)}:`;
  return line.startsWith(head) ? style.label(head) + line.slice(head.length) : line;
}

/** A track's or section's title, after its group where it has one ("Results › Impact"). */
export const groupedTitle = (x: { title: string; group: string | null }) => (x.group ? `${x.group} › ${x.title}` : x.title);

/** An expectation as a bullet, its rating after it, its examples and links under it. */
export function expectationLines(e: ExpectationView, o: TextOptions, indent: string, bullet = BULLET): string[] {
  const out = block(e.rating ? `${e.text} [${e.rating.title}]` : e.text, o.width, indent, bullet);
  const under = indent + " ".repeat(displayWidth(bullet)) + "  ";
  for (const example of e.examples) out.push(...block(example, o.width, under, "e.g. ").map((l, i) => (i === 0 ? l.replace("e.g. ", o.style.dim("e.g. ")) : l)));
  for (const link of e.links) out.push(...block(link.title ? `${link.title} (${link.url})` : link.url, o.width, under, "→ "));
  return out;
}
