import { useId, useRef, useState } from 'react';
import { copyText } from './copyText';
import { useI18n } from './I18n';

interface Props {
  label: string;
  value: string;
  /** One line (a link) or several (a snippet). */
  multiline?: boolean;
  buttonLabel: string;
}

/** A read-only field and a Copy button that says, in a live region, whether it worked. */
export function CopyField({ label, value, multiline = false, buttonLabel }: Props) {
  const { t } = useI18n();
  const id = useId();
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => setOutcome((await copyText(value, field.current)) ? 'copied' : 'failed');
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} ref={field} readOnly value={value} rows={5} spellCheck={false} onFocus={(e) => e.target.select()} />
      ) : (
        <input id={id} ref={field} readOnly value={value} spellCheck={false} onFocus={(e) => e.target.select()} />
      )}
      <div className="copy-row">
        <button type="button" onClick={copy}>
          {buttonLabel}
        </button>
        <span role="status" className="muted">
          {outcome === 'copied' ? t.share.copied : outcome === 'failed' ? t.share.copyFailed : ''}
        </span>
      </div>
    </div>
  );
}
