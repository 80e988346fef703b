import { useTranslation } from 'react-i18next';
import { ExportLinks } from './ExportLinks';
import { ImportPanel } from './ImportPanel';

export interface TransferPanelProps {
  exportQuery: Record<string, string | undefined>;
  onImported(): void;
}

/** Spreadsheet import and export, side by side under the list. */
export function TransferPanel({ exportQuery, onImported }: TransferPanelProps) {
  const { t } = useTranslation('registry');
  return (
    <section className="panel transfer-panel" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transfer.title')}</h2>
      <div className="transfer-grid">
        <ImportPanel onImported={onImported} />
        <ExportLinks query={exportQuery} />
      </div>
    </section>
  );
}
