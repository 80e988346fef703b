/** The login screen's wait after too many failed sign-ins (POST /api/auth/login → 429). */
export const loginLimits = {
  waitAccount: '该账号登录失败次数过多，请在 {{time}}后再试。',
  waitAddress: '此网络地址登录失败次数过多，请在 {{time}}后再试。',
  seconds: '{{count}} 秒',
  minutes: '{{minutes}} 分 {{seconds}} 秒',
  adminHint: '如需立即解锁，请联系管理员。',
  admin: {
    title: '登录锁定',
    hint: '同一账号在同一设备或地址失败 {{failuresPerAccount}} 次、或在各处共失败 {{failuresEverywhere}} 次后需等待，等待时间逐次加倍，最长 {{maxWaitSeconds}} 秒；同一地址 15 分钟内失败 {{failuresPerAddress}} 次后暂停。曾登录过的设备不受他处失败影响。',
    account: '账号',
    failures: '失败记录',
    actions: '操作',
    unlock: '解除锁定',
    unlockNamed: '解除 {{name}} 的登录锁定',
    waits: '还需等待 {{seconds}} 秒',
    scope: {
      device: '已登录过的设备 {{source}}：失败 {{count}} 次',
      address: '地址 {{source}}：失败 {{count}} 次',
      everywhere: '各处合计：失败 {{count}} 次',
      source: '地址 {{source}}：失败 {{count}} 次',
    },
    address: '地址 {{address}} 15 分钟内失败 {{count}} 次，还需等待 {{seconds}} 秒',
  },
};
