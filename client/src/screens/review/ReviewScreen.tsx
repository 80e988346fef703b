import { useTranslation } from 'react-i18next';

/** Placeholder until the review screen is built. */
export default function ReviewScreen() {
  const { t } = useTranslation('review');
  return (
    <section className="screen">
      <h1>{t('title')}</h1>
    </section>
  );
}
