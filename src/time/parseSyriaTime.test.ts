import { describe, expect, it } from 'vitest';
import { parseSyriaTime, syriaDay } from './parseSyriaTime';

describe('parseSyriaTime(text, bound)', () => {
  it('reads a date alone as the start or the end of that day in Syria (UTC+3)', () => {
    expect(parseSyriaTime('2024-11-30', 'start')).toBe('2024-11-29T21:00:00.000Z');
    expect(parseSyriaTime('2024-11-30', 'end')).toBe('2024-11-30T20:59:59.000Z');
  });

  it('reads a local date-time as Syria time whatever the bound', () => {
    expect(parseSyriaTime('2024-11-30T17:00', 'start')).toBe('2024-11-30T14:00:00.000Z');
    expect(parseSyriaTime('2024-11-30T17:00:30', 'end')).toBe('2024-11-30T14:00:30.000Z');
  });

  it('honours an explicit Z or offset', () => {
    expect(parseSyriaTime('2024-11-30T14:00Z', 'start')).toBe('2024-11-30T14:00:00.000Z');
    expect(parseSyriaTime('2024-11-30T14:00+01:00', 'start')).toBe('2024-11-30T13:00:00.000Z');
  });

  it('rejects days and hours that do not exist instead of rolling them over', () => {
    expect(parseSyriaTime('2024-02-30', 'start')).toBeNull();
    expect(parseSyriaTime('2024-13-01', 'end')).toBeNull();
    expect(parseSyriaTime('2024-11-30T24:00', 'start')).toBeNull();
  });

  it('rejects other forms', () => {
    for (const text of ['', '30.11.2024', '2024-11-30 17:00', 'Saturday', '2024-11-3', '2024-11-30T5pm']) {
      expect(parseSyriaTime(text, 'start'), text).toBeNull();
    }
  });
});

describe('syriaDay(utcIso)', () => {
  it('gives the local calendar day, which changes at 21:00 UTC', () => {
    expect(syriaDay('2024-11-30T20:59:59.000Z')).toBe('2024-11-30');
    expect(syriaDay('2024-11-30T21:00:00.000Z')).toBe('2024-12-01');
  });
});
