import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH } from '@shared/carriers/limits';
import { CARRIER_KINDS, TIERS, type Tier } from '@shared/carriers/vocabulary';
import { MAX_TARGET_LABEL_LENGTH } from '@shared/planner/limits';
import { COMPARATORS, MEASURES, TargetSchema, unitOf, windowsFor, type Target } from '@shared/planner/targets';
import { ApiError } from '../../../api/client';
import { formatArea } from '../../../i18n/format';
import { DateField } from '../../../ui/forms/DateField';
import { ErrorSummary } from '../../../ui/forms/ErrorSummary';
import { Field } from '../../../ui/forms/Field';
import { problemsFromApiError, type FieldProblems } from '../../../ui/forms/fieldErrors';
import { FormErrorsProvider, useFormErrors, useProblemMessage } from '../../../ui/forms/FormErrors';
import { Notice } from '../../../ui/forms/Notice';
import { NumberField, parseNumberInput } from '../../../ui/forms/NumberField';
import { SelectField } from '../../../ui/forms/SelectField';
import { TextField } from '../../../ui/forms/TextField';
import { useFormSubmit } from '../../../ui/forms/useFormSubmit';
import { useFormValidation } from '../../../ui/forms/useFormValidation';
import { useLanguage } from '../../../i18n/useLanguage';
import { targetFromDraft, withMeasure, type TargetDraft } from './targetDraft';

export interface TargetFormProps {
  region: string;
  initial: TargetDraft;
  /** An edit carries the version the planner saw; a create has none (and an editable id). */
  version?: number;
  onSubmit(target: Target): Promise<void>;
  onCancel(): void;
  /** Offered when the target changed under the editor (409 stale_version). */
  onReload?(): void;
}

/** Paths with a field of their own; any other problem is listed in the summary at the top. */
const SHOWN_ON_A_FIELD = /^(id|label\.(zh|en)|measure|window|comparator|threshold|filter\.kinds(\.\d+)?|filter\.(minTier|maxTier)|period\.(from|to)|baseline\.(value|on)|source)$/;

/** Server paths of a replace are inside `target`; the form's are not. */
function withoutTargetPrefix(problems: FieldProblems): FieldProblems {
  return Object.fromEntries(Object.entries(problems).map(([path, problem]) => [path.replace(/^target\./, ''), problem]));
}

/** A refused save's field problems, a duplicate id included (409 without `fields`). */
function targetProblems(caught: unknown): FieldProblems | null {
  if (!(caught instanceof ApiError)) return null;
  if (caught.fields.length > 0) return withoutTargetPrefix(problemsFromApiError(caught));
  if (caught.id === 'duplicate_target') return { id: { code: caught.id, serverMessage: caught.message } };
  return null;
}

/**
 * Create and edit form of a target. It validates with the shared TargetSchema the API
 * uses, shows each message next to its field in the UI's language, puts the server's field
 * errors in the same places, and explains a version conflict with a way to reload.
 */
