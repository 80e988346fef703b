import { useTranslation } from 'react-i18next';

/** Placeholder until the dashboard screen is built. */
export default function DashboardScreen() {
  const { t } = useTranslation('dashboard');
  return (
    <section className="screen">
      <h1>{t('title')}</h1>
    </section>
  );
}
