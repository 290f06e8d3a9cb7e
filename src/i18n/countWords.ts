/** The plural forms a noun takes; `other` is the one every language has (Indonesian has no other). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface CountWords {
  /** A number in the locale's digits and grouping: 12,345 / 12 345 / 12.345. */
  number: (value: number) => string;
  /** The noun's form for the count, by the locale's plural rules ('claim' for 1, 'claims' for 2). */
  plural: (count: number, forms: PluralForms) => string;
  /** The count and its noun: '1 claim', '2 claims', '2 påstander', '2 klaim'. */
  count: (count: number, forms: PluralForms) => string;
}

/**
 * Counting in a locale, through Intl: each catalog makes one for its own locale, so its sentences with
 * numbers pick their noun forms by the language's rules rather than by `count === 1`.
 */
export function countWords(locale: string): CountWords {
  const numbers = new Intl.NumberFormat(locale);
  const rules = new Intl.PluralRules(locale);
  const plural = (count: number, forms: PluralForms) => forms[rules.select(count)] ?? forms.other;
  return {
    number: (value) => numbers.format(value),
    plural,
    count: (count, forms) => `${numbers.format(count)} ${plural(count, forms)}`,
  };
}
