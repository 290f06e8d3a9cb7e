import { geometryCredits } from '../model/geometryCredits';
import type { Place } from '../model/types';

/** Every credit the place outlines require (geoBoundaries' CC BY 3.0 IGO among them), once each. */
export function Credits({ places }: { places: Place[] }) {
  const credits = geometryCredits(places);
  const approximate = places.filter((place) => place.properties.geometrySource.approximate).length;
  return (
    <footer className="credits">
      <h2>Data credits</h2>
      <ul>
        {credits.map((credit) => (
          <li key={credit}>{credit}</li>
        ))}
      </ul>
      <p className="muted">
        {approximate} of {places.length} outlines are approximate, drawn by the project from known coordinates; each
        says how. The boundaries shown do not imply endorsement or acceptance by the United Nations.
      </p>
    </footer>
  );
}
