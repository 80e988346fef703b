import { useTranslation } from 'react-i18next';
import { currentLanguage } from './index';
import type { UiLanguage } from './format';

/** The UI language as the formatters and the field tables take it ('zh' | 'en'). */
export function useLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return currentLanguage(i18n.language);
}
