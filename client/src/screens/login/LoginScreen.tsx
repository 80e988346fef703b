import { useCallback, useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { homeScreen } from '../../app/screens';
import { useSession } from '../../app/session';
import { currentLanguage, setUiLanguage } from '../../i18n';
import { type LoginBackoff, LoginWait } from './LoginWait';

export default function LoginScreen() {
  const { t, i18n } = useTranslation(['login', 'common']);
  const { session, login } = useSession();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [backoff, setBackoff] = useState<LoginBackoff | null>(null);
  const endWait = useCallback(() => setBackoff(null), []);
  const language = currentLanguage(i18n.language);

  if (session.user) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from ?? `/${homeScreen(session.user.role)}`} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    setBackoff(null);
    try {
      await login(username.trim(), password);
    } catch (caught) {
      const wait = caught instanceof ApiError && caught.status === 429 ? caught.details.retryAfterSeconds : undefined;
      if (caught instanceof ApiError && typeof wait === 'number') {
        setBackoff({ until: Date.now() + wait * 1000, scope: String(caught.details.scope ?? 'account') });
        return;
      }
      setError(caught instanceof ApiError && caught.status !== 401 ? caught.message : t('failed'));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="login-page">
      <form className="login-card" onSubmit={(event) => void submit(event)} aria-labelledby="login-title">
        <div className="login-heading">
          <h1 id="login-title">{t('common:appName')}</h1>
          <p>{t('common:appSubtitle')}</p>
        </div>
        <label>
          {t('username')}
          <input name="username" autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} required />
        </label>
        <label>
          {t('password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </label>
        {backoff && <LoginWait backoff={backoff} onOver={endWait} />}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={submitting || backoff !== null}>
          {submitting ? t('submitting') : t('submit')}
        </button>
        <button type="button" className="link-button" onClick={() => setUiLanguage(language === 'zh' ? 'en' : 'zh')}>
          {t('common:language.toggle')}
        </button>
        {session.demo && (
          <aside className="demo-box" aria-label={t('demoTitle')}>
            <strong>{t('demoTitle')}</strong>
            <p>{t('demoHint')}</p>
            <p>
              {session.demo.usernames.map((name) => (
                <button key={name} type="button" className="chip" onClick={() => { setUsername(name); setPassword(session.demo?.password ?? ''); }}>
                  {name}
                </button>
              ))}
            </p>
            <p>
              {t('demoPassword')}: <code data-testid="demo-password">{session.demo.password}</code>
            </p>
          </aside>
        )}
      </form>
    </div>
  );
}
