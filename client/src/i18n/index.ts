import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { VALIDATION_MESSAGES } from '@shared/validation/messages';
import { setApiLanguage } from '../api/client';
import type { UiLanguage } from './format';
import * as zh from './zh';
import * as en from './en';

const STORAGE_KEY = 'planner.language';

/** Validation messages come from shared/, so forms and API speak the same words. */
function validationResources(language: UiLanguage): Record<string, string> {
  return Object.fromEntries(Object.entries(VALIDATION_MESSAGES).map(([key, text]) => [key, text[language]]));
}

export function initialLanguage(): UiLanguage {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh';
}

export function setUiLanguage(language: UiLanguage): void {
  localStorage.setItem(STORAGE_KEY, language);
  setApiLanguage(language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  void i18next.changeLanguage(language);
}

export async function initI18n(): Promise<void> {
  const language = initialLanguage();
  setApiLanguage(language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    // Keys are nested objects; `:` separates the namespace, `.` the path, so validation
    // keys such as `phase.openedOn.required` need their own flat namespace.
    resources: {
      zh: { ...zh, validation: validationResources('zh') },
      en: { ...en, validation: validationResources('en') },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** The current UI language, narrowed to the two the planner speaks. */
export function currentLanguage(language: string): UiLanguage {
  return language === 'en' ? 'en' : 'zh';
}
