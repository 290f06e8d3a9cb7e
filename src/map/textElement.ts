/**
 * Leaflet puts a string tooltip or popup in as HTML. Names and quotes are data, never markup, so they go in
 * as text nodes inside an element.
 */
export function textElement(text: string, className?: string): HTMLElement {
  const span = document.createElement('span');
  if (className) span.className = className;
  span.textContent = text;
  return span;
}
