import type { CarrierSpec } from './build';
import { ASSUMED_TIER_NOTE, ESTIMATED_FIELDS_NOTE } from './sources';

/**
 * Carriers the source documents name, with the facts they give. Everything else about
 * them (dates, phases, most areas, most tiers, the exact spot) is an estimate and each
 * record says so in `provenance.source`. Clause references: see seeds/README.md.
 *
 * Rule for tiers: the documents give a tier for one Taicang carrier only (太仓市生物医药产业园,
 * national by 2024). [000] counts Taicang's 65 carriers as "各级" — all hold some tier — so a
 * named carrier whose tier is not given gets the lowest, county (县级市级), with a note.
 */

const cite = (clauses: string) => `${clauses}。${ESTIMATED_FIELDS_NOTE}`;
const assumedCounty = { county: ASSUMED_TIER_NOTE };

/** Names of Taicang carriers the documents name, for tests and the demo account. */
export const TAICANG_NAMED = {
  zhihuigu: '太仓智汇谷·科技创新园',
  biomedicinePark: '太仓市生物医药产业园',
  aviationMaterials: '太仓航空新材料创新园',
  portPark: '太仓港科创园',
  bioPort: '太仓生物港',
  softwarePark: '太仓软件园',
  mobo: '中德MOBO科技企业孵化器',
  siccas: '中科西卡思新材料产业孵化器',
  huichuang: '慧创未来孵化器',
  stuttgart: '太仓（斯图加特）海外离岸孵化中心',
  dreamFactory: '梦工厂',
} as const;

export const KUNSHAN_NAMED = {
  huaqiaoHub: '花桥国际创新港',
  softwarePark: '昆山软件园',
  dukeValley: '杜克智谷小镇',
  fudanPark: '复旦（昆山）科技园',
  beltAndRoad: '“一带一路”国际联合科创孵化器',
} as const;

