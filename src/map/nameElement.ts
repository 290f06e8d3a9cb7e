/**
 * A place's name for a tooltip, with its Arabic name beside it, each marked with its language and the Arabic
 * one right to left, so screen readers pronounce both and the script runs the right way in any interface.
 * Built from text nodes: names are data, never markup.
 */
export function nameElement(name: string, arabic: string | undefined): HTMLElement {
  const element = document.createElement('span');
  element.className = 'place-name';
  element.append(document.createTextNode(name));
  if (arabic && arabic !== name) {
    const span = document.createElement('span');
    span.className = 'name-ar';
    span.lang = 'ar';
    span.dir = 'rtl';
    span.textContent = arabic;
    element.append(' ', span);
  }
  return element;
}
