import { describe, expect, it } from 'vitest';
import { carrierMatcher, fromSearchParams, NO_FILTERS, toQuery, type CarrierFilters } from './carrierFilter';
import { mapCarrier } from '../../../tests/support/mapCarriers';

const filters = (overrides: Partial<CarrierFilters>): CarrierFilters => ({ ...NO_FILTERS, ...overrides });
const matches = (overrides: Partial<CarrierFilters>, carrier = mapCarrier(), year = 2026) => carrierMatcher(filters(overrides), year)(carrier.properties);

describe('filtering carriers in the browser with the API’s rules', () => {
  it('lets everything through without filters', () => {
    expect(matches({})).toBe(true);
  });

  it('matches any of several kinds, statuses or industries', () => {
    expect(matches({ kind: ['makerspace', 'incubator'] })).toBe(true);
    expect(matches({ kind: ['accelerator'] })).toBe(false);
    expect(matches({ status: ['planned', 'open'] })).toBe(true);
    expect(matches({ status: ['closed'] })).toBe(false);
    expect(matches({ industry: ['biomedicine'] }, mapCarrier({ industries: ['equipment', 'biomedicine'] }))).toBe(true);
    expect(matches({ industry: ['digital'] })).toBe(false);
  });

  it('counts national and provincial carriers as prefecture level or higher (市级以上)', () => {
    const provincial = mapCarrier({ rec: [[2019, 'provincial']] });
    expect(matches({ minTier: 'prefecture' }, provincial)).toBe(true);
    expect(matches({ minTier: 'national' }, provincial)).toBe(false);
  });

  it('ignores recognitions dated after the current year, as the server does', () => {
    expect(matches({ minTier: 'county' }, mapCarrier({ rec: [[2027, 'county']] }), 2026)).toBe(false);
  });

  it('finds part of a name regardless of case and surrounding spaces', () => {
    const mobo = mapCarrier({ name: '中德MOBO科技企业孵化器' });
    expect(matches({ q: ' mobo ' }, mobo)).toBe(true);
    expect(matches({ q: '生物' }, mobo)).toBe(false);
  });

  it('keeps district ids within their region, since both Taicang and Kunshan have a hitech zone', () => {
    const kunshanHitech = mapCarrier({ region: 'kunshan', district: 'hitech' });
    expect(matches({ region: 'taicang', district: ['hitech'] }, kunshanHitech)).toBe(false);
    expect(matches({ region: 'kunshan', district: ['hitech'] }, kunshanHitech)).toBe(true);
    expect(matches({ region: 'suzhou' }, kunshanHitech)).toBe(true);
  });
});

describe('filters in the URL', () => {
  it('round-trip through the API query, comma-separating lists', () => {
    const chosen = filters({ region: 'taicang', district: ['shaxi'], kind: ['incubator', 'accelerator'], minTier: 'provincial', status: ['open'], industry: ['digital'], q: '科创' });
    const query = toQuery(chosen);
    expect(query).toEqual({ region: 'taicang', district: 'shaxi', kind: 'incubator,accelerator', minTier: 'provincial', status: 'open', industry: 'digital', q: '科创' });
    expect(fromSearchParams(new URLSearchParams(query))).toEqual(chosen);
  });

  it('drop values the vocabulary does not know instead of failing', () => {
    expect(fromSearchParams(new URLSearchParams('kind=incubator,castle&minTier=galactic&region=atlantis'))).toEqual(filters({ kind: ['incubator'] }));
  });
});
