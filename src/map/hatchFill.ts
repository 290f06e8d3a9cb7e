/** The tile's side: its diagonal stripes repeat every side/√2 ≈ 8 px, as the SVG patterns' do (HatchPatterns.tsx). */
const SIDE = 11;

const fills = new Map<string, CanvasPattern | string>();

/**
 * The canvas renderer's version of the SVG hatch: stripes of the status colour on a light ground, as a
 * CanvasPattern Leaflet's canvas takes as a fill colour. One per colour, made on first use. Where a canvas
 * cannot be had (no 2D context), the plain colour: the place is still coloured, and the panel says disputed.
 */
export function hatchFill(colour: string): CanvasPattern | string {
  const made = fills.get(colour);
  if (made) return made;
  const tile = document.createElement('canvas');
  tile.width = tile.height = SIDE;
  const context = tile.getContext('2d');
  const pattern = context ? drawHatch(context, colour) : null;
  const fill = pattern ?? colour;
  fills.set(colour, fill);
  return fill;
}

function drawHatch(context: CanvasRenderingContext2D, colour: string): CanvasPattern | null {
  context.fillStyle = 'rgba(255, 255, 255, 0.35)';
  context.fillRect(0, 0, SIDE, SIDE);
  context.strokeStyle = colour;
  // Half the period wide, as the SVG's 4 of 8; the two corner strokes finish the stripe across the tile's edge.
  context.lineWidth = SIDE / Math.SQRT2 / 2;
  context.beginPath();
  for (const offset of [-SIDE, 0, SIDE]) {
    context.moveTo(offset, SIDE);
    context.lineTo(offset + SIDE, 0);
  }
  context.stroke();
  return context.createPattern(context.canvas, 'repeat');
}
