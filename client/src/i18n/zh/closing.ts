export const closing = {
  final: '规划期已结束，该数为最终结果（尚未关账）。',
  reported: '截至 {{date}} 报告 {{value}}',
  corrected: '；更正后 {{value}}（{{delta}}）。',
  added_one: '新计入：{{names}}。',
  added_other: '新计入 {{count}} 项：{{names}}。',
  removed_one: '不再计入：{{names}}。',
  removed_other: '不再计入 {{count}} 项：{{names}}。',
  close: '关账：冻结截至 {{to}} 的期末数据',
  closeHint: '关账后，对记录的更正将以“更正”显示在报告数旁，不会悄悄改变已报告的数字。',
  confirm: '确认关账？截至 {{to}} 的期末数据将被冻结，此操作不可撤销。',
};
