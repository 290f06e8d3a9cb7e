/** Characters a title made from an article's opening words runs to, at most (plus the ellipsis). */
export const OPENING_WORDS_MAX = 90;

/**
 * What lists call an article: its headline, or where the text has none, its first words up to about
 * `OPENING_WORDS_MAX` characters, cut at a word boundary, with an ellipsis where it was cut. Whitespace is
 * folded, since line breaks mean nothing in a one-line title.
 */
export function sourceTitle(headline: string | null, text: string): string {
  if (headline !== null) return headline;
  const flat = text.trim().replace(/\s+/g, ' ');
  if (flat.length <= OPENING_WORDS_MAX) return flat;
  const cut = flat.slice(0, OPENING_WORDS_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}
