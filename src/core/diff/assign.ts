/**
 * One-to-one assignment of rows to columns that maximises the total score,
 * where only listed candidate pairs may be made. Exact (Hungarian algorithm,
 * O(n²m)) for the sizes a ladder has; greedy (best pair first, O(k log k) in
 * the k candidates) above EXACT_LIMIT, where n³ would take seconds.
 */

export interface Candidate {
  row: number;
  column: number;
  score: number;
}

/** Rows or columns beyond this use the greedy method: 250³ steps take tens of milliseconds. */
export const EXACT_LIMIT = 250;

/**
 * Returns the chosen pairs. Both methods are deterministic in the order of
 * rows and columns (greedy breaks ties by row, then column), so callers that
 * put them in a canonical order get the same pairs for inputs in any order.
 */
export function assignPairs<T extends Candidate>(rows: number, columns: number, candidates: readonly T[]): T[] {
  if (candidates.length === 0) return [];
  return Math.max(rows, columns) <= EXACT_LIMIT ? hungarian(rows, columns, candidates) : greedy(candidates);
}

export function greedy<T extends Candidate>(candidates: readonly T[]): T[] {
  const ordered = [...candidates].sort((a, b) => b.score - a.score || a.row - b.row || a.column - b.column);
  const rowTaken = new Set<number>();
  const columnTaken = new Set<number>();
  const chosen: T[] = [];
  for (const c of ordered) {
    if (rowTaken.has(c.row) || columnTaken.has(c.column)) continue;
    rowTaken.add(c.row);
    columnTaken.add(c.column);
    chosen.push(c);
  }
  return chosen;
}

/**
 * Maximum-weight matching by the Hungarian algorithm with potentials, on the
 * matrix of scores (0 where no candidate). A pair assigned at score 0 is no
 * pair: the maximum over all assignments equals the maximum over matchings
 * of candidates only.
 */
export function hungarian<T extends Candidate>(rows: number, columns: number, candidates: readonly T[]): T[] {
  // The algorithm wants n <= m: transpose when there are more rows.
  const transpose = rows > columns;
  const n = transpose ? columns : rows;
  const m = transpose ? rows : columns;
  const cost = new Float64Array((n + 1) * (m + 1)); // 1-based; cost = -score, so minimising maximises
  const byCell = new Map<number, T>();
  for (const c of candidates) {
    const i = (transpose ? c.column : c.row) + 1;
    const j = (transpose ? c.row : c.column) + 1;
    cost[i * (m + 1) + j] = -c.score;
    byCell.set(i * (m + 1) + j, c);
  }

  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const matchOfColumn = new Int32Array(m + 1); // row matched to column j, 0 = none
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    matchOfColumn[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = matchOfColumn[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost[i0 * (m + 1) + j]! - u[i0]! - v[j]!;
        if (reduced < minv[j]!) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[matchOfColumn[j]!] = u[matchOfColumn[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (matchOfColumn[j0] !== 0);
    do {
      const j1 = way[j0]!;
      matchOfColumn[j0] = matchOfColumn[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }

  const chosen: T[] = [];
  for (let j = 1; j <= m; j++) {
    const i = matchOfColumn[j]!;
    if (i === 0) continue;
    const candidate = byCell.get(i * (m + 1) + j);
    if (candidate) chosen.push(candidate);
  }
  return chosen;
}
