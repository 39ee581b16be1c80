/**
 * The public JSON shapes of `ladder search` and `ladder path` (documented in
 * the README), kept beside views.ts in the same style: stable field names,
 * absent values are `null` rather than missing, every string exactly as in
 * the ladder.
 */
import type { LevelComparison, PositionRef, Ref } from "./views.js";

/** What kind of text a search hit is. */
export type SearchHitKind = "description" | "responsibility" | "expectation" | "example" | "growth-area" | "transition" | "note";

/** One place in a hit's text where the query was found: offsets into `title` or `text`, in UTF-16 code units (JavaScript string indexes), end exclusive. */
export interface SearchMatch {
  field: "title" | "text";
  start: number;
  end: number;
}

export interface SearchHit {
  kind: SearchHitKind;
  /** Where the hit lives, in words: "Director › Team & Project Scope", "Growth area: People Development › VP of Engineering, CTO". */
  location: string;
  /** The levels the text belongs to: an expectation's level, a growth-area entry's levels, the levels among a transition's two ends; empty for ladder-wide text. */
  levels: Ref[];
  /** An expectation's section. */
  section: Ref | null;
  /** A growth-area entry's growth area. */
  area: Ref | null;
  /** A transition's two ends. */
  transition: { from: PositionRef; to: PositionRef } | null;
  /** A transition's or a note's title (searched too); for an example, the expectation it illustrates (not searched). */
  title: string | null;
  /** For prose split into paragraphs (the description, notes): which paragraph, from 1. */
  paragraph: number | null;
  /** The whole text that matched, verbatim. */
  text: string;
  matches: SearchMatch[];
}

/** `ladder search <text>` */
export interface SearchView {
  ladder: string;
  query: string;
  /** What `--level`, `--section` and `--track` narrowed the search to; empty lists (and a null track) when not narrowed. */
  filters: { levels: Ref[]; sections: Ref[]; growthAreas: Ref[]; track: Ref | null };
  /** In reading order: description, responsibilities, expectations (level by level, section by section), growth areas, transitions, notes. */
  hits: SearchHit[];
  /** When nothing matched: words of the ladder close to the words typed that it does not hold ("budgte" -> "budget"); else empty. */
  suggestions: string[];
}

/** What changes on a step between two levels, in brief (`comparison` has it all). */
export interface LevelChanges {
  /** Only the facts that differ. */
  facts: { label: string; from: string | null; to: string | null }[];
  /** Only the growth areas whose entry differs (an entry shared by both levels is no change). */
  growthAreas: (Ref & { from: string | null; to: string | null })[];
  /** Every section, with the number of expectations at each end. */
  sections: (Ref & { from: number; to: number })[];
}

export interface PathStep {
  from: PositionRef;
  to: PositionRef;
  /** The transition's title; for a step the ladder has no transition for, "<from> to <to>". */
  title: string;
  /** The transition's text; null where the ladder has no transition for this step. */
  text: string | null;
  /** Null when either end is a role outside the ladder (such as an individual contributor). */
  changes: LevelChanges | null;
  /** The two levels compared, as `ladder diff` compares them; null when either end is a role. */
  comparison: LevelComparison | null;
}

/** `ladder path <from> <to>` */
export interface PathView {
  ladder: string;
  from: PositionRef;
  to: PositionRef;
  /**
   * The steps in order, from `from` to `to`: the transitions, or where the
   * ladder has no chain of them, each next level of the track.
   */
  steps: PathStep[];
}
