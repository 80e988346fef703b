import { describe, expect, it } from 'vitest';
import type { CellValue } from './cells';
import { locateHeader } from './headerLayout';
import { readCarrierRow } from './rowToCarrier';

function read(headers: string[], cells: CellValue[], options: { defaultRegion?: string } = { defaultRegion: 'taicang' }) {
  const layout = locateHeader([{ number: 1, cells: headers }])!;
  return readCarrierRow(cells, layout, options);
}

describe('readCarrierRow', () => {
  it('makes one carrier with its first phase, vocabulary turned into identifiers', () => {
    const { submission, issues } = read(
      ['载体名称', '类型', '地区', '区镇', '孵化面积（万㎡）', '状态', '投用日期', '产业领域'],
      ['甲孵化器', '孵化器', '太仓市', '沙溪镇', 1.5, '投用', '2023/6/1', '生物医药，新材料'],
    );
    expect(issues).toEqual([]);
    expect(submission).toEqual({
      name: '甲孵化器',
      kind: 'incubator',
      region: 'taicang',
      district: 'shaxi',
      industries: ['biomedicine', 'materials'],
      phases: [{ label: '一期', incubationAreaM2: 15_000, status: 'open', openedOn: '2023-06-01' }],
    });
  });

  it('takes the recognition year from the tier cell when that is where it was written', () => {
    expect(read(['载体名称', '级别'], ['甲', '省级（2021）']).submission.recognitions).toEqual([{ tier: 'provincial', year: 2021 }]);
  });

  it('asks for the year of a tier, and the tier of a year', () => {
    expect(read(['载体名称', '级别', '认定年份'], ['甲', '省级', '']).issues).toEqual([{ path: 'recognitions.0.year', code: 'import.recognitionYear.required' }]);
    expect(read(['载体名称', '级别', '认定年份'], ['甲', '', 2021]).issues).toEqual([{ path: 'recognitions.0.tier', code: 'import.tier.required' }]);
  });

  it('asks for the other half of a coordinate', () => {
    expect(read(['载体名称', '经度', '纬度'], ['甲', '', 31.4]).issues).toEqual([{ path: 'location.coordinates.0', code: 'import.coordinates.pair' }]);
  });

  it('takes the region from the query, or from a district only one region has', () => {
    expect(read(['载体名称', '区镇'], ['甲', '花桥镇'], {}).submission).toMatchObject({ region: 'kunshan', district: 'huaqiao' });
    expect(read(['载体名称'], ['甲'], { defaultRegion: 'changshu' }).submission.region).toBe('changshu');
    expect(read(['载体名称'], ['甲'], {}).issues).toEqual([{ path: 'region', code: 'import.region.required' }]);
  });

  it('warns that coordinates without a datum are taken as WGS-84', () => {
    expect(read(['载体名称', '地区', '经度', '纬度'], ['甲', '太仓', 121.1, 31.4]).warnings).toEqual([{ path: 'locationDatum', code: 'import.datum.assumedWgs84' }]);
  });
});
