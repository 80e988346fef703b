import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatArea } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { NumberField, parseNumberInput } from './NumberField';

export interface AreaFieldProps {
  path: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
}

/**
 * An area in square metres, echoed the way reports write it (约 1.23 万㎡) so a slip of
 * a digit shows before it is submitted.
 */
export function AreaField({ path, label, value, onChange }: AreaFieldProps) {
  const { t } = useTranslation('registry');
  const language = useLanguage();
  const parsed = parseNumberInput(value);
  const echo = parsed !== undefined && Number.isFinite(parsed) && parsed > 0 ? t('form.areaHint', { area: formatArea(parsed, language) }) : undefined;
  return <NumberField path={path} label={label} value={value} onChange={onChange} unit={t('common:units.m2')} hint={echo} />;
}
