export { useLanguage } from '../../i18n/useLanguage';
