/**
 * The one way a name becomes a slug (lowercase ASCII letters, digits and
 * single hyphens): for ids made by `ladder import` and for the names of
 * assessment record files. Accents are dropped rather than split ("Gestión"
 * -> "gestion", not "gestio-n"); anything else that is not a letter or digit
 * (spaces, punctuation, emoji, CJK) becomes one hyphen, none at either end.
 * The site's script runs this very function (src/site/browser/ bundles it).
 */
export function slug(name: string, maxLength = Infinity): string {
  const out = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Cut at the cap, and never leave the cut on a hyphen.
  return out.length > maxLength ? out.slice(0, maxLength).replace(/-+$/, "") : out;
}

/** The longest slug in the name of a file ladder writes. */
export const NAME_LENGTH = 60;

/**
 * `assessment-2026-11-30-em[-sam-rivera]`: the name of an assessment record,
 * as `ladder assess` saves it and the site exports it, so records from both
 * sort together by date; it names the level and whom it is for.
 */
export function recordStem(date: string, levelId: string, who: string | undefined): string {
  return `assessment-${date}-${levelAndWhom(levelId, who)}`;
}

/** `em[-sam-rivera]`: the part of an assessment's file names that says which level and for whom. */
export function levelAndWhom(levelId: string, who: string | undefined): string {
  const whom = who ? slug(who, NAME_LENGTH) : "";
  return `${slug(levelId, NAME_LENGTH) || "level"}${whom ? `-${whom}` : ""}`;
}
