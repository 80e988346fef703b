import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CarrierView } from '@shared/carriers/record';
import { formatArea } from '../../i18n/format';
import { localDate } from '../../i18n/timestamps';
import { placeName } from '../../i18n/places';
import { useLanguage } from '../../i18n/useLanguage';
import { VerificationBadge } from './VerificationBadge';

/** One row per carrier: what it is, how much is open, and whether the figures are verified. */
export function CarrierTable({ carriers }: { carriers: readonly CarrierView[] }) {
  const { t } = useTranslation('registry');
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="carrier-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.place')}</th>
            <th scope="col">{t('table.tier')}</th>
            <th scope="col" className="num">
              {t('table.openArea')}
            </th>
            <th scope="col" className="num">
              {t('table.pipelineArea')}
            </th>
            <th scope="col">{t('table.state')}</th>
            <th scope="col">{t('table.updated')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {carriers.map((carrier) => (
            <tr key={carrier.id} data-carrier-id={carrier.id}>
              <th scope="row" className="carrier-name">
                <span data-user-content>{carrier.name}</span>
              </th>
              <td className="cell-kind">
                <span className={`kind-dot kind-${carrier.kind}`} aria-hidden="true" />
                {t(`common:kind.${carrier.kind}`)}
              </td>
              <td>{placeName(carrier.region, carrier.district, language)}</td>
              <td>{t(`common:tier.${carrier.derived.currentTier ?? 'none'}`)}</td>
              <td className="num">{formatArea(carrier.derived.openIncubationAreaM2, language)}</td>
              <td className="num">{formatArea(carrier.derived.pipelineIncubationAreaM2, language)}</td>
              <td>
                <VerificationBadge state={carrier.verification.state} />
              </td>
              <td className="nowrap">{localDate(carrier.updatedAt)}</td>
              <td className="cell-action">
                <Link to={editPath(carrier)} aria-label={`${t('actions.edit')} ${carrier.name}`}>
                  {t('actions.edit')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A registration still in review is not in the registry yet: it is edited through its change. */
function editPath(carrier: CarrierView): string {
  const { pendingAction, pendingChangeId } = carrier.verification;
  return pendingAction === 'create' && pendingChangeId ? `/registry/changes/${encodeURIComponent(pendingChangeId)}/edit` : `/registry/${carrier.id}`;
}
