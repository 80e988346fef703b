import type { CarrierKind, Industry } from '@shared/carriers/vocabulary';
import { pick, type Random } from './prng';

/**
 * Generic Chinese names for synthetic carriers: town + theme + kind, e.g.
 * 沙溪镇先进材料众创空间. They follow the way such carriers are commonly named and
 * deliberately contain no company or brand names, so no one reads a real firm into them.
 */

/** The prefix a carrier in this district would carry. 娄江新城 is also called 科教新城. */
const TOWN_PREFIXES: Record<string, Record<string, readonly string[]>> = {
  taicang: {
    chengxiang: ['城厢镇'],
    shaxi: ['沙溪镇'],
    liuhe: ['浏河镇'],
    fuqiao: ['浮桥镇'],
    huangjing: ['璜泾镇'],
    shuangfeng: ['双凤镇'],
    hitech: ['太仓高新区'],
    port: ['太仓港区'],
    loujiang: ['娄江新城', '科教新城'],
  },
  kunshan: {
    yushan: ['玉山镇'],
    bacheng: ['巴城镇'],
    zhoushi: ['周市镇'],
    lujia: ['陆家镇'],
    huaqiao: ['花桥'],
    zhangpu: ['张浦镇'],
    qiandeng: ['千灯镇'],
    dianshanhu: ['淀山湖镇'],
    zhouzhuang: ['周庄镇'],
    jinxi: ['锦溪镇'],
    ketdz: ['昆山开发区'],
    hitech: ['昆山高新区'],
  },
};

const THEMES: Partial<Record<Industry, readonly string[]>> = {
  equipment: ['高端装备', '智能制造', '精密机械'],
  materials: ['先进材料', '新材料', '功能材料'],
  biomedicine: ['生物医药', '医疗器械', '生命健康'],
  aerospace: ['航空航天', '低空经济', '航空零部件'],
  digital: ['数字经济', '软件信息', '工业互联网'],
  electronics: ['电子信息', '光电', '半导体'],
  automotive: ['汽车零部件', '新能源汽车', '智能网联'],
  agriculture: ['现代农业', '农业科技'],
  services: ['科技服务', '文化创意', '检验检测'],
  other: ['青年创业', '校企合作', '大学生创业'],
};

const SUFFIXES: Record<CarrierKind, readonly string[]> = {
  makerspace: ['众创空间', '创客空间'],
  incubator: ['科技企业孵化器', '孵化器', '创业园', '创新中心'],
  accelerator: ['科技企业加速器', '产业加速器', '加速园'],
};

/** 星创天地: agricultural makerspaces, counted with makerspaces in the statistics. */
const AGRICULTURAL_MAKERSPACE = '星创天地';

const QUALIFIERS = ['青年', '协同', '融合', '未来', '国际', '智慧'] as const;
const ORDINALS = ['二号', '三号', '四号', '五号', '六号'] as const;

/** Draws names and remembers them, so names stay unique within a region. */
export class NameRegistry {
  private readonly taken = new Map<string, Set<string>>();
  /** Town + theme combinations already used, per region. */
  private readonly stems = new Map<string, Set<string>>();

  reserve(region: string, name: string): void {
    const names = this.namesIn(region);
    if (names.has(name)) throw new Error(`duplicate seed name in ${region}: ${name}`);
    names.add(name);
  }

  draw(random: Random, region: string, district: string, kind: CarrierKind, industry: string): string {
    const prefixes = TOWN_PREFIXES[region]?.[district];
    if (!prefixes) throw new Error(`no name prefix for ${region}/${district}`);
    const suffixes = kind === 'makerspace' && industry === 'agriculture' ? [AGRICULTURAL_MAKERSPACE] : SUFFIXES[kind];
    const names = this.namesIn(region);
    const stems = this.stemsIn(region);
    const attempt = (qualifier: string) => {
      const stem = `${pick(random, prefixes)}${pick(random, THEMES[industry as Industry] ?? THEMES.other!)}${qualifier}`;
      return { stem, name: `${stem}${pick(random, suffixes)}` };
    };
    // A town + theme (+ qualifier) not used yet, so two carriers never differ only by 众创/创客.
    for (let tries = 0; tries < 30; tries += 1) {
      const { stem, name } = attempt('');
      if (!names.has(name) && !stems.has(stem)) return this.keep(region, stem, name);
    }
    for (let tries = 0; tries < 30; tries += 1) {
      const { stem, name } = attempt(pick(random, QUALIFIERS));
      if (!names.has(name) && !stems.has(stem)) return this.keep(region, stem, name);
    }
    const { stem, name: base } = attempt('');
    for (const ordinal of ORDINALS) {
      if (!names.has(`${base}${ordinal}`)) return this.keep(region, stem, `${base}${ordinal}`);
    }
    throw new Error(`ran out of names for ${region}/${district}/${kind}/${industry}`);
  }

  private keep(region: string, stem: string, name: string): string {
    this.namesIn(region).add(name);
    this.stemsIn(region).add(stem);
    return name;
  }

  private stemsIn(region: string): Set<string> {
    let stems = this.stems.get(region);
    if (!stems) {
      stems = new Set();
      this.stems.set(region, stems);
    }
    return stems;
  }

  private namesIn(region: string): Set<string> {
    let names = this.taken.get(region);
    if (!names) {
      names = new Set();
      this.taken.set(region, names);
    }
    return names;
  }
}
