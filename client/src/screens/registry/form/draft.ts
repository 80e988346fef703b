import type { CarrierView } from '@shared/carriers/record';
import type { CarrierCreate } from '@shared/carriers/schema';
import type { CarrierKind, Datum, Grade, Industry, PhaseStatus, Tier } from '@shared/carriers/vocabulary';
import { parseNumberInput } from '../../../ui/forms/NumberField';

/*
 * The carrier form keeps what the user typed (numbers as text, blanks as '') and turns it
 * into a submission only to validate and send, so a half-typed value never jumps around.
 */

export interface PhaseDraft {
  /** React key; stable while the list is edited. */
  key: string;
  /** Server id of an existing phase, kept so the review diff can follow it. */
  id?: string;
  label: string;
  incubationAreaM2: string;
  floorAreaM2: string;
  status: PhaseStatus;
  constructionStartedOn: string;
  plannedOpeningOn: string;
  openedOn: string;
  closedOn: string;
}

export interface RecognitionDraft {
  key: string;
  id?: string;
  tier: Tier | '';
  year: string;
  note: string;
}

export interface RatingDraft {
  key: string;
  year: string;
  grade: Grade | '';
}

export interface LocationDraft {
  lng: string;
  lat: string;
  datum: Datum;
  approximate: boolean;
}

export interface ContactDraft {
  person: string;
  phone: string;
  email: string;
}

export interface CarrierDraft {
  name: string;
  kind: CarrierKind | '';
  region: string;
  district: string;
  address: string;
  operator: string;
  industries: Industry[];
  phases: PhaseDraft[];
  recognitions: RecognitionDraft[];
  ratings: RatingDraft[];
  location: LocationDraft;
  contact: ContactDraft;
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
  return {
    key: nextKey(),
    label,
    incubationAreaM2: '',
    floorAreaM2: '',
    status: 'planned',
    constructionStartedOn: '',
    plannedOpeningOn: '',
    openedOn: '',
    closedOn: '',
  };
}

export function emptyRecognition(): RecognitionDraft {
  return { key: nextKey(), tier: '', year: '', note: '' };
}

export function emptyRating(): RatingDraft {
  return { key: nextKey(), year: '', grade: '' };
}

export function emptyDraft(region: string, firstPhaseLabel: string): CarrierDraft {
  return {
    name: '',
    kind: '',
    region,
    district: '',
    address: '',
    operator: '',
    industries: [],
    phases: [emptyPhase(firstPhaseLabel)],
    recognitions: [],
    ratings: [],
    location: { lng: '', lat: '', datum: 'wgs84', approximate: false },
    contact: { person: '', phone: '', email: '' },
  };
}

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The form's starting point for editing a stored carrier (coordinates are WGS-84). */
export function draftFromCarrier(carrier: CarrierView): CarrierDraft {
  return {
    name: carrier.name,
    kind: carrier.kind,
    region: carrier.region,
    district: carrier.district ?? '',
    address: carrier.address ?? '',
    operator: carrier.operator ?? '',
    industries: [...carrier.industries],
    phases: carrier.phases.map((phase) => ({
      key: nextKey(),
      id: phase.id,
      label: phase.label,
      incubationAreaM2: numberText(phase.incubationAreaM2),
      floorAreaM2: numberText(phase.floorAreaM2),
      status: phase.status,
      constructionStartedOn: phase.constructionStartedOn ?? '',
      plannedOpeningOn: phase.plannedOpeningOn ?? '',
      openedOn: phase.openedOn ?? '',
      closedOn: phase.closedOn ?? '',
    })),
    recognitions: carrier.recognitions.map((recognition) => ({
      key: nextKey(),
      id: recognition.id,
      tier: recognition.tier,
      year: String(recognition.year),
      note: recognition.note ?? '',
    })),
    ratings: carrier.ratings.map((rating) => ({ key: nextKey(), year: String(rating.year), grade: rating.grade })),
    location: {
      lng: numberText(carrier.location?.coordinates[0]),
      lat: numberText(carrier.location?.coordinates[1]),
      datum: 'wgs84',
      approximate: carrier.locationApproximate,
    },
    contact: { person: carrier.contact?.person ?? '', phone: carrier.contact?.phone ?? '', email: carrier.contact?.email ?? '' },
  };
}

const blankToUndefined = (text: string) => (text.trim() === '' ? undefined : text);

/** An integer field: blank is missing, anything else goes to the schema as typed. */
function yearOf(text: string): number | undefined {
  return parseNumberInput(text);
}

/**
 * The submission the schema validates and the API receives. Text fields go as typed (a
 * blank clears the stored value on an edit); optional numbers and dates are left out when
 * blank. `keepEmptyContact` sends `{}` so that an edit can clear a stored contact.
 */
export function draftToSubmission(draft: CarrierDraft, options: { keepEmptyContact?: boolean } = {}): CarrierCreate {
  const hasLocation = draft.location.lng.trim() !== '' || draft.location.lat.trim() !== '';
  const contactEntries = Object.entries(draft.contact).filter(([, value]) => value.trim() !== '');
  const contact = contactEntries.length > 0 ? Object.fromEntries(contactEntries) : options.keepEmptyContact ? {} : undefined;
  const submission = {
    name: draft.name,
    kind: draft.kind || undefined,
    region: draft.region || undefined,
    district: draft.district,
    address: draft.address,
    operator: draft.operator,
    industries: draft.industries,
    phases: draft.phases.map((phase) => ({
      ...(phase.id ? { id: phase.id } : {}),
      label: phase.label,
      incubationAreaM2: parseNumberInput(phase.incubationAreaM2),
      floorAreaM2: parseNumberInput(phase.floorAreaM2),
      status: phase.status,
      constructionStartedOn: blankToUndefined(phase.constructionStartedOn),
      plannedOpeningOn: blankToUndefined(phase.plannedOpeningOn),
      openedOn: blankToUndefined(phase.openedOn),
      closedOn: blankToUndefined(phase.closedOn),
    })),
    recognitions: draft.recognitions.map((recognition) => ({
      ...(recognition.id ? { id: recognition.id } : {}),
      tier: recognition.tier || undefined,
      year: yearOf(recognition.year),
      note: blankToUndefined(recognition.note),
    })),
    ratings: draft.ratings.map((rating) => ({ year: yearOf(rating.year), grade: rating.grade || undefined })),
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
