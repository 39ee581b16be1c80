/**
 * The results of queries. These are the public JSON shapes of `--format json`
 * (documented in docs/json.md): field names are stable, absent values are
 * `null` rather than missing, and every string is exactly as in the ladder.
 */
import type { Change, ChangeKind, ChangeSummary, FactChange, WordChange } from "./diff/align.js";
import type { Problem } from "./errors.js";
import type { Fact, Note } from "./types.js";

export type { Fact, Note };
/** What changes between two levels (core/diff, docs/diff-alignment.md): public types of `diff` and `path`. */
export type { Change, ChangeKind, ChangeSummary, FactChange, WordChange };

export interface Ref {
  id: string;
  title: string;
}

/** A change of one expectation: its text aligned as any text, and, in a ladder with a rating scale, its rating on each side (null where it has none). */
/** A change of one expectation: its text aligned as any text, and, in a ladder with a rating scale, its rating on each side (null where it has none). */
export interface ExpectationChange extends Change {
  rating?: { from: Ref | null; to: Ref | null };
}

export interface SectionChanges {
  id: string;
  title: string;
  from: string[];
  to: string[];
  /** In a ladder with a rating scale: the rating of each expectation of `from` and `to`, by position (null where it has none). */
  ratings?: { from: (Ref | null)[]; to: (Ref | null)[] };
  changes: ExpectationChange[];
}

export interface GrowthAreaChange {
  id: string;
  title: string;
  from: string | null;
  to: string | null;
  /** Null when neither level has an entry in the area. */
  change: Change | null;
}

export interface LevelComparison {
  sections: SectionChanges[];
  growthAreas: GrowthAreaChange[];
  facts: FactChange[];
  /** Over the expectations of every section. */
  summary: ChangeSummary;
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

/*
 * `ladder changes <old> <new>`: what changed between two editions of a ladder
 * file. Expectations, facts and growth-area entries use the change types of
 * `ladder diff` (core/diff/align.ts, core/diff/compare.ts).
 */

/**
 * How a level, track, section, growth area or role fares from one edition to
 * the next: the same id and title (`kept`), the same id with a new title
 * (`renamed`), a new id found to be the same thing by its title or content
 * (`re-identified`), or only in one edition (`added`, `removed`).
 */
export type EditionStatus = "kept" | "renamed" | "re-identified" | "added" | "removed";

export interface EditionMatch {
  status: EditionStatus;
  /** In the old edition; null when added. */
  from: Ref | null;
  /** In the new edition; null when removed. */
  to: Ref | null;
  /** What paired the two: the id, the title, or the content; null when unpaired. */
  matchedBy: "id" | "title" | "content" | null;
  /** How alike the contents are (0-1, three decimals) when the content made the pair; else null. */
  similarity: number | null;
}

/** One section at one level, aligned across the editions (ids and titles of the new edition, the old one's when removed). */
export interface EditionSectionChanges extends SectionChanges {
  /** Counts over this section's expectations, unchanged ones included even where they are left out of `changes`. */
  summary: ChangeSummary;
  /** Whether the expectations found in both editions are listed in another order. */
  reordered: boolean;
}

export interface LevelChanges extends EditionMatch {
  /** Whether anything about the level differs: its id, title, summary, aliases, track, rank, facts, expectations or growth-area entries. */
  changed: boolean;
  /** The level's one-line summary; null when neither edition has one. */
  summary: Change | null;
  aliases: { added: string[]; removed: string[] };
  /** The tracks it moved between (the first of each edition's); null when it stays on the same tracks (or the ladder has none). */
  track: { from: Ref | null; to: Ref | null } | null;
  /** Every track of the level in each edition (a shared level has several); null when `track` is. */
  tracks: { from: Ref[]; to: Ref[] } | null;
  /** Its rank in each edition (null where it has none); null when the rank stayed the same. */
  rank: { from: number | null; to: number | null } | null;
  facts: FactChange[];
  sections: EditionSectionChanges[];
  /** The level's entry in each growth area (of the new edition, or of the old one when removed). */
  growthAreas: GrowthAreaChange[];
  /** Counts over the expectations of every section. */
  expectations: ChangeSummary;
}

export interface TransitionChange {
  /** Positions as the new edition names them (the old edition's for a removed transition). */
  from: PositionRef;
  to: PositionRef;
  /** Null when neither edition gives the transition a title of its own (it is "<from> to <to>", and follows their names). */
  title: Change | null;
  text: Change;
}

export interface NoteChange {
  title: string;
  from: string | null;
  to: string | null;
  change: Change;
}

/** What belongs to the ladder as a whole rather than to one level. */
export interface LadderWideChanges {
  title: Change;
  /** Null when neither edition has a description. */
  description: Change | null;
  responsibilities: Change[];
  notes: NoteChange[];
  tracks: EditionMatch[];
  sections: EditionMatch[];
  growthAreas: EditionMatch[];
  roles: EditionMatch[];
  /** The steps of the rating scale. */
  ratings: EditionMatch[];
}

export interface MatchCounts {
  added: number;
  removed: number;
  renamed: number;
  reidentified: number;
}

/** Counts over the whole comparison (over the one level with --level), unchanged items included. */
export interface ChangesSummary {
  /** `changed` counts levels found in both editions that differ (renamed and re-identified ones among them). */
  levels: MatchCounts & { changed: number; unchanged: number };
  expectations: ChangeSummary;
  /** Expectations counted in `expectations.changed` whose text is the same and only their rating rose or fell. */
  ratingChanged: number;
  facts: ChangeSummary;
  growthAreaEntries: ChangeSummary;
  transitions: ChangeSummary;
  tracks: MatchCounts;
  sections: MatchCounts;
  growthAreas: MatchCounts;
  roles: MatchCounts;
  ratings: MatchCounts;
  responsibilities: ChangeSummary;
  notes: ChangeSummary;
  /** Null when neither edition has a description (and with --level). */
  description: ChangeKind | null;
  /** Null with --level. */
  title: ChangeKind | null;
}

export interface EditionRef {
  /** The file as given (`<stdin>` for `-`). */
  file: string;
  /** The ladder's title in that edition. */
  ladder: string;
}

/** `ladder changes <old> <new>` */
export interface ChangesView {
  from: EditionRef;
  to: EditionRef;
  /** The level asked for with --level (as the new edition names it, unless removed); null for the whole ladder. */
  level: Ref | null;
  /** true with --all; false (the default) leaves out what did not change. */
  all: boolean;
  /** Null with --level. */
  ladderWide: LadderWideChanges | null;
  levels: LevelChanges[];
  transitions: TransitionChange[];
  summary: ChangesSummary;
}
