/**
 * Finds a quote in its article, allowing only whitespace to differ (YAML folds lines; articles break
 * paragraphs), and returns where it stands, so the published quote is the article's own bytes, not the
 * editor's copy of them. Null when the words are not there, in that order, exactly.
 */
export function locateQuote(article: string, quote: string): { start: number; end: number } | null {
  const words = quote.trim().split(/\s+/u).filter(Boolean);
  if (!words.length) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u');
  const match = pattern.exec(article);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
