import { describe, expect, it } from 'vitest';
import { describeMoment } from './describeMoment';

describe('describeMoment(utcIso, locale)', () => {
  it('writes a moment out on Syria’s clock (UTC+3), in British English by default', () => {
    expect(describeMoment('2024-11-30T14:00:00.000Z')).toBe('Saturday 30 November 2024, 17:00 (Syria, UTC+3)');
  });

  it('moves to the next Syrian day at 21:00 UTC', () => {
    expect(describeMoment('2024-11-30T21:30:00.000Z')).toBe('Sunday 1 December 2024, 00:30 (Syria, UTC+3)');
  });

  it('writes the last second of a Syrian day as the end of that day', () => {
    expect(describeMoment('2024-11-30T20:59:59.000Z')).toBe('end of Saturday 30 November 2024 (Syria, UTC+3)');
  });

  it('writes the first second of a Syrian day as its start', () => {
    expect(describeMoment('2024-11-26T21:00:00.000Z')).toBe('start of Wednesday 27 November 2024 (Syria, UTC+3)');
  });

  it('shows seconds only when they are not zero', () => {
    expect(describeMoment('2024-11-30T14:00:30.000Z')).toBe('Saturday 30 November 2024, 17:00:30 (Syria, UTC+3)');
    expect(describeMoment('2024-11-30T02:05:00.000Z')).toBe('Saturday 30 November 2024, 05:05 (Syria, UTC+3)');
  });

  it('writes Norwegian and Indonesian for nb and id', () => {
    expect(describeMoment('2024-11-30T14:00:00.000Z', 'nb')).toBe('lørdag 30. november 2024 kl. 17:00 (Syria, UTC+3)');
    expect(describeMoment('2024-11-30T20:59:59.000Z', 'nb-NO')).toBe('slutten av lørdag 30. november 2024 (Syria, UTC+3)');
    expect(describeMoment('2024-11-26T21:00:00.000Z', 'no')).toBe('starten av onsdag 27. november 2024 (Syria, UTC+3)');
    expect(describeMoment('2024-11-30T14:00:00.000Z', 'id')).toBe('Sabtu, 30 November 2024 pukul 17.00 (Suriah, UTC+3)');
    expect(describeMoment('2024-11-30T20:59:59.000Z', 'id-ID')).toBe('akhir Sabtu, 30 November 2024 (Suriah, UTC+3)');
    expect(describeMoment('2024-11-26T21:00:00.000Z', 'id')).toBe('awal Rabu, 27 November 2024 (Suriah, UTC+3)');
  });

  it('writes British English for any other English, other languages and tags Intl would reject', () => {
    for (const locale of ['en', 'en-US', 'en_GB', 'ar', 'fr-FR', '', 'not a locale']) {
      expect(describeMoment('2024-11-30T14:00:00.000Z', locale), locale).toBe(
        'Saturday 30 November 2024, 17:00 (Syria, UTC+3)',
      );
    }
  });

  it('gives older moments the offset Syria kept then (UTC+2 in winter before 2022)', () => {
    expect(describeMoment('2016-12-31T21:59:59.000Z')).toBe('end of Saturday 31 December 2016 (Syria, UTC+2)');
  });

  it('throws on text that is not a moment', () => {
    expect(() => describeMoment('Saturday')).toThrow(/not an ISO instant/);
  });
});
