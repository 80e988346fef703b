import type { TFunction } from 'i18next';
import { findDistrict, findRegion } from '@shared/regions';
import type { UiLanguage } from '../../i18n/format';

const AREA_FIELDS = new Set(['incubationAreaM2', 'floorAreaM2']);

/** Fields whose values are what people typed (names, notes): shown as data, never translated. */
export const USER_TEXT_FIELDS = new Set(['name', 'address', 'operator', 'label', 'note', 'contact.person', 'contact.phone', 'contact.email', 'provenance.source']);

export function isAreaField(field: string): boolean {
  return AREA_FIELDS.has(field);
}

export interface ValueContext {
  t: TFunction;
  language: UiLanguage;
  /** The carrier's region, to name its district. */
  region: string;
}

const exactNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * A field's value as the reviewer reads it: vocabulary in the UI's language, areas as exact
 * square metres with separators (a review checks the digits, so no 万㎡ rounding).
 */
export function formatDiffValue(field: string, value: unknown, context: ValueContext): string {
  const { t, language } = context;
  if (value === undefined || value === null || value === '') return t('review:none');
  const list = language === 'zh' ? '、' : ', ';
  switch (field) {
    case 'kind':
      return t(`common:kind.${String(value)}`);
    case 'status':
      return t(`common:phaseStatus.${String(value)}`);
    case 'tier':
      return t(`common:tier.${String(value)}`);
    case 'grade':
      return t(`registry:grade.${String(value)}`);
    case 'region':
      return findRegion(String(value))?.name[language] ?? String(value);
    case 'district':
      return findDistrict(context.region, String(value))?.name[language] ?? String(value);
    case 'industries':
      return Array.isArray(value) ? value.map((industry) => t(`common:industry.${String(industry)}`)).join(list) : String(value);
    case 'year':
      return String(value);
    case 'locationApproximate':
      return value ? t('review:yes') : t('review:no');
    case 'location':
      return formatPoint(value) ?? t('review:none');
    case 'ratings':
      return Array.isArray(value) ? value.map((rating: { year?: number; grade?: string }) => `${rating.year ?? '?'} ${rating.grade ?? '?'}`).join(list) : String(value);
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
