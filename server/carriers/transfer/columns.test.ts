import { describe, expect, it } from 'vitest';
import { matchHeader } from './columns';

describe('matchHeader', () => {
  it.each([
    ['载体名称', 'name'],
    ['*载体名称', 'name'],
    [' 名称 ', 'name'],
    ['NAME', 'name'],
    ['类型', 'kind'],
    ['type', 'kind'],
    ['孵化面积(㎡)', 'incubationAreaM2'],
    ['孵化面积（平方米） ', 'incubationAreaM2'],
    ['孵化面积㎡', 'incubationAreaM2'],
    ['孵化面积/m²', 'incubationAreaM2'],
    ['Incubation area (m²)', 'incubationAreaM2'],
    ['incubationAreaM2', 'incubationAreaM2'],
    ['载体面积', 'floorAreaM2'],
    ['计划投用时间', 'plannedOpeningOn'],
    ['openedOn', 'openedOn'],
    ['坐标系', 'datum'],
    ['lng', 'longitude'],
  ])('reads “%s” as the %s column', (header, key) => {
    expect(matchHeader(header)).toEqual({ key, scale: 1 });
  });

  it('scales an area column written in 万㎡ by ten thousand', () => {
    expect(matchHeader('孵化面积（万㎡）')).toEqual({ key: 'incubationAreaM2', scale: 10_000 });
    expect(matchHeader('建筑面积(万平方米)')).toEqual({ key: 'floorAreaM2', scale: 10_000 });
  });

  it('knows no column for headers the import ignores', () => {
    expect(matchHeader('序号')).toBeNull();
    expect(matchHeader('备注')).toBeNull();
    expect(matchHeader('')).toBeNull();
  });
});
