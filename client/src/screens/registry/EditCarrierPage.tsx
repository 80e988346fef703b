import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CarrierView } from '@shared/carriers/record';
import { api } from '../../api/client';
import { useUser } from '../../app/session';
import { Notice } from '../../ui/forms/Notice';
import { ErrorView, Loading } from '../../ui/StatusView';
import { useApi } from '../../ui/useApi';
import { CarrierForm } from './form/CarrierForm';
import { FormPageHeader } from './FormPageHeader';
import { draftFromCarrier } from './form/draft';
import { updateCarrier } from './saveCarrier';
import { VerificationBadge } from './VerificationBadge';

export function EditCarrierPage() {
  const { t } = useTranslation('registry');
  const { id = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const loaded = useApi((signal) => api<{ carrier: CarrierView }>(`/api/carriers/${encodeURIComponent(id)}`, { signal }), [id]);
  const carrier = loaded.data?.carrier;

  return (
    <section className="screen registry-screen">
      <FormPageHeader title={t('form.editTitle')} carrierName={carrier?.name} badge={carrier && <VerificationBadge state={carrier.verification.state} />} />
      {loaded.loading ? (
        <Loading />
      ) : loaded.error || !carrier ? (
        <ErrorView error={loaded.error} onRetry={loaded.reload} />
      ) : (
        <CarrierForm
          // A reload after a version conflict must start over from the latest record.
          key={`${carrier.id}@${carrier.version}`}
          initial={draftFromCarrier(carrier)}
          version={carrier.version}
          forReview={user.role === 'manager'}
          hadContact={Boolean(carrier.contact)}
          notice={
            carrier.verification.state === 'pending' && (
              <Notice
                tone="info"
                actions={
                  user.role === 'manager' && carrier.verification.pendingAction === 'update' && carrier.verification.pendingChangeId ? (
                    <Link to={`/registry/changes/${encodeURIComponent(carrier.verification.pendingChangeId)}/edit`}>{t('form.editPending')}</Link>
                  ) : undefined
                }
              >
                {t('form.pendingChangeNote')}
              </Notice>
            )
          }
          onCancel={() => navigate('/registry')}
          onReload={loaded.reload}
          onSubmit={async (submission) => {
            const outcome = await updateCarrier(carrier.id, carrier.version, submission);
            navigate('/registry', { state: { outcome } });
          }}
        />
      )}
    </section>
  );
}
