import { createContext, use, type ReactNode } from 'react';
import type { QuoteTranslationsFile } from '../model/types';
import type { ClaimDetailsState } from './useClaimDetails';

/** What the claims show beyond claims.json, as far as it has loaded. */
export interface ClaimExtras {
  details: ClaimDetailsState;
  /** The quotes' translations into the interface language, where it is not English and they have arrived. */
  translations: QuoteTranslationsFile | null;
}

/** No default: a claim outside a provider must fail loudly, not silently lose its notes. */
const ClaimExtrasContext = createContext<ClaimExtras | null>(null);

/** Gives the claims below what has loaded of their details and translations (the explorer and the embed fetch them). */
export function ClaimExtrasProvider({ value, children }: { value: ClaimExtras; children: ReactNode }) {
  return <ClaimExtrasContext value={value}>{children}</ClaimExtrasContext>;
}

export function useClaimExtras(): ClaimExtras {
  const extras = use(ClaimExtrasContext);
  if (!extras) throw new Error('useClaimExtras: no ClaimExtrasProvider above this component');
  return extras;
}
