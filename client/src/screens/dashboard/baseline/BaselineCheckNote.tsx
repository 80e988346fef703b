import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { checkBaseline, type BaselineCheck, type BaselineFigure } from '@shared/baselines/check';
import { publishedBaselineFor, type PublishedBaseline } from '@shared/baselines/published';
import type { CarrierRecord } from '@shared/carriers/record';
import { CARRIER_KINDS } from '@shared/carriers/vocabulary';
import { api } from '../../../api/client';
import { formatArea, type UiLanguage } from '../../../i18n/format';
import { ErrorView, Loading } from '../../../ui/StatusView';
import { useApi } from '../../../ui/useApi';
import type { Basis } from '../../../progress/controls/useProgressParams';
import { formatDelta, formatValue } from '../../../progress/formatValue';
import { useLanguage } from '../../../i18n/useLanguage';

interface BaselineCheckNoteProps {
  region: string;
  basis: Basis;
}

/**
 * 基线核对: the baseline a plan published for the region (Taicang's end of 2020), beside
 * what the registry holds on that date, every difference flagged — the source's own
 * inconsistency included (36 carriers in its text, 21 + 15 + 5 = 41 in its breakdown).
 * Nothing for a region without a published baseline.
 */
export function BaselineCheckNote({ region, basis }: BaselineCheckNoteProps) {
  const baseline = publishedBaselineFor(region);
  if (!baseline) return null;
  return <BaselineCheckLoader baseline={baseline} basis={basis} />;
}

function BaselineCheckLoader({ baseline, basis }: { baseline: PublishedBaseline; basis: Basis }) {
  const { t } = useTranslation('dashboard');
  const carriers = useApi(
    (signal) => api<{ items: CarrierRecord[] }>(`/api/regions/${encodeURIComponent(baseline.region)}/carriers`, { query: { basis }, signal }),
    [baseline.region, basis],
  );
  return (
    <section className="dashboard-section baseline-check" aria-labelledby="baseline-title" data-testid="baseline-check">
      <h2 id="baseline-title">{t('baseline.title')}</h2>
      {carriers.error ? (
        <ErrorView error={carriers.error} onRetry={carriers.reload} />
      ) : !carriers.data ? (
        <Loading />
      ) : (
        <BaselineTable check={checkBaseline(baseline, carriers.data.items)} basis={basis} />
      )}
    </section>
  );
}

type Row = { key: string; name: string; carriers: BaselineFigure; area: BaselineFigure; className?: string };

function BaselineTable({ check, basis }: { check: BaselineCheck; basis: Basis }) {
  const { t } = useTranslation('dashboard');
  const language = useLanguage();
  const { baseline } = check;
  const rows: Row[] = [
    ...CARRIER_KINDS.map((kind) => ({ key: kind, name: t(`common:kind.${kind}`), carriers: check.byKind[kind].carriers, area: check.byKind[kind].incubationAreaM2 })),
    { key: 'kinds-sum', name: t('baseline.kindsSum'), carriers: check.kindsSum.carriers, area: check.kindsSum.incubationAreaM2, className: 'sum-row' },
    { key: 'stated-total', name: t('baseline.statedTotal'), carriers: check.carriers, area: check.incubationAreaM2, className: 'total-row' },
  ];
  const kindsSum = CARRIER_KINDS.map((kind) => baseline.byKind[kind].carriers).join(' + ');
  const count = (value: number) => formatValue(value, 'count', language, t);

  return (
    <>
      <p className="section-caption">{t('baseline.caption', { date: baseline.on, basis: t(`controls.bases.${basis}`) })}</p>
      <table className="baseline-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('baseline.kind')}
            </th>
            <th scope="colgroup" colSpan={3}>
              {t('baseline.carriers')}
            </th>
            <th scope="colgroup" colSpan={3}>
              {t('baseline.area')}
            </th>
          </tr>
          <tr>
            {[0, 1].map((group) => [
              <th key={`${group}-p`} scope="col" className="num">
                {t('baseline.published')}
              </th>,
              <th key={`${group}-r`} scope="col" className="num">
                {t('baseline.registry', { date: baseline.on })}
              </th>,
              <th key={`${group}-d`} scope="col" className="num">
                {t('baseline.difference')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.className} data-testid={`baseline-${row.key}`}>
              <th scope="row">{row.name}</th>
              <FigureCells figure={row.carriers} format={count} unit="count" language={language} t={t} />
              <FigureCells figure={row.area} format={(value) => formatArea(value, language)} unit="m2" language={language} t={t} />
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="baseline-flags" data-testid="baseline-flags">
        {!check.publishedConsistent.carriers && (
          <li className="differs">{t('baseline.flags.publishedCarriers', { total: count(baseline.carriers), sum: count(check.kindsSum.carriers.published), parts: kindsSum })}</li>
        )}
        {!check.publishedConsistent.incubationAreaM2 && (
          <li className="differs">
            {t('baseline.flags.publishedArea', { total: formatArea(baseline.incubationAreaM2, language), sum: formatArea(check.kindsSum.incubationAreaM2.published, language) })}
          </li>
        )}
        {!check.carriers.agrees && (
          <li className="differs">
            {t('baseline.flags.registryCarriers', { date: baseline.on, registry: count(check.carriers.registry), total: count(baseline.carriers), difference: formatDelta(check.carriers.difference, 'count', language, t) })}
          </li>
        )}
        {rows.slice(0, CARRIER_KINDS.length).some((row) => !row.carriers.agrees || !row.area.agrees) && <li className="differs">{t('baseline.flags.kinds')}</li>}
        {check.differences === 0 && <li className="agrees">{t('baseline.flags.none')}</li>}
      </ul>
      <p className="baseline-source">
        {t('baseline.source')}{' '}
        <span data-user-content lang="zh-CN">
          {baseline.source}
        </span>
      </p>
    </>
  );
}

interface FigureCellsProps {
  figure: BaselineFigure;
  format(value: number): string;
  unit: 'count' | 'm2';
  language: UiLanguage;
  t: TFunction;
}

/** Published, registry and the difference; a difference is flagged in words and colour, not colour alone. */
function FigureCells({ figure, format, unit, language, t }: FigureCellsProps) {
  return (
    <>
      <td className="num" data-value={figure.published}>
        {format(figure.published)}
      </td>
      <td className="num" data-value={figure.registry}>
        {format(figure.registry)}
      </td>
      <td className={`num ${figure.agrees ? 'agrees' : 'differs'}`} data-value={figure.difference} data-agrees={figure.agrees}>
        {figure.agrees ? (
          <>
            <span aria-hidden="true">✓ </span>
            {figure.difference === 0 ? t('baseline.same') : t('baseline.withinRounding', { difference: formatDelta(figure.difference, unit, language, t) })}
          </>
        ) : (
          <>
            <span aria-hidden="true">⚠ </span>
            <span className="visually-hidden">{t('baseline.differsLabel')} </span>
            {formatDelta(figure.difference, unit, language, t)}
          </>
        )}
      </td>
    </>
  );
}
