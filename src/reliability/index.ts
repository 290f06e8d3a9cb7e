export { recordReliabilityRow } from './recordReliabilityRow';
export { findReliabilityRow, reliabilityRow, replaceReliabilityRow, type FuzzCounts } from './reliabilityRow';
