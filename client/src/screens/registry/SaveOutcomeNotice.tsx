import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/forms/Notice';
import type { SaveOutcome } from './saveCarrier';

/** After a save: verified at once, or — for a manager — waiting for a planner. */
export function SaveOutcomeNotice({ outcome, onDismiss }: { outcome: SaveOutcome; onDismiss(): void }) {
  const { t } = useTranslation('registry');
  return (
    <Notice
      tone={outcome.kind === 'pending' ? 'info' : 'success'}
      actions={
        <button type="button" onClick={onDismiss}>
          {t('actions.dismiss')}
        </button>
      }
    >
      <span data-testid="save-outcome" data-outcome={outcome.kind}>
        {outcome.kind === 'pending' ? t('outcome.pending') : t('outcome.verified')} <strong data-user-content>{outcome.name}</strong>
        {outcome.kind === 'pending' && <span className="outcome-hint"> {t('outcome.pendingHint')}</span>}
      </span>
    </Notice>
  );
}
