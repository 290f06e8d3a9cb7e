/**
 * The messages an embed posts to the page around it when its content changes height, so that page can size
 * the iframe to fit. They carry nothing but a height: the embed never listens for messages itself, so a
 * host page can steer it only through the link's parameters.
 */

/** claimmap's own message, which public/embed-resize.js applies: `{ type: 'claimmap:height', height: 612 }`. */
export const HEIGHT_MESSAGE_TYPE = 'claimmap:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  /** CSS pixels, a whole number, rounded up so the iframe never cuts off the last line. */
  height: number;
}

/** AMP's `amp-iframe` resize request, so AMP pages grow the frame without our script. */
export interface AmpEmbedSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** Both messages for a measured height (a fraction from getBoundingClientRect is rounded up). */
export function heightMessages(measured: number): [HeightMessage, AmpEmbedSizeMessage] {
  if (!Number.isFinite(measured) || measured < 0) throw new Error(`heightMessages: height must be a finite, non-negative number, not ${measured}`);
  const height = Math.ceil(measured);
  return [
    { type: HEIGHT_MESSAGE_TYPE, height },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}
