import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ChangeDetail } from '@shared/api/changes';
import type { CarrierRecord } from '@shared/carriers/record';
import { api } from '../../api/client';
import { Notice } from '../../ui/forms/Notice';
import { ErrorView, Loading } from '../../ui/StatusView';
import { useApi } from '../../ui/useApi';
import { CarrierForm } from './form/CarrierForm';
import { FormPageHeader } from './FormPageHeader';
import { draftFromCarrier } from './form/draft';
import { reopenChange, reviseChange } from './saveCarrier';

/**
 * A manager's own submission in the carrier form, filled with what they proposed: a pending
 * one is corrected in place (`revise`), a rejected one is sent again with the reviewer's
 * reason above the form (`reopen`).
 */
export function ChangeFormPage({ mode }: { mode: 'revise' | 'reopen' }) {
  const { t } = useTranslation('registry');
  const { changeId = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useApi((signal) => api<ChangeDetail>(`/api/changes/${encodeURIComponent(changeId)}`, { signal }), [changeId]);
  const change = loaded.data?.change;
  const proposal = useMemo(() => (change?.proposed ? ({ id: change.carrierId ?? '', version: 0, createdAt: '', updatedAt: '', ...change.proposed } as CarrierRecord) : null), [change]);
  const expected = mode === 'revise' ? 'pending' : 'rejected';

  return (
    <section className="screen registry-screen">
      <FormPageHeader title={t(mode === 'revise' ? 'changeForm.reviseTitle' : 'changeForm.reopenTitle')} carrierName={change?.carrierName} />
      {loaded.loading ? (
        <Loading />
      ) : loaded.error || !change ? (
        <ErrorView error={loaded.error} onRetry={loaded.reload} />
      ) : change.status !== expected || !proposal || (mode === 'reopen' && change.reopenedAs) ? (
        <Notice tone="warn">{t('changeForm.notAvailable', { status: t(`changeStatus.${change.status}`) })}</Notice>
      ) : (
        <CarrierForm
          key={`${change.id}@${change.submittedAt}`}
          initial={draftFromCarrier(proposal)}
          forReview
          hadContact={Boolean(proposal.contact)}
          notice={
            mode === 'reopen' ? (
              <Notice tone="warn">
                {t('changeForm.rejectedBecause')} <span data-user-content>{change.reason}</span>
              </Notice>
            ) : (
              <Notice tone="info">{t('changeForm.reviseNote')}</Notice>
            )
          }
          onCancel={() => navigate('/registry')}
          onSubmit={async (submission) => {
            const outcome = mode === 'revise' ? await reviseChange(change.id, submission) : await reopenChange(change.id, submission);
            navigate('/registry', { state: { outcome } });
          }}
        />
      )}
    </section>
  );
}
