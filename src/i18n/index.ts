export { LOCALES, OWN_NAMES, type Locale } from './catalogs';
export { countWords, type CountWords, type PluralForms } from './countWords';
export { describeStatus } from './describeStatus';
export { en, type Messages } from './en';
export { ENGLISH, interfaceLanguage, loadInterfaceLanguage, type InterfaceLanguage } from './interfaceLanguage';
export { pickLanguage } from './pickLanguage';
export { translationFor } from './translationFor';
