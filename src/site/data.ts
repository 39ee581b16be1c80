/**
 * What the pages hand the site's script (src/site/browser/), as JSON blocks
 * in the page (layout.ts dataBlock): the one definition of each shape, read
 * by both sides. Types only, so the browser bundle takes nothing from here.
 */

/** The search page's texts, in the order `ladder search` reports hits. */
export interface SearchItem {
  kind: "description" | "responsibility" | "expectation" | "example" | "growth-area" | "transition" | "note";
  location: string;
  href: string;
  /** A transition's title, or a note's with its first paragraph: searched with the text. */
  title: string | null;
  text: string;
}

/** The comparison picker's: each level's place in the ladder, and the comparison pages the site has, by the earlier level's id and then the later's. */
export interface PickerData {
  order: Record<string, number>;
  pages: Record<string, Record<string, string>>;
}

/** An assessment page's: what goes into the record (core/record.ts), and each question's form field. */
export interface AssessmentData {
  ladder: { title: string; fingerprint: string };
  level: { id: string; title: string };
  questions: { id: string; section: string; index: number; expectation: string }[];
}
