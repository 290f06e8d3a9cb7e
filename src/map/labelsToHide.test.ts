import { describe, expect, it } from 'vitest';
import type { Box } from './box';
import { labelsToHide } from './labelsToHide';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });

describe('labelsToHide(labels, data, margin)', () => {
  const samandag = box(100, 100, 60, 14);

  it('hides a town name that an event marker covers, and keeps one clear of everything', () => {
    const marker = box(140, 95, 34, 20);
    const farAway = box(300, 300, 60, 14);
    expect(labelsToHide([samandag, farAway], [marker])).toEqual(new Set([0]));
  });

  it('keeps the margin clear around the data: a label that only touches a symbol yields too', () => {
    const symbolBeside = box(161, 100, 24, 24);
    expect(labelsToHide([samandag], [symbolBeside], 2)).toEqual(new Set([0]));
    expect(labelsToHide([samandag], [symbolBeside], 0)).toEqual(new Set());
  });

  it('keeps every label when the data draws nothing', () => {
    expect(labelsToHide([samandag, box(0, 0, 10, 10)], [])).toEqual(new Set());
  });

  it('never hides a label that is not drawn (no size)', () => {
    expect(labelsToHide([box(100, 100, 0, 0)], [box(90, 90, 40, 40)])).toEqual(new Set());
  });
});
