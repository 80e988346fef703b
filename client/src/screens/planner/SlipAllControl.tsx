import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SLIP_MONTHS } from '@shared/planner';

interface SlipAllControlProps {
  months: number;
  onChange(months: number): void;
}

/** "Slip every pipeline phase by N months": the planner's most common what-if, one box. */
export function SlipAllControl({ months, onChange }: SlipAllControlProps) {
  const { t } = useTranslation('planner');
  const id = useId();
  return (
    <div className="slip-all control">
      <label htmlFor={id}>{t('pipeline.slipAll')}</label>
      <span className="control-row">
        <input
          id={id}
          type="number"
          min={-MAX_SLIP_MONTHS}
          max={MAX_SLIP_MONTHS}
          step={1}
          value={months === 0 ? '' : months}
          placeholder="0"
          className="input-months"
          data-testid="slip-all"
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(Number(event.target.value || 0))}
        />
        <span className="muted">{t('pipeline.months')}</span>
        {[6, 12].map((preset) => (
          <button key={preset} type="button" onClick={() => onChange(preset)} aria-pressed={months === preset}>
            {t('pipeline.slipPreset', { months: preset })}
          </button>
        ))}
        <button type="button" onClick={() => onChange(0)} disabled={months === 0}>
          {t('pipeline.noSlip')}
        </button>
      </span>
      <span id={`${id}-hint`} className="control-hint">
        {t('pipeline.slipAllHint', { max: MAX_SLIP_MONTHS })}
      </span>
    </div>
  );
}
