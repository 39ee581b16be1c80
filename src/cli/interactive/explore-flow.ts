/**
 * `ladder explore`: a menu that leads to the same views as the commands
 * (show, diff, area, search, levels, about) and to a self-assessment, and comes back
 * after each. The views are the commands' own queries and renderers; this
 * module only decides what to ask next.
 */
import { buildAssessment, type AssessmentView } from "../../core/assessment.js";
import { diffLevels } from "../../core/level-diff.js";
import { about, areaAcrossLevels, listLevels, showLevel } from "../../core/query.js";
import type { Area } from "../../core/resolve.js";
import { searchLadder } from "../../core/search.js";
import type { Ladder, Level } from "../../core/types.js";
import { present, type Renderers } from "../../render/present.js";
import type { Style } from "../../render/style.js";
import { aboutRenderers } from "../../render/views/about.js";
import { areaRenderers } from "../../render/views/area.js";
import { assessmentRenderers } from "../../render/views/assessment.js";
import { diffRenderers } from "../../render/views/diff.js";
import { levelsRenderers } from "../../render/views/levels.js";
import { searchRenderers } from "../../render/views/search.js";
import { showRenderers } from "../../render/views/show.js";
import { stripControl, wrap } from "../../render/width.js";
import type { Format } from "../io.js";
import { askAssessment } from "./assess-flow.js";
import { BACK, type Back, type Choice, type Prompter } from "./prompter.js";

export interface ExploreDeps {
  ladder: Ladder;
  prompter: Prompter;
  /** How views are rendered: the format and colours of the global options. */
  format: Format;
  style: Style;
  /** The date of an assessment, YYYY-MM-DD. */
  today(): string;
  /** Writes a report under a new name derived from `fileName` (never overwriting); returns where. */
  save(fileName: string, content: string): string;
}

type Entry = "show" | "diff" | "area" | "search" | "levels" | "about" | "assess" | "quit";

const MENU: Choice<Entry>[] = [
  { value: "show", name: "Show a level", description: "Everything expected at one level" },
  { value: "diff", name: "Compare two levels", description: "What changes, section by section, and the transitions between them" },
  { value: "area", name: "Follow a growth area or section", description: "One theme across every level, in order" },
  { value: "search", name: "Search the ladder", description: "Every expectation, growth-area entry and transition containing some text" },
  { value: "levels", name: "List the levels", description: "Every level in order, and how scope grows" },
  { value: "about", name: "About this ladder", description: "Introduction, shared responsibilities, transitions, closing notes" },
  { value: "assess", name: "Assess yourself against a level", description: "One question per expectation; ends in a gap report" },
  { value: "quit", name: "Quit", description: "Leave (q or Esc do the same)" },
];

export function levelChoices(ladder: Ladder, levels: readonly Level[] = ladder.levels): Choice<Level>[] {
  return levels.map((level) => {
    const tracks = level.tracks.map((id) => ladder.tracks.find((t) => t.id === id)).filter((t) => t !== undefined);
    const track = tracks.length > 0 ? { title: tracks.map((t) => t.title).join(", ") } : undefined;
    const about = [level.summary, track ? `track: ${track.title}` : undefined, ...level.facts.map((f) => `${f.label}: ${f.value}`)].filter((s) => s !== undefined);
    return {
      name: stripControl(`${level.title} (${level.id})`),
      value: level,
      ...(about.length > 0 ? { description: stripControl(about.join(" · ")) } : {}),
      keywords: [level.id, ...level.aliases, ...(track ? [track.title] : [])],
    };
  });
}

export function areaChoices(ladder: Ladder): Choice<Area>[] {
  return [
    ...ladder.growthAreas.map((area): Choice<Area> => ({ name: stripControl(`${area.title} (growth area)`), value: { kind: "growth-area", area }, keywords: [area.id] })),
    ...ladder.sections.map((section): Choice<Area> => ({ name: stripControl(`${section.title} (section)`), value: { kind: "section", section }, keywords: [section.id] })),
  ];
}

