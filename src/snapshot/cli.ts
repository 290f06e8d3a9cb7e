/**
 * `npm run snapshot -- --date 2024-11-30 --place aleppo-city --lang nb --out aleppo.png`: a still image of
 * the embed, legend and credit included, for print, newsletters and pages that forbid iframes. Builds the app
 * first if the build is missing or stale, serves it locally and draws it in Debian's Chromium.
 *
 *   --date, --place, --lang, --time, --bounds   the view, as the link's parameters (see README)
 *   --slider           draw the date slider too
 *   --width N          CSS pixels (default 800); --scale N pixel density (default 2)
 *   --out FILE.png     where to write it (default claimmap-snapshot.png)
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ClaimsFile, PlacesFile } from '../model/types';
import { ensureBuild } from '../tools/ensureBuild';
import { launchBrowser } from '../tools/launchBrowser';
import { servePreview } from '../tools/servePreview';
import { renderSnapshot } from './renderSnapshot';
import { snapshotOptions } from './snapshotOptions';
import { messageOf } from '../load/messageOf';

const text = { type: 'string' } as const;
let args;
try {
  args = parseArgs({
    options: { date: text, place: text, lang: text, time: text, bounds: text, slider: { type: 'boolean' }, width: text, scale: text, out: text },
  }).values;
} catch (error) {
  fail([messageOf(error)]);
}

const distDir = ensureBuild(false);
const places = JSON.parse(readFileSync(join(distDir, 'data/places.geojson'), 'utf8')) as PlacesFile;
const claims = JSON.parse(readFileSync(join(distDir, 'data/claims.json'), 'utf8')) as ClaimsFile;
const checked = snapshotOptions(args, { placeIds: new Set(places.features.map((place) => place.id)), span: claims.dataset.span });
if (!checked.ok) fail(checked.problems);
const { query, width, scale, out } = checked.options;

const preview = await servePreview(distDir);
const browser = await launchBrowser();
try {
  const png = await renderSnapshot(browser, `${preview.url}embed.html${query}`, { width, scale });
  // Written beside and renamed, so an interrupted run never leaves half a picture under the asked-for name.
  const target = resolve(out);
  writeFileSync(`${target}.partial`, png);
  renameSync(`${target}.partial`, target);
  console.log(`npm run snapshot: wrote ${target} (${width * scale} px wide, ${png.length} bytes) of embed.html${query}`);
} catch (error) {
  console.error(`npm run snapshot: ${messageOf(error)}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await preview.close();
}

function fail(problems: string[]): never {
  for (const problem of problems) console.error(`npm run snapshot: ${problem}`);
  process.exit(1);
}
