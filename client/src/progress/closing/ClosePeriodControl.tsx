import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '@shared/policies';
import type { ProgressTarget } from '@shared/api/progress';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { ProgressReloadContext } from '../counting/CountingNotes';

/**
 * For a planner, once a region's period has ended and before anyone closed it: close it,
 * freezing the final figures as reported (asked twice, since it cannot be undone).
 */
export function ClosePeriodControl({ region, targets }: { region: string; targets: readonly ProgressTarget[] }) {
  const { t } = useTranslation('closing');
  const reload = useContext(ProgressReloadContext);
  const user = useSession().session.user;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const open = targets.filter((target) => target.periodClosed && !target.closing);
  const periodTo = open[0]?.period.to;
  if (!user || !can(user, 'period:close') || !periodTo) return null;

  async function close() {
    if (!window.confirm(t('confirm', { to: periodTo }))) return;
    setBusy(true);
    setProblem(null);
    try {
      await api(`/api/regions/${encodeURIComponent(region)}/closings`, { method: 'POST', body: { periodTo } });
      reload();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="close-period" data-testid="close-period">
      <button type="button" onClick={close} disabled={busy}>
        {t('close', { to: periodTo })}
      </button>
      <span className="field-hint">{t('closeHint')}</span>
      {problem && (
        <p role="alert" className="notice-bad">
          {problem}
        </p>
      )}
    </div>
  );
}
