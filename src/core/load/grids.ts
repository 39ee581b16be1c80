/**
 * The bound on what multiplies (LIMITS.maxGridCells): a file of a few hundred
 * kilobytes can name thousands of levels and thousands of sections, growth
 * areas or fact labels, and the views that cross them grow with the product.
 * Checked on the data once its shape is known, each problem placed where the
 * product passes the limit.
 */
import type { Problem } from "../errors.js";
import { formatPath } from "../errors.js";
import type { LadderFile } from "../format/schema.js";
import { LIMITS } from "./limits.js";
import type { Position } from "./issues.js";

const count = (n: number) => n.toLocaleString("en-US");

export function checkGrids(file: LadderFile, source: string, position: Position): Problem[] {
  const problems: Problem[] = [];
  const levels = file.levels.length;
  const over = (path: PropertyKey[], what: string, n: number, hint: string) =>
    problems.push({
      file: source,
      ...position(path, true),
      path: formatPath(path),
      message: `${count(levels)} levels and ${count(n)} ${what} make ${count(levels * n)} cells, over the limit of ${count(LIMITS.maxGridCells)}`,
      hint,
    });
  const sections = file.sections.length;
  if (levels * sections > LIMITS.maxGridCells) over(["sections"], "sections", sections, "every level is shown with every section; is this the right file?");
  const areas = file.growth_areas?.length ?? 0;
  if (levels * areas > LIMITS.maxGridCells) over(["growth_areas"], "growth areas", areas, "every growth area is shown across every level; is this the right file?");
  // Distinct labels, counted in file order: the problem points at the label that passes the limit.
  const labels = new Set<string>();
  file.levels.some((level, i) =>
    Object.keys(level.facts ?? {}).some((label) => {
      if (labels.has(label)) return false;
      labels.add(label);
      if (levels * labels.size <= LIMITS.maxGridCells) return false;
      over(["levels", i, "facts", label], "different fact labels", labels.size, "`ladder levels` has a column for each fact label; use the same labels across levels");
      return true;
    }),
  );
  return problems;
}
