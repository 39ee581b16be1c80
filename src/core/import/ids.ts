/**
 * Ids for what an import finds, made from titles: lowercase slugs (the
 * format's ID_PATTERN), accents folded, unique within their kind.
 */
import { ID_PATTERN } from "../format/schema.js";
import { slug } from "../slug.js";

/** Long titles make long ids; an id is typed on the command line. */
const MAX_ID_LENGTH = 40;

/** "Senior Engineer (L4)" -> "senior-engineer-l4"; "Gestión" -> "gestion". Empty when nothing is left (a title of emoji). */
export const slugOf = (title: string): string => slug(title, MAX_ID_LENGTH);

/** Hands out ids of one kind: the wanted id if it is a free slug, else a slug of the title, numbered when taken. */
export class IdMaker {
  private readonly taken = new Set<string>();
  constructor(private readonly fallback: string) {}

  make(title: string, wanted?: string): string {
    if (wanted !== undefined && ID_PATTERN.test(wanted) && !this.taken.has(wanted)) return this.take(wanted);
    const base = slugOf(title) || this.fallback;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    return this.take(id);
  }

  private take(id: string): string {
    this.taken.add(id);
    return id;
  }
}
