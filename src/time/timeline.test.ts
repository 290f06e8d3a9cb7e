import { describe, expect, it } from 'vitest';
import { claimFixture } from '../model/claimFixture';
import { momentIndexAtOrBefore, timeline } from './timeline';

const span = { start: '2024-11-26T21:00:00.000Z', end: '2024-12-01T20:59:59.000Z' };

const historic = claimFixture({
  id: 'b-2016',
  historic: true,
  eventStart: '2016-12-01T00:00:00.000Z',
  eventEnd: '2016-12-31T20:59:59.000Z',
  publishedAt: '2024-11-30T20:59:59.000Z',
});
const wednesday = claimFixture({
  id: 'a-wednesday',
  eventEnd: '2024-11-27T20:59:59.000Z',
  publishedAt: '2024-11-28T20:59:59.000Z',
});
const saturdayMorning = claimFixture({
  id: 'c-saturday-morning',
  eventEnd: '2024-11-30T09:00:00.000Z',
  publishedAt: '2024-11-30T20:59:59.000Z',
});
const saturdayMorningToo = claimFixture({
  id: 'a-saturday-morning',
  eventEnd: '2024-11-30T09:00:00.000Z',
  publishedAt: '2024-11-30T20:59:59.000Z',
});
const claims = [saturdayMorning, historic, wednesday, saturdayMorningToo];

describe('timeline(claims, span, reading)', () => {
  it('stops at the start, at every moment inside the span where a claim becomes known, and at the end', () => {
    expect(timeline(claims, span, 'event').moments).toEqual([
      span.start,
      '2024-11-27T20:59:59.000Z',
      '2024-11-30T09:00:00.000Z',
      span.end,
    ]);
  });

  it('stops where the articles appeared under report time', () => {
    expect(timeline(claims, span, 'report').moments).toEqual([
      span.start,
      '2024-11-28T20:59:59.000Z',
      '2024-11-30T20:59:59.000Z',
      span.end,
    ]);
  });

  it('adds no stop and no tick for claims known before the span: they are the baseline', () => {
    for (const reading of ['event', 'report'] as const) {
      const { moments, ticks } = timeline([historic], span, reading);
      expect(moments).toEqual([span.start, span.end]);
      expect(ticks).toEqual([]);
    }
  });

  it('ticks each stop where claims become known with their ids, sorted', () => {
    expect(timeline(claims, span, 'event').ticks).toEqual([
      { moment: '2024-11-27T20:59:59.000Z', claimIds: ['a-wednesday'] },
      { moment: '2024-11-30T09:00:00.000Z', claimIds: ['a-saturday-morning', 'c-saturday-morning'] },
    ]);
  });

  it('ticks claims known exactly at the start or end of the span without doubling those stops', () => {
    const atStart = claimFixture({ id: 'at-start', eventEnd: span.start });
    const atEnd = claimFixture({ id: 'at-end', eventEnd: span.end });
    const { moments, ticks } = timeline([atEnd, atStart], span, 'event');
    expect(moments).toEqual([span.start, span.end]);
    expect(ticks).toEqual([
      { moment: span.start, claimIds: ['at-start'] },
      { moment: span.end, claimIds: ['at-end'] },
    ]);
  });

  it('ignores claims known after the span', () => {
    const later = claimFixture({ id: 'later', eventEnd: '2024-12-05T20:59:59.000Z' });
    expect(timeline([later], span, 'event')).toEqual({ moments: [span.start, span.end], ticks: [] });
  });

  it('gives a single stop for a span of one moment', () => {
    const instant = { start: span.end, end: span.end };
    expect(timeline([], instant, 'event').moments).toEqual([span.end]);
  });

  it('throws on a span that ends before it starts', () => {
    expect(() => timeline([], { start: span.end, end: span.start }, 'event')).toThrow(/must not end before/);
  });

  it('does not mutate the claims or their order', () => {
    const input = [...claims];
    const copy = structuredClone(input);
    timeline(input, span, 'event');
    expect(input).toEqual(copy);
  });
});

describe('momentIndexAtOrBefore(moments, moment)', () => {
  const moments = ['2024-11-26T21:00:00.000Z', '2024-11-28T20:59:59.000Z', '2024-11-30T09:00:00.000Z'];

  it('finds a stop itself', () => {
    moments.forEach((moment, index) => expect(momentIndexAtOrBefore(moments, moment)).toBe(index));
  });

  it('finds the last stop before a moment between stops', () => {
    expect(momentIndexAtOrBefore(moments, '2024-11-29T12:00:00.000Z')).toBe(1);
  });

  it('finds the last stop for a moment after it', () => {
    expect(momentIndexAtOrBefore(moments, '2025-01-01T00:00:00.000Z')).toBe(2);
  });

  it('gives 0 for a moment before the first stop, and for no stops', () => {
    expect(momentIndexAtOrBefore(moments, '2024-01-01T00:00:00.000Z')).toBe(0);
    expect(momentIndexAtOrBefore([], '2024-01-01T00:00:00.000Z')).toBe(0);
  });

  it('agrees with a linear scan on every stop and every moment between', () => {
    const many = Array.from({ length: 37 }, (_, i) => new Date(Date.UTC(2024, 10, 1 + i)).toISOString());
    for (let day = 0; day < 40; day += 0.5) {
      const moment = new Date(Date.UTC(2024, 10, 1) + day * 86_400_000).toISOString();
      const linear = Math.max(0, many.findLastIndex((stop) => stop <= moment));
      expect(momentIndexAtOrBefore(many, moment), moment).toBe(linear);
    }
  });
});
