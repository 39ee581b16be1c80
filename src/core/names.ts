/**
 * How names typed on the command line are compared (docs: ladder-format.md,
 * "Resolving names"): case is ignored and spaces, hyphens and underscores are
 * treated alike.
 */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}

/** Edit distance counting a swap of two neighbours as one edit ("titel" -> "title"), for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The known words closest to `word`, best first; only those close enough to be a typo. */
export function closest(word: string, known: readonly string[], max = 3): string[] {
  const target = normalizeName(word);
  const scored = known
    .map((candidate) => {
      const norm = normalizeName(candidate);
      const distance = editDistance(target, norm);
      // A shared start or containment reads as "close" even when long.
      const related = target.length > 1 && (norm.includes(target) || target.includes(norm));
      return { candidate, score: distance - (related ? 0.5 : 0), related, norm };
    })
    .filter(({ score, related, norm }) => related || score <= Math.max(1, Math.floor(Math.max(target.length, norm.length) / 3)))
    .sort((x, y) => x.score - y.score);
  const out: string[] = [];
  for (const { candidate } of scored) {
    if (!out.includes(candidate)) out.push(candidate);
    if (out.length === max) break;
  }
  return out;
}
