import { useTranslation } from 'react-i18next';
import type { HypotheticalCarrier } from '@shared/planner';
import { formatArea } from '../../i18n/format';
import { carrierDistrictName } from '../../progress/names';
import { useLanguage } from '../../i18n/useLanguage';

interface HypotheticalListProps {
  carriers: readonly HypotheticalCarrier[];
  region: string;
  onRemove(index: number): void;
}

/** The carriers this scenario adds, with a way to take each out again. */
export function HypotheticalList({ carriers, region, onRemove }: HypotheticalListProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  if (carriers.length === 0) return <p className="muted">{t('add.none')}</p>;
  return (
    <ul className="hypothetical-list" data-testid="hypothetical-list">
      {carriers.map((carrier, index) => {
        const phase = carrier.phases[0];
        const [lng, lat] = carrier.location.coordinates;
        return (
          <li key={`${carrier.name}-${index}`}>
            <div>
              <span className={`kind-dot kind-${carrier.kind}`} aria-hidden="true" />
              <strong data-user-content>{carrier.name}</strong> <span className="muted">{t(`common:kind.${carrier.kind}`)}</span>
              <br />
              <span className="muted">
                {carrierDistrictName(carrier.region ?? region, carrier.district ?? null, region, language, t)} · {phase?.incubationAreaM2 ? formatArea(phase.incubationAreaM2, language) : '—'} ·{' '}
                {phase ? t(`common:phaseStatus.${phase.status}`) : ''} · {t('add.opensOn', { date: phase?.plannedOpeningOn ?? '—' })} · {lng.toFixed(4)}, {lat.toFixed(4)}
              </span>
            </div>
            <button type="button" className="danger" onClick={() => onRemove(index)} aria-label={t('add.removeNamed', { name: carrier.name })}>
              {t('add.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
