import { describe, expect, it } from 'vitest';
import { parseDistrict, parseKind, parseStatus, parseTier, regionOfDistrict } from './labels';

describe('vocabulary words', () => {
  it('reads kinds and statuses as officials write them', () => {
    expect(parseKind('科技企业孵化器')).toEqual({ ok: true, value: 'incubator' });
    expect(parseKind('星创天地')).toEqual({ ok: true, value: 'makerspace' });
    expect(parseStatus('已投用')).toEqual({ ok: true, value: 'open' });
    expect(parseStatus('under construction')).toEqual({ ok: true, value: 'under_construction' });
    expect(parseKind('孵化园')).toEqual({ ok: false, raw: '孵化园' });
  });

  it('tells the Suzhou tier from a county’s, and refuses the ambiguous “市级”', () => {
    expect(parseTier('苏州市级')).toEqual({ ok: true, value: 'prefecture' });
    expect(parseTier('太仓市级')).toEqual({ ok: true, value: 'county' });
    expect(parseTier('吴江区级')).toEqual({ ok: true, value: 'county' });
    expect(parseTier('市级')).toEqual({ ok: false, raw: '市级', ambiguous: true });
  });

  it('finds a district by any of its names within a region', () => {
    expect(parseDistrict('taicang', '娄江新城')).toEqual({ ok: true, value: 'loujiang' });
    expect(parseDistrict('taicang', '城厢')).toEqual({ ok: true, value: 'chengxiang' });
    expect(parseDistrict('kunshan', 'Huaqiao')).toEqual({ ok: true, value: 'huaqiao' });
    expect(parseDistrict('kunshan', '城厢镇')).toEqual({ ok: false, raw: '城厢镇' });
  });

  it('infers a region from a district name only when one region has it', () => {
    expect(regionOfDistrict('花桥镇')).toBe('kunshan');
    expect(regionOfDistrict('太仓高新区')).toBe('taicang');
    expect(regionOfDistrict('hitech')).toBeNull();
    expect(regionOfDistrict('海外离岸')).toBeNull();
  });
});
