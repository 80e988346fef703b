import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { Empty, ErrorView, Loading } from '../../../ui/StatusView';
import { useApi } from '../../../ui/useApi';
import type { ProgressParams } from '../../../progress/controls/useProgressParams';
import { formatValue } from '../../../progress/formatValue';
import { useLanguage } from '../../../i18n/useLanguage';
import { ContributorTable } from './ContributorTable';
import type { ContributorsReply } from '@shared/api/contributors';
import type { DrillRequest, DrillScope } from './drillDownContext';

interface DrillDownPanelProps {
  request: DrillRequest;
  params: ProgressParams;
  onClose(): void;
}

function scopeQuery(scope: DrillScope): Record<string, string | number> {
  if (scope.kind === 'year') return { year: scope.year };
  if (scope.kind === 'cell') return { dimension: scope.dimension, key: scope.key };
  return {};
}

/**
 * The carriers behind one number, beside the dashboard (not modal: the numbers stay
 * clickable). Escape or the close button closes it and focus returns to the number.
 */
export function DrillDownPanel({ request, params, onClose }: DrillDownPanelProps) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { target, scope, value } = request;
  const state = useApi(
    (signal) =>
      api<ContributorsReply>(`/api/regions/${encodeURIComponent(params.region)}/progress/${encodeURIComponent(target.id)}/contributors`, {
        query: { asOf: params.asOf, basis: params.basis, ...scopeQuery(scope) },
        signal,
      }),
    [params.region, params.asOf, params.basis, target.id, JSON.stringify(scope)],
  );

  // Focus goes to the panel for each number opened, and back to the last number on close.
  const openerRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (document.activeElement instanceof HTMLElement && !document.activeElement.closest('.drill-panel')) openerRef.current = document.activeElement;
    headingRef.current?.focus();
  }, [request]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  useEffect(() => () => openerRef.current?.focus(), []);

  const scopeText =
    scope.kind === 'year'
      ? t('drill.scope.year', { year: scope.year })
      : scope.kind === 'cell'
        ? `${t(`breakdown.dimensions.${scope.dimension}`)} · ${scope.name}`
        : target.judgedYear !== undefined
          ? t('drill.scope.year', { year: target.judgedYear })
          : target.window === 'stock_at_end'
            ? t('drill.scope.stock', { date: target.measuredOn })
            : t('drill.scope.total', { from: target.period.from.slice(0, 4), to: target.period.to.slice(0, 4) });

  return (
    <aside className="drill-panel progress-screen no-print" role="dialog" aria-modal="false" aria-labelledby={headingId} data-testid="drill-panel">
      <header className="drill-header">
        <div>
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            <span className="target-id">{target.id}</span> {target.label[language]}
          </h2>
          <p className="drill-summary">
            {scopeText} · <strong>{formatValue(value, target.unit, language, t)}</strong>
            {state.data && <> · {t('drill.count', { count: state.data.count })}</>}
          </p>
        </div>
        <button type="button" className="drill-close" onClick={onClose} aria-label={t('drill.close')}>
          ×
        </button>
      </header>
      <div className="drill-body">
        {state.loading && !state.data ? (
          <Loading />
        ) : state.error ? (
          <ErrorView error={state.error} onRetry={state.reload} />
        ) : !state.data || state.data.items.length === 0 ? (
          <Empty>{t('drill.empty')}</Empty>
        ) : (
          <ContributorTable items={state.data.items} measure={target.measure} regionId={params.region} />
        )}
      </div>
    </aside>
  );
}
