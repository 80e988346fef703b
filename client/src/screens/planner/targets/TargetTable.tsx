import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatThreshold } from '../../../progress/formatValue';
import { useLanguage } from '../../../i18n/useLanguage';
import type { StoredTarget } from './targetsApi';
import { describeFilter } from './targetNames';

interface TargetTableProps {
  targets: readonly StoredTarget[];
  onDelete(target: StoredTarget): Promise<void>;
}

/** A region's targets: what each counts, how, against which threshold, over which period, from which document. */
export function TargetTable({ targets, onDelete }: TargetTableProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const [confirming, setConfirming] = useState<string | null>(null);

  return (
    <div className="targets-table-wrap">
      <table className="targets-table" data-testid="targets-table">
        <thead>
          <tr>
            <th scope="col">{t('targets.id')}</th>
            <th scope="col">{t('targets.label')}</th>
            <th scope="col">{t('targets.measure')}</th>
            <th scope="col">{t('targets.window')}</th>
            <th scope="col">{t('targets.comparator')}</th>
            <th scope="col" className="num">
              {t('targets.threshold')}
            </th>
            <th scope="col">{t('targets.period')}</th>
            <th scope="col">{t('targets.source')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('targets.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={target.id} data-testid={`target-row-${target.id}`}>
              <th scope="row">
                <span className="target-id">{target.id}</span>
              </th>
              <td>{target.label[language]}</td>
              <td>
                {t(`targets.measures.${target.measure}`)}
                <br />
                <span className="muted">{describeFilter(target.filter, t)}</span>
              </td>
              <td>{t(`targets.windows.${target.window}`)}</td>
              <td>{t(`targets.comparators.${target.comparator}`)}</td>
              <td className="num nowrap" data-testid={`target-threshold-${target.id}`} data-value={target.threshold}>
                {formatThreshold(target.threshold, target.comparator, target.unit, language, t)}
              </td>
              <td className="nowrap">
                {target.period.from}
                <br />
                {target.period.to}
              </td>
              <td className="target-source-cell" title={target.source}>
                <span data-user-content lang="zh-CN">
                  {target.source}
                </span>
              </td>
              <td className="row-actions">
                {confirming === target.id ? (
                  <>
                    <button
                      type="button"
                      className="danger"
                      title={t('targets.deleteHint')}
                      onClick={() => {
                        setConfirming(null);
                        void onDelete(target);
                      }}
                    >
                      {t('targets.confirmDelete', { id: target.id })}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t('targets.keep')}
                    </button>
                  </>
                ) : (
                  <>
                    <Link className="button" to={`/planner/targets/${encodeURIComponent(target.id)}/edit`} aria-label={t('targets.editNamed', { id: target.id })}>
                      {t('targets.edit')}
                    </Link>
                    <button type="button" onClick={() => setConfirming(target.id)} aria-label={t('targets.deleteNamed', { id: target.id })}>
                      {t('targets.delete')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
