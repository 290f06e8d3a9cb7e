import type { ReactNode } from 'react';
import type { AskedOnce } from '../load/askOnce';
import { useI18n } from './I18n';
import { useLaterPart } from './useLaterPart';

interface Props<T> {
  load: AskedOnce<T>;
  /** What the part is, in the reader's language, for the message if it cannot be loaded. */
  part: string;
  children: (part: T) => ReactNode;
}

/**
 * Shows a part of the page that loads when first shown: a line while it loads, the part once it is in, or,
 * if its fetch failed, which part and the browser's reason (it names the file) with a button to try again.
 */
export function LaterPart<T>({ load, part, children }: Props<T>) {
  const { t } = useI18n();
  const { answer, retry } = useLaterPart(load);
  if (answer.state === 'ready') return children(answer.part);
  if (answer.state === 'loading') {
    return (
      <p role="status" className="muted later-status">
        {t.later.loading}
      </p>
    );
  }
  return (
    <div role="alert" className="error later-status">
      <p>
        {t.later.failed(part)} <span lang="en">{answer.message}</span>
      </p>
      <button type="button" onClick={retry}>
        {t.later.retry}
      </button>
    </div>
  );
}
