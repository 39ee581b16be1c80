/**
 * The one format switch: a command hands back a view and the renderers it
 * has, and present() picks the one the output format asks for. Every view
 * has a JSON form, the view exactly as typed (core/views.ts), unless its
 * renderers give their own.
 */
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

/** The JSON format: one document, the view as it is. */
export function renderJson(view: unknown): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}

export function present<V>(item: Presentable<V>, format: Format, o: TextOptions): string {
  const render = item.renderers[format] ?? (format === "json" ? renderJson : undefined);
  // program.ts offers a command only the formats its view has: reaching this is a bug, reported as one.
  if (!render) throw new Error(`no ${format} form of this view`);
  return render(item.view, o);
}
