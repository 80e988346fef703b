import { NavLink, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import '../../ui/forms/forms.css';
import './admin.css';
import { AuditPanel } from './AuditPanel';
import { LockoutsPanel } from './LockoutsPanel';
import { UsersPanel } from './UsersPanel';

/** 用户与审计: /admin (users) and /admin/audit (the audit trail). */
export default function AdminScreen() {
  const { t } = useTranslation('admin');
  return (
    <section className="screen admin-screen">
      <header className="screen-header">
        <h1>{t('title')}</h1>
      </header>
      <nav className="tabs" aria-label={t('title')}>
        <NavLink to="/admin" end className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
          {t('tabs.users')}
        </NavLink>
        <NavLink to="/admin/audit" className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
          {t('tabs.audit')}
        </NavLink>
      </nav>
      <Routes>
        <Route
          index
          element={
            <>
              <LockoutsPanel />
              <UsersPanel />
            </>
          }
        />
        <Route path="audit" element={<AuditPanel />} />
      </Routes>
    </section>
  );
}
