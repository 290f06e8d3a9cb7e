export { claimsOfPlace } from './claimsOfPlace';
export { geometryCredits } from './geometryCredits';
export { EVENT_KINDS, eventsAt, type PlaceEvents } from './eventsAt';
export { independentOrigins } from './independentOrigins';
export { indexClaims, knownClaimsOf, TERRITORIAL_KINDS, type ClaimIndex } from './indexClaims';
export { isKnownAt, knownAt } from './knownAt';
export { placeStatusAt, type PlaceStatus, type Side } from './placeStatusAt';
export * from './types';
export * from './vocabulary';
