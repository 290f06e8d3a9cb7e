import { useState } from 'react';
import type { PlaceStatus } from '../model/placeStatusAt';
import type { Claim, Place, Source } from '../model/types';
import { ClaimDetailsStatus } from './ClaimDetailsStatus';
import { ClaimItem } from './ClaimItem';
import { Disagreements } from './Disagreements';
import { useI18n } from './I18n';
import { StatusSummary } from './StatusSummary';

interface Props {
  place: Place;
  status: PlaceStatus;
  claims: Claim[];
  claimsById: Map<string, Claim>;
  isKnown: (claim: Claim) => boolean;
  placesById: Map<string, Place>;
  sourcesById: Map<string, Source>;
  onClose: () => void;
  /** The embed's narrow column: disagreements folded, claims shortened and the first few only until asked. */
  compact?: boolean;
}

/** How many claims a compact panel lists before the reader asks for all of them. */
const COMPACT_FIRST = 5;

/** A place: its status at the moment and why, where sources disagree, then every claim so far, newest first. */
export function PlacePanel({ place, status, claims, claimsById, isKnown, placesById, sourcesById, onClose, compact = false }: Props) {
  const { t, nameOf } = useI18n();
  const { names, geometrySource } = place.properties;
  const name = nameOf(place);
  const [showAll, setShowAll] = useState(!compact);
  const shown = showAll ? claims : claims.slice(0, COMPACT_FIRST);
  return (
    <section className="place-panel" aria-labelledby="place-heading">
      <div className="panel-head">
        <h2 id="place-heading" tabIndex={-1}>
          {name}{' '}
          <span lang="ar" dir="rtl" className="name-ar">
            {names.ar}
          </span>
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={t.place.close(name)}>
          ×
        </button>
      </div>
      <StatusSummary status={status} claimsById={claimsById} />
      <ClaimDetailsStatus />
      <Disagreements
        claims={claims}
        claimsById={claimsById}
        isKnown={isKnown}
        placesById={placesById}
        sourcesById={sourcesById}
        compact={compact}
      />
      <h3>
        {t.place.claimsSoFar(claims.length)}
        {shown.length < claims.length && t.place.firstShown(shown.length)}
      </h3>
      {claims.length === 0 ? (
        <p className="muted">{t.place.noClaims}</p>
      ) : (
        <ol className="claims">
          {shown.map((claim) => (
            <ClaimItem key={claim.id} claim={claim} placesById={placesById} source={sourcesById.get(claim.sourceId)} compact={compact} />
          ))}
        </ol>
      )}
      {shown.length < claims.length && (
        <button type="button" className="show-all" onClick={() => setShowAll(true)}>
          {t.place.showAll(claims.length)}
        </button>
      )}
      <p className="muted geometry-note">
        {t.place.outline} {geometrySource.approximate && `${t.place.approximate} `}
        <span lang="en">{geometrySource.method}</span>
      </p>
    </section>
  );
}
