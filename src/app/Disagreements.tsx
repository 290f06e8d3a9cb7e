import type { Claim, Place, Source } from '../model/types';
import { ClaimItem } from './ClaimItem';
import { useI18n } from './I18n';

/** A few pairs are shown open; a long list starts folded so the place's own claims stay in reach. */
const OPEN_UP_TO = 4;

interface Props {
  claims: Claim[];
  claimsById: Map<string, Claim>;
  isKnown: (claim: Claim) => boolean;
  placesById: Map<string, Place>;
  sourcesById: Map<string, Source>;
  /** The embed's narrow column: always folded, claims shortened. */
  compact?: boolean;
}

/**
 * Where the sources disagree about this place, side by side: each of the place's claims beside every known
 * claim it contradicts ('half' against 'most'; the rebels against the SDF at the airport). Each pair once.
 */
export function Disagreements({ claims, claimsById, isKnown, placesById, sourcesById, compact = false }: Props) {
  const { t } = useI18n();
  const seen = new Set<string>();
  const pairs: [Claim, Claim][] = [];
  for (const claim of claims) {
    for (const otherId of claim.contradicts) {
      const other = claimsById.get(otherId);
      const key = [claim.id, otherId].sort().join('|');
      if (!other || !isKnown(other) || seen.has(key)) continue;
      seen.add(key);
      pairs.push([claim, other]);
    }
  }
  if (!pairs.length) return null;
  return (
    <details className="disagreements" open={!compact && pairs.length <= OPEN_UP_TO}>
      <summary>
        <h3>{t.disagreements.heading(pairs.length)}</h3>
      </summary>
      <ul>
        {pairs.map(([a, b]) => (
          <li key={`${a.id}|${b.id}`} className="pair">
            <ClaimItem as="div" claim={a} placesById={placesById} source={sourcesById.get(a.sourceId)} compact={compact} />
            <p className="versus" aria-hidden="true">
              {t.disagreements.versus}
            </p>
            <ClaimItem as="div" claim={b} placesById={placesById} source={sourcesById.get(b.sourceId)} compact={compact} />
          </li>
        ))}
      </ul>
    </details>
  );
}
