import type { MetricUnit } from './metrics';
import type { Bilingual } from './types';

const COUNT_WORDS: Partial<Record<MetricUnit, Bilingual>> = {
  firms: { zh: '家', en: 'firms' },
  teams: { zh: '家', en: 'teams' },
  persons: { zh: '人', en: 'people' },
  cases: { zh: '个', en: 'cases' },
  events: { zh: '场', en: 'events' },
  workstations: { zh: '个', en: 'workstations' },
};

const group = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const percent = (value: number) => `${Math.floor(value * 1000) / 10}%`;

/** A value in its unit, as the UI reads it: "38 家", "61%", "8,000 ㎡", "500 万元", "2.4 年". */
export function formatValue(value: number, unit: MetricUnit): Bilingual {
  const count = COUNT_WORDS[unit];
  if (count) return { zh: `${group(value)} ${count.zh}`, en: `${group(value)} ${count.en}` };
  switch (unit) {
    case 'ratio':
      return { zh: percent(value), en: percent(value) };
    case 'm2':
      return { zh: `${group(value)} ㎡`, en: `${group(value)} m²` };
    case 'kiloYuan':
      // Stored in 千元 as the Torch statistics file them; read in 万元 as the rules write them.
      return { zh: `${group(value / 10, 1)} 万元`, en: `¥${group(value)}k` };
    case 'years':
      return { zh: `${group(value, 1)} 年`, en: `${group(value, 1)} years` };
    case 'months':
      return { zh: `${group(value)} 个月`, en: `${group(value)} months` };
    case 'perThousandM2':
      return { zh: `${group(value, 1)} 家/千㎡`, en: `${group(value, 1)} per 1,000 m²` };
    case 'per10':
      return { zh: `${group(value, 1)} 人/10家`, en: `${group(value, 1)} per 10 firms` };
    default:
      return { zh: group(value, 1), en: group(value, 1) };
  }
}

const OPS: Record<'gte' | 'lte', string> = { gte: '≥', lte: '≤' };

export function formatRequirement(op: 'gte' | 'lte', value: number, unit: MetricUnit): Bilingual {
  const text = formatValue(value, unit);
  return { zh: `${OPS[op]} ${text.zh}`, en: `${OPS[op]} ${text.en}` };
}

/**
 * What a failed test lacks, in words: counts and areas as a shortfall ("在孵企业 还差 12 家"),
 * shares and rates as a comparison ("孵化用途占比 61% < 75%").
 */
export function shortfall(label: Bilingual, actual: number, op: 'gte' | 'lte', required: number, unit: MetricUnit): Bilingual {
  const additive = COUNT_WORDS[unit] !== undefined || unit === 'm2' || unit === 'kiloYuan';
  if (additive && op === 'gte') {
    const gap = formatValue(Math.ceil(required - actual), unit);
    return { zh: `${label.zh} 还差 ${gap.zh}`, en: `${label.en}: ${gap.en} short` };
  }
  const sign = op === 'gte' ? '<' : '>';
  const have = formatValue(actual, unit);
  const need = formatValue(required, unit);
  return { zh: `${label.zh} ${have.zh} ${sign} ${need.zh}`, en: `${label.en} ${have.en} ${sign} ${need.en}` };
}

export function joinWords(parts: Bilingual[], join: 'and' | 'or'): Bilingual {
  return {
    zh: parts.map((part) => part.zh).join(join === 'and' ? '；' : '，且'),
    en: parts.map((part) => part.en).join(join === 'and' ? '; ' : ', and '),
  };
}
