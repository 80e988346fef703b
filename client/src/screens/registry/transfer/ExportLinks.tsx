import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS } from '@shared/carriers/query';
import { buildUrl } from '../../../api/client';

const LABEL_KEYS = { csv: 'transfer.exportCsv', xlsx: 'transfer.exportXlsx', geojson: 'transfer.exportGeojson' } as const;

/**
 * Export of what the list shows, in each format. Plain links: the browser downloads with
 * the session cookie, and a GET needs no CSRF token.
 */
export function ExportLinks({ query }: { query: Record<string, string | undefined> }) {
  const { t } = useTranslation('registry');
  return (
    <div className="transfer-block">
      <h3>{t('transfer.exportLegend')}</h3>
      <div className="button-row">
        {EXPORT_FORMATS.map((format) => (
          <a key={format} className="button" href={buildUrl('/api/carriers/export', { ...query, format })} download>
            {t(LABEL_KEYS[format])}
          </a>
        ))}
      </div>
      <p className="field-hint">{t('transfer.exportHint')}</p>
    </div>
  );
}
