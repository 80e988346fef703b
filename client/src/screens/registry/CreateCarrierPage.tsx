import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/session';
import { CarrierForm } from './form/CarrierForm';
import { FormPageHeader } from './FormPageHeader';
import { defaultPhaseLabel, emptyDraft } from './form/draft';
import { createCarrier } from './saveCarrier';
import { useLanguage } from '../../i18n/useLanguage';

/** Demo data and the first users are in Taicang; the region is one click to change. */
const DEFAULT_REGION = 'taicang';

export function CreateCarrierPage() {
  const { t } = useTranslation('registry');
  const language = useLanguage();
  const user = useUser();
  const navigate = useNavigate();
  // The first phase's default label is fixed when the form opens, in the language of that moment.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const initial = useMemo(() => emptyDraft(DEFAULT_REGION, defaultPhaseLabel(1, language)), []);

  return (
    <section className="screen registry-screen">
      <FormPageHeader title={t('form.createTitle')} />
      <CarrierForm
        initial={initial}
        forReview={user.role === 'manager'}
        onCancel={() => navigate('/registry')}
        onSubmit={async (submission) => {
          const outcome = await createCarrier(submission);
          navigate('/registry', { state: { outcome } });
        }}
      />
    </section>
  );
}
