import { AppError } from '../../http/errors';
import { MAX_IMPORT_MEGABYTES, MAX_IMPORT_ROWS } from './limits';

const rowLimit = MAX_IMPORT_ROWS.toLocaleString('en-US');

export const unsupportedUploadType = () =>
  new AppError(415, 'unsupported_file_type', {
    zh: '请上传 CSV 或 XLSX 文件（Content-Type: text/csv 或 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）',
    en: 'Upload a CSV or XLSX file (Content-Type: text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
  });

export const legacyExcelFile = () =>
  new AppError(415, 'legacy_excel_file', {
    zh: '不支持旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后上传',
    en: 'Legacy Excel (.xls) files are not supported; save the file as .xlsx or CSV in Excel or WPS',
  });

export const uploadTooLarge = () =>
  new AppError(413, 'file_too_large', {
    zh: `文件过大（上限 ${MAX_IMPORT_MEGABYTES} MB），请拆分后分批导入`,
    en: `The file is too large (limit ${MAX_IMPORT_MEGABYTES} MB); split it and import the parts`,
  });

export const workbookTooLarge = () =>
  new AppError(413, 'workbook_too_large', {
    zh: '工作簿解压后内容过大，请只保留载体清单工作表后重新上传',
    en: 'The workbook expands to too much data; keep only the carrier list sheet and upload again',
  });

export const emptyUpload = () => new AppError(400, 'empty_file', { zh: '上传的文件是空的', en: 'The uploaded file is empty' });

export const unreadableUpload = (format: 'csv' | 'xlsx') =>
  new AppError(400, 'unreadable_file', {
    zh: `无法读取该文件，请确认它是有效的 ${format.toUpperCase()} 文件`,
    en: `The file cannot be read; check that it is a valid ${format.toUpperCase()} file`,
  });

export const tooManyRows = (rows: number) =>
  new AppError(
    400,
    'too_many_rows',
    {
      zh: `文件有 ${rows.toLocaleString('en-US')} 行数据，一次最多导入 ${rowLimit} 行，请拆分文件`,
      en: `The file has ${rows.toLocaleString('en-US')} data rows; at most ${rowLimit} can be imported at once, so split it`,
    },
    undefined,
    { rows, limit: MAX_IMPORT_ROWS },
  );

export const nothingToImport = () =>
  new AppError(400, 'nothing_to_import', { zh: '文件中没有载体数据', en: 'The file holds no carrier rows' });

/** The commit of a file with errors: nothing is stored, and the dry run's list comes back. */
export const importHasErrors = (details: Record<string, unknown>) =>
  new AppError(
    400,
    'import_invalid',
    { zh: '文件中有错误，未导入任何载体；请按错误列表修改后重新上传', en: 'The file has errors, so nothing was imported; fix the rows listed and upload again' },
    undefined,
    details,
  );

export const importInterrupted = () =>
  new AppError(503, 'import_interrupted', {
    zh: '导入被中断，已撤销本次导入的全部数据，请重试',
    en: 'The import was interrupted and everything it stored has been removed; please retry',
  });
