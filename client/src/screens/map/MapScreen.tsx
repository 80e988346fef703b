import { useTranslation } from 'react-i18next';

/** Placeholder until the map screen is built. */
export default function MapScreen() {
  const { t } = useTranslation('map');
  return (
    <section className="screen">
      <h1>{t('title')}</h1>
    </section>
  );
}
