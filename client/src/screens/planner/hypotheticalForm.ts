import { HypotheticalCarrierSchema, type HypotheticalCarrier } from '@shared/planner';
import type { CarrierKind, Datum, Industry } from '@shared/carriers/vocabulary';
import { isIsoDate } from '@shared/dates';
import { toMapPosition, type LngLatValue } from '../../map/pickedLocation';
import { normalizeDate } from '../../progress/controls/AsOfField';

/** The add-carrier form as typed: text boxes hold strings until the carrier is built. */
export interface HypotheticalFields {
  name: string;
  kind: CarrierKind;
  region: string;
  district: string;
  industry: Industry | '';
  incubationArea: string;
  floorArea: string;
  status: 'planned' | 'under_construction';
  constructionStartedOn: string;
  plannedOpeningOn: string;
  /** As typed or clicked, in `datum`; the carrier stores WGS-84. */
  location: LngLatValue | null;
  datum: Datum;
}

/** A field's problem: a key of the shared validation messages, or of the planner's own. */
export type FieldProblems = Partial<Record<keyof HypotheticalFields, { key: string; shared: boolean }>>;

function readNumber(text: string): number | undefined {
  const cleaned = text.replace(/[,，\s]/g, '');
  if (cleaned === '') return undefined;
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Issue paths of the shared schema, mapped to the form's boxes. */
const FIELD_OF_PATH: Record<string, keyof HypotheticalFields> = {
  name: 'name',
  kind: 'kind',
  region: 'region',
  district: 'district',
  location: 'location',
  industries: 'industry',
  'phases.0.incubationAreaM2': 'incubationArea',
  'phases.0.floorAreaM2': 'floorArea',
  'phases.0.status': 'status',
  'phases.0.constructionStartedOn': 'constructionStartedOn',
  'phases.0.plannedOpeningOn': 'plannedOpeningOn',
};

/**
 * Builds the hypothetical carrier and checks it with the shared schema (the one the API
 * applies to saved scenarios), plus what the forecast needs: an area and a planned opening.
 */
export function buildHypothetical(fields: HypotheticalFields, phaseLabel: string): { carrier: HypotheticalCarrier | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  const started = normalizeDate(fields.constructionStartedOn);
  const planned = normalizeDate(fields.plannedOpeningOn);
  if (!planned) problems.plannedOpeningOn = { key: 'add.errors.plannedRequired', shared: false };
  else if (!isIsoDate(planned)) problems.plannedOpeningOn = { key: 'date.format', shared: true };
  if (started && !isIsoDate(started)) problems.constructionStartedOn = { key: 'date.format', shared: true };
  if (!fields.location) problems.location = { key: 'add.errors.locationRequired', shared: false };
  const incubation = readNumber(fields.incubationArea);
  if (incubation === undefined) problems.incubationArea = { key: 'add.errors.areaRequired', shared: false };
  const floor = readNumber(fields.floorArea);
  const position = fields.location ? toMapPosition(fields.location, fields.datum) : null;

  const candidate = {
    name: fields.name,
    kind: fields.kind,
    region: fields.region,
    ...(fields.district ? { district: fields.district } : {}),
    location: { type: 'Point' as const, coordinates: position ? ([position.lng, position.lat] as [number, number]) : ([Number.NaN, Number.NaN] as [number, number]) },
    ...(fields.industry ? { industries: [fields.industry] } : {}),
    phases: [
      {
        label: phaseLabel,
        status: fields.status,
        ...(incubation !== undefined ? { incubationAreaM2: incubation } : {}),
        ...(floor !== undefined ? { floorAreaM2: floor } : {}),
        ...(started && isIsoDate(started) ? { constructionStartedOn: started } : {}),
        ...(planned && isIsoDate(planned) ? { plannedOpeningOn: planned } : {}),
      },
    ],
  };
  const parsed = HypotheticalCarrierSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF_PATH[issue.path.slice(0, issue.path[0] === 'phases' ? 3 : 1).join('.')] ?? FIELD_OF_PATH[String(issue.path[0])];
      if (field && !problems[field]) problems[field] = { key: issue.message, shared: true };
    }
  }
  if (Object.keys(problems).length > 0 || !parsed.success) return { carrier: null, problems };
  return { carrier: parsed.data, problems };
}
