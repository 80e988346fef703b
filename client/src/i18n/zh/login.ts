export const login = {
  title: '登录',
  username: '用户名',
  password: '密码',
  submit: '登录',
  submitting: '正在登录…',
  demoTitle: '演示账号',
  demoHint: '演示模式：以下账号仅用于本机体验，正式部署不会创建。',
  demoPassword: '演示密码',
  failed: '用户名或密码不正确',
};
