import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/urlState';
import { EMBED_SANDBOX, embedUrl, fullMapUrl, iframeSnippet, reservedHeight, resizeScriptUrl, responsiveSnippet, roundBounds } from './embedSnippets';

const state = (overrides: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...overrides });
const aleppo = state({ date: '2024-11-30T20:59:59.000Z', place: 'aleppo-city', lang: 'nb', slider: true });

describe('embedUrl(appHref, state) and fullMapUrl(appHref, state)', () => {
  it('put embed.html beside the app page, with the view as its query', () => {
    expect(embedUrl('https://news.example/maps/claimmap/?place=x#top', aleppo)).toBe(
      'https://news.example/maps/claimmap/embed.html?date=2024-11-30&place=aleppo-city&lang=nb&slider=1',
    );
  });

  it('work from the app served as index.html and from the embed itself', () => {
    for (const page of ['https://a.example/m/index.html?x=1', 'https://a.example/m/embed.html', 'https://a.example/m/']) {
      expect(embedUrl(page, DEFAULT_VIEW_STATE), page).toBe('https://a.example/m/embed.html');
      expect(fullMapUrl(page, DEFAULT_VIEW_STATE), page).toBe('https://a.example/m/');
    }
  });

  it('link the full map at the same view, without the embed-only slider switch', () => {
    expect(fullMapUrl('http://localhost:4173/embed.html?slider=1', aleppo)).toBe(
      'http://localhost:4173/?date=2024-11-30&place=aleppo-city&lang=nb',
    );
  });

  it('find the resize script beside the app', () => {
    expect(resizeScriptUrl('https://a.example/m/embed.html?place=x')).toBe('https://a.example/m/embed-resize.js');
  });
});

describe('iframeSnippet({embedSrc, fullMapHref, title, height})', () => {
  const options = {
    embedSrc: 'https://a.example/m/embed.html?place=aleppo-city&date=2024-11-30',
    fullMapHref: 'https://a.example/m/?place=aleppo-city',
    title: 'Map: Aleppo & "Idlib" <2024>',
    height: 540,
  };
  const html = iframeSnippet(options);
  const frame = new DOMParserLike(html);

  it('is one sandboxed, lazy, titled iframe that takes the width of its column and reserves the height', () => {
    expect(frame.attribute('sandbox')).toBe(EMBED_SANDBOX);
    expect(frame.attribute('loading')).toBe('lazy');
    expect(frame.attribute('width')).toBe('100%');
    expect(frame.attribute('height')).toBe('540');
    expect(frame.attribute('style')).toBe('width:100%;min-width:100%;height:540px;border:0');
    expect(frame.attribute('title')).toBe('Map: Aleppo & "Idlib" <2024>');
    expect(frame.attribute('src')).toBe(options.embedSrc);
  });

  it('escapes what it writes into attributes and text, so a title cannot break out of the markup', () => {
    expect(html).toContain('title="Map: Aleppo &amp; &quot;Idlib&quot; &lt;2024&gt;"');
    expect(html).toContain('>Map: Aleppo &amp; "Idlib" &lt;2024&gt;</a></iframe>');
    expect(html).toContain('src="https://a.example/m/embed.html?place=aleppo-city&amp;date=2024-11-30"');
  });

  it('holds a plain link to the full map for pages that drop frames', () => {
    expect(html).toMatch(/<a href="https:\/\/a\.example\/m\/\?place=aleppo-city">/);
  });

  it('with the resize script, adds one async script beside the app and nothing inline', () => {
    const responsive = responsiveSnippet({ ...options, scriptSrc: 'https://a.example/m/embed-resize.js' });
    expect(responsive).toBe(`${html}\n<script async src="https://a.example/m/embed-resize.js"></script>`);
  });
});

describe('reservedHeight(state)', () => {
  it('reserves more room when the embed shows the slider', () => {
    expect(reservedHeight({ slider: true })).toBeGreaterThan(reservedHeight({ slider: false }));
  });
});

/** Reads the iframe's attributes back from the snippet: a test-only parser for the one tag written above. */
class DOMParserLike {
  private readonly attributes = new Map<string, string>();
  constructor(html: string) {
    const tag = /^<iframe([^>]*)>/.exec(html)?.[1] ?? '';
    for (const match of tag.matchAll(/ ([a-z-]+)(?:="([^"]*)")?/g)) {
      const decoded = (match[2] ?? '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      this.attributes.set(match[1] ?? '', decoded);
    }
  }
  attribute(name: string) {
    return this.attributes.get(name);
  }
}

describe('roundBounds(bounds)', () => {
  it('keeps three decimals, about 100 m, enough for a box to fit', () => {
    expect(roundBounds([36.123456, 35.0004, -37.6666, 36.9999])).toEqual([36.123, 35, -37.667, 37]);
  });
});