export function namedTaicangSpecs(): CarrierSpec[] {
  const named = (spec: Omit<CarrierSpec, 'region' | 'synthetic'>): CarrierSpec => ({ ...spec, region: 'taicang', synthetic: false });
  return [
    named({
      key: 'tc-named-zhihuigu',
      name: TAICANG_NAMED.zhihuigu,
      kind: 'incubator',
      district: 'loujiang',
      industries: ['digital', 'equipment', 'aerospace'],
      // [000]: 32万平方米 — read as gross floor area of the whole park; the incubation share is estimated.
      phases: [
        { incubationAreaM2: 100_000, floorAreaM2: 130_000, constructionStartedOn: '2019-03', openedOn: '2021-06-28' },
        { incubationAreaM2: 90_000, floorAreaM2: 120_000, constructionStartedOn: '2021-03', openedOn: '2023-04-20' },
        { incubationAreaM2: 55_000, floorAreaM2: 70_000, constructionStartedOn: '2022-05', openedOn: '2024-10-15' },
      ],
      recognitions: { county: 2021 },
      recognitionNotes: assumedCounty,
      source: cite(
        '[000] 结尾“二是提升科创载体运营质效”：32万平方米太仓智汇谷·科技创新园（按总建筑面积计，三期合计320,000㎡）；[001] 第四章二（二）1“支持娄江新城智汇谷…园区建设”、二（四）1“建设好智汇谷”（2021年在建，位于娄江新城）。类型（孵化器）与孵化面积为估计',
      ),
    }),
    named({
      key: 'tc-named-biomedicine-park',
      name: TAICANG_NAMED.biomedicinePark,
      kind: 'incubator',
      district: 'shaxi',
      industries: ['biomedicine'],
      phases: [{ incubationAreaM2: 80_000, floorAreaM2: 100_000, constructionStartedOn: '2012-05', openedOn: '2013-09' }],
      recognitions: { provincial: 2019, national: 2023 },
      recognitionNotes: {
        national: '[000] 七：获评国家级科技企业孵化器（2024年前）；[001] 第四章四（三）1 仍鼓励其申报国家级，故认定年份在2021年后，按2023年估计',
        provincial: '国家级孵化器须先为省级；年份估计',
      },
      // The documents give no performance grades, so none are invented for a real carrier.
      ratings: {},
      source: cite(
        '[000] 七“太仓市生物医药产业园获评…国家级科技企业孵化器”；[001] 第四章四（三）1 列名（亦写作“太仓生物医药产业园”），第五章三（一）2。位于沙溪镇（公开报道）；孵化面积为估计',
      ),
    }),
    named({
      key: 'tc-named-aviation-materials',
      name: TAICANG_NAMED.aviationMaterials,
      kind: 'incubator',
      district: 'hitech',
      industries: ['aerospace', 'materials'],
      phases: [{ incubationAreaM2: 30_000, floorAreaM2: 38_000, constructionStartedOn: '2020-10', openedOn: '2022-09' }],
      recognitions: { county: 2022 },
      recognitionNotes: assumedCounty,
      source: cite('[000] 七“建有太仓航空新材料创新园等众多创业孵化载体”（2024年已运营；[001]未列名，故按“十四五”期间投用估计）'),
    }),
    named({
      key: 'tc-named-port-park',
      name: TAICANG_NAMED.portPark,
      kind: 'incubator',
      district: 'port',
      industries: ['equipment', 'materials'],
      phases: [{ incubationAreaM2: 45_000, floorAreaM2: 56_000, openedOn: '2016-05' }],
      recognitions: { county: 2017 },
      recognitionNotes: assumedCounty,
      source: cite('[001] 第四章二（二）1“支持…太仓港科创园…园区建设”，第四章四（三）1 列为鼓励申报国家级的孵化载体（故2020年底已运营、非国家级）'),
    }),
    named({
      key: 'tc-named-bio-port',
      name: TAICANG_NAMED.bioPort,
      kind: 'incubator',
      district: 'port',
      industries: ['biomedicine'],
      phases: [{ incubationAreaM2: 60_000, floorAreaM2: 75_000, openedOn: '2012-10' }],
      recognitions: { county: 2013 },
      recognitionNotes: assumedCounty,
      source: cite('[001] 第四章四（三）1 列为鼓励申报国家级的孵化载体；第五章三（一）2“加快太仓生物医药产业园、生物港…建设提升”。位于太仓港经济技术开发区（公开资料）'),
    }),
    named({
      key: 'tc-named-software-park',
      name: TAICANG_NAMED.softwarePark,
      kind: 'incubator',
      district: 'hitech',
      industries: ['digital'],
      phases: [{ incubationAreaM2: 30_000, floorAreaM2: 36_000, openedOn: '2010-06' }],
      recognitions: { county: 2011 },
      recognitionNotes: assumedCounty,
      source: cite('[001] 第四章四（三）1 列为鼓励申报国家级的孵化载体'),
    }),
    named({
      key: 'tc-named-mobo',
      name: TAICANG_NAMED.mobo,
      kind: 'incubator',
      district: 'hitech',
      industries: ['equipment', 'automotive'],
      phases: [{ incubationAreaM2: 20_000, floorAreaM2: 24_000, openedOn: '2018-04' }],
      recognitions: { county: 2018 },
      recognitionNotes: assumedCounty,
      source: cite('[001] 第四章四（三）1 列为鼓励申报国家级的科技企业孵化器'),
    }),
    named({
      key: 'tc-named-siccas',
      name: TAICANG_NAMED.siccas,
      kind: 'incubator',
      district: 'loujiang',
      industries: ['materials'],
      phases: [{ incubationAreaM2: 15_000, floorAreaM2: 18_000, openedOn: '2019-07' }],
      recognitions: { county: 2019 },
      recognitionNotes: assumedCounty,
      source: cite('[001] 第四章四（三）1 列为鼓励申报国家级的孵化器（新材料产业孵化器）'),
    }),
    named({
      key: 'tc-named-huichuang',
      name: TAICANG_NAMED.huichuang,
      kind: 'incubator',
      district: 'chengxiang',
      industries: ['other'],
      phases: [{ incubationAreaM2: 8_000, floorAreaM2: 10_000, openedOn: '2019-03' }],
      recognitions: { county: 2019 },
      recognitionNotes: assumedCounty,
      source: cite('[001] 第四章四（三）1 列为鼓励申报国家级的孵化器'),
    }),
    named({
      key: 'tc-named-stuttgart',
      name: TAICANG_NAMED.stuttgart,
      kind: 'incubator',
      district: 'overseas',
      address: '德国斯图加特 / Stuttgart, Germany',
      industries: ['equipment', 'automotive'],
      phases: [{ incubationAreaM2: 500, openedOn: '2019-11' }],
      recognitions: { county: 2019 },
      recognitionNotes: assumedCounty,
      source: cite(
        '[001] 第一章二“太仓（斯图加特）海外离岸孵化中心陆续成立竣工”（“十三五”期间）；[000] 结尾“高效运营海外离岸创新中心”。位于德国，location 置空（不在太仓地图上），district=overseas',
      ),
    }),
    named({
      key: 'tc-named-dream-factory',
      name: TAICANG_NAMED.dreamFactory,
      kind: 'makerspace',
      district: 'chengxiang',
      industries: ['other', 'services'],
      phases: [{ incubationAreaM2: 2_500, floorAreaM2: 3_000, openedOn: '2019-09' }],
      recognitions: { county: 2019 },
      recognitionNotes: assumedCounty,
      source: cite('[001] 第一章三“太仓市双创综合服务平台科创融合中心、梦工厂建成投用”（“十三五”期间）。类型（众创空间）为估计'),
    }),
  ];
}

