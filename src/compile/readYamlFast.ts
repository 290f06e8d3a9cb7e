import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * Text that js-yaml would read, but not to the value the `yaml` package gives, or that geo/ must refuse or
 * point into: each is sent to the full parse instead, which only costs time. Written to over-match.
 */
const LEFT_TO_THE_FULL_PARSE: readonly RegExp[] = [
  // Anchors and aliases (js-yaml expands an alias where geo/ refuses it), tags and merge keys.
  /[&*!]|<</,
  // A directive or a document marker: a second document, or a first one said out loud.
  /^(?:%|---|\.\.\.)/m,
  // An explicit key (`? key`) or a collection as a key: js-yaml makes a string of it differently.
  /(?:^|[\s[{,])\?(?:\s|$)|[\]}]\s*:/m,
  // A null key (`~:`, `null:`, a bare `:`, `[:]`): js-yaml names it "null", the yaml package "".
  /(?:^|[\s[{,])(?:~|null|Null|NULL)?:(?:[\s,[\]{}]|$)/m,
  // A line long enough to hold a key over 1,024 characters, which the yaml package refuses.
  /^.{1000}/m,
  // Numbers the two core schemas read differently: 0b101 and -0x1F (numbers to js-yaml only), -.5 (to
  // the yaml package only) and -0 (zero to js-yaml, minus zero to the yaml package).
  /(?<![\w.])(?:[-+]?0b|[-+]0[xo]|[-+]\.\d|-0(?![\w.]))/,
  // A comment against a closing quote or bracket, which the yaml package refuses and js-yaml reads.
  /["'\]}]#/,
  // Tabs, other control characters, line and paragraph separators and byte-order marks, whose handling
  // differs between YAML versions and parsers.
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/,
];

/**
 * Reads a YAML map or list with js-yaml, some ten times faster than the `yaml` package's full parse with
 * positions, to the value that parse gives (readYamlFast.test.ts holds them to it, key order included).
 * Returns null, leaving the text to the full parse and its positioned error, for anything js-yaml refuses
 * (a repeated key, a second document, a syntax error), for what LEFT_TO_THE_FULL_PARSE lists, and for a
 * text that is not a map or a list: no geo/ file is anything else, and the full parse says what it is.
 */
export function readYamlFast(text: string): { value: object } | null {
  if (LEFT_TO_THE_FULL_PARSE.some((pattern) => pattern.test(text))) return null;
  let value: unknown;
  try {
    // CORE_SCHEMA is YAML 1.2's, as the yaml package reads: `no` and 2024-11-27 stay strings.
    value = load(text, { schema: CORE_SCHEMA, onWarning: refuseWarning });
  } catch {
    return null;
  }
  return typeof value === 'object' && value !== null ? { value } : null;
}

/**
 * js-yaml only warns of a quoted scalar or flow collection running on at an indent the yaml package
 * refuses ("deficient indentation"): a warning makes it a refusal, and the text goes to the full parse.
 */
function refuseWarning(warning: Error): never {
  throw warning;
}
