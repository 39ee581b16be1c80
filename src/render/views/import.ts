/**
 * `ladder import`: the imported ladder as a YAML file to edit, written by the
 * yaml library (which quotes whatever needs quoting: a cell such as `=SUM(A1)`,
 * `@here` or `- done` stays text), under a comment that says where it came from.
 */
import { Document } from "yaml";
import { visible } from "../../core/errors.js";
import type { ImportedLadder } from "../../core/import/index.js";

export function importedYaml(ladder: ImportedLadder, source: string): string {
  const doc = new Document(ladder);
  doc.commentBefore = [
    ` Imported by \`ladder import\` from ${visible(source)}.`,
    " Ids were made from the titles: check them, add summaries and transitions,",
    " then run `ladder validate` on this file (`ladder init` writes an example of every field).",
  ].join("\n");
  // lineWidth 0: an expectation stays on one line, as written, rather than folded.
  return doc.toString({ lineWidth: 0 });
}
