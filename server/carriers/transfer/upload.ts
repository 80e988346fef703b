import express, { type Request, type RequestHandler } from 'express';
import { emptyUpload, legacyExcelFile, unsupportedUploadType, uploadTooLarge } from './importErrors';
import { MAX_IMPORT_BYTES } from './limits';
import { isLegacyExcel, isZip } from './zipGuard';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * How the Content-Type names the file. Browsers on Windows label .csv files
 * `application/vnd.ms-excel` when Excel is installed, so that type is decided by the bytes.
 */
const DECLARED_FORMATS: Record<string, 'csv' | 'xlsx' | 'sniff'> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/comma-separated-values': 'csv',
  [XLSX_CONTENT_TYPE]: 'xlsx',
  'application/vnd.ms-excel': 'sniff',
};

export interface Upload {
  format: 'csv' | 'xlsx';
  bytes: Uint8Array;
  /** The charset parameter of a CSV's Content-Type, if any (gbk, utf-8 …). */
  charset?: string;
}

function declaredFormat(request: Request) {
  const contentType = request.get('Content-Type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  return { declared: DECLARED_FORMATS[mediaType], charset: /;\s*charset="?([\w-]+)"?/i.exec(contentType)?.[1] };
}

/** 415 before the body is read when the Content-Type is neither CSV nor XLSX. */
export const requireSpreadsheetType: RequestHandler = (request, _response, next) => {
  next(declaredFormat(request).declared ? undefined : unsupportedUploadType());
};

const rawBody = express.raw({ type: () => true, limit: MAX_IMPORT_BYTES });

/** Reads the file with the import's own limit; beyond it, 413 naming that limit. */
export const readUploadBody: RequestHandler = (request, response, next) => {
  rawBody(request, response, (error?: unknown) => {
    next((error as { type?: string } | undefined)?.type === 'entity.too.large' ? uploadTooLarge() : error);
  });
};

/** The uploaded file, its format settled by the bytes where the label is unsure. */
export function uploadOf(request: Request): Upload {
  const body: unknown = request.body;
  if (!Buffer.isBuffer(body) || body.length === 0) throw emptyUpload();
  const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (isLegacyExcel(bytes)) throw legacyExcelFile();
  const { declared, charset } = declaredFormat(request);
  // A ZIP is an XLSX whatever it was labelled; no CSV starts with “PK\x03\x04”.
  const format = isZip(bytes) ? 'xlsx' : declared === 'xlsx' ? 'xlsx' : 'csv';
  return { format, bytes, charset };
}
