/**
 * Makes a throwaway Intl formatter, and with it pays ICU's one-time set-up: in Chromium at 4x CPU the page's
 * first formatter, of any kind and locale, takes 55 to 60 ms, and each one after it a few. Called in a task of
 * its own while the dataset loads, so that the set-up is not paid inside the dataset's first render, where it
 * was the longest piece of work React could not split (the first component to write a number).
 */
export function payIntlSetUp(): void {
  new Intl.NumberFormat().format(0);
}
