import { describe, expect, it } from 'vitest';
import { symbolsGivingWay } from './symbolsGivingWay';

const city = (placeId: string, x: number, y: number) => ({ placeId, x, y, city: true });
const site = (placeId: string, x: number, y: number) => ({ placeId, x, y, city: false });

describe('symbolsGivingWay(symbols, size): far out, the sites give way', () => {
  it("hides a site whose symbol would overlap a city's, as Aleppo's airport and citadel do far out", () => {
    const symbols = [city('aleppo-city', 382, 349), site('aleppo-citadel', 383, 351), site('aleppo-airport', 395, 354)];
    expect(symbolsGivingWay(symbols, 24)).toEqual(new Set(['aleppo-citadel', 'aleppo-airport']));
  });

  it("hides a site that would overlap only a city's edge, as Hmeimim beside Latakia on a phone's first view", () => {
    expect(symbolsGivingWay([city('latakia', 37, 351), site('hmeimim-airbase', 52, 366)], 24)).toEqual(new Set(['hmeimim-airbase']));
  });

  it('keeps a site whose symbol at most touches a city\'s, as Hmeimim beside Latakia on a desktop', () => {
    expect(symbolsGivingWay([city('latakia', 132, 499), site('hmeimim-airbase', 161, 529)], 24)).toEqual(new Set());
    expect(symbolsGivingWay([city('a', 0, 0), site('b', 24, 0), site('c', 0, -24)], 24)).toEqual(new Set());
  });

  it('never hides a city, nor a site for another site: only a city takes precedence', () => {
    const symbols = [city('a', 100, 100), city('b', 105, 100), site('c', 300, 300), site('d', 305, 302)];
    expect(symbolsGivingWay(symbols, 24)).toEqual(new Set());
  });

  it('checks across grid cells, at negative positions too', () => {
    // 23 and 25 fall in different cells of size 24, yet the squares overlap.
    expect(symbolsGivingWay([city('a', 23, -1), site('b', 25, 5)], 24)).toEqual(new Set(['b']));
    expect(symbolsGivingWay([city('a', -30, -30), site('b', -10, -20)], 24)).toEqual(new Set(['b']));
  });
});

describe("symbolsGivingWay(symbols, size, 'cities'): closer in, the city gives way instead", () => {
  it("hides a city's symbol that a site's would overlap, as Aleppo's under its citadel at zoom 10", () => {
    const symbols = [city('aleppo-city', 414, 422), site('aleppo-citadel', 420, 431), site('aleppo-airport', 470, 437)];
    expect(symbolsGivingWay(symbols, 24, 'cities')).toEqual(new Set(['aleppo-city']));
  });

  it('hides every city a site would overlap, and never a site', () => {
    const symbols = [city('a', 100, 100), city('b', 120, 100), site('c', 110, 100), site('d', 300, 300)];
    expect(symbolsGivingWay(symbols, 24, 'cities')).toEqual(new Set(['a', 'b']));
  });

  it('keeps a city whose symbol at most touches a site\'s, and one crowded only by other cities', () => {
    expect(symbolsGivingWay([city('a', 0, 0), site('b', 24, 0), city('c', -5, 5)], 24, 'cities')).toEqual(new Set());
  });
});
