import { translate, type Language } from '@shared/validation/messages';

/** An import message (shared/carriers/importMessages.ts, merged into the validation dictionary) in a language. */
export function importMessage(code: string, language: Language): string {
  return translate(code, language);
}