/** A file name for a report: assessment-<level>-<date>.md */
export function reportFileName(view: AssessmentView, format: Format): string {
  return `assessment-${view.level.id}-${view.date}.${format === "json" ? "json" : "md"}`;
}

export async function exploreFlow(deps: ExploreDeps): Promise<void> {
  const { ladder, prompter, style } = deps;
  const say = (text: string) => prompter.print(text.endsWith("\n") ? text : `${text}\n`);
  const lines = (text: string) => wrap(text, prompter.width()).join("\n");
  /** A view in the format of the global options, laid out for the prompter's width. */
  const render = <V>(view: V, renderers: Renderers<V>) => present({ view, renderers }, deps.format, { width: prompter.width(), style });
  /** Each view is shown to be read (the prompter decides how), then the menu comes back. */
  const show = (output: string) => prompter.view(output);

  say(style.title(lines(`Exploring: ${stripControl(ladder.title)}`)));
  say(style.dim(lines("Arrow keys and Enter choose; type to narrow a list; Esc goes back; q quits.")));

  const pickLevel = (message: string, levels?: readonly Level[]) => prompter.search({ message, choices: levelChoices(ladder, levels) });

  const actions: Record<Exclude<Entry, "quit">, () => Promise<void>> = {
    show: async () => {
      const level = await pickLevel("Which level?");
      if (level !== BACK) await show(render(showLevel(ladder, level), showRenderers));
    },
    diff: async () => {
      if (ladder.levels.length < 2) return say(style.dim(lines("This ladder has only one level.")));
      const from = await pickLevel("Compare which level?");
      if (from === BACK) return;
      const to = await pickLevel(`Compare ${stripControl(from.title)} with which level?`, ladder.levels.filter((l) => l !== from));
      if (to !== BACK) await show(render(diffLevels(ladder, from, to), diffRenderers()));
    },
    area: async () => {
      const area = await prompter.search({ message: "Which growth area or section?", choices: areaChoices(ladder) });
      if (area !== BACK) await show(render(areaAcrossLevels(ladder, area), areaRenderers));
    },
    search: async () => {
      // One search leads to the next, until an empty one (or Esc) goes back to the menu.
      for (;;) {
        const text = await prompter.input({ message: "Search for (Enter on nothing goes back):", escape: "back" });
        if (text === BACK || text.trim() === "") return;
        await show(render(searchLadder(ladder, text.trim()), searchRenderers));
      }
    },
    levels: async () => show(render(listLevels(ladder), levelsRenderers)),
    about: async () => show(render(about(ladder), aboutRenderers)),
    assess: async () => {
      const level = await pickLevel("Assess yourself against which level?");
      if (level === BACK) return;
      if (Object.values(level.expectations).every((list) => list.length === 0)) {
        say(style.dim(lines(`${level.title} has no expectations to assess.`)));
        return;
      }
      const answers = await askAssessment(ladder, level, { prompter, style, canLeave: true });
      if (answers === BACK) return;
      const view = buildAssessment(ladder, level, answers, deps.today());
      // The report is a document: markdown even when the views are text.
      const report = present({ view, renderers: assessmentRenderers }, deps.format === "json" ? "json" : "markdown", { width: prompter.width(), style });
      await show(report);
      const name = reportFileName(view, deps.format);
      const keep = await prompter.select({
        message: "Save the report?",
        choices: [
          { name: `Save it as ${name}`, value: true, description: "In the current directory; an existing file is never overwritten" },
          { name: "Back to the menu", value: false },
        ],
        escape: "back",
      });
      if (keep !== true) return;
      try {
        say(style.accent(lines(`Saved the report to ${deps.save(name, report)}`)));
      } catch (error) {
        // The report is on the screen above; a failed save must not end the session.
        say(lines(`Could not save the report: ${error instanceof Error ? error.message : String(error)}`));
      }
    },
  };

  let last: Entry = "show";
  for (;;) {
    const entry: Entry | Back = await prompter.select<Entry>({ message: "What would you like to see?", choices: MENU, default: last, escape: "quit" });
    if (entry === BACK || entry === "quit") return;
    last = entry;
    await actions[entry]();
  }
}
