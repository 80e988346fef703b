import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken } from '../api/client';

export type { Role } from '@shared/policies';
import type { Role } from '@shared/policies';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

export interface SessionInfo {
  user: SessionUser | null;
  csrfToken: string | null;
  /** Present in demo mode only: the demo accounts and their password. */
  demo?: { usernames: string[]; password: string } | null;
  /** Raster tile URL template when the server has TILE_URL configured; the map is offline otherwise. */
  tileUrl?: string | null;
}

interface SessionState {
  status: 'loading' | 'ready' | 'error';
  session: SessionInfo;
  error: ApiError | null;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  /** Ends every session of this user, on every device, this one included. */
  logoutEverywhere(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

const signedOut: SessionInfo = { user: null, csrfToken: null };

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionState['status']>('loading');
  const [session, setSession] = useState<SessionInfo>(signedOut);
  const [error, setError] = useState<ApiError | null>(null);

  const adopt = useCallback((next: SessionInfo) => {
    setCsrfToken(next.csrfToken);
    setSession(next);
    setStatus('ready');
    setError(null);
  }, []);

  const refresh = useCallback(async () => {
    try {
      adopt(await api<SessionInfo>('/api/auth/session'));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'network', String(caught)));
      setStatus('error');
    }
  }, [adopt]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const login = useCallback(
    async (username: string, password: string) => {
      await api('/api/auth/login', { method: 'POST', body: { username, password } });
      await refresh();
    },
    [refresh],
  );

  const logout = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    await refresh();
  }, [refresh]);

  const logoutEverywhere = useCallback(async () => {
    await api('/api/auth/logout-everywhere', { method: 'POST' }).catch(() => undefined);
    await refresh();
  }, [refresh]);

  const value = useMemo(
    () => ({ status, session, error, login, logout, logoutEverywhere, refresh }),
    [status, session, error, login, logout, logoutEverywhere, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside SessionProvider');
  return state;
}

/** The logged-in user; screens behind RequireRole can rely on it. */
export function useUser(): SessionUser {
  const user = useSession().session.user;
  if (!user) throw new Error('useUser needs a logged-in user');
  return user;
}
