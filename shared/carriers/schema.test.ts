import { describe, expect, it } from 'vitest';
import { buildCarrier, buildPhase } from '../../tests/support/factories';
import { localizeIssues } from '../validation/messages';
import { CarrierCreateSchema, CarrierPatchSchema } from './schema';

function fieldErrors(input: unknown, language: 'zh' | 'en' = 'en') {
  const result = CarrierCreateSchema.safeParse(input);
  return result.success ? [] : localizeIssues(result.error.issues, language);
}

describe('the carrier schema', () => {
  it('accepts a well-formed carrier and trims its name', () => {
    const parsed = CarrierCreateSchema.parse(buildCarrier({ name: '  太仓生物港  ' }));
    expect(parsed.name).toBe('太仓生物港');
  });

  it('requires an opening date on an open phase, naming the field', () => {
    const errors = fieldErrors(buildCarrier({ phases: [buildPhase({ openedOn: undefined })] }));
    expect(errors).toContainEqual({
      path: 'phases.0.openedOn',
      code: 'phase.openedOn.required',
      message: 'opening date is required when a phase is open',
    });
  });

  it('answers in Chinese when asked', () => {
    const errors = fieldErrors(buildCarrier({ phases: [buildPhase({ openedOn: undefined })] }), 'zh');
    expect(errors[0]?.message).toBe('已投用的分期必须填写投用日期');
  });

  it('keeps dates in order: construction start ≤ opening ≤ closing', () => {
    const errors = fieldErrors(
      buildCarrier({
        phases: [buildPhase({ status: 'closed', constructionStartedOn: '2024-01-01', openedOn: '2023-01-01', closedOn: '2022-01-01' })],
      }),
    );
    expect(errors.map((error) => error.code)).toEqual(['phase.openedOn.beforeConstruction', 'phase.closedOn.beforeOpening']);
  });

  it.each([
    [0, 'area.positive'],
    [-5, 'area.positive'],
    [5_000_001, 'area.max'],
    [Number.NaN, 'area.number'],
    [Number.POSITIVE_INFINITY, 'area.number'],
  ])('refuses an incubation area of %s', (area, code) => {
    const errors = fieldErrors(buildCarrier({ phases: [buildPhase({ incubationAreaM2: area, floorAreaM2: undefined })] }));
    expect(errors.map((error) => [error.path, error.code])).toContainEqual(['phases.0.incubationAreaM2', code]);
  });

  it('refuses more incubation area than floor area', () => {
    const errors = fieldErrors(buildCarrier({ phases: [buildPhase({ incubationAreaM2: 13_000, floorAreaM2: 12_000 })] }));
    expect(errors.map((error) => error.code)).toEqual(['phase.incubationArea.exceedsFloorArea']);
  });

  it('refuses a longitude of 999 and a latitude of -91', () => {
    const errors = fieldErrors(buildCarrier({ location: { type: 'Point', coordinates: [999, -91] } }));
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['location.coordinates.0', 'location.longitude.range'],
      ['location.coordinates.1', 'location.latitude.range'],
    ]);
  });

  it('keeps a recognition’s document date and number, and refuses a date outside its year', () => {
    const dated = CarrierCreateSchema.parse(buildCarrier({ recognitions: [{ tier: 'prefecture', year: 2022, recognizedOn: '2022-11-18', documentNumber: '苏科高发〔2022〕88号' }] }));
    expect(dated.recognitions?.[0]).toMatchObject({ recognizedOn: '2022-11-18', documentNumber: '苏科高发〔2022〕88号' });
    const errors = fieldErrors(buildCarrier({ recognitions: [{ tier: 'prefecture', year: 2022, recognizedOn: '2023-01-05' }] }));
    expect(errors).toEqual([expect.objectContaining({ path: 'recognitions.0.recognizedOn', code: 'recognition.recognizedOn.year' })]);
  });

  it('allows one recognition per tier', () => {
    const errors = fieldErrors(
      buildCarrier({ recognitions: [{ tier: 'provincial', year: 2021 }, { tier: 'provincial', year: 2023 }] }),
    );
    expect(errors).toEqual([expect.objectContaining({ path: 'recognitions.1.tier', code: 'recognition.tier.duplicate' })]);
  });

  it('refuses a district of another region', () => {
    const errors = fieldErrors(buildCarrier({ region: 'taicang', district: 'huaqiao' }));
    expect(errors.map((error) => error.code)).toEqual(['carrier.district.notInRegion']);
  });

  it('refuses unknown fields instead of ignoring them, including operator-looking keys', () => {
    const errors = fieldErrors({ ...buildCarrier(), $where: 'sleep(1000)', owner: 'x' });
    expect(errors.map((error) => error.path).sort()).toEqual(['$where', 'owner']);
  });

  it('refuses an operator object where a string belongs', () => {
    const errors = fieldErrors({ ...buildCarrier(), name: { $gt: '' } });
    expect(errors.map((error) => error.path)).toEqual(['name']);
  });

  it('requires a version on an edit so a stale edit can be detected', () => {
    const result = CarrierPatchSchema.safeParse({ name: '新名称' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['version']);
    expect(CarrierPatchSchema.safeParse({ name: '新名称', version: 3 }).success).toBe(true);
  });
});
