/** A text in both languages of the UI: Chinese first, English too. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Language = keyof Bilingual;
