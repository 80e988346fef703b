import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import type { UiLanguage } from '../../i18n/format';

/** The UI language as the formatters take it ('zh' | 'en'). */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return currentLanguage(i18n.language);
}
