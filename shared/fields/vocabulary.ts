import type { Bilingual } from './bilingual';

/** One value of a closed vocabulary: its identifier, its names, and the words officials write for it. */
export interface VocabularyEntry<Id extends string = string> {
  id: Id;
  name: Bilingual;
  /** Other spellings, abbreviations and synonyms, matched after `normalizeWord`. */
  aliases?: readonly string[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; raw: string; ambiguous?: boolean };

/** Lowercase, NFKC (full-width letters and digits to ASCII), no spaces, hyphens or dots. */
export function normalizeWord(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_\-·•]/g, '');
}

export interface Vocabulary<Id extends string = string> {
  /** The identifiers in order, as a tuple for `z.enum`. */
  ids: readonly [Id, ...Id[]];
  entries: readonly VocabularyEntry<Id>[];
  has(value: string): value is Id;
  name(id: Id): Bilingual;
  /** `{incubator: '孵化器', …}` in one language. */
  names(language: keyof Bilingual): Record<Id, string>;
  /** The identifier a word names (its id, either name or an alias), or the word as written. */
  parse(text: string): Parsed<Id>;
}

/**
 * A closed vocabulary as data: identifiers (English, as in the glossary), names in both
 * languages and the words people write, in one table. Forms, imports, exports and the UI
 * all read it.
 */
export function defineVocabulary<const Id extends string>(entries: readonly VocabularyEntry<Id>[], options: { ambiguous?: readonly string[] } = {}): Vocabulary<Id> {
  const byWord = new Map<string, Id>();
  for (const entry of entries) {
    for (const word of [entry.id, entry.name.zh, entry.name.en, ...(entry.aliases ?? [])]) {
      const key = normalizeWord(word);
      if (!byWord.has(key)) byWord.set(key, entry.id);
    }
  }
  const ambiguous = new Set((options.ambiguous ?? []).map(normalizeWord));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const ids = entries.map((entry) => entry.id) as unknown as readonly [Id, ...Id[]];
  return {
    ids,
    entries,
    has: (value: string): value is Id => byId.has(value as Id),
    name: (id) => byId.get(id)!.name,
    names: (language) => Object.fromEntries(entries.map((entry) => [entry.id, entry.name[language]])) as Record<Id, string>,
    parse(text) {
      const key = normalizeWord(text);
      if (ambiguous.has(key)) return { ok: false, raw: text, ambiguous: true };
      const value = byWord.get(key);
      return value === undefined ? { ok: false, raw: text } : { ok: true, value };
    },
  };
}
