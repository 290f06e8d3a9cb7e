import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { build } from 'vite';

/** The floor pages, by what the table calls them (their sources are in src/bench/floor/). */
export const FLOORS = {
  'a bare slider': 'bare.html',
  'React with one controlled slider': 'react.html',
} as const;

/**
 * Builds the floor pages into `outDir` the way the app is built (Vite, React's production build), so that a
 * slider step of the app can be read against the same step on pages that do nothing (a bare slider) and
 * nothing but React (one controlled slider and its words), measured in the same run on the same machine.
 */
export async function buildFloors(outDir: string): Promise<string> {
  const root = resolve(import.meta.dirname, 'floor');
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, rollupOptions: { input: Object.values(FLOORS).map((page) => resolve(root, page)) } },
  });
  return outDir;
}
