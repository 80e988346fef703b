import { useTranslation } from 'react-i18next';

/** Placeholder until the planner screen is built. */
export default function PlannerScreen() {
  const { t } = useTranslation('planner');
  return (
    <section className="screen">
      <h1>{t('title')}</h1>
    </section>
  );
}
