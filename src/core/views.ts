/**
 * The results of queries. These are the public JSON shapes of `--format json`
 * (documented in the README): field names are stable, absent values are
 * `null` rather than missing, and every string is exactly as in the ladder.
 */
import type { Change, ChangeKind, ChangeSummary, FactChange, WordChange } from "./diff/align.js";
import type { GrowthAreaChange, LevelComparison, SectionChanges } from "./diff/compare.js";
import type { Problem } from "./errors.js";
import type { Fact, Note } from "./types.js";

export type { Fact, Note };
/** What changes between two levels (core/diff, docs/diff-alignment.md): public types of `diff` and `path`. */
export type { Change, ChangeKind, ChangeSummary, FactChange, GrowthAreaChange, LevelComparison, SectionChanges, WordChange };

export interface Ref {
  id: string;
  title: string;
}

/**
 * A level's `title` in every view is its display title: the title as written,
 * followed by its track's title in parentheses where several tracks have a
 * level of that title ("Level 1 (Backend)"), so no output reads the same line
 * for two levels.
 */
export interface LevelSummary extends Ref {
  summary: string | null;
  aliases: string[];
  /** The level's first track (null without tracks); `tracks` lists every track of a shared level. */
  track: Ref | null;
  tracks: Ref[];
  /** Where the level stands across tracks, when the ladder ranks its levels. */
  rank: number | null;
  facts: Fact[];
}

/** A track or a section with what the file says about it. */
export interface DescribedRef extends Ref {
  description: string | null;
  group: string | null;
}

export interface LinkView {
  url: string;
  title: string | null;
}

/** What the file says of an expectation besides its text: its rating (with the scale's title), examples and links. */
export interface ExpectationDetails {
  rating: Ref | null;
  examples: string[];
  links: LinkView[];
}

/** One expectation with its details, as renderers take it. */
export interface ExpectationView extends ExpectationDetails {
  text: string;
}

/** Expectations as texts (`expectations`, unchanged since format 1 had only text) with their details beside them, index for index. */
export interface ExpectationList {
  expectations: string[];
  details: ExpectationDetails[];
}

/** The expectations of a list, each with its details. */
export const expectationViews = (list: ExpectationList): ExpectationView[] => list.expectations.map((text, i) => ({ text, ...list.details[i]! }));

export interface PositionRef extends Ref {
  /** A level of the ladder, or a role outside it (such as an individual contributor). */
  kind: "level" | "role";
}

export interface TransitionView {
  from: PositionRef;
  to: PositionRef;
  title: string;
  text: string;
}

/** `expectations` is empty when the level leaves the section out. */
export interface SectionExpectations extends DescribedRef, ExpectationList {}

export interface GrowthAreaEntryView extends Ref {
  /** The level's entry in this growth area, or null when it has none. */
  text: string | null;
  /** Other levels that share the same entry. */
  sharedWith: Ref[];
}

/** `ladder show <level>` */
export interface LevelView {
  ladder: string;
  level: LevelSummary;
  sections: SectionExpectations[];
  growthAreas: GrowthAreaEntryView[];
  transitions: { into: TransitionView[]; outOf: TransitionView[] };
}

/**
 * `ladder diff <from> <to>`: the two levels compared (LevelComparison: every
 * section, growth area and fact, each expectation `same`, `changed`, `added`
 * or `removed`), and the way from one to the other.
 */
export interface DiffView extends LevelComparison {
  ladder: string;
  from: LevelSummary;
  to: LevelSummary;
  /** Every fact of either level, paired by label. */
  facts: FactChange[];
  /** Every section (only those named with --section), each with both lists verbatim and their changes. */
  sections: SectionChanges[];
  growthAreas: GrowthAreaChange[];
  /** The transitions on the way from the junior of the two to the senior, in order. */
  transitions: TransitionView[];
  /** Counts over the expectations of the sections shown. */
  summary: ChangeSummary;
  /** "up" from a junior level to a senior one, "down" the other way; null when neither leads to the other. */
  direction: "up" | "down" | null;
  /** The positions on the way, in reading order, both ends included; empty when neither leads to the other. */
  route: PositionRef[];
  /** With --steps: each step of the route compared in turn, in reading order; otherwise null. */
  steps: DiffStep[] | null;
}

/** One step of the way, compared: two adjacent positions, in the direction the diff reads. */
export interface DiffStep {
  from: PositionRef;
  to: PositionRef;
  /** The transition between the two (written from the junior to the senior), or null where the ladder has none. */
  transition: TransitionView | null;
  /** The two levels compared; null when either end is a role outside the ladder. */
  comparison: LevelComparison | null;
}

/** `ladder area <growth area>` */
export interface GrowthAreaView {
  ladder: string;
  kind: "growth-area";
  area: Ref;
  levels: { level: Ref; text: string | null; sharedWith: Ref[] }[];
}

/** `ladder area <section>` */
export interface SectionView {
  ladder: string;
  kind: "section";
  section: DescribedRef;
  levels: ({ level: Ref } & ExpectationList)[];
}

/** `ladder area` with no name */
export interface AreaListView {
  ladder: string;
  kind: "list";
  growthAreas: Ref[];
  sections: Ref[];
}

export interface ScopeScale {
  /** The fact label, e.g. "Team size". */
  label: string;
  /** Scales are drawn per track: sizes compare within a track. */
  track: Ref | null;
  /** Levels that state the fact, in ladder order; `magnitude` is a comparable number (the upper bound, durations in months). */
  levels: { level: Ref; value: string; magnitude: number }[];
}

/** Levels of equal rank side by side: one row per rank, one cell per track (the levels of that track at that rank). */
export interface RankGrid {
  tracks: Ref[];
  rows: { rank: number; cells: Ref[][] }[];
}

/** `ladder levels` */
export interface LevelsView {
  ladder: string;
  /** The tracks shown (empty for a single-track ladder); levels name theirs. */
  tracks: DescribedRef[];
  /** Null unless the ladder has tracks and ranks its levels. */
  grid: RankGrid | null;
  levels: LevelSummary[];
  /** Positions outside the ladder that transitions start or end at. */
  roles: Ref[];
  /** How scope grows, for each fact whose values can be compared; empty when none can. */
  scope: ScopeScale[];
}

/** `ladder about` */
export interface AboutView {
  ladder: string;
  description: string | null;
  responsibilities: string[];
  tracks: DescribedRef[];
  sections: DescribedRef[];
  ratings: (Ref & { description: string | null })[];
  levels: Ref[];
  transitions: TransitionView[];
  notes: Note[];
}

/** `ladder validate --json`: the result for editors and CI. */
export interface ValidationView {
  file: string;
  valid: boolean;
  problems: Problem[];
  /** Counts of what the file defines; null when it is not valid. */
  counts: { levels: number; sections: number; expectations: number; growthAreas: number; transitions: number } | null;
}

/** A valid ladder file, for the one-line summary: the JSON view, and what the line names besides. */
export interface ValidLadder {
  view: ValidationView;
  title: string;
  tracks: number;
}