export function TargetForm({ region, initial, version, onSubmit, onCancel, onReload }: TargetFormProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const [draft, setDraft] = useState(initial);
  const isEdit = version !== undefined;

  const candidate = useMemo(() => targetFromDraft(draft, region), [draft, region]);
  const validation = useFormValidation(TargetSchema, candidate);
  const update = (patch: Partial<TargetDraft>) => setDraft((previous) => ({ ...previous, ...patch }));

  // The schema has passed when save runs (useFormSubmit checks it first), so parse cannot throw.
  const { busy, failure, submit, formRef, summaryRef } = useFormSubmit({ validation, save: () => onSubmit(TargetSchema.parse(candidate)), problemsOf: targetProblems });

  // A conflict or a failed save is explained at the top of the form: bring it into view.
  useEffect(() => {
    if (failure !== null) formRef.current?.scrollIntoView({ block: 'start' });
  }, [failure, formRef]);

  const stale = failure instanceof ApiError && failure.id === 'stale_version';
  const unit = unitOf(draft.measure);
  const unitName = t(`targets.units.${unit}`);
  const threshold = parseNumberInput(draft.threshold);
  const thresholdHint =
    threshold !== undefined && Number.isFinite(threshold) && threshold > 0
      ? t('targets.form.thresholdHint', { unit: unitName, formatted: unit === 'm2' ? formatArea(threshold, language) : t('dashboard:units.count', { count: threshold, value: threshold }) })
      : t('targets.form.thresholdHintEmpty', { unit: unitName });
  const tierOptions = TIERS.map((tier) => ({ value: tier, label: t(`common:tier.${tier}`) }));

  return (
    <FormErrorsProvider value={validation.fields}>
      <form ref={formRef} className="target-form" noValidate onSubmit={submit} data-testid="target-form">
        {stale && (
          <Notice
            tone="warn"
            actions={
              onReload && (
                <button type="button" className="primary" onClick={onReload} data-testid="reload-target">
                  {t('targets.form.reload')}
                </button>
              )
            }
          >
            <span data-testid="stale-notice">
              <strong>{t('targets.form.staleTitle')}</strong>{' '}
              {t('targets.form.staleBody', { version, current: (failure as ApiError).details.currentVersion ?? '?' })}
            </span>
          </Notice>
        )}
        {failure !== null && !stale && (
          <Notice tone="error">
            {t('targets.form.saveFailed')} {failure instanceof Error ? failure.message : String(failure)}
          </Notice>
        )}
        <div ref={summaryRef} tabIndex={-1}>
          <ErrorSummary title={(count) => t('targets.form.problems', { count })} problems={validation.visibleProblems} isShownOnField={(path) => SHOWN_ON_A_FIELD.test(path)} />
        </div>
        <p className="field-hint">{t('targets.form.required')}</p>

        <section className="planner-panel form-section" aria-labelledby="target-basics">
          <h2 id="target-basics">{t('targets.form.sections.basics')}</h2>
          <div className="form-grid">
            {isEdit ? (
              <div className="field">
                <span className="field-label">{t('targets.form.id')}</span>
                <span className="target-id" data-testid="target-id">
                  {draft.id}
                </span>
              </div>
            ) : (
              <TextField path="id" label={t('targets.form.id')} required maxLength={20} hint={t('targets.form.idHint')} value={draft.id} onChange={(id) => update({ id })} />
            )}
            <TextField path="label.zh" label={t('targets.form.labelZh')} required maxLength={MAX_TARGET_LABEL_LENGTH} value={draft.labelZh} onChange={(labelZh) => update({ labelZh })} className="span-2" />
            <TextField path="label.en" label={t('targets.form.labelEn')} required maxLength={MAX_TARGET_LABEL_LENGTH} value={draft.labelEn} onChange={(labelEn) => update({ labelEn })} className="span-2" />
          </div>
        </section>

        <section className="planner-panel form-section" aria-labelledby="target-measure">
          <h2 id="target-measure">{t('targets.form.sections.measure')}</h2>
          <div className="form-grid">
            <SelectField
              path="measure"
              label={t('targets.measure')}
              required
              hint={t('targets.form.measureHint')}
              value={draft.measure}
              options={MEASURES.map((measure) => ({ value: measure, label: t(`targets.measures.${measure}`) }))}
              onChange={(measure) => measure && setDraft((previous) => withMeasure(previous, measure))}
              className="span-2"
            />
            <SelectField
              path="window"
              label={t('targets.window')}
              required
              hint={t('targets.form.windowHint')}
              value={draft.window}
              options={windowsFor(draft.measure).map((window) => ({ value: window, label: t(`targets.windows.${window}`) }))}
              onChange={(window) => window && update({ window })}
            />
            <SelectField
              path="comparator"
              label={t('targets.comparator')}
              required
              value={draft.comparator}
              options={COMPARATORS.map((comparator) => ({ value: comparator, label: t(`targets.comparators.${comparator}`) }))}
              onChange={(comparator) => comparator && update({ comparator })}
            />
            <NumberField
              path="threshold"
              label={t('targets.form.threshold')}
              required
              unit={unitName}
              decimals={unit === 'm2'}
              hint={thresholdHint}
              value={draft.threshold}
              onChange={(text) => update({ threshold: text })}
            />
            <KindsField value={draft.kinds} onChange={(kinds) => update({ kinds })} />
            <SelectField path="filter.minTier" label={t('targets.form.minTier')} placeholder={t('targets.form.anyTier')} value={draft.minTier} options={tierOptions} onChange={(minTier) => update({ minTier: minTier as Tier | '' })} />
            <SelectField path="filter.maxTier" label={t('targets.form.maxTier')} placeholder={t('targets.form.anyTier')} value={draft.maxTier} options={tierOptions} onChange={(maxTier) => update({ maxTier: maxTier as Tier | '' })} />
            <p className="field-hint span-2">{t('targets.form.tierHint')}</p>
          </div>
        </section>

        <section className="planner-panel form-section" aria-labelledby="target-period">
          <h2 id="target-period">{t('targets.form.sections.period')}</h2>
          <div className="form-grid">
            <DateField path="period.from" label={t('targets.form.from')} required value={draft.from} onChange={(from) => update({ from })} />
            <DateField path="period.to" label={t('targets.form.to')} required value={draft.to} onChange={(to) => update({ to })} />
            {draft.window === 'stock_at_end' && (
              <>
                <NumberField path="baseline.value" label={t('targets.form.baselineValue')} unit={unitName} value={draft.baselineValue} onChange={(baselineValue) => update({ baselineValue })} />
                <DateField path="baseline.on" label={t('targets.form.baselineOn')} value={draft.baselineOn} onChange={(baselineOn) => update({ baselineOn })} />
                <p className="field-hint span-all">{t('targets.form.baselineHint')}</p>
              </>
            )}
          </div>
        </section>

        <section className="planner-panel form-section" aria-labelledby="target-source">
          <h2 id="target-source">{t('targets.form.sections.source')}</h2>
          <SourceField value={draft.source} onChange={(source) => update({ source })} />
        </section>

        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy} data-testid="save-target">
            {isEdit ? t('targets.form.save') : t('targets.form.create')}
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('targets.form.cancel')}
          </button>
        </div>
      </form>
    </FormErrorsProvider>
  );
}

