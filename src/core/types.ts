/**
 * The ladder as the program sees it once a file has been read and checked.
 * Every string is exactly as written in the file. Order is meaning: every
 * list keeps the order of the file.
 */
export interface Ladder {
  title: string;
  description?: string;
  responsibilities: string[];
  notes: Note[];
  tracks: Track[];
  sections: Section[];
  levels: Level[];
  growthAreas: GrowthArea[];
  roles: Role[];
  transitions: Transition[];
}

export interface Note {
  title: string;
  text: string;
}

export interface Track {
  id: string;
  title: string;
}

export interface Section {
  id: string;
  title: string;
}

export interface Fact {
  label: string;
  value: string;
}

export interface Level {
  id: string;
  title: string;
  aliases: string[];
  track?: string;
  summary?: string;
  facts: Fact[];
  /** Section id -> expectations; a section the level leaves out is absent. */
  expectations: Record<string, string[]>;
}

export interface GrowthAreaEntry {
  /** The level ids the entry applies to (one text may be shared by several levels). */
  levels: string[];
  text: string;
}

export interface GrowthArea {
  id: string;
  title: string;
  byLevel: GrowthAreaEntry[];
}

/** A position outside the ladder that a transition may start or end at. */
export interface Role {
  id: string;
  title: string;
}

export interface Transition {
  from: string;
  to: string;
  /** As written, or derived from the two titles ("A to B"). */
  title: string;
  text: string;
}
