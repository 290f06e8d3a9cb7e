/**
 * Orders ids, ISO instants, language codes and file paths by their UTF-16 code units, as `<` does.
 *
 * Not localeCompare: that asks the collator of whoever runs it, and collations differ. In Danish and
 * Norwegian "aa" is "å" and sorts after "z", so the compile's output came out in another order under
 * LANG=da_DK, and a reader in Oslo would see a place's tied claims in another order than a reader in London.
 * The binary searches over times (countAtOrBefore) compare with `<=`, so the lists they search must be sorted
 * the same way. And the first localeCompare builds ICU's collator, a few milliseconds of a phone's start.
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
