import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** The loading, empty and error states every screen shows the same way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="status-view" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('states.loading')}
    </div>
  );
}

export function Empty({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation();
  return <div className="status-view status-empty">{children ?? t('states.empty')}</div>;
}

export function ErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiError
      ? error.status === 403
        ? t('states.forbidden')
        : error.status === 503
          ? t('states.unavailable')
          : error.message
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <div className="status-view status-error" role="alert">
      <strong>{t('states.error')}</strong>
      <span>{message}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}
