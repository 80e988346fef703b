/** The login screen's wait after too many failed sign-ins (POST /api/auth/login → 429). */
export const loginLimits = {
  waitAccount: '该账号登录失败次数过多，请在 {{time}}后再试。',
  waitAddress: '此网络地址登录失败次数过多，请在 {{time}}后再试。',
  seconds: '{{count}} 秒',
  minutes: '{{minutes}} 分 {{seconds}} 秒',
  adminHint: '如需立即解锁，请联系管理员。',
};
