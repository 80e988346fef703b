import type { Response } from 'express';

/** RFC 5987 value characters: encodeURIComponent leaves ' ( ) * ! unescaped, which the RFC does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment` with the Chinese file name for current browsers (`filename*`, RFC 6266/5987)
 * and an ASCII one for anything older.
 */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  geojson: 'application/geo+json; charset=utf-8',
} as const;

/** Sends a file to download; registry data is not cached by browsers or proxies. */
export function sendDownload(response: Response, body: Buffer, options: { format: keyof typeof CONTENT_TYPES; fileName: string; asciiFallback: string }): void {
  response.setHeader('Content-Type', CONTENT_TYPES[options.format]);
  response.setHeader('Content-Disposition', contentDisposition(options.fileName, options.asciiFallback));
  response.setHeader('Cache-Control', 'private, no-store');
  response.send(body);
}
