import { memo } from 'react';
import { OWN_NAMES } from '../i18n';
import { LANGUAGES, type Language } from '../model/vocabulary';
import { useI18n } from './I18n';

/**
 * The interface language, chosen by the reader: a labelled native select (keyboard and screen readers get
 * it for free), each language in its own name and marked as such, so a reader finds theirs whatever the
 * page speaks now. Choosing writes `lang` into the link, so a reload or a shared link keeps it.
 */
export const LanguagePicker = memo(function LanguagePicker({ onChange }: { onChange: (lang: Language) => void }) {
  const { t, lang } = useI18n();
  return (
    <label className="language-picker">
      {t.explorer.language}
      <select value={lang} onChange={(event) => onChange(LANGUAGES.find((code) => code === event.target.value) ?? lang)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {OWN_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
});
