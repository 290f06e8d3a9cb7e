import { memo } from 'react';
import { STATUS_COLOURS } from './palette';

/**
 * SVG patterns for contested and disputed places, one per status colour, referenced from map.css
 * (`fill: url(#hatch-opposition)`): stripes of the status colour on white, so a disputed place keeps its
 * colour but reads as uncertain, also in greyscale.
 */
export const HatchPatterns = memo(function HatchPatterns() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        {Object.entries(STATUS_COLOURS).map(([status, colour]) => (
          <pattern key={status} id={`hatch-${status}`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#ffffff" fillOpacity="0.35" />
            <rect width="4" height="8" fill={colour} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
});
