/**
 * `npm run geo`: validates geo/ and publishes public/data/. Prints one line per problem and exits 1, writing
 * nothing, or prints the counts and exits 0. `--check` validates without writing.
 */
import { resolve } from 'node:path';
import { compileDataset } from './compileDataset';
import { compileReport } from './compileReport';
import { formatGeoError } from './GeoError';
import { readGeoTree } from './readGeoTree';
import { writeDataset } from './writeDataset';

const projectDir = resolve(import.meta.dirname, '../..');
const checkOnly = process.argv.includes('--check');

try {
  const result = compileDataset(readGeoTree(resolve(projectDir, 'geo'), projectDir));
  if (!result.ok) {
    for (const error of result.errors) console.error(formatGeoError(error));
    console.error(`npm run geo: ${result.errors.length} problem(s) in geo/; public/data/ was left as it was.`);
    process.exit(1);
  }
  if (!checkOnly) writeDataset(resolve(projectDir, 'public/data'), result.dataset);
  console.log(compileReport(result.dataset));
  console.log(checkOnly ? '\ngeo/ is valid (nothing written).' : '\nwrote public/data/claims.json, places.geojson, sources.json');
} catch (error) {
  // A bug in the compile step itself, not in the data: say so plainly rather than blame the editor's files.
  console.error(`npm run geo: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
