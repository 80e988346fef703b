import type { login as zh } from '../zh/login';

export const login: typeof zh = {
  title: 'Log in',
  username: 'Username',
  password: 'Password',
  submit: 'Log in',
  submitting: 'Logging in…',
  demoTitle: 'Demo accounts',
  demoHint: 'Demo mode: these accounts exist only on this machine and are never created in production.',
  demoPassword: 'Demo password',
  failed: 'Wrong username or password',
};
