/**
 * The files in data/ each page draws its first view from: loadDataset fetches them, the pages' HTML
 * preloads them (src/build/preloadFirstViewData.ts) and npm run bench weighs them, all from this one list.
 */
export const FIRST_VIEW_FILES = { claims: 'claims.json', places: 'places.geojson', sources: 'sources.json' } as const;
