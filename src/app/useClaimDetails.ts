import { useEffect, useState } from 'react';
import type { LaterFiles } from '../data/createLaterFiles';
import type { ClaimDetail } from '../model/types';
import { laterFiles } from './laterFiles';
import { messageOf } from '../load/messageOf';

export type ClaimDetailsState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; details: Readonly<Record<string, ClaimDetail>> }
  | { state: 'failed'; message: string };

// The same objects on every render, so the context that carries the state changes only when it does (the
// sources view would otherwise redraw its 215 claims on every step of the slider).
const IDLE: ClaimDetailsState = { state: 'idle' };
const LOADING: ClaimDetailsState = { state: 'loading' };

/**
 * Each claim's time basis, note and measured geography (claim-details.json), fetched the first time `wanted`
 * turns true (a place panel or the sources view opened) and kept. A failure is an answer too: the panels
 * say so once and show the rest.
 */
export function useClaimDetails(wanted: boolean, files: LaterFiles = laterFiles): ClaimDetailsState {
  const [answer, setAnswer] = useState<ClaimDetailsState | null>(null);
  useEffect(
    function fetchDetails() {
      if (!wanted || answer) return;
      let live = true;
      files.claimDetails().then(
        (file) => live && setAnswer({ state: 'ready', details: file.details }),
        (error: unknown) => live && setAnswer({ state: 'failed', message: messageOf(error) }),
      );
      return function ignoreLateAnswer() {
        live = false;
      };
    },
    [wanted, answer, files],
  );
  return answer ?? (wanted ? LOADING : IDLE);
}
