import type { Language } from '@shared/validation/messages';
import type { Table } from './table';

/** The “说明” sheet of an XLSX export: when, what basis, which filters, how many. */
export function exportNotes(options: { language: Language; exportedAt: Date; carriers: number; rows: number; filters: string }): Table {
  const { language } = options;
  // China Standard Time, as the officials read it.
  const at = new Date(options.exportedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  const rows =
    language === 'zh'
      ? [
          ['导出时间', `${at}（北京时间）`],
          ['数据口径', '已核实的载体；待审核的填报不在其中'],
          ['筛选条件', options.filters || '无（全部载体）'],
          ['载体数', options.carriers],
          ['行数', `${options.rows}（每个分期一行，载体信息在各期重复）`],
          ['坐标系', 'WGS-84'],
        ]
      : [
          ['Exported at', `${at} (UTC+8)`],
          ['Basis', 'Verified carriers; pending reports are not included'],
          ['Filters', options.filters || 'none (all carriers)'],
          ['Carriers', options.carriers],
          ['Rows', `${options.rows} (one per phase; carrier columns repeat on each)`],
          ['Datum', 'WGS-84'],
        ];
  return { columns: [], headers: language === 'zh' ? ['项目', '内容'] : ['Item', 'Value'], rows };
}
