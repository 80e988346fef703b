import type { Bilingual } from '../fields/bilingual';
import { INDUSTRY_VOCABULARY, KINDS, PHASE_STATUS_VOCABULARY, TIER_VOCABULARY, type CarrierKind, type Industry, type PhaseStatus, type Tier } from './vocabulary';

type Labels<T extends string> = Record<T, Bilingual>;

/*
 * The names of the closed vocabularies by identifier, for the UI's i18n resources. They
 * are read from the vocabulary tables (vocabulary.ts), which also hold the aliases.
 */
const labelsOf = <T extends string>(vocabulary: { entries: readonly { id: T; name: Bilingual }[] }): Labels<T> =>
  Object.fromEntries(vocabulary.entries.map((entry) => [entry.id, entry.name])) as Labels<T>;

export const KIND_NAMES: Labels<CarrierKind> = labelsOf(KINDS);
export const TIER_NAMES: Labels<Tier> = labelsOf(TIER_VOCABULARY);
export const PHASE_STATUS_NAMES: Labels<PhaseStatus> = labelsOf(PHASE_STATUS_VOCABULARY);
export const INDUSTRY_NAMES: Labels<Industry> = labelsOf(INDUSTRY_VOCABULARY);

/** One language's side of a vocabulary: `{incubator: '孵化器', …}`. */
export function namesIn<T extends string>(labels: Labels<T>, language: 'zh' | 'en'): Record<T, string> {
  return Object.fromEntries(Object.entries<Bilingual>(labels).map(([id, name]) => [id, name[language]])) as Record<T, string>;
}
