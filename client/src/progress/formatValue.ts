import type { TFunction } from 'i18next';
import type { Comparator, Unit } from '@shared/planner';
import { formatArea, formatCount, type UiLanguage } from '../i18n/format';

/** A target's figure in its unit: areas as 万㎡ / m², counts as 家 / carriers. */
export function formatValue(value: number, unit: Unit, language: UiLanguage, t: TFunction): string {
  if (unit === 'm2') return formatArea(value, language);
  return t('dashboard:units.count', { count: Math.round(value), value: formatCount(Math.round(value), language) });
}

/** "≥ 100 万㎡" (以上, at least) or "> 20 家" (突破, more than). */
export function formatThreshold(threshold: number, comparator: Comparator, unit: Unit, language: UiLanguage, t: TFunction): string {
  return `${comparator === 'at_least' ? '≥' : '>'} ${formatValue(threshold, unit, language, t)}`;
}

/** A change with its sign: "+1.2 万㎡", "−3 家"; zero is "±0". */
export function formatDelta(delta: number, unit: Unit, language: UiLanguage, t: TFunction): string {
  const rounded = Math.round(delta);
  if (rounded === 0) return `±${formatValue(0, unit, language, t)}`;
  const sign = rounded > 0 ? '+' : '−';
  return `${sign}${formatValue(Math.abs(rounded), unit, language, t)}`;
}
