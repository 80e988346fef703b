import { useTranslation } from 'react-i18next';

/** Placeholder until the admin screen is built. */
export default function AdminScreen() {
  const { t } = useTranslation('admin');
  return (
    <section className="screen">
      <h1>{t('title')}</h1>
    </section>
  );
}
