/**
 * The questions of a self-assessment: every expectation of the level, section
 * by section, asked as "how consistently?" and then an optional note. The
 * answers go to buildAssessment (core/assessment.ts); this module only asks,
 * and prints a short record of each answer so the screen reads as a
 * transcript (the prompts themselves are cleared when answered).
 */
import { DEFAULT_RATING, RATINGS, RATING_LABELS, linksIn, questionsFor, type Answer, type Rating } from "../../core/assessment.js";
import type { Ladder, Level } from "../../core/types.js";
import type { Style } from "../../render/style.js";
import { displayWidth, padEnd, stripControl, wrap } from "../../render/width.js";
import { BACK, type Back, type Prompter } from "./prompter.js";

const DESCRIPTIONS: Record<Rating, string> = {
  consistently: "Met: you do this as a matter of course",
  sometimes: "A gap: now and then, or only with help",
  "not-yet": "A gap: not part of your work yet",
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `text` wrapped to `width`, the first line after `first`, the rest under it. */
function hanging(text: string, width: number, first: string): string[] {
  const indent = " ".repeat(displayWidth(first));
  return wrap(stripControl(text), Math.max(10, width - displayWidth(first))).map((line, i) => (i === 0 ? first : indent) + line);
}

export interface AssessFlowOptions {
  prompter: Prompter;
  style: Style;
  /** Esc at the very first question leaves the assessment (from explore); otherwise there is nowhere to go back to. */
  canLeave: boolean;
  /** An earlier assessment's answers, by question (0-based): the defaults (assess --update). */
  earlier?: readonly (KeptAnswer | undefined)[];
  /** Answers already given (assess --resume): the questions start at the first without one. */
  given?: readonly (KeptAnswer | undefined)[];
  /** Called with every answer so far after each step, so that they can be kept as they come. */
  onProgress?: (answers: Answer[]) => void;
}

/** An answer kept in a record. */
export interface KeptAnswer {
  rating: Rating;
  note: string | null;
  links: readonly string[];
}

/** Asks every question; BACK when the person left at the first one (only when canLeave). */
export async function askAssessment(ladder: Ladder, level: Level, options: AssessFlowOptions): Promise<Answer[] | Back> {
  const { prompter, style } = options;
  const questions = questionsFor(ladder, level);
  const print = (lines: string[]) => prompter.print(lines.map((l) => `${l}\n`).join(""));
  const width = () => prompter.width();
  const n = questions.length;
  const sections = new Set(questions.map((q) => q.section.id)).size;

  print([
    "",
    ...hanging(`Self-assessment: ${level.title} (${level.id})`, width(), "").map(style.title),
    ...hanging(
      `${n} expectation${n === 1 ? "" : "s"} in ${sections} section${sections === 1 ? "" : "s"}. For each, choose how consistently you meet it ` +
        `(Enter accepts "${RATING_LABELS[DEFAULT_RATING]}"), then add a note or press Enter to skip. ` +
        `Esc goes back a step; ${options.onProgress ? "Ctrl-C stops, and every answer so far is kept (--resume continues)." : "Ctrl-C stops without a report."}`,
      width(),
      "",
    ).map(style.dim),
  ]);

  const ratings: (Rating | undefined)[] = questions.map((_, i) => options.given?.[i]?.rating);
  const notes: (string | undefined)[] = questions.map((_, i) => options.given?.[i]?.note ?? undefined);
  const links: string[][] = questions.map((_, i) => [...(options.given?.[i]?.links ?? options.earlier?.[i]?.links ?? [])]);
  const answersSoFar = (): Answer[] =>
    questions.flatMap((q, i) => {
      const rating = ratings[i];
      return rating === undefined ? [] : [{ section: q.section.id, index: q.index, rating, note: notes[i] ? notes[i] : null, ...(links[i]!.length > 0 ? { links: links[i] } : {}) }];
    });
  const ratingLabel = (r: Rating) => {
    const text = padEnd(RATING_LABELS[r], 13);
    return r === "consistently" ? style.accent(text) : r === "sometimes" ? style.match(text) : style.label(text);
  };
  // "  3/25 not yet       <the expectation>", the text in a column of its own when there is room for one.
  const position = (number: number) => `  ${String(number).padStart(String(n).length)}/${n} `;
  const roomy = (): boolean => width() - (position(n).length + 14) >= 30;
  const textColumn = (number: number): number => (roomy() ? position(number).length + 14 : 4);
  const recordLines = (number: number, label: string, text: string): string[] => {
    const lead = position(number);
    if (!roomy()) return [`${lead}${label.trimEnd()}`, ...hanging(text, width(), "    ")];
    const lines = hanging(text, width(), " ".repeat(textColumn(number)));
    lines[0] = `${lead}${label} ${lines[0]!.trimStart()}`;
    return lines;
  };
  let heading: string | undefined;
  const first = ratings.findIndex((r) => r === undefined);
  const start = first < 0 ? n : first;
  if (start > 0) print(["", ...hanging(`Resuming at ${Math.min(start + 1, n)}/${n}: ${start} answered already.`, width(), "").map(style.dim)]);
  // Two steps per question: its rating, then its note. Esc goes back one step.
  for (let step = 2 * start; step < 2 * n; ) {
    const i = step >> 1;
    const q = questions[i]!;
    if (step % 2 === 0) {
      if (q.section.id !== heading) {
        heading = q.section.id;
        print(["", ...hanging(q.section.title, width(), "").map(style.heading)]);
      }
      const answer = await prompter.select<Rating>({
        message: `${q.number}/${q.of} ${stripControl(q.text)}`,
        choices: RATINGS.map((r) => ({ name: capitalize(RATING_LABELS[r]), value: r, description: DESCRIPTIONS[r] })),
        default: ratings[i] ?? options.earlier?.[i]?.rating ?? DEFAULT_RATING,
        escape: step > 0 || options.canLeave ? "back" : "none",
      });
      if (answer === BACK) {
        if (step === 0) return BACK;
        print([style.dim(`  ↩ back to the note on ${q.number - 1}/${q.of}`)]);
        step--;
        continue;
      }
      ratings[i] = answer;
      options.onProgress?.(answersSoFar());
      print(recordLines(q.number, ratingLabel(answer), q.text));
      step++;
    } else {
      const before = notes[i] ?? options.earlier?.[i]?.note ?? undefined;
      const note = await prompter.input({ message: "Note (Enter to skip):", ...(before ? { default: before } : {}), escape: "back" });
      if (note === BACK) {
        print([style.dim(`  ↩ back to ${q.number}/${q.of}`)]);
        step--;
        continue;
      }
      notes[i] = note.trim();
      // Links written in the note are its evidence; an unchanged note keeps the links it had.
      links[i] = [...new Set([...(notes[i] === (before ?? "").trim() ? links[i]! : []), ...linksIn(notes[i])])];
      options.onProgress?.(answersSoFar());
      if (notes[i] !== "") print(hanging(notes[i]!, width(), `${" ".repeat(textColumn(q.number))}note: `).map(style.dim));
      step++;
    }
  }
  return answersSoFar();
}
