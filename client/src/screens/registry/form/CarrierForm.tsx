import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { carrierFields } from '@shared/carriers/fields/carrier';
import { contactFields } from '@shared/carriers/fields/contact';
import { CarrierCreateSchema, CarrierPatchSchema, type CarrierCreate } from '@shared/carriers/schema';
import { ApiError } from '../../../api/client';
import { ErrorSummary } from '../../../ui/forms/ErrorSummary';
import { FormErrorsProvider } from '../../../ui/forms/FormErrors';
import { Notice } from '../../../ui/forms/Notice';
import { TableFields } from '../../../ui/forms/TableFields';
import { failureText, useFormSubmit } from '../../../ui/forms/useFormSubmit';
import { useFormValidation } from '../../../ui/forms/useFormValidation';
import { draftToSubmission, type CarrierDraft } from './draft';
import { isShownOnCarrierField } from './fieldPaths';
import { IndustriesField } from './IndustriesField';
import { LocationField } from './LocationField';
import { PhasesEditor } from './PhasesEditor';
import { RatingsEditor } from './RatingsEditor';
import { RecognitionsEditor } from './RecognitionsEditor';
import { RegionDistrictFields } from './RegionDistrictFields';

export interface CarrierFormProps {
  initial: CarrierDraft;
  /** An edit carries the version the editor saw; a create has none. */
  version?: number;
  /** Managers' submissions wait for review; the button and the note say so. */
  forReview: boolean;
  /** Sends `{}` for a blank contact so an edit can clear a stored one. */
  hadContact?: boolean;
  /** Shown above the form, e.g. that a change is already waiting for review. */
  notice?: ReactNode;
  onSubmit(submission: CarrierCreate): Promise<void>;
  onCancel(): void;
  /** Offered when the carrier changed under the editor (409 stale_version). */
  onReload?(): void;
}

/**
 * Create and edit form of a carrier. It validates with the shared zod schema the API uses,
 * shows each message next to its field in the UI's language, puts the server's field
 * errors in the same places and moves focus to the first problem.
 */
export function CarrierForm({ initial, version, forReview, hadContact, notice, onSubmit, onCancel, onReload }: CarrierFormProps) {
  const { t } = useTranslation('registry');
  const [draft, setDraft] = useState(initial);

  const isEdit = version !== undefined;
  const submission = useMemo(() => draftToSubmission(draft, { keepEmptyContact: hadContact }), [draft, hadContact]);
  const checked = useMemo(() => (isEdit ? { ...submission, version } : submission), [isEdit, submission, version]);
  const validation = useFormValidation(isEdit ? CarrierPatchSchema : CarrierCreateSchema, checked);

  const update = (patch: Partial<CarrierDraft>) => setDraft((previous) => ({ ...previous, ...patch }));

  const { busy, failure, submit, formRef, summaryRef } = useFormSubmit({ validation, save: () => onSubmit(submission) });

  const stale = failure instanceof ApiError && failure.id === 'stale_version';

  return (
    <FormErrorsProvider value={validation.fields}>
      <form ref={formRef} className="carrier-form" noValidate onSubmit={submit}>
        {notice}
        {stale && (
          <Notice
            tone="warn"
            actions={
              onReload && (
                <button type="button" className="primary" onClick={onReload}>
                  {t('actions.reload')}
                </button>
              )
            }
          >
            <strong>{t('form.staleTitle')}</strong> {t('form.staleBody')}
          </Notice>
        )}
        {failure !== null && !stale && (
          <Notice tone="error">
            {t('form.saveFailed')} {failureText(failure)}
          </Notice>
        )}
        <div ref={summaryRef} tabIndex={-1}>
          <ErrorSummary title={(count) => t('form.problems', { count })} problems={validation.visibleProblems} isShownOnField={isShownOnCarrierField} />
        </div>
        <p className="field-hint">{t('form.requiredNote')}</p>

        <section className="panel form-section" aria-labelledby="carrier-basics">
          <h2 id="carrier-basics">{t('form.sections.basics')}</h2>
          <div className="form-grid">
            <TableFields
              table={carrierFields}
              section="basics"
              values={draft.values}
              onChange={(key, value) => update({ values: { ...draft.values, [key]: value } })}
              custom={{
                region: () => <RegionDistrictFields region={draft.region} district={draft.district} onChange={(place) => update(place)} />,
                industries: () => <IndustriesField value={draft.industries} onChange={(industries) => update({ industries })} />,
              }}
            />
          </div>
        </section>

        <section className="panel form-section" aria-labelledby="carrier-location">
          <h2 id="carrier-location">{t('form.sections.location')}</h2>
          <p className="field-hint">{t('form.locationHint')}</p>
          <LocationField value={draft.location} region={draft.region} onChange={(location) => update({ location })} />
        </section>

        <section className="panel form-section" aria-labelledby="carrier-phases">
          <h2 id="carrier-phases">{t('form.sections.phases')}</h2>
          <PhasesEditor phases={draft.phases} onChange={(phases) => update({ phases })} />
        </section>

        <section className="panel form-section" aria-labelledby="carrier-recognitions">
          <h2 id="carrier-recognitions">{t('form.sections.recognitions')}</h2>
          <RecognitionsEditor recognitions={draft.recognitions} onChange={(recognitions) => update({ recognitions })} />
        </section>

        <section className="panel form-section" aria-labelledby="carrier-ratings">
          <h2 id="carrier-ratings">{t('form.sections.ratings')}</h2>
          <RatingsEditor ratings={draft.ratings} onChange={(ratings) => update({ ratings })} />
        </section>

        <section className="panel form-section" aria-labelledby="carrier-contact">
          <h2 id="carrier-contact">{t('form.sections.contact')}</h2>
          <div className="form-grid">
            <TableFields
              table={contactFields}
              section="contact"
              values={draft.contact}
              pathOf={(key) => `contact.${key}`}
              onChange={(key, value) => update({ contact: { ...draft.contact, [key]: value } })}
            />
          </div>
        </section>

        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('actions.submitting') : forReview ? t('actions.submitForReview') : t('actions.save')}
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('actions.cancel')}
          </button>
          <span className="field-hint">{forReview ? t('form.reviewNote') : t('form.verifiedNote')}</span>
        </div>
      </form>
    </FormErrorsProvider>
  );
}
