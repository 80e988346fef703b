import { useTranslation } from 'react-i18next';
import { formatArea } from '../../../i18n/format';
import { useProblemMessage } from '../../../ui/forms/FormErrors';
import { placeName } from '../../../i18n/places';
import { useLanguage } from '../../../i18n/useLanguage';
import { toPreviewCarrier, type ImportDryRun } from './importTypes';

const PREVIEW_ROWS = 10;

/** The dry run's verdict: counts, every row error, and the first rows as they would be stored. */
export function ImportReport({ result }: { result: ImportDryRun }) {
  const { t } = useTranslation('registry');
  return (
    <div className="import-report">
      <p>
        {t('transfer.summary', { rows: result.rows, valid: result.valid })}{' '}
        {result.errors.length > 0 ? (
          <strong className="text-bad">{t('transfer.errorCount', { count: result.errors.length })}</strong>
        ) : (
          <span className="text-ok">{t('transfer.noErrors')}</span>
        )}
      </p>
      {result.errors.length > 0 && <RowErrors caption={t('transfer.errorsCaption')} errors={result.errors} />}
      {result.warnings && result.warnings.length > 0 && <RowErrors caption={t('transfer.warningsCaption')} errors={result.warnings} />}
      {result.ignoredColumns && result.ignoredColumns.length > 0 && (
        <p className="field-hint">
          {t('transfer.ignoredColumns')} <span data-user-content>{result.ignoredColumns.join(', ')}</span>
        </p>
      )}
      {result.preview.length > 0 && <Preview items={result.preview.slice(0, PREVIEW_ROWS)} />}
    </div>
  );
}

function RowErrors({ caption, errors }: { caption: string; errors: ImportDryRun['errors'] }) {
  const { t } = useTranslation('registry');
  const messageOf = useProblemMessage();
  return (
    <div className="table-scroll table-capped">
      <table className="import-errors">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('transfer.row')}
            </th>
            <th scope="col">{t('transfer.column')}</th>
            <th scope="col">{t('transfer.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${error.row}-${error.path}-${index}`}>
              <td className="num">{error.row}</td>
              <td>
                <span data-user-content>{error.field || error.path}</span>
              </td>
              <td>{messageOf({ code: error.code, serverMessage: error.message })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Preview({ items }: { items: readonly unknown[] }) {
  const { t } = useTranslation('registry');
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="import-preview">
        <caption>{t('transfer.previewCaption', { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('transfer.row')}
            </th>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.kind')}</th>
            <th scope="col">{t('table.place')}</th>
            <th scope="col" className="num">
              {t('fields.phases')}
            </th>
            <th scope="col" className="num">
              {t('table.openArea')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map(toPreviewCarrier).map((carrier, index) => (
            <tr key={index}>
              <td className="num">{carrier.row ?? '—'}</td>
              <td>
                <span data-user-content>{carrier.name ?? '—'}</span>
              </td>
              <td>{carrier.kind ? t(`common:kind.${carrier.kind}`) : '—'}</td>
              <td>{carrier.region ? placeName(carrier.region, carrier.district, language) : '—'}</td>
              <td className="num">{carrier.phases?.length ?? '—'}</td>
              <td className="num">{carrier.openIncubationAreaM2 === undefined ? '—' : formatArea(carrier.openIncubationAreaM2, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
