import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The heading of a registry form page: its title, the carrier it is about once loaded, and the way back to the list. */
export function FormPageHeader({ title, carrierName, badge }: { title: string; carrierName?: string; badge?: ReactNode }) {
  const { t } = useTranslation('registry');
  const navigate = useNavigate();
  return (
    <header className="screen-header">
      <h1>
        {title}
        {carrierName && (
          <>
            {' · '}
            <span data-user-content>{carrierName}</span>
            {badge && <> {badge}</>}
          </>
        )}
      </h1>
      <button type="button" className="link-button" onClick={() => navigate('/registry')}>
        ‹ {t('actions.backToList')}
      </button>
    </header>
  );
}
