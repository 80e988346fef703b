import { useTranslation } from 'react-i18next';

export interface PaginationProps {
  page: number;
  limit: number;
  total: number;
  onPage(page: number): void;
}

export function Pagination({ page, limit, total, onPage }: PaginationProps) {
  const { t } = useTranslation('registry');
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pageOf', { page, pages })}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ‹ {t('actions.previous')}
      </button>
      <span>{t('pageOf', { page, pages })}</span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('actions.next')} ›
      </button>
    </nav>
  );
}