/** The kinds a target counts, as checkboxes in vocabulary order; its problem shows in the group. */
function KindsField({ value, onChange }: { value: TargetDraft['kinds']; onChange(kinds: TargetDraft['kinds']): void }) {
  const { t } = useTranslation('planner');
  const { problemFor, edited } = useFormErrors();
  const messageOf = useProblemMessage();
  const problem = problemFor('filter.kinds') ?? value.map((_, index) => problemFor(`filter.kinds.${index}`)).find(Boolean);
  return (
    <fieldset className="span-2" data-path="filter.kinds" aria-invalid={Boolean(problem)}>
      <legend>
        {t('targets.form.kinds')}
        <span className="field-required" aria-hidden="true">
          {' '}*
        </span>
      </legend>
      <div className="checkbox-group">
        {CARRIER_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={value.includes(kind)}
              onChange={(event) => {
                edited('filter.kinds');
                onChange(event.target.checked ? CARRIER_KINDS.filter((option) => option === kind || value.includes(option)) : value.filter((option) => option !== kind));
              }}
            />
            {t(`common:kind.${kind}`)}
          </label>
        ))}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {messageOf(problem)}
        </p>
      )}
    </fieldset>
  );
}

/**
 * The source clause, usually a quotation of a Chinese document: the text box is marked as
 * user content (its text stays Chinese whatever the UI language); label and hint are not.
 */
function SourceField({ value, onChange }: { value: string; onChange(source: string): void }) {
  const { t } = useTranslation('planner');
  const { edited } = useFormErrors();
  return (
    <Field path="source" label={t('targets.form.source')} required hint={t('targets.form.sourceHint')} className="target-source-field">
      {(control) => (
        <textarea
          {...control}
          data-user-content
          rows={3}
          maxLength={MAX_NOTE_LENGTH}
          value={value}
          onChange={(event) => {
            edited('source');
            onChange(event.target.value);
          }}
        />
      )}
    </Field>
  );
}
