import { it } from "vitest";
import { readRecordText } from "../../src/core/record-file.js";
it("x", () => {
const good = JSON.stringify({kind:"ladder-assessment",version:1,ladder:{title:"T",fingerprint:"sha256:"+"a".repeat(64)},level:{id:"em",title:"EM"},date:"2026-11-30",answers:[{section:"s",index:0,expectation:"x",answer:"sometimes"}]},null,2);
for (const src of [good, good.replace('"sometimes"','"often"'), good.replace('"answer"','"anwser"'), good.replace('"version": 1','"version": 2'), '{"a":1}', good.slice(0,50), good.replace("2026-11-30","2026-13-01"), "[]", ""]) {
  try { readRecordText(src, "r.json"); console.log("ok"); } catch (e: any) { console.log(e.message, e.details); }
}
});
