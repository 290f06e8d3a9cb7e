import { geometryCredits } from '../model/geometryCredits';
import type { Place } from '../model/types';
import { useI18n } from './I18n';

/** Every credit the place outlines require (geoBoundaries' CC BY 3.0 IGO among them), once each. */
export function Credits({ places }: { places: Place[] }) {
  const { t } = useI18n();
  const credits = geometryCredits(places);
  const approximate = places.filter((place) => place.properties.geometrySource.approximate).length;
  return (
    <footer className="credits">
      <h2>{t.credits.heading}</h2>
      {/* The credits are the licences' own wording, in English. */}
      <ul lang="en">
        {credits.map((credit) => (
          <li key={credit}>{credit}</li>
        ))}
      </ul>
      <p className="muted">{t.credits.approximate(approximate, places.length)}</p>
    </footer>
  );
}
