/**
 * The ladder as the program sees it once a file has been read and checked.
 * Every string is exactly as written in the file. Order is meaning: every
 * list keeps the order of the file.
 */
/** `x-` keys a file gave an object, in file order: not read by any command, written back by the JSON export. */
export interface Extended {
  extensions?: Record<string, unknown>;
}

export interface Ladder extends Extended {
  title: string;
  description?: string;
  responsibilities: string[];
  notes: Note[];
  /** The scale expectations may be rated on, lowest first; empty when the ladder rates none. */
  ratings: Rating[];
  tracks: Track[];
  sections: Section[];
  levels: Level[];
  growthAreas: GrowthArea[];
  roles: Role[];
  transitions: Transition[];
}

export interface Note extends Extended {
  title: string;
  text: string;
}

export interface Track extends Extended {
  id: string;
  title: string;
  description?: string;
  /** A category the track belongs to ("Engineering"). */
  group?: string;
  /** The sections this track uses, in its own order; absent: every section, in the ladder's order. */
  sections?: string[];
}

export interface Section extends Extended {
  id: string;
  title: string;
  description?: string;
  /** A category the section belongs to ("Results" for "Results > Impact"). */
  group?: string;
}

/** One step of the ladder's rating scale ("Proficient"). */
export interface Rating extends Extended {
  id: string;
  title: string;
  description?: string;
}

export interface Link extends Extended {
  url: string;
  title?: string;
}

/** What is expected at a level in one section. Written as plain text or as a mapping; the model always has this shape. */
export interface Expectation extends Extended {
  text: string;
  /** A rating id of `Ladder.ratings`. */
  rating?: string;
  examples: string[];
  links: Link[];
}

export interface Fact {
  label: string;
  value: string;
}

export interface Level extends Extended {
  id: string;
  title: string;
  aliases: string[];
  /** The tracks the level belongs to, in the file's order: none in a ladder without tracks, several for a shared trunk. */
  tracks: string[];
  /** Where the level stands across tracks; levels of equal rank compare. */
  rank?: number;
  summary?: string;
  facts: Fact[];
  /** Section id -> expectations; a section the level leaves out is absent. */
  expectations: Record<string, Expectation[]>;
}

export interface GrowthAreaEntry extends Extended {
  /** The level ids the entry applies to (one text may be shared by several levels). */
  levels: string[];
  text: string;
}

export interface GrowthArea extends Extended {
  id: string;
  title: string;
  byLevel: GrowthAreaEntry[];
}

/** A position outside the ladder that a transition may start or end at. */
export interface Role extends Extended {
  id: string;
  title: string;
}

export interface Transition extends Extended {
  from: string;
  to: string;
  /** As written, or derived from the two titles ("A to B"). */
  title: string;
  text: string;
}
