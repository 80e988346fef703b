import { NavLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';

/** 情景推演 / 目标设置: the planner's two pages, each with its own URL; the region goes along. */
export function PlannerTabs({ region }: { region?: string }) {
  const { t } = useTranslation('planner');
  const [search] = useSearchParams();
  const chosen = region ?? search.get('region');
  const query = chosen ? `?${new URLSearchParams({ region: chosen }).toString()}` : '';
  const className = ({ isActive }: { isActive: boolean }) => (isActive ? 'tab active' : 'tab');
  return (
    <nav className="planner-tabs no-print" aria-label={t('tabs.label')}>
      <NavLink to={`/planner${query}`} end className={className}>
        {t('tabs.scenarios')}
      </NavLink>
      <NavLink to={`/planner/targets${query}`} className={className} data-testid="targets-tab">
        {t('tabs.targets')}
      </NavLink>
    </nav>
  );
}
