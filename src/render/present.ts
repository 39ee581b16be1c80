/**
 * The one format switch: a command hands back a view and the renderers it
 * has, and present() picks the one the output format asks for. Every view
 * has a JSON form, the view exactly as typed (core/views.ts), unless its
 * renderers give their own.
 */
import { BIDI_CONTROL, TERMINAL_CONTROL } from "../core/definitions.js";
import type { TextOptions } from "./text/layout.js";

/** Every output format of every command; each command declares which it offers (cli/program.ts). */
export type Format = "text" | "markdown" | "json" | "html" | "csv";

export type Renderer<V> = (view: V, o: TextOptions) => string;
export type Renderers<V> = { readonly [F in Format]?: Renderer<V> };

/** A view and the ways it can be written. */
/** (Any view: a command's result pairs one view with renderers of that view.) */
export interface Presentable<V = any> {
  view: V;
  renderers: Renderers<V>;
}

/**
 * Characters JSON may carry raw but a terminal (or a reader) must not see
 * raw: DEL and the C1 controls (U+009B is a terminal's CSI) and bidirectional
 * controls. They come from file keys, file names and typed arguments, which
 * the loader cannot refuse; as \u escapes the JSON means the same.
 */
const UNSAFE_IN_JSON = new RegExp(`${TERMINAL_CONTROL.source}|${BIDI_CONTROL.source}`, "g");

/** JSON text with UNSAFE_IN_JSON escaped (JSON.stringify has already escaped C0 controls and lone surrogates). */
export function safeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The JSON format: one document, the view as it is. */
export function renderJson(view: unknown): string {
  return `${safeJson(JSON.stringify(view, null, 2))}\n`;
}

export function present<V>(item: Presentable<V>, format: Format, o: TextOptions): string {
  const render = item.renderers[format] ?? (format === "json" ? renderJson : undefined);
  // program.ts offers a command only the formats its view has: reaching this is a bug, reported as one.
  if (!render) throw new Error(`no ${format} form of this view`);
  return render(item.view, o);
}
