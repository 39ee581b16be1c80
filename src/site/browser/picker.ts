/** The comparison picker: every two levels have a page, earlier level first; the picker only chooses which to open. */
import type { PickerData } from "../data.js";

export function picker({ order, pages }: PickerData): void {
  const form = document.getElementById("picker") as HTMLFormElement;
  const from = document.getElementById("picker-from") as HTMLSelectElement;
  const to = document.getElementById("picker-to") as HTMLSelectElement;
  const message = document.getElementById("picker-message")!;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    let [a, b] = [from.value, to.value];
    if (a === b) {
      message.textContent = "Choose two different levels.";
      return;
    }
    if (order[a]! > order[b]!) [a, b] = [b, a];
    const page = own(own(pages, a) ?? {}, b);
    if (page === undefined) {
      message.textContent = `This site has no page comparing levels this far apart (the ladder is large); on the command line: ladder diff ${a} ${b}`;
      return;
    }
    location.href = page;
  });
}

/** A key's own value (an id such as "constructor" must not find what every object inherits). */
function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
