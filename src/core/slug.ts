/**
 * The one way a name becomes a slug (lowercase ASCII letters, digits and
 * single hyphens): for ids made by `ladder import` and for the names of
 * assessment record files. Accents are dropped rather than split ("Gestión"
 * -> "gestion", not "gestio-n"); anything else that is not a letter or digit
 * (spaces, punctuation, emoji, CJK) becomes one hyphen, none at either end.
 * The site's script carries a copy in browser JavaScript (src/site/script.ts
 * SLUG_SCRIPT); tests/unit/slug.test.ts runs both on the same names.
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
