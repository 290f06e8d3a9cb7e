import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from './loadDataset';

const files: Record<string, unknown> = {
  'claims.json': { format: 'claimmap/claims@1', dataset: { title: 't', span: { start: 'a', end: 'b' } }, claims: [] },
  'places.geojson': { type: 'FeatureCollection', format: 'claimmap/places@1', features: [], distances: [] },
  'sources.json': { format: 'claimmap/sources@1', sources: [], origins: [], vias: [] },
};

const fakeFetch = (overrides: Record<string, string | number> = {}): typeof fetch =>
  (async (url: string) => {
    const name = String(url).replace('data/', '');
    const override = overrides[name];
    if (typeof override === 'number') return new Response('', { status: override });
    return new Response(override ?? JSON.stringify(files[name]));
  }) as typeof fetch;

describe('loadDataset(baseUrl, fetch)', () => {
  it('loads the three published files', async () => {
    const dataset = await loadDataset('data/', fakeFetch());
    expect(dataset.claims.claims).toEqual([]);
    expect(dataset.sources.sources).toEqual([]);
  });

  it('names the file that is missing, corrupt or of another format', async () => {
    await expect(loadDataset('data/', fakeFetch({ 'claims.json': 404 }))).rejects.toThrow('claims.json: could not be loaded (HTTP 404)');
    await expect(loadDataset('data/', fakeFetch({ 'sources.json': '{"format": "claimmap/sour' }))).rejects.toThrow(
      'sources.json: is not valid JSON',
    );
    await expect(loadDataset('data/', fakeFetch({ 'places.geojson': '{"type":"FeatureCollection","features":[]}' }))).rejects.toBeInstanceOf(
      DatasetError,
    );
  });
});
