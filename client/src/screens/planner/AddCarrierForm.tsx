import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARRIER_KINDS, INDUSTRIES } from '@shared/carriers/vocabulary';
import type { HypotheticalCarrier } from '@shared/planner';
import { findRegion, REGIONS } from '@shared/regions';
import { LocationPicker } from '../../map/LocationPicker';
import { regionBounds } from '../../map/outlines';
import { SketchedCarriersLayer, type SketchedCarrier } from '../../map/SketchedCarriersLayer';
import { useLanguage } from '../../i18n/useLanguage';
import { FormField } from './FormField';
import { buildHypothetical, type FieldProblems, type HypotheticalFields } from './hypotheticalForm';

interface AddCarrierFormProps {
  region: string;
  /** The carriers the scenario already adds, drawn on the map. */
  added: readonly HypotheticalCarrier[];
  onAdd(carrier: HypotheticalCarrier): void;
}

const PIPELINE_STATUSES = ['planned', 'under_construction'] as const;

function emptyFields(region: string): HypotheticalFields {
  // A parent region (Suzhou) has no districts of its own: a carrier goes in one of its units.
  const unit = findRegion(region)?.districts.length ? region : (REGIONS.find((candidate) => candidate.parent === region && candidate.districts.length > 0)?.id ?? region);
  return {
    name: '',
    kind: 'incubator',
    region: unit,
    district: '',
    industry: '',
    incubationArea: '',
    floorArea: '',
    status: 'planned',
    constructionStartedOn: '',
    plannedOpeningOn: '',
    location: null,
    datum: 'wgs84',
  };
}

function sketchOf(carrier: HypotheticalCarrier, index: number): SketchedCarrier {
  const [lng, lat] = carrier.location.coordinates;
  const areaM2 = carrier.phases.reduce((sum, phase) => sum + (phase.incubationAreaM2 ?? 0), 0);
  return { key: `${index}-${carrier.name}`, name: carrier.name, kind: carrier.kind, lng, lat, areaM2 };
}

/** A carrier that does not exist yet: what it is, how big, when it opens, and where (clicked on the map). */
export function AddCarrierForm({ region, added, onAdd }: AddCarrierFormProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const [fields, setFields] = useState(() => emptyFields(region));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [pickerKey, setPickerKey] = useState(0);
  const set = <K extends keyof HypotheticalFields>(key: K, value: HypotheticalFields[K]) => setFields((current) => ({ ...current, [key]: value }));
  const units = REGIONS.filter((candidate) => (candidate.id === region || candidate.parent === region) && candidate.districts.length > 0);
  const districts = findRegion(fields.region)?.districts ?? [];
  // The map opens on the scenario's county-level unit; in a parent region (Suzhou), on the
  // unit chosen for the carrier, which it must lie in.
  const bounds = useMemo(() => regionBounds(fields.region), [fields.region]);
  const sketches = useMemo(() => added.map(sketchOf), [added]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildHypothetical(fields, t('add.phaseLabel'));
    setProblems(built.problems);
    if (!built.carrier) return;
    onAdd(built.carrier);
    // Keep kind, unit and status for the next one; the rest is this carrier's.
    setFields((current) => ({ ...emptyFields(region), kind: current.kind, region: current.region, status: current.status }));
    setPickerKey((key) => key + 1);
  };

  return (
    <form className="add-carrier-form" onSubmit={submit} noValidate data-testid="add-carrier-form">
      <div className="form-columns">
        <FormField label={t('add.name')} problem={problems.name} className="span-2">
          {(control) => <input {...control} type="text" value={fields.name} onChange={(event) => set('name', event.target.value)} autoComplete="off" />}
        </FormField>
        <FormField label={t('add.kind')} problem={problems.kind}>
          {(control) => (
            <select {...control} value={fields.kind} onChange={(event) => set('kind', event.target.value as HypotheticalFields['kind'])}>
              {CARRIER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`common:kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {units.length > 1 && (
          <FormField label={t('add.unit')} problem={problems.region}>
            {(control) => (
              <select {...control} value={fields.region} onChange={(event) => setFields((current) => ({ ...current, region: event.target.value, district: '' }))}>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name[language]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField label={t('add.district')} problem={problems.district}>
          {(control) => (
            <select {...control} value={fields.district} onChange={(event) => set('district', event.target.value)}>
              <option value="">{t('add.noDistrict')}</option>
              {districts.map((district) => (
                <option key={district.id} value={district.id}>
                  {district.name[language]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('add.industry')} problem={problems.industry}>
          {(control) => (
            <select {...control} value={fields.industry} onChange={(event) => set('industry', event.target.value as HypotheticalFields['industry'])}>
              <option value="">{t('add.noIndustry')}</option>
              {INDUSTRIES.map((industry) => (
                <option key={industry} value={industry}>
                  {t(`common:industry.${industry}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('add.incubationArea')} problem={problems.incubationArea} hint={t('add.areaHint')}>
          {(control) => <input {...control} type="text" inputMode="numeric" value={fields.incubationArea} onChange={(event) => set('incubationArea', event.target.value)} autoComplete="off" />}
        </FormField>
        <FormField label={t('add.floorArea')} problem={problems.floorArea} hint={t('add.optional')}>
          {(control) => <input {...control} type="text" inputMode="numeric" value={fields.floorArea} onChange={(event) => set('floorArea', event.target.value)} autoComplete="off" />}
        </FormField>
        <FormField label={t('add.status')} problem={problems.status}>
          {(control) => (
            <select {...control} value={fields.status} onChange={(event) => set('status', event.target.value as HypotheticalFields['status'])}>
              {PIPELINE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`common:phaseStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('add.started')} problem={problems.constructionStartedOn} hint={t('add.optional')}>
          {(control) => (
            <input {...control} type="text" inputMode="numeric" placeholder="YYYY-MM-DD" className="input-date" value={fields.constructionStartedOn} onChange={(event) => set('constructionStartedOn', event.target.value)} autoComplete="off" />
          )}
        </FormField>
        <FormField label={t('add.planned')} problem={problems.plannedOpeningOn}>
          {(control) => (
            <input {...control} type="text" inputMode="numeric" placeholder="YYYY-MM-DD" className="input-date" value={fields.plannedOpeningOn} onChange={(event) => set('plannedOpeningOn', event.target.value)} autoComplete="off" />
          )}
        </FormField>
      </div>
      <div className="add-carrier-map">
        <LocationPicker
          key={pickerKey}
          label={t('add.location')}
          value={fields.location}
          datum={fields.datum}
          error={problems.location ? (problems.location.shared ? t(problems.location.key, { ns: 'validation', keySeparator: false }) : t(problems.location.key)) : undefined}
          onChange={(location, datum) => setFields((current) => ({ ...current, location, datum }))}
          bounds={bounds}
        >
          <SketchedCarriersLayer carriers={sketches} />
        </LocationPicker>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('add.submit')}
        </button>
      </div>
    </form>
  );
}
