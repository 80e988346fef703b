import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A wait the server imposed after failed sign-ins: until when, and why. */
export interface LoginBackoff {
  until: number;
  scope: string;
}

/** Counts down to the moment the server will take another attempt; calls onOver then. */
export function LoginWait({ backoff, onOver }: { backoff: LoginBackoff; onOver: () => void }) {
  const { t } = useTranslation('loginLimits');
  const [now, setNow] = useState(() => Date.now());
  const remaining = Math.max(0, Math.ceil((backoff.until - now) / 1000));
  useEffect(() => {
    if (remaining === 0) {
      onOver();
      return undefined;
    }
    const timer = window.setTimeout(() => setNow(Date.now()), 1000);
    return () => window.clearTimeout(timer);
  }, [remaining, onOver]);
  const time = remaining < 60 ? t('seconds', { count: remaining }) : t('minutes', { minutes: Math.floor(remaining / 60), seconds: remaining % 60 });
  return (
    <p className="form-error" role="alert" data-testid="login-wait">
      {t(backoff.scope === 'source' ? 'waitAddress' : 'waitAccount', { time })} {t('adminHint')}
    </p>
  );
}
