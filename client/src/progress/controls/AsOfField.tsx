import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, todayInChina, type IsoDate } from '@shared/dates';

interface AsOfFieldProps {
  value: IsoDate;
  onChange(date: IsoDate): void;
}

/** Rewrites 2025/6/30, 2025.6.30 and 2025年6月30日 as 2025-06-30; anything else stays as typed. */
export function normalizeDate(text: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!match) return text.trim();
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

/**
 * The as-of date, typed as YYYY-MM-DD. A text box rather than the browser's date picker,
 * whose display format follows the browser's locale (06/30/2025) instead of the planner's.
 * The date applies on Enter or when the field loses focus, not on every keystroke.
 */
export function AsOfField({ value, onChange }: AsOfFieldProps) {
  const { t } = useTranslation('dashboard');
  const id = useId();
  const [text, setText] = useState(value);
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    setText(value);
    setInvalid(false);
  }, [value]);

  const apply = () => {
    const normalized = normalizeDate(text);
    setText(normalized);
    const valid = isIsoDate(normalized);
    setInvalid(!valid);
    if (valid && normalized !== value) onChange(normalized);
  };
  const today = todayInChina();

  return (
    <div className="control">
      <label htmlFor={id}>{t('controls.asOf')}</label>
      <span className="control-row">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          autoComplete="off"
          maxLength={12}
          className="input-date"
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          data-testid="as-of"
          onChange={(event) => setText(event.target.value)}
          onBlur={apply}
          onKeyDown={(event) => {
            if (event.key === 'Enter') apply();
          }}
        />
        <button type="button" disabled={value === today} onClick={() => onChange(today)}>
          {t('controls.today')}
        </button>
      </span>
      {invalid && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {t('controls.invalidDate')}
        </span>
      )}
    </div>
  );
}
