import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_FORECAST_WEIGHTS, type ForecastWeights } from '@shared/planner';

interface WeightsControlProps {
  weights: ForecastWeights | null;
  onChange(weights: ForecastWeights | null): void;
}

const STATUSES = ['under_construction', 'planned'] as const;

/** How likely a phase is to open on time, by status: the forecast's weights for this scenario. */
export function WeightsControl({ weights, onChange }: WeightsControlProps) {
  const { t } = useTranslation('planner');
  const id = useId();
  const current = weights ?? DEFAULT_FORECAST_WEIGHTS;
  const set = (status: (typeof STATUSES)[number], text: string) => {
    const value = Math.max(0, Math.min(1, Number(text)));
    if (!Number.isFinite(value)) return;
    const next = { ...current, [status]: value };
    const isDefault = next.planned === DEFAULT_FORECAST_WEIGHTS.planned && next.under_construction === DEFAULT_FORECAST_WEIGHTS.under_construction;
    onChange(isDefault ? null : next);
  };
  return (
    <fieldset className="weights">
      <legend>{t('weights.title')}</legend>
      {STATUSES.map((status) => (
        <span key={status} className="control control-inline">
          <label htmlFor={`${id}-${status}`}>{t(`common:phaseStatus.${status}`)}</label>
          <input id={`${id}-${status}`} type="number" min={0} max={1} step={0.05} value={current[status]} className="input-weight" onChange={(event) => set(status, event.target.value)} />
        </span>
      ))}
      <button type="button" onClick={() => onChange(null)} disabled={weights === null}>
        {t('weights.reset')}
      </button>
      <p className="control-hint">{t('weights.hint')}</p>
    </fieldset>
  );
}
