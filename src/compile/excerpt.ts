// eslint-disable-next-line no-control-regex -- control characters are what it looks for: they break lines and terminals
const LINE_BREAKING = /[\u0000-\u001f\u007f\u2028\u2029]/g;

/**
 * At most `max` characters of a value an editor wrote, on one line, for quoting in an error message. A
 * runaway paste (a megabyte of quote, a key with a newline in it) must not turn one line of output into
 * a screenful, or into several lines that editors' tools would read as several problems.
 */
export function excerpt(text: string, max = 40): string {
  const oneLine = text.replace(LINE_BREAKING, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (oneLine.length <= max) return oneLine;
  // Never end on half of a surrogate pair (an emoji cut in two prints as garbage).
  const end = /[\ud800-\udbff]/.test(oneLine.charAt(max - 1)) ? max - 1 : max;
  return `${oneLine.slice(0, end)}… (${text.length} characters)`;
}
