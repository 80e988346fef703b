import { describe, expect, it } from 'vitest';
import type { MapPhase } from '@shared/carriers/geojson';
import { hasOpenPhaseOn, openAreaOn, replayDate, tierInYear } from './replay';

const phase = (overrides: Partial<MapPhase>): MapPhase => ({ a: 1_000, s: 'open', o: null, c: null, p: null, ...overrides });

describe('replaying openings by year', () => {
  it('counts a phase opened on the last day of the year as open in that year', () => {
    expect(hasOpenPhaseOn([phase({ o: '2020-12-31' })], replayDate(2020))).toBe(true);
    expect(hasOpenPhaseOn([phase({ o: '2021-01-01' })], replayDate(2020))).toBe(false);
  });

  it('stops counting a phase from the day it closed, judged by dates rather than status', () => {
    const closed = phase({ s: 'closed', o: '2016-03-01', c: '2019-06-30' });
    expect(openAreaOn([closed], replayDate(2018))).toBe(1_000);
    expect(openAreaOn([closed], replayDate(2019))).toBe(0);
  });

  it('adds only the phases open at the date, so a second phase grows the circle later', () => {
    const phases = [phase({ a: 8_000, o: '2017-05-01' }), phase({ a: 12_000, o: '2022-09-01' })];
    expect(openAreaOn(phases, replayDate(2020))).toBe(8_000);
    expect(openAreaOn(phases, replayDate(2022))).toBe(20_000);
  });

  it('never counts a planned phase, whatever its planned opening date', () => {
    expect(hasOpenPhaseOn([phase({ s: 'planned', p: '2019-01-01' })], replayDate(2025))).toBe(false);
  });

  it('gives the highest tier recognised by the end of a year', () => {
    const recognitions: [number, 'county' | 'provincial' | 'national'][] = [
      [2016, 'county'],
      [2019, 'provincial'],
      [2023, 'national'],
    ];
    expect(tierInYear(recognitions, 2015)).toBeNull();
    expect(tierInYear(recognitions, 2020)).toBe('provincial');
    expect(tierInYear(recognitions, 2025)).toBe('national');
  });
});
