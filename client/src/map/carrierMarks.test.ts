import { describe, expect, it } from 'vitest';
import { buildCarrierView, type Frame } from './carrierMarks';
import { mapCarrier } from '../../../tests/support/mapCarriers';

const SUZHOU: Frame = { west: 119, south: 30, east: 122.5, north: 33 };

describe('what the map shows', () => {
  it('draws every located carrier today, hollow when nothing has opened yet', () => {
    const open = mapCarrier();
    const pipeline = mapCarrier({ state: 'pipeline', openAreaM2: 0, pipelineAreaM2: 40_000, phases: [{ a: 40_000, s: 'under_construction', o: null, c: null, p: '2027-01-01' }] });
    const view = buildCarrierView([open, pipeline], { kind: 'today' }, SUZHOU);
    expect(view.marks.map((mark) => mark.look)).toEqual(['open', 'pipeline']);
    expect(view.marks[1]!.sizeAreaM2).toBe(40_000);
    expect(view.openAreaM2).toBe(10_000);
    expect(view.pipelineAreaM2).toBe(40_000);
  });

  it('in a replayed year shows only carriers open on 31 December, sized by the area open then', () => {
    const early = mapCarrier({ phases: [{ a: 5_000, s: 'open', o: '2016-01-01', c: null, p: null }, { a: 7_000, s: 'open', o: '2022-01-01', c: null, p: null }] });
    const late = mapCarrier({ phases: [{ a: 9_000, s: 'open', o: '2021-01-01', c: null, p: null }] });
    const view = buildCarrierView([early, late], { kind: 'year', year: 2020 }, SUZHOU);
    expect(view.marks.map((mark) => mark.id)).toEqual([early.id]);
    expect(view.marks[0]!.sizeAreaM2).toBe(5_000);
    expect(view.openAreaM2).toBe(5_000);
  });

  it('uses the tier held in the replayed year, not today’s', () => {
    const climber = mapCarrier({ tier: 'national', rec: [[2017, 'prefecture'], [2023, 'national']] });
    expect(buildCarrierView([climber], { kind: 'year', year: 2020 }, SUZHOU).marks[0]!.tier).toBe('prefecture');
  });

  it('lists carriers without a location or abroad apart, so none pulls the view to Europe', () => {
    const stuttgart = mapCarrier({ district: 'overseas', flags: ['no_location', 'abroad'] }, null);
    const locatedAbroad = mapCarrier({ flags: ['abroad'] }, [9.18, 48.78]);
    const strayPoint = mapCarrier({}, [9.18, 48.78]);
    const view = buildCarrierView([stuttgart, locatedAbroad, strayPoint, mapCarrier()], { kind: 'today' }, SUZHOU);
    expect(view.marks).toHaveLength(1);
    expect(view.apart.map((carrier) => carrier.id)).toEqual([stuttgart.id, locatedAbroad.id, strayPoint.id]);
    expect(view.shown).toHaveLength(4);
  });

  it('sums open area by region for the choropleth, including carriers listed apart', () => {
    const view = buildCarrierView(
      [mapCarrier(), mapCarrier({}, null), mapCarrier({ region: 'kunshan', openAreaM2: 25_000 })],
      { kind: 'today' },
      SUZHOU,
    );
    expect(Object.fromEntries(view.openAreaByRegion)).toEqual({ taicang: 20_000, kunshan: 25_000 });
  });
});
