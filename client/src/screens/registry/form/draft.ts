import { carrierFields } from '@shared/carriers/fields/carrier';
import { contactFields } from '@shared/carriers/fields/contact';
import { phaseFields } from '@shared/carriers/fields/phase';
import { ratingFields } from '@shared/carriers/fields/rating';
import { recognitionFields } from '@shared/carriers/fields/recognition';
import type { CarrierRecord } from '@shared/carriers/record';
import type { CarrierCreate } from '@shared/carriers/schema';
import type { Datum } from '@shared/carriers/vocabulary';
import { draftValues, submissionValues, type PlainDraft } from '../../../ui/forms/tableDraft';
import { parseNumberInput } from '../../../ui/forms/NumberField';

/*
 * The carrier form keeps what the user typed and turns it into a submission only to
 * validate and send. Every field with a plain control is held by the field tables' generic
 * draft (ui/forms/tableDraft.ts), so a field added to a table needs nothing here; the
 * composite parts (place, location, the lists) keep their own shapes.
 */

/** One item of a repeatable list (a phase, a recognition, a rating). */
export interface ItemDraft {
  /** React key; stable while the list is edited. */
  key: string;
  /** Server id of an existing item, kept so the review diff can follow it. */
  id?: string;
  values: PlainDraft;
}

export type PhaseDraft = ItemDraft;
export type RecognitionDraft = ItemDraft;
export type RatingDraft = ItemDraft;

export interface LocationDraft {
  lng: string;
  lat: string;
  datum: Datum;
  approximate: boolean;
}

export interface CarrierDraft {
  /** The carrier's own plain fields (name, kind, operator, website …), as typed. */
  values: PlainDraft;
  region: string;
  district: string;
  /** Known industry ids, and any term the lists do not know, as stored. */
  industries: string[];
  phases: PhaseDraft[];
  recognitions: RecognitionDraft[];
  ratings: RatingDraft[];
  location: LocationDraft;
  contact: PlainDraft;
}

let keySequence = 0;

export function nextKey(): string {
  keySequence += 1;
  return `k${keySequence}`;
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** "一期", "二期" … as Chinese parks name their phases; "Phase 1" … in English. */
export function defaultPhaseLabel(position: number, language: 'zh' | 'en'): string {
  if (language === 'en') return `Phase ${position}`;
  return position <= CHINESE_NUMERALS.length ? `${CHINESE_NUMERALS[position - 1]}期` : `第${position}期`;
}

export function emptyPhase(label: string): PhaseDraft {
  return { key: nextKey(), values: draftValues(phaseFields, {}, { label, status: 'planned' }) };
}

export function emptyRecognition(): RecognitionDraft {
  return { key: nextKey(), values: draftValues(recognitionFields) };
}

export function emptyRating(): RatingDraft {
  return { key: nextKey(), values: draftValues(ratingFields) };
}

export function emptyDraft(region: string, firstPhaseLabel: string): CarrierDraft {
  return {
    values: draftValues(carrierFields),
    region,
    district: '',
    industries: [],
    phases: [emptyPhase(firstPhaseLabel)],
    recognitions: [],
    ratings: [],
    location: { lng: '', lat: '', datum: 'wgs84', approximate: false },
    contact: draftValues(contactFields),
  };
}

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

const itemDraft = (table: typeof phaseFields | typeof recognitionFields | typeof ratingFields, item: Record<string, unknown> & { id?: string }): ItemDraft => ({
  key: nextKey(),
  ...(item.id ? { id: item.id } : {}),
  values: draftValues(table, item),
});

/** The form's starting point for editing a stored carrier (coordinates are WGS-84). */
export function draftFromCarrier(carrier: CarrierRecord): CarrierDraft {
  return {
    values: draftValues(carrierFields, { ...carrier }),
    region: carrier.region,
    district: carrier.district ?? '',
    industries: [...carrier.industries],
    phases: carrier.phases.map((phase) => itemDraft(phaseFields, phase)),
    recognitions: carrier.recognitions.map((recognition) => itemDraft(recognitionFields, recognition)),
    ratings: carrier.ratings.map((rating) => itemDraft(ratingFields, rating)),
    location: {
      lng: numberText(carrier.location?.coordinates[0]),
      lat: numberText(carrier.location?.coordinates[1]),
      datum: 'wgs84',
      approximate: carrier.locationApproximate,
    },
    contact: draftValues(contactFields, carrier.contact ?? {}),
  };
}

const itemSubmission = (table: typeof phaseFields | typeof recognitionFields | typeof ratingFields, item: ItemDraft) => ({
  ...(item.id ? { id: item.id } : {}),
  ...submissionValues(table, item.values, { blankText: 'absent' }),
});

/**
 * The submission the schema validates and the API receives. `keepEmptyContact` sends `{}`
 * so that an edit can clear a stored contact.
 */
export function draftToSubmission(draft: CarrierDraft, options: { keepEmptyContact?: boolean } = {}): CarrierCreate {
  const hasLocation = draft.location.lng.trim() !== '' || draft.location.lat.trim() !== '';
  const contactValues = submissionValues(contactFields, draft.contact, { blankText: 'absent' });
  const contact = Object.keys(contactValues).length > 0 ? contactValues : options.keepEmptyContact ? {} : undefined;
  const submission = {
    ...submissionValues(carrierFields, draft.values),
    region: draft.region || undefined,
    district: draft.district,
    industries: draft.industries,
    phases: draft.phases.map((phase) => itemSubmission(phaseFields, phase)),
    recognitions: draft.recognitions.map((recognition) => itemSubmission(recognitionFields, recognition)),
    ratings: draft.ratings.map((rating) => itemSubmission(ratingFields, rating)),
    location: hasLocation
      ? {
          type: 'Point' as const,
          coordinates: [parseNumberInput(draft.location.lng) ?? Number.NaN, parseNumberInput(draft.location.lat) ?? Number.NaN],
        }
      : null,
    locationDatum: hasLocation ? draft.location.datum : undefined,
    locationApproximate: draft.location.approximate,
    contact,
  };
  // Unfinished values (a blank kind, NaN) are the schema's to refuse, so the type is asserted here.
  return withoutUndefined(submission) as CarrierCreate;
}

/** JSON drops undefined anyway; dropping it here keeps the schema's "unknown key" checks quiet. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
