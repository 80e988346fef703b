import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PhaseStatusText } from '../../../ui/PhaseStatusText';
import type { Measure } from '@shared/planner';
import { canSee } from '../../../app/screens';
import { useUser } from '../../../app/session';
import { formatArea } from '../../../i18n/format';
import { carrierDistrictName } from '../../../progress/names';
import { useLanguage } from '../../../i18n/useLanguage';
import type { ContributorItem } from '@shared/api/contributors';
import { dateKindOf, phaseFigures } from './phaseFigures';

interface ContributorTableProps {
  items: readonly ContributorItem[];
  measure: Measure;
  regionId: string;
}

/** The carriers behind a number, each with the phase or recognition that counted, and where to look further. */
export function ContributorTable({ items, measure, regionId }: ContributorTableProps) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const role = useUser().role;
  const mayOpenRegistry = canSee(role, 'registry');
  const hasPhases = items.some((item) => item.phase);
  const hasRecognitions = items.some((item) => item.recognition);

  return (
    <table className="contributor-table" data-testid="drill-items">
      <thead>
        <tr>
          <th scope="col">{t('drill.carrier')}</th>
          <th scope="col">{t('drill.kind')}</th>
          <th scope="col">{t('drill.district')}</th>
          {hasPhases && <th scope="col">{t('drill.phase')}</th>}
          {hasPhases && <th scope="col" className="num">{t('drill.area')}</th>}
          {hasPhases && <th scope="col">{t(`drill.date.${dateKindOf(measure)}`)}</th>}
          {hasRecognitions && <th scope="col">{t('drill.recognition')}</th>}
          <th scope="col">
            <span className="visually-hidden">{t('drill.links')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const figures = item.phase ? phaseFigures(item.phase, measure) : null;
          return (
            <tr key={item.ref}>
              <td className="wrap" data-user-content>
                {item.name}
              </td>
              <td>
                <span className={`kind-dot kind-${item.kind}`} aria-hidden="true" />
                {t(`common:kind.${item.kind}`)}
              </td>
              <td className="wrap">{carrierDistrictName(item.region, item.district, regionId, language, t)}</td>
              {hasPhases && (
                <td>
                  {item.phase && (
                    <>
                      <span data-user-content>{item.phase.label}</span> <span className="muted">
                        · <PhaseStatusText phase={item.phase} />
                      </span>
                    </>
                  )}
                </td>
              )}
              {hasPhases && <td className="num">{figures?.area != null ? formatArea(figures.area, language) : '—'}</td>}
              {hasPhases && <td className="nowrap">{figures?.date ?? '—'}</td>}
              {hasRecognitions && (
                <td>{item.recognition ? t('drill.recognitionText', { tier: t(`common:tier.${item.recognition.tier}`), year: item.recognition.year }) : '—'}</td>
              )}
              <td className="drill-links nowrap">
                <Link to={`/map?region=${encodeURIComponent(item.region)}&q=${encodeURIComponent(item.name)}`}>{t('drill.onMap')}</Link>
                {mayOpenRegistry && <Link to={`/registry/${encodeURIComponent(item.carrierId)}`}>{t('drill.details')}</Link>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
