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
  // Made on first use: every catalog is loaded with the page, and making Intl's formatters for three
  // locales up front was a tenth of the start-up script for words most readers never see in two of them.
  let numbers: Intl.NumberFormat | null = null;
  let rules: Intl.PluralRules | null = null;
  const format = (value: number) => (numbers ??= new Intl.NumberFormat(locale)).format(value);
  const plural = (count: number, forms: PluralForms) => forms[(rules ??= new Intl.PluralRules(locale)).select(count)] ?? forms.other;
  return {
    number: format,
    plural,
    count: (count, forms) => `${format(count)} ${plural(count, forms)}`,
  };
}
