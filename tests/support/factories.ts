import type { CarrierCreate, Phase } from '@shared/carriers/schema';

let sequence = 0;

/** A valid phase, open since 2023-06-01, that tests adjust with overrides. */
export function buildPhase(overrides: Partial<Phase> = {}): Phase {
  return {
    label: '一期',
    incubationAreaM2: 10_000,
    floorAreaM2: 12_000,
    status: 'open',
    constructionStartedOn: '2021-03-01',
    openedOn: '2023-06-01',
    ...overrides,
  };
}

/** A valid Taicang incubator with a unique name; every field can be overridden. */
export function buildCarrier(overrides: Partial<CarrierCreate> = {}): CarrierCreate {
  sequence += 1;
  return {
    name: `测试孵化器${sequence}`,
    kind: 'incubator',
    region: 'taicang',
    district: 'hitech',
    address: '太仓市科教新城',
    location: { type: 'Point', coordinates: [121.13, 31.46] },
    operator: '太仓市科技创业服务中心',
    industries: ['biomedicine'],
    phases: [buildPhase()],
    recognitions: [{ tier: 'prefecture', year: 2022 }],
    ratings: [],
    ...overrides,
  };
}
