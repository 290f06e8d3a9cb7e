import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_FILES } from '../data/firstViewFiles';
import { preloadTags } from './preloadFirstViewData';

describe('preloadTags(files)', () => {
  it('gives each first-view file a preload link in the head, beside the page, as fetch() asks for it', () => {
    expect(preloadTags(Object.values(FIRST_VIEW_FILES))).toEqual([
      { tag: 'link', attrs: { rel: 'preload', href: './data/claims.json', as: 'fetch', crossorigin: true }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'preload', href: './data/places.geojson', as: 'fetch', crossorigin: true }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'preload', href: './data/sources.json', as: 'fetch', crossorigin: true }, injectTo: 'head' },
    ]);
  });
});
