/**
 * `npm run geo`: validates geo/ and publishes public/data/. Prints one line per problem and exits 1, writing
 * nothing, or prints the counts and exits 0. `--check` validates without writing; `--geo DIR` and `--out DIR`
 * compile another tree (the tests use them on fixtures).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { oembedResponse } from '../share/oembedResponse';
import { compileDataset } from './compileDataset';
import { compileReport } from './compileReport';
import { formatGeoError } from './GeoError';
import { readGeoTree } from './readGeoTree';
import { writeDataset } from './writeDataset';
import { messageOf } from '../load/messageOf';

const projectDir = resolve(import.meta.dirname, '../..');
const { values: options } = parseArgs({
  options: { check: { type: 'boolean', default: false }, geo: { type: 'string' }, out: { type: 'string' } },
});
const checkOnly = options.check;
const geoDir = resolve(options.geo ?? resolve(projectDir, 'geo'));
const outDir = resolve(options.out ?? resolve(projectDir, 'public/data'));
/** Where the build will be served, for the oEmbed response's absolute addresses; set it when deploying. */
const appUrl = process.env.CLAIMMAP_URL || 'http://localhost:4173/';
if (!/^https?:\/\/[^/]/.test(appUrl)) {
  console.error(`npm run geo: CLAIMMAP_URL must be the absolute http(s) address the map is served from, not "${appUrl}".`);
  process.exit(1);
}

try {
  const result = compileDataset(readGeoTree(geoDir));
  if (!result.ok) {
    for (const error of result.errors) console.error(formatGeoError(error));
    console.error(`npm run geo: ${result.errors.length} problem(s) in geo/; ${outDir} was left as it was.`);
    process.exit(1);
  }
  const oembed = oembedResponse(appUrl, result.dataset.claims.dataset.title);
  const written = checkOnly ? [] : writeDataset(outDir, result.dataset, { 'oembed.json': `${JSON.stringify(oembed, null, 2)}\n` });
  console.log(compileReport(result.dataset));
  console.log(checkOnly ? '\ngeo/ is valid (nothing written).' : `\nwrote ${written.join(', ')} (oEmbed for ${appUrl}) to ${outDir}`);
} catch (error) {
  // A bug in the compile step itself, not in the data: say so plainly rather than blame the editor's files.
  console.error(`npm run geo: internal error: ${messageOf(error)}`);
  process.exit(2);
}
