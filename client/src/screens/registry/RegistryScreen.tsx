import { useTranslation } from 'react-i18next';

/** Placeholder until the registry screen is built. */
export default function RegistryScreen() {
  const { t } = useTranslation('registry');
  return (
    <section className="screen">
      <h1>{t('title')}</h1>
    </section>
  );
}
