/** The JSON format: one document, the view exactly as typed in core/views.ts. */
export function renderJson(view: unknown): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}
