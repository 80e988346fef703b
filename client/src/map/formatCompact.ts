import type { UiLanguage } from '../i18n/format';

const zhWan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const zhSmallWan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const enShort = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * A short area for cluster bubbles, where "918,000 m²" would not fit: "91.8万㎡" in Chinese
 * (no space, as on official charts), "918k m²" or "4.2M m²" in English.
 */
export function formatAreaCompact(m2: number, language: UiLanguage): string {
  if (language === 'zh') {
    const wan = m2 / 10_000;
    return `${(wan < 10 ? zhSmallWan : zhWan).format(wan)}万㎡`;
  }
  if (m2 >= 1_000_000) return `${enShort.format(m2 / 1_000_000)}M m²`;
  if (m2 >= 1_000) return `${enShort.format(m2 / 1_000)}k m²`;
  return `${enShort.format(m2)} m²`;
}
