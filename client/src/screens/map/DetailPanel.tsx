import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PhaseStatusText } from '../../ui/PhaseStatusText';
import type { FieldChange } from '@shared/carriers/diff';
import type { CarrierView } from '@shared/carriers/record';
import { findDistrict, findRegion } from '@shared/regions';
import { api } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { formatArea } from '../../i18n/format';
import { ErrorView, Loading } from '../../ui/StatusView';
import { useApi } from '../../ui/useApi';

/** One entry of `GET /api/carriers/:id/history`. */
interface HistoryEntry {
  at: string;
  user: { id: string; username: string } | null;
  action: string;
  diff: FieldChange[];
}

const HISTORY_ACTIONS: Record<string, 'create' | 'update' | 'delete' | 'approve' | 'reject'> = {
  'carrier:create': 'create',
  'carrier:update': 'update',
  'carrier:delete': 'delete',
  'change:approve': 'approve',
  'change:reject': 'reject',
};

interface DetailPanelProps {
  carrierId: string;
  onClose(): void;
}

/** A carrier's phases, recognitions, ratings and history, beside the map. */
export function DetailPanel({ carrierId, onClose }: DetailPanelProps) {
  const { t } = useTranslation('map');
  const closeRef = useRef<HTMLButtonElement>(null);
  const details = useApi(
    async (signal) => {
      const [carrier, history] = await Promise.all([
        api<{ carrier: CarrierView }>(`/api/carriers/${encodeURIComponent(carrierId)}`, { signal }),
        api<{ items: HistoryEntry[] }>(`/api/carriers/${encodeURIComponent(carrierId)}/history`, { signal }),
      ]);
      return { carrier: carrier.carrier, history: history.items };
    },
    [carrierId],
  );

  // Move focus into the panel so keyboard users land on what they opened.
  useEffect(() => closeRef.current?.focus(), [carrierId]);

  return (
    <aside className="map-detail" aria-label={t('detail.heading')} data-testid="detail-panel">
      <div className="map-detail-head">
        <h2>{details.data?.carrier.name ?? t('detail.heading')}</h2>
        <button ref={closeRef} type="button" className="link-button no-print" onClick={onClose} aria-label={t('detail.close')}>
          ✕
        </button>
      </div>
      {details.loading && !details.data ? (
        <Loading />
      ) : details.error ? (
        <ErrorView error={details.error} onRetry={details.reload} />
      ) : details.data ? (
        <CarrierDetails carrier={details.data.carrier} history={details.data.history} />
      ) : null}
    </aside>
  );
}

function CarrierDetails({ carrier, history }: { carrier: CarrierView; history: HistoryEntry[] }) {
  const { t, i18n } = useTranslation('map');
  const language = currentLanguage(i18n.language);
  const region = findRegion(carrier.region);
  const district = carrier.district ? findDistrict(carrier.region, carrier.district) : undefined;

  return (
    <div className="map-detail-body">
      <p className="map-detail-kind">
        <span className={`kind-dot kind-${carrier.kind}`} aria-hidden="true" />
        {t(`common:kind.${carrier.kind}`)} · {t(`common:tier.${carrier.derived.currentTier ?? 'none'}`)} ·{' '}
        {carrier.verification.state === 'pending' ? t('detail.pending') : t('detail.verified')}
      </p>
      <dl className="map-detail-facts">
        <dt>{t('detail.region')}</dt>
        <dd>{region?.name[language] ?? carrier.region}</dd>
        {district && (
          <>
            <dt>{t('detail.district')}</dt>
            <dd>{district.name[language]}</dd>
          </>
        )}
        {carrier.address && (
          <>
            <dt>{t('detail.address')}</dt>
            <dd>
              {carrier.address}
              {carrier.locationApproximate && <span className="map-tag">{t('popup.approximate')}</span>}
            </dd>
          </>
        )}
        {carrier.operator && (
          <>
            <dt>{t('detail.operator')}</dt>
            <dd>{carrier.operator}</dd>
          </>
        )}
        {carrier.industries.length > 0 && (
          <>
            <dt>{t('detail.industries')}</dt>
            <dd>{carrier.industries.map((industry) => t(`common:industry.${industry}`)).join(language === 'zh' ? '、' : ', ')}</dd>
          </>
        )}
        <dt>{t('detail.openArea')}</dt>
        <dd>{formatArea(carrier.derived.openIncubationAreaM2, language)}</dd>
        <dt>{t('detail.pipelineArea')}</dt>
        <dd>{formatArea(carrier.derived.pipelineIncubationAreaM2, language)}</dd>
      </dl>

      <h3>{t('detail.phases')}</h3>
      <div className="map-table-scroll">
        <table>
          <thead>
            <tr>
              <th>{t('detail.phase')}</th>
              <th className="num">{t('detail.incubationArea')}</th>
              <th>{t('detail.status')}</th>
              <th>{t('detail.when')}</th>
            </tr>
          </thead>
          <tbody>
            {carrier.phases.map((phase) => (
              <tr key={phase.id}>
                <td>{phase.label}</td>
                <td className="num">{phase.incubationAreaM2 === undefined ? '—' : formatArea(phase.incubationAreaM2, language)}</td>
                <td>
                  <PhaseStatusText phase={phase} />
                </td>
                <td>{phaseDate(phase, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('detail.recognitions')}</h3>
      {carrier.recognitions.length === 0 ? (
        <p className="map-hint">{t('detail.noRecognitions')}</p>
      ) : (
        <ul className="map-detail-list">
          {[...carrier.recognitions]
            .sort((a, b) => a.year - b.year)
            .map((recognition) => (
              <li key={recognition.id}>
                {recognition.year} · {t(`common:tier.${recognition.tier}`)}
              </li>
            ))}
        </ul>
      )}

      {carrier.ratings.length > 0 && (
        <>
          <h3>{t('detail.ratings')}</h3>
          <ul className="map-detail-list">
            {[...carrier.ratings]
              .sort((a, b) => a.year - b.year)
              .map((rating) => (
                <li key={rating.year}>
                  {rating.year} · {rating.grade}
                </li>
              ))}
          </ul>
        </>
      )}

      <h3>{t('detail.history')}</h3>
      {history.length === 0 ? (
        <p className="map-hint">{t('detail.noHistory')}</p>
      ) : (
        <ol className="map-detail-list">
          {history.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              {entry.at.slice(0, 10)} · {t(`detail.actions.${HISTORY_ACTIONS[entry.action] ?? 'other'}`)} · {entry.user?.username ?? t('detail.system')}
              {entry.diff.length > 0 && <span className="map-hint"> ({t('detail.changedFields', { formatted: entry.diff.length })})</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation<'map'>>['t'];

/** The date that matters for a phase's status: opened, closed, or when it should open. */
function phaseDate(phase: CarrierView['phases'][number], t: Translate): string {
  if (phase.status === 'closed' && phase.closedOn) return `${t('detail.closedOn')} ${phase.closedOn}`;
  if (phase.openedOn) return phase.openedOn;
  if (phase.plannedOpeningOn) return `${t('detail.plannedOpeningOn')} ${phase.plannedOpeningOn}`;
  if (phase.constructionStartedOn) return `${t('detail.constructionStartedOn')} ${phase.constructionStartedOn}`;
  return '—';
}

