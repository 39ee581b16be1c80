/**
 * Which column is which, from the header row. Header names are matched
 * ignoring case, spaces, hyphens and underscores, with a few synonyms that
 * spreadsheets use ("competency" for section, "behaviour" for expectation).
 */

export type ColumnRole = "track" | "trackId" | "level" | "levelId" | "rank" | "section" | "sectionId" | "text" | "rating" | "ratingId" | "ratingRank" | "examples" | "links";

const SYNONYMS: Record<ColumnRole, string[]> = {
  track: ["track", "tracks", "track title", "track name", "path", "job family", "family", "discipline"],
  trackId: ["track id", "track ids"],
  level: ["level", "level title", "level name", "grade", "role", "position"],
  levelId: ["level id"],
  rank: ["rank", "level rank"],
  section: ["section", "section title", "section name", "competency", "competency area", "area", "category", "dimension", "skill", "pillar", "axis", "theme"],
  sectionId: ["section id"],
  text: ["text", "expectation", "expectations", "description", "behaviour", "behavior", "behaviours", "behaviors", "criterion", "criteria", "statement", "indicator"],
  rating: ["rating", "proficiency", "proficiency level", "score", "rating level"],
  ratingId: ["rating id"],
  ratingRank: ["rating rank"],
  examples: ["example", "examples"],
  links: ["link", "links"],
};

const normalized = (name: string) => name.trim().toLowerCase().replace(/[\s_-]+/g, " ");

/** The role a header cell names, if any. */
export function roleOf(header: string): ColumnRole | undefined {
  const name = normalized(header);
  return (Object.keys(SYNONYMS) as ColumnRole[]).find((role) => SYNONYMS[role].includes(name));
}

/** Each role's column index (the first column that names it). */
export function columnsOf(header: readonly string[]): Partial<Record<ColumnRole, number>> {
  const columns: Partial<Record<ColumnRole, number>> = {};
  header.forEach((cell, i) => {
    const role = roleOf(cell);
    if (role !== undefined && columns[role] === undefined) columns[role] = i;
  });
  return columns;
}

/** Long form names a level, a section and the expectation's text; any other header is a matrix of levels. */
export function isLongForm(columns: Partial<Record<ColumnRole, number>>): boolean {
  return (columns.level !== undefined || columns.levelId !== undefined) && (columns.section !== undefined || columns.sectionId !== undefined) && columns.text !== undefined;
}
