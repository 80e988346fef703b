import type { TFunction } from 'i18next';
import { carrierFieldAt } from '@shared/carriers/fields';
import { industryName } from '@shared/carriers/vocabulary';
import { findDistrict, findRegion } from '@shared/regions';
import type { UiLanguage } from '../../i18n/format';

/** Fields whose values are what people typed (names, notes): shown as data, never translated. */
export function isUserText(path: string): boolean {
  return carrierFieldAt(path)?.diff === 'text';
}

export function isAreaField(path: string): boolean {
  return carrierFieldAt(path)?.diff === 'area';
}

export interface ValueContext {
  t: TFunction;
  language: UiLanguage;
  /** The carrier's region, to name its district. */
  region: string;
}

const exactNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * A field's value as the reviewer reads it, by how its table says a change to it reads:
 * vocabulary in the UI's language, areas as exact square metres with separators (a review
 * checks the digits, so no 万㎡ rounding).
 */
export function formatDiffValue(path: string, value: unknown, context: ValueContext): string {
  const { t, language } = context;
  if (value === undefined || value === null || value === '') return t('review:none');
  const list = language === 'zh' ? '、' : ', ';
  const spec = carrierFieldAt(path);
  const field = path.split(/[.[\]]/).filter(Boolean).at(-1);
  switch (spec?.diff) {
    case 'vocabulary':
      if (field === 'region') return findRegion(String(value))?.name[language] ?? String(value);
      if (field === 'district') return findDistrict(context.region, String(value))?.name[language] ?? String(value);
      return spec.vocabulary?.has(String(value)) ? spec.vocabulary.name(String(value))[language] : String(value);
    case 'list':
      return Array.isArray(value) ? value.map((item) => industryName(String(item), language)).join(list) : String(value);
    case 'boolean':
      return value ? t('review:yes') : t('review:no');
    case 'location':
      return formatPoint(value) ?? t('review:none');
    case 'items':
      // Lists without item ids (ratings) change as a whole: "2023 A、2024 B".
      return Array.isArray(value) ? value.map((item: { year?: number; grade?: string }) => `${item.year ?? '?'} ${item.grade ?? '?'}`).join(list) : String(value);
    case 'number':
      return typeof value === 'number' && field === 'year' ? String(value) : typeof value === 'number' ? exactNumber.format(value) : String(value);
    default:
      break;
  }
  if (typeof value === 'number') return exactNumber.format(value);
  if (typeof value === 'boolean') return value ? t('review:yes') : t('review:no');
  if (Array.isArray(value)) return value.map(String).join(list);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function formatPoint(value: unknown): string | null {
  const coordinates = (value as { coordinates?: unknown } | null)?.coordinates;
  if (!Array.isArray(coordinates) || coordinates.length !== 2) return null;
  const [lng, lat] = coordinates as number[];
  return `${lng!.toFixed(6)}, ${lat!.toFixed(6)}`;
}