/** Incubation area the named Taicang carriers have in use at the end of 2020, by kind. */
export const TAICANG_NAMED_AREA_2020 = { makerspace: 2_500, incubator: 258_500, accelerator: 0 } as const;

export function namedKunshanSpecs(): CarrierSpec[] {
  const named = (spec: Omit<CarrierSpec, 'region' | 'synthetic'>): CarrierSpec => ({ ...spec, region: 'kunshan', synthetic: false });
  return [
    named({
      key: 'ks-named-huaqiao-hub',
      name: KUNSHAN_NAMED.huaqiaoHub,
      kind: 'incubator',
      district: 'huaqiao',
      industries: ['digital', 'services'],
      phases: [
        { incubationAreaM2: 180_000, floorAreaM2: 220_000, constructionStartedOn: '2014-03', openedOn: '2016-06' },
        { incubationAreaM2: 120_000, floorAreaM2: 150_000, constructionStartedOn: '2017-04', openedOn: '2019-05' },
      ],
      recognitions: { county: 2017 },
      recognitionNotes: assumedCounty,
      source: cite('[003] 二（一）空间布局“一港”，即花桥国际创新港（聚焦5G、大数据、人工智能、区块链…）。作为一个载体录入，类型为估计'),
    }),
    named({
      key: 'ks-named-software-park',
      name: KUNSHAN_NAMED.softwarePark,
      kind: 'incubator',
      district: 'bacheng',
      industries: ['digital', 'electronics'],
      phases: [{ incubationAreaM2: 150_000, floorAreaM2: 180_000, openedOn: '2010-09' }],
      recognitions: { county: 2011 },
      recognitionNotes: assumedCounty,
      source: cite('[003] 二（一）“一园”即阳澄湖科技园，依托杜克智谷小镇、吴淞江产业园、昆山软件园和昆曲小镇四大载体'),
    }),
    named({
      key: 'ks-named-duke-valley',
      name: KUNSHAN_NAMED.dukeValley,
      kind: 'incubator',
      district: 'hitech',
      industries: ['electronics', 'biomedicine'],
      phases: [{ incubationAreaM2: 80_000, floorAreaM2: 100_000, constructionStartedOn: '2017-06', openedOn: '2019-10' }],
      recognitions: { county: 2020 },
      recognitionNotes: assumedCounty,
      source: cite('[003] 二（一）“一园”即阳澄湖科技园，依托杜克智谷小镇…四大载体（围绕光电、半导体、小核酸及生物医药、智能制造）'),
    }),
    named({
      key: 'ks-named-fudan-park',
      name: KUNSHAN_NAMED.fudanPark,
      kind: 'incubator',
      district: 'hitech',
      industries: ['digital'],
      phases: [{ incubationAreaM2: 60_000, floorAreaM2: 72_000, openedOn: '2019-04' }],
      recognitions: { county: 2019 },
      recognitionNotes: assumedCounty,
      source: cite('[003] 一（一）3“中科院安全可控信息技术产业化基地、中德智能制造产业创新中心、复旦（昆山）科技园…等载体平台落户”；三（六）亦作“昆山复旦科技园”'),
    }),
    named({
      key: 'ks-named-belt-and-road',
      name: KUNSHAN_NAMED.beltAndRoad,
      kind: 'incubator',
      district: 'ketdz',
      industries: ['equipment', 'other'],
      phases: [{ incubationAreaM2: 12_000, floorAreaM2: 15_000, openedOn: '2020-05' }],
      recognitions: { county: 2020 },
      recognitionNotes: assumedCounty,
      source: cite('[003] 一（一）4“推动‘一带一路’国际联合科创孵化器、白俄罗斯国家科学院（昆山）创新中心落户”（“十三五”期间）'),
    }),
  ];
}

/** Incubation area the named Kunshan carriers have in use at the end of 2020. */
export const KUNSHAN_NAMED_AREA_2020 = 602_000;
