import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension } from '@shared/planner';
import type { ProgressTarget } from '@shared/api/progress';
import { useLanguage } from '../../../i18n/useLanguage';
import { BreakdownTable } from './BreakdownTable';

/** The issue asks for district, kind and tier; industry is there too, and child units for a parent region. */
const DIMENSIONS_SHOWN: readonly Dimension[] = ['district', 'kind', 'tier', 'industry'];

/** Breakdowns of one target at a time; the first area target (A1) unless the reader picks another. */
export function BreakdownSection({ targets }: { targets: readonly ProgressTarget[] }) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const selectId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const target = targets.find((candidate) => candidate.id === chosen) ?? targets.find((candidate) => candidate.unit === 'm2') ?? targets[0];
  if (!target) return null;
  const dimensions: Dimension[] = target.breakdowns.unit.length > 0 ? ['unit', ...DIMENSIONS_SHOWN] : [...DIMENSIONS_SHOWN];

  return (
    <section className="dashboard-section breakdowns" aria-labelledby="breakdowns-title">
      <header className="section-header">
        <h2 id="breakdowns-title">{t('breakdown.title')}</h2>
        <div className="control control-inline no-print">
          <label htmlFor={selectId}>{t('breakdown.target')}</label>
          <select id={selectId} value={target.id} onChange={(event) => setChosen(event.target.value)} data-testid="breakdown-target">
            {targets.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.id} {candidate.label[language]}
              </option>
            ))}
          </select>
        </div>
        <p className="print-only">
          {target.id} {target.label[language]}
        </p>
      </header>
      <p className="section-caption">
        {target.judgedYear !== undefined ? t('breakdown.captionYear', { year: target.judgedYear }) : t('breakdown.caption', { date: target.measuredOn })}{' '}
        <span className="no-print">{t('breakdown.clickHint')}</span>
      </p>
      <div className="breakdown-grid">
        {dimensions.map((dimension) => (
          <BreakdownTable key={dimension} target={target} dimension={dimension} />
        ))}
      </div>
    </section>
  );
}
