/** Display language of the UI. Chinese first: the users are Chinese officials. */
export type UiLanguage = 'zh' | 'en';

const zhNumber = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const zhSmallNumber = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const enNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const enDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * Areas as officials write them: 万㎡ in Chinese ("91.8 万㎡"), square metres with thousands
 * separators in English ("918,000 m²"). Small Chinese figures keep two decimals so that a
 * 1,234 ㎡ makerspace does not show as "0.1 万㎡".
 */
export function formatArea(m2: number, language: UiLanguage): string {
  if (language === 'en') return `${enNumber.format(m2)} m²`;
  const wan = m2 / 10_000;
  const formatter = Math.abs(wan) < 10 ? zhSmallNumber : zhNumber;
  return `${formatter.format(wan)} 万㎡`;
}

/** The unit label that goes with formatArea's numbers, for chart axes. */
export function areaUnit(language: UiLanguage): string {
  return language === 'en' ? 'm²' : '万㎡';
}

/** Converts square metres into the number the axis shows in `areaUnit`. */
export function areaInDisplayUnit(m2: number, language: UiLanguage): number {
  return language === 'en' ? m2 : m2 / 10_000;
}

export function formatCount(count: number, language: UiLanguage): string {
  return language === 'en' ? enNumber.format(count) : zhNumber.format(count);
}

export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${enDecimal.format(ratio * 100)}%`;
}
