import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setUiLanguage } from '../i18n';
import { screensFor } from './screens';
import { useUser, useSession } from './session';

/** The frame around every screen: title, navigation by role, language and logout. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const { logout, logoutEverywhere } = useSession();
  const language = currentLanguage(i18n.language);

  return (
    <div className="shell">
      <header className="shell-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          <span className="brand-name">{t('appName')}</span>
        </div>
        <nav className="shell-nav" aria-label={t('appName')}>
          {screensFor(user.role).map((screen) => (
            <NavLink key={screen} to={`/${screen}`} className={({ isActive }) => (isActive ? 'active' : undefined)}>
              {t(`nav.${screen}`)}
            </NavLink>
          ))}
        </nav>
        <div className="shell-user">
          <button
            type="button"
            className="link-button"
            lang={language === 'zh' ? 'en' : 'zh-CN'}
            onClick={() => setUiLanguage(language === 'zh' ? 'en' : 'zh')}
          >
            {t('language.toggle')}
          </button>
          <span className="user-badge" data-testid="current-user">
            <span data-user-content>{user.displayName}</span> · {t(`role.${user.role}`)}
          </span>
          <button type="button" className="link-button" onClick={() => void logout()}>
            {t('actions.logout')}
          </button>
          <button type="button" className="link-button" onClick={() => void logoutEverywhere()}>
            {t('actions.logoutEverywhere')}
          </button>
        </div>
      </header>
      <main className="shell-main">
        <Outlet />
      </main>
    </div>
  );
}
